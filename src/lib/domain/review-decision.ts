import type {
	Assessment,
	AssessmentStatus,
	ReviewDecision,
	ReviewEntry
} from './assessment.schema';

// A reviewer's decision as the next version of the assessment: the same document, with the status
// set to the decision, `review` the new entry and `history` the old history plus that entry. This
// is exactly what write-rules.ts lets a reviewer write (only status, review, history, updatedAt;
// history append-only; review.by the signed-in user), so a decision never silently replaces an
// earlier one: every decision stays in the history, oldest first.

export const COMMENT_MAX = 1000;

/** Statuses a decision can be taken on: sent for review, or already decided (then it is a change). */
export const DECIDABLE: readonly AssessmentStatus[] = [
	'sent',
	'recognised',
	'returned',
	'rejected'
];

export type DecisionProblem =
	'not_decidable' | 'comment_required' | 'comment_too_long' | 'same_decision';

export interface DecisionInput {
	decision: ReviewDecision;
	by: string;
	at: string;
	comment?: string;
}

export function decisionProblem(
	doc: Pick<Assessment, 'status' | 'review'>,
	input: Omit<DecisionInput, 'by' | 'at'>
): DecisionProblem | null {
	if (!DECIDABLE.includes(doc.status)) return 'not_decidable';
	const comment = input.comment?.trim() ?? '';
	if (input.decision !== 'recognised' && !comment) return 'comment_required';
	if (comment.length > COMMENT_MAX) return 'comment_too_long';
	// Recognising the recognised again would only add noise to the history.
	if (
		doc.status === input.decision &&
		doc.review?.decision === input.decision &&
		input.decision === 'recognised'
	)
		return 'same_decision';
	return null;
}

/** The next version of `doc` carrying the decision; throws on a problem (check decisionProblem first). */
export function applyDecision<T extends Assessment>(doc: T, input: DecisionInput): T {
	const problem = decisionProblem(doc, input);
	if (problem) throw new Error(`Decision refused: ${problem}`);
	const comment = input.comment?.trim();
	const entry: ReviewEntry = {
		by: input.by,
		at: input.at,
		decision: input.decision,
		...(comment ? { comment } : {})
	};
	return {
		...doc,
		status: input.decision,
		review: entry,
		history: [...(doc.history ?? []), entry],
		updatedAt: input.at
	};
}

/** Whether an assessment still waits for a reviewer (sent, or re-sent after a return). */
export const isPending = (status: string) => status === 'sent' || status === 'ready';

export type BatchState = 'new' | 'in_review' | 'done';

/**
 * A batch as the inbox shows it, from its members' statuses: new while no member has a decision,
 * done when none waits any more, in review between. Members re-sent in a later batch count there.
 */
export function batchState(statusCounts: Readonly<Record<string, number>>): BatchState {
	let pending = 0;
	let decided = 0;
	for (const [status, n] of Object.entries(statusCounts)) {
		if (isPending(status)) pending += n;
		else if (status === 'recognised' || status === 'returned' || status === 'rejected')
			decided += n;
	}
	if (pending === 0) return 'done';
	return decided === 0 ? 'new' : 'in_review';
}
