import { issueText, messageText } from '$lib/domain/messages';
import type { AssessmentStatus } from '$lib/domain/assessment.schema';
import type { FieldIssue } from '$lib/domain/schemas';
import type { CitizenGroup } from '$lib/domain/criteria-set.schema';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import { language } from '$lib/state/language.svelte';
import { pick, type Params } from './index';

/** Statuses in the order an officer meets them (UI.md's table), for counts and filters. */
export const statusOrder: AssessmentStatus[] = [
	'draft',
	'ready',
	'sent',
	'returned',
	'recognised',
	'rejected'
];

/** "Hộ ông Ba" stays as it is; a bare "Nguyễn Văn Ba" becomes "Hộ: Nguyễn Văn Ba". */
export function householdLabel(
	household: string | undefined,
	fallback: string,
	prefixed: (name: string) => string
): string {
	const h = household?.trim();
	if (!h) return fallback;
	return /^hộ\b/i.test(h) ? h : prefixed(h);
}

// Words that come from data or from the domain's message keys, in the reader's language.

/** A hamlet with its own word ("Thôn …", "Ấp …", "Tổ dân phố …"), never a bare name. */
export function hamletLabel(unit: Pick<OrgUnit, 'name' | 'kindLabel'> | null | undefined): string {
	if (!unit) return '';
	const kind = unit.kindLabel?.trim();
	if (!kind || unit.name.toLocaleLowerCase('vi').startsWith(kind.toLocaleLowerCase('vi')))
		return unit.name;
	return `${kind} ${unit.name}`;
}

export function groupLabel(group: CitizenGroup | undefined, fallback = ''): string {
	return group ? pick(group.name, group.nameEn) : fallback;
}

/** A domain message key (err.*, elig.*, assess.*, file.*) in words. */
export function domainText(key: string, params?: Params): string {
	return messageText(key, language.current, params);
}

/** A field issue in words, for the note next to the field. */
export function fieldIssueText(issue: FieldIssue): string {
	return issueText(issue, language.current);
}
