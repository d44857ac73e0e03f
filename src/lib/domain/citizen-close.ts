import type { Citizen } from './citizen.schema';
import { isActiveCitizen } from './citizen.schema';
import { proposedHamletId, type Hamlet } from './hamlet.schema';
import type { Lang } from './messages';
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

export const closeTexts: Record<Lang, Record<string, string>> = {
	vi: {
		removedAndMerged: 'Một hồ sơ chỉ có thể bị xóa khỏi danh sách hoặc gộp, không cả hai',
		citizenClosed: 'Hồ sơ này đã bị xóa khỏi danh sách hoặc đã gộp vào hồ sơ khác, không sửa được nữa',
		citizenHasAssessments: 'Người này đã có phiếu đánh giá nên không xóa được; nếu trùng người, hãy gộp và giữ hồ sơ có phiếu',
		mergeHasAssessments: 'Hồ sơ này còn phiếu đánh giá đã được duyệt; hãy giữ hồ sơ này và gộp hồ sơ kia vào nó',
		mergeCommune: 'Chỉ gộp được hai hồ sơ của cùng một xã',
		mergeSelf: 'Không gộp một hồ sơ vào chính nó',
		mergeTarget: 'Hồ sơ được giữ lại không có trên máy chủ, hoặc đã bị xóa hay gộp',
		mergeChain: 'Đã có hồ sơ khác gộp vào hồ sơ này; hãy giữ hồ sơ này và gộp hồ sơ kia vào nó',
		citizenGone: 'Người dân này đã bị xóa khỏi danh sách hoặc đã gộp vào hồ sơ khác',
		hamletAdminOnly: 'Chỉ quản trị viên được sửa thôn, ấp đã thêm',
		hamletId: 'Mã thôn, ấp phải là phần cuối của mã hồ sơ'
	},
	en: {
		removedAndMerged: 'A record can be removed or merged, not both',
		citizenClosed: 'This record was removed from the register or merged into another and can no longer be changed',
		citizenHasAssessments: 'This person has assessments and cannot be removed; if it is a duplicate, merge it and keep the record with the assessments',
		mergeHasAssessments: 'This record still has reviewed assessments; keep it and merge the other one into it',
		mergeCommune: 'Only two records of the same commune can be merged',
		mergeSelf: 'A record cannot be merged into itself',
		mergeTarget: 'The record to keep is not on the server, or was removed or merged',
		mergeChain: 'Another record was merged into this one; keep this one and merge the other into it',
		citizenGone: 'This citizen was removed from the register or merged into another record',
		hamletAdminOnly: 'Only administrators may change an added hamlet',
		hamletId: 'The hamlet id must be the last part of the record id'
	}
};

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
		if (refs && (!kept || kept.type !== 'citizen' || !isActiveCitizen(kept as Citizen))) return issue('merged.into', 'mergeTarget');
	}
	const linked = links?.(doc._id);
	if (linked && linked.assessments > 0) return doc.removed ? issue('removed', 'citizenHasAssessments') : issue('merged', 'mergeHasAssessments');
	if (linked && doc.merged && linked.mergedHere > 0) return issue('merged', 'mergeChain');
	return null;
}

/** An officer's write to a citizen already removed or merged: nothing changes any more. */
export function closedCitizenIssue(previous: Record<string, unknown> | null): FieldIssue | null {
	return previous && (previous.removed || previous.merged) ? issue('removed', 'citizenClosed') : null;
}

/** An officer's write to a hamlet: she proposes it; only an administrator changes it afterwards. */
export function officerHamletIssue(doc: Hamlet, previous: Record<string, unknown> | null): FieldIssue | null {
	if (doc.mappedTo !== (previous?.mappedTo ?? undefined)) return issue('mappedTo', 'hamletAdminOnly');
	return previous ? issue('name', 'hamletAdminOnly') : null;
}

/** A hamlet's id is the ULID of its document id, so citizens can name it before it reaches the server. */
export function hamletIdIssue(doc: Hamlet): FieldIssue | null {
	return doc.id === proposedHamletId(doc._id) ? null : issue('id', 'hamletId');
}
