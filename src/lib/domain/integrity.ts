import type { Assessment, Batch } from './assessment.schema';
import { closeIssue, hamletIdIssue, type CitizenLinks } from './citizen-close';
import { isActiveCitizen, type Citizen } from './citizen.schema';
import type { CriteriaSet } from './criteria-set.schema';
import { checkEligibility } from './eligibility';
import { communeOfId, docTypeOfId } from './ids';
import { deepEqual } from './json-equal';
import { DECIDABLE } from './review-decision';
import type { AnyDocument, FieldIssue } from './schemas';

// What the server can vouch for beyond each document's own shape: that an assessment's citizen
// exists and fits it, that a document says it was made by the one who sends it, that dates are
// plausible, that a batch holds what it says. Pure: the gateway looks the referenced documents up
// (the request's own version first, so a citizen and its assessment can travel together) and
// passes a lookup. A field the write leaves as it is stored is never judged again, so an old
// document never becomes unwritable for someone who only adds to it (a reviewer's decision).

/** A referenced document as it will be once the request is stored; null if there is none. */
export type Lookup = (id: string) => Record<string, unknown> | null;

export interface IntegrityInput {
	/** The signed-in user's name. */
	by: string;
	/** Whether the writer is an administrator: they may write on others' behalf (repairs, imports). */
	admin: boolean;
	doc: AnyDocument;
	previous: Record<string, unknown> | null;
	criteriaSet: CriteriaSet | null;
	/** Undefined where nothing can be looked up (validate_doc_update): references are then not checked. */
	refs: Lookup | undefined;
	/** What points at a citizen once the request is stored; undefined where it cannot be looked up. */
	links?: (citizenId: string) => CitizenLinks;
	now: Date;
}

/** Earliest date any record of the app can carry: before it existed, a date is a tablet's reset clock. */
export const EARLIEST = Date.parse('2020-01-01T00:00:00.000Z');
/** How far ahead of the server's clock a tablet's may run. */
export const CLOCK_SKEW_MS = 2 * 24 * 3600 * 1000;

const issue = (path: string, key: string): FieldIssue => ({ path, message: `rule.${key}` });

/** The first fact a write would make untrue, or null. */
export function integrityIssue(input: IntegrityInput): FieldIssue | null {
	const { doc } = input;
	const changed = (path: string) => !same(get(doc, path), get(input.previous, path));
	const timeIssue = timesOf(doc).find(
		(path) => changed(path) && !plausible(get(doc, path), input.now)
	);
	if (timeIssue) return issue(timeIssue, 'badTime');
	if (doc.type === 'citizen')
		return (
			madeBy(input, 'createdBy') ?? closerIssue(input, changed) ?? closeIssue({ ...input, doc })
		);
	if (doc.type === 'hamlet') return madeBy(input, 'createdBy') ?? hamletIdIssue(doc);
	if (doc.type === 'assessment') return assessmentIssue(doc, input, changed);
	if (doc.type === 'batch') return batchIssue(doc, input, changed);
	return null;
}

/** A reviewer's decision: only on an assessment that was sent. */
export function decisionIssue(
	previous: Record<string, unknown>,
	next: Assessment
): FieldIssue | null {
	const deciding = next.status !== previous.status || !same(next.review, previous.review);
	return deciding && !(DECIDABLE as readonly unknown[]).includes(previous.status)
		? issue('status', 'notSent')
		: null;
}

function assessmentIssue(
	a: Assessment,
	input: IntegrityInput,
	changed: (path: string) => boolean
): FieldIssue | null {
	const year = input.now.getUTCFullYear();
	if (changed('period') && a.period > year + 1) return issue('period', 'badPeriod');
	const identity = madeBy(input, 'assessedBy');
	if (identity) return identity;
	// What the assessment says of its citizen is judged when it (or the citizen reference) changes.
	if (
		!input.refs ||
		!['citizenId', 'hamletId', 'group', 'period', 'criteriaSetId', 'criteriaSetVersion'].some(
			changed
		)
	)
		return null;
	const citizen = input.refs(a.citizenId) as Citizen | null;
	if (!citizen || citizen.type !== 'citizen' || communeOfId(a.citizenId) !== a.communeId)
		return issue('citizenId', 'citizenMissing');
	if (!isActiveCitizen(citizen)) return issue('citizenId', 'citizenGone');
	if (citizen.hamletId !== a.hamletId) return issue('hamletId', 'citizenHamlet');
	if (citizen.group !== a.group) return issue('group', 'citizenGroup');
	const set = input.criteriaSet;
	if (!set) return null; // the result check names the missing set
	if (!set.groups.some((g) => g.id === a.group)) return issue('group', 'groupUnknown');
	if (!checkEligibility(citizen.birthYear, a.period, set.minAge).eligible)
		return issue('period', 'tooYoung');
	return null;
}

function batchIssue(
	b: Batch,
	input: IntegrityInput,
	changed: (path: string) => boolean
): FieldIssue | null {
	const identity = madeBy(input, 'officer');
	if (identity) return identity;
	if (!changed('assessmentIds') && !changed('citizenIds') && !changed('count')) return null;
	if (
		b.count !== b.assessmentIds.length ||
		new Set(b.assessmentIds).size !== b.assessmentIds.length
	)
		return issue('count', 'batchCount');
	for (const [i, id] of b.assessmentIds.entries()) {
		const ours = communeOfId(id) === b.communeId && docTypeOfId(id) === 'assessment';
		const member = ours && input.refs ? input.refs(id) : null;
		if (!ours || (input.refs && member?.type !== 'assessment'))
			return issue(`assessmentIds.${i}`, 'batchMember');
	}
	for (const [i, id] of b.citizenIds.entries())
		if (communeOfId(id) !== b.communeId || docTypeOfId(id) !== 'citizen')
			return issue(`citizenIds.${i}`, 'batchCitizen');
	return null;
}

/** Who removed or merged a citizen is the signed-in user, unless an administrator repairs. */
function closerIssue(input: IntegrityInput, changed: (path: string) => boolean): FieldIssue | null {
	if (input.admin) return null;
	const by = ['removed.by', 'merged.by'].find(
		(path) =>
			changed(path) && get(input.doc, path) !== undefined && get(input.doc, path) !== input.by
	);
	return by ? issue(by, 'notYou') : null;
}

/** `field` names its author: the signed-in user when the document is new, unchanged afterwards. */
function madeBy(
	input: IntegrityInput,
	field: 'createdBy' | 'assessedBy' | 'officer'
): FieldIssue | null {
	if (input.admin) return null;
	const value = (input.doc as Record<string, unknown>)[field];
	if (!input.previous) return value === input.by ? null : issue(field, 'notYou');
	return value === input.previous[field] ? null : issue(field, 'changed');
}

/** The timestamps a document carries, as paths. */
function timesOf(doc: AnyDocument): string[] {
	if (doc.type === 'citizen') return ['createdAt', 'updatedAt', 'removed.at', 'merged.at'];
	if (doc.type === 'hamlet') return ['createdAt'];
	if (doc.type === 'assessment') return ['assessedAt', 'updatedAt', 'review.at'];
	if (doc.type === 'batch') return ['createdAt', 'sentAt'];
	return [];
}

function plausible(value: unknown, now: Date): boolean {
	if (value === undefined) return true;
	const t = Date.parse(String(value));
	return Number.isFinite(t) && t >= EARLIEST && t <= now.getTime() + CLOCK_SKEW_MS;
}

function get(doc: object | null, path: string): unknown {
	let value: unknown = doc;
	for (const key of path.split('.'))
		value =
			value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
	return value;
}

const same = deepEqual;
