import type { CriteriaSet } from './criteria-set.schema';
import { criteriaSetDocId } from './ids';
import { validateDocument, type FieldIssue } from './schemas';
import { rules } from '../i18n/catalog/rules';
import { textIn } from '../i18n/format';

// Publishing a criteria set: a file is read and checked with the shared schema, then becomes a new
// version — a new document `criteriaSet:<slug>:v<n>` with n above every version of that slug.
// Published versions never change (write-rules.ts), so drafts and sent assessments keep scoring
// against the version they name. Pure: the admin screens and the gateway use the same rules.

const ID = /^criteriaSet:(.+):v(\d+)$/;

/** The highest published version of `slug`, from criteria set document ids; 0 when there is none. */
export function latestVersion(ids: readonly string[], slug: string): number {
	let latest = 0;
	for (const id of ids) {
		const m = ID.exec(id);
		if (m && m[1] === slug) latest = Math.max(latest, Number(m[2]));
	}
	return latest;
}

export type CriteriaFile = { ok: true; set: CriteriaSet } | { ok: false; issues: FieldIssue[] };

/**
 * A criteria set file (JSON) made ready to publish as `version`, in force from `effectiveFrom`:
 * the bookkeeping fields are set here (id, version, no revision, no publication stamp, which the
 * server adds), everything else must pass the shared schema; every problem is listed with its path.
 */
export function prepareCriteriaFile(
	text: string,
	version: number,
	effectiveFrom: string
): CriteriaFile {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, issues: [{ path: '', message: 'criteria.notJson' }] };
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
		return { ok: false, issues: [{ path: '', message: 'err.notObject' }] };
	const { _rev, publishedAt, publishedBy, ...content } = parsed as Record<string, unknown>;
	const slug = typeof content.slug === 'string' ? content.slug : '';
	const doc = {
		...content,
		_id: criteriaSetDocId(slug, version),
		type: 'criteriaSet',
		version,
		effectiveFrom
	};
	const valid = validateDocument(doc);
	if (!valid.ok) return { ok: false, issues: valid.issues };
	return { ok: true, set: valid.doc as CriteriaSet };
}

export type PublishIssueKey =
	'criteria.idMismatch' | 'criteria.versionNotNewer' | 'criteria.noEffectiveFrom';

/** What stops `set` from being published next to the sets whose ids are `existingIds`. */
export function publishIssues(existingIds: readonly string[], set: CriteriaSet): FieldIssue[] {
	if (set._id !== criteriaSetDocId(set.slug, set.version))
		return [{ path: '_id', message: 'criteria.idMismatch' }];
	if (set.version <= latestVersion(existingIds, set.slug))
		return [{ path: 'version', message: 'criteria.versionNotNewer' }];
	if (!set.effectiveFrom) return [{ path: 'effectiveFrom', message: 'criteria.noEffectiveFrom' }];
	return [];
}

export const isCriteriaIssueKey = (key: string): key is PublishIssueKey | 'criteria.notJson' =>
	key.startsWith('criteria.') && Object.hasOwn(rules, key);

export function criteriaIssueText(
	key: PublishIssueKey | 'criteria.notJson',
	lang: 'vi' | 'en'
): string {
	return textIn(rules, lang, key);
}

/** The bundled default as a template file: what an administrator edits to publish the official text. */
export function criteriaTemplate(set: CriteriaSet): string {
	const { _rev, publishedAt, publishedBy, ...template } = set;
	return JSON.stringify(template, null, 2) + '\n';
}
