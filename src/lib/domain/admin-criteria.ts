import type { CriteriaSet } from './criteria-set.schema';
import { criteriaSetDocId } from './ids';
import { validateDocument, type FieldIssue } from './schemas';

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
export function prepareCriteriaFile(text: string, version: number, effectiveFrom: string): CriteriaFile {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, issues: [{ path: '', message: 'criteria.notJson' }] };
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, issues: [{ path: '', message: 'err.notObject' }] };
	const { _rev, publishedAt, publishedBy, ...content } = parsed as Record<string, unknown>;
	const slug = typeof content.slug === 'string' ? content.slug : '';
	const doc = { ...content, _id: criteriaSetDocId(slug, version), type: 'criteriaSet', version, effectiveFrom };
	const valid = validateDocument(doc);
	if (!valid.ok) return { ok: false, issues: valid.issues };
	return { ok: true, set: valid.doc as CriteriaSet };
}

export type PublishIssueKey = 'criteria.idMismatch' | 'criteria.versionNotNewer' | 'criteria.noEffectiveFrom';

/** What stops `set` from being published next to the sets whose ids are `existingIds`. */
export function publishIssues(existingIds: readonly string[], set: CriteriaSet): FieldIssue[] {
	if (set._id !== criteriaSetDocId(set.slug, set.version)) return [{ path: '_id', message: 'criteria.idMismatch' }];
	if (set.version <= latestVersion(existingIds, set.slug)) return [{ path: 'version', message: 'criteria.versionNotNewer' }];
	if (!set.effectiveFrom) return [{ path: 'effectiveFrom', message: 'criteria.noEffectiveFrom' }];
	return [];
}

const texts: Record<'vi' | 'en', Record<PublishIssueKey | 'criteria.notJson', string>> = {
	vi: {
		'criteria.notJson': 'Tệp này không phải JSON đọc được. Hãy bắt đầu từ tệp mẫu.',
		'criteria.idMismatch': 'Mã hồ sơ phải là criteriaSet:<slug>:v<phiên bản>',
		'criteria.versionNotNewer': 'Phiên bản phải lớn hơn mọi phiên bản đã xuất bản',
		'criteria.noEffectiveFrom': 'Hãy ghi ngày bắt đầu áp dụng'
	},
	en: {
		'criteria.notJson': 'This file is not readable JSON. Start from the template file.',
		'criteria.idMismatch': 'The record id must be criteriaSet:<slug>:v<version>',
		'criteria.versionNotNewer': 'The version must be above every published version',
		'criteria.noEffectiveFrom': 'Give the date it applies from'
	}
};

export const isCriteriaIssueKey = (key: string): key is keyof (typeof texts)['vi'] => Object.hasOwn(texts.vi, key);

export function criteriaIssueText(key: keyof (typeof texts)['vi'], lang: 'vi' | 'en'): string {
	return texts[lang][key];
}

/** The bundled default as a template file: what an administrator edits to publish the official text. */
export function criteriaTemplate(set: CriteriaSet): string {
	const { _rev, publishedAt, publishedBy, ...template } = set;
	return JSON.stringify(template, null, 2) + '\n';
}
