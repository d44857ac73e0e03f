import type { Citizen } from './citizen.schema';
import { isActiveCitizen } from './citizen.schema';
import { proposedHamletId, type Hamlet } from './hamlet.schema';
import type { FieldIssue } from './schemas';

// The rules of a citizen taken off the register (removed: registered by mistake) or merged into
// another record of the same person, and of a hamlet an officer proposes. Pure: the gateway looks
// up what they depend on (the kept record, what still points at the citizen); validate_doc_update
// cannot, and checks the rest.

/** What points at a citizen once the request is stored: its assessments, the records merged into it. */
export interface CitizenLinks {
	assessments: number;
	mergedHere: number;
}

const issue = (path: string, key: string): FieldIssue => ({ path, message: `rule.${key}` });

export interface CloseInput {
	doc: Citizen;
	previous: Record<string, unknown> | null;
	/** Undefined where nothing can be looked up (validate_doc_update). */
	refs: ((id: string) => Record<string, unknown> | null) | undefined;
	links?: (citizenId: string) => CitizenLinks;
}

/** The first rule a citizen's removal or merge breaks, or null. */
export function closeIssue({ doc, previous, refs, links }: CloseInput): FieldIssue | null {
	if (doc.removed && doc.merged) return issue('merged', 'removedAndMerged');
	const closing = (doc.removed && !previous?.removed) || (doc.merged && !previous?.merged);
	if (!closing) return null;
	if (doc.merged) {
		if (doc.merged.into === doc._id) return issue('merged.into', 'mergeSelf');
		const kept = refs?.(doc.merged.into);
		if (refs && (!kept || kept.type !== 'citizen' || !isActiveCitizen(kept as Citizen)))
			return issue('merged.into', 'mergeTarget');
	}
	const linked = links?.(doc._id);
	if (linked && linked.assessments > 0)
		return doc.removed
			? issue('removed', 'citizenHasAssessments')
			: issue('merged', 'mergeHasAssessments');
	if (linked && doc.merged && linked.mergedHere > 0) return issue('merged', 'mergeChain');
	return null;
}

/** An officer's write to a citizen already removed or merged: nothing changes any more. */
export function closedCitizenIssue(previous: Record<string, unknown> | null): FieldIssue | null {
	return previous && (previous.removed || previous.merged)
		? issue('removed', 'citizenClosed')
		: null;
}

/** An officer's write to a hamlet: she proposes it; only an administrator changes it afterwards. */
export function officerHamletIssue(
	doc: Hamlet,
	previous: Record<string, unknown> | null
): FieldIssue | null {
	if (doc.mappedTo !== (previous?.mappedTo ?? undefined))
		return issue('mappedTo', 'hamletAdminOnly');
	return previous ? issue('name', 'hamletAdminOnly') : null;
}

/** A hamlet's id is the ULID of its document id, so citizens can name it before it reaches the server. */
export function hamletIdIssue(doc: Hamlet): FieldIssue | null {
	return doc.id === proposedHamletId(doc._id) ? null : issue('id', 'hamletId');
}
