import type { Assessment, ReviewEntry } from './assessment.schema';

// A returned assessment on its way back: the officer keeps the reviewer's comment in sight until
// she sends it again, and the reviewer sees it marked as re-sent with what the fix changed.

const FIXING: readonly string[] = ['returned', 'draft', 'ready'];

/** The return the officer is fixing (shown on every step and in the lists), or null. */
export function returnBeingFixed(a: Pick<Assessment, 'status' | 'review'>): ReviewEntry | null {
	return a.review?.decision === 'returned' && FIXING.includes(a.status) ? a.review : null;
}

/** Sent again after a return, waiting for a new decision ("Gửi lại sau khi sửa"). */
export function isResent(a: Pick<Assessment, 'status' | 'review'>): boolean {
	return a.status === 'sent' && a.review?.decision === 'returned';
}

/** The indicators whose answer differs from the one the reviewer returned (none when not known). */
export function changedSinceReturn(
	a: Pick<Assessment, 'answers' | 'returnedAnswers'>
): Set<string> {
	const before = a.returnedAnswers;
	if (!before) return new Set();
	const ids = new Set([...Object.keys(before), ...Object.keys(a.answers)]);
	return new Set([...ids].filter((id) => before[id] !== a.answers[id]));
}
