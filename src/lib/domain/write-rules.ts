import { reviewDecisions, type Assessment } from './assessment.schema';
import type { CriteriaSet } from './criteria-set.schema';
import { closedCitizenIssue, officerHamletIssue, type CitizenLinks } from './citizen-close';
import { CONFIG_DB, communeDbName, communeOfId, criteriaSetDocId, docTypeOfId } from './ids';
import { decisionIssue, integrityIssue, type Lookup } from './integrity';
import { rules } from '../i18n/catalog/rules';
import type { Catalog } from '../i18n/format';
import { deepEqual } from './json-equal';
import { fieldLabel, issueText, type Lang } from './messages';
import { documentSchemas, validateDocument, type AnyDocument, type FieldIssue } from './schemas';
import { hasRole, oversees, scopesOf, type OrgIndex, type UserCtx } from './scope';
import { sameResult, score } from './scoring';

// Who may write what, as one pure function: the gateway runs it on every written document, the
// tablet can run it before it queues one, so both refuse the same thing with the same words.
// (Apache CouchDB's validate_doc_update carries a simplified copy as a second line.)

export interface WriteInput {
	user: UserCtx;
	/** The database the document is written to. */
	dbName: string;
	/** The document as the client sent it: untrusted. */
	doc: unknown;
	/** The stored current version, or null when the document is new (or was deleted). */
	previous: Record<string, unknown> | null;
	org: OrgIndex;
	/**
	 * For an assessment: the criteria set it names (see criteriaSetDocIdOf), null if there is none;
	 * undefined where it cannot be read (CouchDB's validate_doc_update): the result is not checked.
	 */
	criteriaSet?: CriteriaSet | null;
	/**
	 * The documents it refers to (an assessment's citizen, a batch's members) as they will be once
	 * stored; undefined where they cannot be read (validate_doc_update): references are not checked.
	 */
	refs: Lookup | undefined;
	/** For a citizen removed or merged: what points at it once the request is stored; undefined where it cannot be read. */
	links?: (citizenId: string) => CitizenLinks;
	now?: Date;
	lang?: Lang;
}

/** `doc` is what to store: the input, less fields outside the schema that were already stored (see dropStoredExtras). */
export type WriteVerdict =
	| { ok: true; doc: Record<string, unknown> }
	| { ok: false; status: 400 | 403; reason: string; issues: FieldIssue[] };

/** Statuses only a reviewer's decision sets. */
const REVIEW_STATUSES: readonly string[] = reviewDecisions;
/** Statuses after which the officer's part is closed. */
const CLOSED_STATUSES: readonly string[] = ['recognised', 'rejected'];
/** What a reviewer may change on an assessment; `updatedAt` is bookkeeping that follows any change. */
const REVIEWER_FIELDS = new Set(['_rev', 'status', 'review', 'history', 'updatedAt']);
const COUCH_FIELDS = new Set(['_id', '_rev', '_deleted']);
const COMMUNE_TYPES: readonly string[] = ['citizen', 'assessment', 'batch', 'hamlet'];
const CONFIG_TYPES: readonly string[] = ['orgUnit', 'criteriaSet', 'target'];

/** The criteria set document an assessment names: its id, or slug + version. */
export function criteriaSetDocIdOf(
	a: Pick<Assessment, 'criteriaSetId' | 'criteriaSetVersion'>
): string {
	return a.criteriaSetId.startsWith('criteriaSet:')
		? a.criteriaSetId
		: criteriaSetDocId(a.criteriaSetId, a.criteriaSetVersion);
}

export function checkWrite(input: WriteInput): WriteVerdict {
	const lang = input.lang ?? 'vi';
	const refuse = (status: 400 | 403, issues: FieldIssue[]): WriteVerdict => ({
		ok: false,
		status,
		issues,
		reason: issues.map((i) => describe(i, lang)).join('; ')
	});
	const rule = (status: 400 | 403, path: string, key: string) =>
		refuse(status, [{ path, message: key }]);
	const { user, previous } = input;

	if (typeof input.doc !== 'object' || input.doc === null || Array.isArray(input.doc))
		return rule(400, '', 'err.notObject');
	const raw = dropStoredExtras(input.doc as Record<string, unknown>, previous);
	const pass: WriteVerdict = { ok: true, doc: raw };
	if (typeof raw._id === 'string' && raw._id.startsWith('_'))
		return rule(403, '_id', 'rule.systemDoc');
	// Assessments name the set and version they were scored with, so a published version never
	// changes or goes away, whoever asks: a new text is a new version (a new document).
	if (previous && input.dbName === CONFIG_DB && docTypeOfId(String(raw._id)) === 'criteriaSet')
		return rule(403, '_id', 'rule.published');
	// CouchDB's own fields beyond these (attachments, revisions, conflicts…) are never the app's.
	const special = Object.keys(raw).find((k) => k.startsWith('_') && !COUCH_FIELDS.has(k));
	if (special) return rule(400, special, 'err.unknownField');
	if (raw._deleted === true)
		return hasRole(user, 'admin') ? pass : rule(403, '_deleted', 'rule.deleteAdminOnly');

	if (input.dbName === CONFIG_DB && !hasRole(user, 'admin'))
		return rule(403, '_id', 'rule.configAdminOnly');

	const valid = validateDocument(raw);
	if (!valid.ok) return refuse(400, valid.issues);
	const d = valid.doc;

	if (input.dbName === CONFIG_DB) {
		return CONFIG_TYPES.includes(d.type) ? pass : rule(403, 'type', 'rule.wrongDbType');
	}

	if (!COMMUNE_TYPES.includes(d.type)) return rule(403, 'type', 'rule.wrongDbType');
	const communeId = (d as { communeId: string }).communeId;
	if (communeDbName(communeId) !== input.dbName) return rule(403, 'communeId', 'rule.wrongCommune');
	if (communeOfId(d._id) !== communeId) return rule(403, '_id', 'rule.idCommune');
	// Two records of one person are of one commune: a merge never moves anyone across.
	if (d.type === 'citizen' && d.merged && communeOfId(d.merged.into) !== communeId)
		return rule(403, 'merged.into', 'rule.mergeCommune');

	// The stored result must be the one the answers give; a reviewer's write keeps the stored
	// answers and result (reviewerIssue), so only the other writes are recomputed.
	const resultIssue = (): Issue =>
		d.type === 'assessment' && input.criteriaSet !== undefined
			? checkResult(d, input.criteriaSet)
			: null;
	const facts = (admin: boolean): Issue =>
		integrityIssue({
			by: user.name ?? '',
			admin,
			doc: d,
			previous,
			criteriaSet: input.criteriaSet ?? null,
			refs: input.refs,
			links: input.links,
			now: input.now ?? new Date()
		});
	if (hasRole(user, 'admin')) {
		const issue = resultIssue() ?? facts(true);
		return issue ? refuse(400, [issue]) : pass;
	}

	// A user may hold more than one role; a write passes if one of them allows it.
	const scopes = scopesOf(user.roles);
	const refusals: WriteVerdict[] = [];
	if (hasRole(user, 'officer') && scopes.includes(communeId)) {
		const issue = officerIssue(d, previous);
		const wrong = issue
			? null
			: previous && sameContent(d, previous)
				? null
				: (resultIssue() ?? facts(false));
		if (!issue && !wrong) return pass;
		refusals.push(issue ? refuse(403, [issue]) : refuse(400, [wrong!]));
	}
	if (hasRole(user, 'reviewer') && scopes.some((s) => oversees(input.org, s, communeId))) {
		const issue = reviewerIssue(d, previous, user) ?? facts(false);
		if (!issue) return pass;
		refusals.push(refuse(403, [issue]));
	}
	return refusals[0] ?? rule(403, 'communeId', 'rule.notYourCommune');
}

type Issue = FieldIssue | null;

function officerIssue(d: AnyDocument, previous: Record<string, unknown> | null): Issue {
	// Sending the stored version again (a retry after a cut) changes nothing and is always fine.
	if (previous && sameContent(d, previous)) return null;
	if (d.type === 'citizen') return closedCitizenIssue(previous);
	if (d.type === 'hamlet') return officerHamletIssue(d, previous);
	if (d.type !== 'assessment') return null;
	if (previous && CLOSED_STATUSES.includes(String(previous.status)))
		return { path: 'status', message: 'rule.closed' };
	for (const field of ['review', 'history'] as const)
		if (!deepEqual(d[field], previous?.[field]))
			return { path: field, message: 'rule.officerReview' };
	if (REVIEW_STATUSES.includes(d.status) && d.status !== previous?.status)
		return { path: 'status', message: 'rule.officerStatus' };
	// What the reviewer compares against: only ever the answers the reviewer returned, kept as they were.
	if (!deepEqual(d.returnedAnswers, previous?.returnedAnswers)) {
		const keptAtReturn =
			previous?.status === 'returned' && deepEqual(d.returnedAnswers, previous.answers);
		if (!keptAtReturn) return { path: 'returnedAnswers', message: 'rule.returnedAnswers' };
	}
	return null;
}

function reviewerIssue(
	d: AnyDocument,
	previous: Record<string, unknown> | null,
	user: UserCtx
): Issue {
	if (d.type !== 'assessment') return { path: 'type', message: 'rule.reviewerOnlyAssessments' };
	if (!previous) return { path: '_id', message: 'rule.reviewerNoCreate' };
	// Fields outside the schema that only the stored version has are dropped by this write (dropStoredExtras).
	const keys = new Set([
		...Object.keys(d),
		...Object.keys(previous).filter((k) => k in schemaShape('assessment'))
	]);
	for (const key of keys)
		if (!REVIEWER_FIELDS.has(key) && !deepEqual((d as Record<string, unknown>)[key], previous[key]))
			return { path: key, message: 'rule.reviewerField' };
	const oldHistory = Array.isArray(previous.history) ? previous.history : [];
	const newHistory = d.history ?? [];
	if (
		newHistory.length < oldHistory.length ||
		!oldHistory.every((entry, i) => deepEqual(entry, newHistory[i]))
	)
		return { path: 'history', message: 'rule.historyAppend' };
	const reviewChanged = !deepEqual(d.review, previous.review);
	if (reviewChanged && d.review && d.review.by !== user.name)
		return { path: 'review.by', message: 'rule.reviewBy' };
	const notSent = decisionIssue(previous, d);
	if (notSent) return notSent;
	if (d.status !== previous.status) {
		if (!REVIEW_STATUSES.includes(d.status))
			return { path: 'status', message: 'rule.reviewerStatus' };
		if (d.review?.decision !== d.status) return { path: 'status', message: 'rule.statusDecision' };
	}
	return null;
}

function checkResult(a: Assessment, set: CriteriaSet | null): Issue {
	if (!set || set.version !== a.criteriaSetVersion)
		return { path: 'criteriaSetId', message: 'rule.criteriaMissing' };
	return sameResult(score(set, a.group, a.answers), a.result)
		? null
		: { path: 'result', message: 'rule.resultMismatch' };
}

/** "Họ và tên: Không được để trống (fullName)": the words the form uses, and the field's path. */
function describe(issue: FieldIssue, lang: Lang): string {
	if (!issue.message.startsWith('rule.'))
		return issue.path ? `${issueText(issue, lang)} (${issue.path})` : issueText(issue, lang);
	const key = issue.message.slice('rule.'.length);
	const text = (rules as Catalog)[`rule.${key}`]?.[lang === 'en' ? 1 : 0];
	const label = fieldLabel(issue.path, lang);
	return label ? `${label}: ${text} (${issue.path})` : text;
}

/**
 * Fields outside the schema are refused, except those the stored version already carries with the
 * same value: written before the schemas were strict, they are dropped rather than refused, so an
 * officer's old extra field never makes an assessment undecidable and the next write cleans it.
 */
export function dropStoredExtras(
	doc: Record<string, unknown>,
	previous: Record<string, unknown> | null
): Record<string, unknown> {
	const type = doc.type;
	if (!previous || typeof type !== 'string' || !Object.hasOwn(documentSchemas, type)) return doc;
	const shape = schemaShape(type as keyof typeof documentSchemas);
	const stale = Object.keys(doc).filter(
		(k) => !(k in shape) && Object.hasOwn(previous, k) && deepEqual(doc[k], previous[k])
	);
	if (stale.length === 0) return doc;
	const copy = { ...doc };
	for (const k of stale) delete copy[k];
	return copy;
}

const schemaShape = (type: keyof typeof documentSchemas): Record<string, unknown> =>
	documentSchemas[type].shape;

/** The same document apart from its revision. */
function sameContent(doc: object, previous: Record<string, unknown>): boolean {
	const { _rev: _a, ...a } = doc as Record<string, unknown>;
	const { _rev: _b, ...b } = previous;
	return deepEqual(a, b);
}

export { deepEqual };
