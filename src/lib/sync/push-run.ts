import type { LocalDatabase } from '$lib/db/db';
import type { AssessmentRecord, CitizenRecord } from '$lib/db/records';
import { applyOutcomes, type OutItem, type Outcome } from './ledger';
import type { SyncedRecord } from './local-record';
import {
	assessmentItem,
	batchItem,
	citizenItem,
	hamletItem,
	finalizeBatch,
	isSendableAssessment,
	isSendableCitizen,
	prepareBatches,
	unsentCitizens,
	unsentHamlets,
	unsentMembers
} from './outbox';
import type { Transport } from '$lib/net/couch';
import { recheckRefusals, resolveConflicts, sendChunk, type ChunkAnswer } from './push';
import {
	closableBatch,
	closeBatch,
	countSettled,
	countTotal,
	judgeFailure,
	MAX_CONFLICT_ROUNDS,
	newPushState,
	nextChunk,
	releaseMembers,
	requeueFront,
	succeeded,
	type Answered,
	type Chunker,
	type PushProgress,
	type PushReport,
	type PushState
} from './push-state';

// One push: citizens first, then the batches' members, then each batch document once every member
// of it is settled. The order is what keeps a batch complete on the server: a batch document is only
// ever sent after the server acknowledged (or refused, and the batch dropped) each of its members,
// and a member only after its citizen. The members of all batches go as one stream, so the line is
// not left idle between batches; a finished batch's document rides in the next request, or alone
// at the end.

export type { PushProgress, PushReport } from './push-state';

export interface PushDeps {
	db: LocalDatabase;
	transport: Transport;
	remoteDb: string;
	communeId: string;
	officer: string;
	now: () => Date;
	newBatchId: () => string;
	/** Kept by the caller across runs: a line that just failed starts the next run with small chunks. */
	chunker: Chunker;
	onProgress?: (progress: PushProgress) => void;
	/** Failed requests in a row, each with a smaller chunk, before the run gives up for now. */
	maxFailures?: number;
	/** Requests kept on the wire at once (default 2). */
	parallel?: number;
}

/**
 * The loop: plan, then after each answer let follow what may (members, batch documents), keep two
 * requests on the wire (while the server works on one chunk and its answer travels back, the next
 * one uploads, so a line with a long round trip is not idle half the time), and write each answer
 * down. The decisions are push-state.ts's; this file does the waiting, reading and writing.
 */
export async function pushAll(deps: PushDeps): Promise<PushReport> {
	const state = await plan(deps);
	launch(deps, state);
	for (;;) {
		await follow(deps, state);
		const next = state.inFlight.shift();
		if (!next) break;
		const result = await next.answered;
		if (result.ok) await onAnswer(deps, state, result.answer);
		else await onFailure(deps, state, next.chunk, result.error);
	}
	deps.onProgress?.({ ...state.progress });
	return state.report;
}

/** The run's batches (made from what is ready) and its citizens, in the order they go. */
export async function plan(deps: PushDeps): Promise<PushState> {
	const batches = await prepareBatches(deps);
	const hamlets = (await unsentHamlets(deps.db, deps.communeId)).map(hamletItem);
	const citizens = [
		...hamlets,
		...(await unsentCitizens(deps.db, deps.communeId)).map(citizenItem)
	];
	return newPushState(batches, citizens);
}

/**
 * Totals for the bar. The members are read once, while the first citizens are on the wire: each
 * goes as soon as its citizen is on the server, so the line does not wait for all the citizens.
 */
export async function readMembers(deps: PushDeps, state: PushState): Promise<OutItem[]> {
	const all: OutItem[] = [];
	for (const batch of state.batches) {
		const doc = batchItem(batch);
		state.estimated.set(batch._id, doc.bytes);
		const members = (await unsentMembers(deps.db, batch, state.coming)).map((a) =>
			assessmentItem(a, batch._id)
		);
		all.push(...members);
		countTotal(state.progress, [...members, doc]);
	}
	deps.onProgress?.({ ...state.progress });
	return all;
}

/** What may go next: batch documents (first, in the next request) and members (after the rest). */
export async function follow(deps: PushDeps, state: PushState): Promise<void> {
	state.held ??= await readMembers(deps, state);
	const back = releaseMembers(state);
	const front: OutItem[] = [];
	for (let batch = closableBatch(state, back); batch; batch = closableBatch(state, back)) {
		// Its final content (members that got through, sentAt) is known only now.
		const final = await finalizeBatch(deps.db, batch._id, deps.now());
		const doc = final ? batchItem(final) : null;
		closeBatch(state, batch._id, doc);
		if (doc) front.push(doc);
	}
	if (front.length > 0 || back.length > 0) {
		state.queue = [...front, ...state.queue, ...back];
		launch(deps, state);
	}
}

/** Fill the window with requests. */
export function launch(deps: PushDeps, state: PushState): void {
	for (
		let chunk = nextChunk(state, deps.chunker.state, deps.parallel ?? 2);
		chunk;
		chunk = nextChunk(state, deps.chunker.state, deps.parallel ?? 2)
	) {
		const answered = sendChunk(deps.transport, deps.remoteDb, chunk).then(
			(answer): Answered => ({ ok: true, answer }),
			(error: unknown): Answered => ({ ok: false, error })
		);
		state.inFlight.push({ chunk, answered });
	}
}

/** A chunk's answer: the next request goes out first (the tablet's work overlaps the line's), then it is written down. */
export async function onAnswer(
	deps: PushDeps,
	state: PushState,
	answer: ChunkAnswer
): Promise<void> {
	succeeded(state, deps.chunker);
	launch(deps, state);
	const rechecked = await recheckRefusals(deps.transport, deps.remoteDb, answer.outcomes);
	await settle(deps, state, rechecked.final);
	const conflicts = [...answer.conflicts, ...rechecked.conflicts];
	if (conflicts.length === 0) return;
	state.report.conflicts += conflicts.length;
	const resolved = await resolveConflicts(deps.transport, deps.remoteDb, conflicts);
	const after = await settle(deps, state, resolved.outcomes);
	requeueFront(state, resendable(resolved.outcomes, after));
	launch(deps, state);
}

export async function onFailure(
	deps: PushDeps,
	state: PushState,
	chunk: OutItem[],
	error: unknown
): Promise<void> {
	const verdict = judgeFailure(state, chunk, error, deps.chunker, deps.maxFailures ?? 3);
	if (verdict.kind === 'giveUp') await giveUp(deps, state, verdict.error);
	if (verdict.kind === 'refuse') await settle(deps, state, [verdict.outcome]);
	launch(deps, state);
}

/** Before giving up: what the other request on the wire got through is still written down. */
async function giveUp(deps: PushDeps, state: PushState, error: unknown): Promise<never> {
	for (const { answered } of state.inFlight.splice(0)) {
		const result = await answered;
		if (result.ok)
			await settle(
				deps,
				state,
				result.answer.outcomes.filter((o) => o.kind === 'ack')
			);
	}
	throw error;
}

/** Write the outcomes and count them; returns the records afterwards. */
export async function settle(
	deps: PushDeps,
	state: PushState,
	outcomes: Outcome[]
): Promise<Map<string, SyncedRecord>> {
	if (outcomes.length === 0) return new Map();
	const after = await applyOutcomes(deps.db, outcomes, deps.now().toISOString());
	for (const [id, record] of after)
		if (record.type === 'citizen' && record._rev) state.onServer.add(id);
	countSettled(state, outcomes);
	deps.onProgress?.({ ...state.progress });
	return after;
}

/** After a merge the officer's version goes again, now on top of the server's revision. */
export function resendable(outcomes: Outcome[], after: Map<string, SyncedRecord>): OutItem[] {
	const out: OutItem[] = [];
	for (const o of outcomes) {
		if (
			o.kind !== 'resolved' ||
			o.resolution.kind !== 'merge' ||
			o.item.attempt + 1 >= MAX_CONFLICT_ROUNDS
		)
			continue;
		const record = after.get(o.item.doc._id);
		if (!record) continue;
		const next =
			o.item.type === 'citizen' && isSendableCitizen(record as CitizenRecord)
				? citizenItem(record as CitizenRecord)
				: o.item.type === 'assessment' && isSendableAssessment(record as AssessmentRecord)
					? assessmentItem(record as AssessmentRecord, String(o.item.doc.batchId))
					: null;
		if (next) out.push({ ...next, attempt: o.item.attempt + 1 });
	}
	return out;
}
