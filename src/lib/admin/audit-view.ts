import type { AuditChange, AuditEntry } from '$lib/domain/audit.schema';
import { fieldLabel, type Lang } from '$lib/domain/messages';
import { orgUnitLevels } from '$lib/domain/org-unit.schema';
import { wordIn, type AdminWord } from './words';

// A journal entry in words: "quantri — Sửa Đơn vị: Xã Tân Phú", then one line per changed field
// ("Thuộc đơn vị: D01 → P01"). Field names are the form's own where it has them.

const OWN_FIELDS: Record<string, AdminWord> = {
	roles: 'field.roles',
	disabled: 'field.disabled',
	password: 'field.password',
	retired: 'field.retired',
	effectiveFrom: 'field.effectiveFrom',
	publishedAt: 'field.publishedAt',
	publishedBy: 'field.publishedBy',
	verified: 'field.verified',
	groups: 'field.groups',
	criteria: 'field.criteria',
	indicators: 'field.indicators',
	'members.roles': 'field.members.roles',
	'members.names': 'field.members.names',
	'admins.roles': 'field.admins.roles',
	'admins.names': 'field.admins.names'
};

export function auditFieldName(field: string, lang: Lang): string {
	const year = /^population\.(\d{4})$/.exec(field);
	if (year) return wordIn(lang, 'field.population', { year: year[1] });
	if (Object.hasOwn(OWN_FIELDS, field)) return wordIn(lang, OWN_FIELDS[field]);
	return fieldLabel(field, lang) || field;
}

function valueText(field: string, value: string | undefined, lang: Lang): string {
	if (value === undefined || value === '') return wordIn(lang, 'audit.empty');
	if (value === 'true' || value === 'false') return wordIn(lang, value === 'true' ? 'common.yes' : 'common.no');
	if (field === 'level' && (orgUnitLevels as readonly string[]).includes(value)) return wordIn(lang, `level.${value}` as AdminWord);
	return value;
}

export function auditChangeText(change: AuditChange, lang: Lang): string {
	// Only the fact of a new password is ever recorded.
	if (change.field === 'password') return wordIn(lang, 'audit.passwordSet');
	const field = auditFieldName(change.field, lang);
	return wordIn(lang, 'audit.changeLabel', {
		field,
		before: valueText(change.field, change.before, lang),
		after: valueText(change.field, change.after, lang)
	});
}

export function auditHeadline(entry: AuditEntry, lang: Lang): string {
	return wordIn(lang, 'audit.headline', {
		who: entry.by,
		action: wordIn(lang, `audit.action.${entry.action}`),
		kind: wordIn(lang, `audit.kind.${entry.kind}`).toLocaleLowerCase(lang),
		what: entry.label ? `${entry.label} (${entry.target})` : entry.target
	});
}
