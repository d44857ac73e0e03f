import type { BatchRecord } from '$lib/db/records';
import { CouchFailure } from '$lib/net/failure';
import {
	afterFailure,
	afterSuccess,
	chunkLength,
	DEFAULT_LIMITS,
	type ChunkerState,
	type ChunkLimits
} from './chunker';
import type { OutItem, Outcome } from './ledger';
import type { ChunkAnswer } from './push';

// One push's state as a record, and the decisions over it as plain functions (no database, no
// network): the order citizens go in, which members may follow, when a batch may close, how big
// the next request is, what a failed request means. push-run.ts is the loop that calls them.

export interface PushProgress {
	docsDone: number;
	docsTotal: number;
	bytesDone: number;
	bytesTotal: number;
}

export interface PushReport {
	/** Documents the server acknowledged (citizens, assessments, batch documents). */
	acknowledged: number;
	/** Of those, assessments: what the officer counts. */
	assessments: number;
	refused: number;
	conflicts: number;
	/** Batches whose document the server acknowledged in this run. */
	batchesSent: { id: string; count: number }[];
}

export type Answered = { ok: true; answer: ChunkAnswer } | { ok: false; error: unknown };

export interface InFlight {
	chunk: OutItem[];
	answered: Promise<Answered>;
}

export interface PushState {
	/** Every batch of this run, in order; `open` are those whose document has not gone yet. */
	readonly batches: readonly BatchRecord[];
	open: BatchRecord[];
	/** Citizens this run sends, and those it has left on the server (their record has a revision). */
	readonly coming: ReadonlySet<string>;
	readonly onServer: Set<string>;
	/** Members read but not yet queued (their citizen is still on its way); null until read. */
	held: OutItem[] | null;
	/** Each batch document's size before its final content is known. */
	readonly estimated: Map<string, number>;
	/** Documents to send, in order, and the requests on the wire. */
	queue: OutItem[];
	readonly inFlight: InFlight[];
	/** Failed requests in a row (not refusals). */
	failures: number;
	/**
	 * While the server refuses whole requests (too large, unreadable), chunks are halved down to the
	 * one document that causes it; this is that bound, lifted after the next success.
	 */
	bisect: number;
	/** Documents refused alone in a row. */
	refusedAlone: number;
	readonly progress: PushProgress;
	readonly report: PushReport;
}

/** The caller's chunker, kept across runs: a line that just failed starts the next run small. */
export interface Chunker {
	state: ChunkerState;
	limits?: ChunkLimits;
}

/** A document sent again after a conflict is given up for this run after this many tries. */
export const MAX_CONFLICT_ROUNDS = 3;
/** Documents refused alone in a row before a whole-request refusal is taken for the request's fault. */
export const MAX_REFUSED_ALONE = 3;

export function newPushState(batches: readonly BatchRecord[], citizens: OutItem[]): PushState {
	const queue = orderCitizens(citizens, batches);
	const state: PushState = {
		batches,
		open: [...batches],
		coming: new Set(queue.map((c) => c.doc._id)),
		onServer: new Set(),
		held: null,
		estimated: new Map(),
		queue,
		inFlight: [],
		failures: 0,
		bisect: Infinity,
		refusedAlone: 0,
		progress: { docsDone: 0, docsTotal: 0, bytesDone: 0, bytesTotal: 0 },
		report: { acknowledged: 0, assessments: 0, refused: 0, conflicts: 0, batchesSent: [] }
	};
	countTotal(state.progress, queue);
	return state;
}

/**
 * The citizens of the first batch's members first: that batch is then complete, and its document
 * on its way, while the next batch's members still go. The rest by id.
 */
export function orderCitizens(
	citizens: readonly OutItem[],
	batches: readonly BatchRecord[]
): OutItem[] {
	const rank = new Map<string, number>();
	for (const id of batches.flatMap((b) => b.citizenIds)) if (!rank.has(id)) rank.set(id, rank.size);
	const byRank = (c: OutItem) => rank.get(c.doc._id) ?? Infinity;
	return [...citizens].sort((a, b) => byRank(a) - byRank(b) || (a.doc._id < b.doc._id ? -1 : 1));
}

export function countTotal(progress: PushProgress, items: readonly OutItem[]): void {
	progress.docsTotal += items.length;
	progress.bytesTotal += items.reduce((s, i) => s + i.bytes, 0);
}

/** Some document matching is still to be answered for: queued or on the wire. */
export function isWaiting(state: PushState, match: (i: OutItem) => boolean): boolean {
	return state.queue.some(match) || state.inFlight.some((f) => f.chunk.some(match));
}

const memberOf = (batchId: string) => (i: OutItem) =>
	i.type === 'assessment' && i.doc.batchId === batchId;

/**
 * The held members whose citizen is now on the server (or was never sent by this run). A member
 * whose citizen did not get there (refused) is not sent: it stays on the tablet as it is, leaves
 * its batch, and the progress total drops it.
 */
export function releaseMembers(state: PushState): OutItem[] {
	const held = state.held ?? [];
	const back: OutItem[] = [];
	if (held.length === 0) return back;
	const citizensLeft = isWaiting(state, (i) => i.type === 'citizen');
	const still: OutItem[] = [];
	for (const m of held) {
		const citizenId = String(m.doc.citizenId);
		if (!state.coming.has(citizenId) || state.onServer.has(citizenId)) back.push(m);
		else if (citizensLeft) still.push(m);
		else {
			state.progress.docsTotal -= 1;
			state.progress.bytesTotal -= m.bytes;
		}
	}
	state.held = still;
	return back;
}

/** The next open batch, once the server has answered for every member of it (none held, released or waiting). */
export function closableBatch(state: PushState, released: readonly OutItem[]): BatchRecord | null {
	const batch = state.open[0];
	if (!batch) return null;
	const member = memberOf(batch._id);
	return (state.held ?? []).some(member) || released.some(member) || isWaiting(state, member)
		? null
		: batch;
}

/** The closed batch's document, now that its final content is known; a batch left empty goes nowhere. */
export function closeBatch(state: PushState, batchId: string, doc: OutItem | null): void {
	state.open = state.open.filter((b) => b._id !== batchId);
	state.progress.bytesTotal += (doc?.bytes ?? 0) - (state.estimated.get(batchId) ?? 0);
	if (!doc) state.progress.docsTotal -= 1;
}

/**
 * The next request's documents, or null when the window is full or nothing waits. Two requests
 * are kept on the wire (`parallel`); after a failure, one at a time until a success.
 */
export function nextChunk(
	state: PushState,
	chunker: ChunkerState,
	parallel: number
): OutItem[] | null {
	const window = state.failures > 0 || state.bisect !== Infinity ? 1 : parallel;
	if (state.inFlight.length >= window || state.queue.length === 0) return null;
	const n = Math.min(state.bisect, chunkLength(state.queue, chunker));
	const chunk = state.queue.slice(0, n);
	state.queue = state.queue.slice(n);
	return chunk;
}

export type Verdict =
	{ kind: 'giveUp'; error: unknown } | { kind: 'again' } | { kind: 'refuse'; outcome: Outcome };

/**
 * What a failed request means. Signed out, not allowed or not a server answer: stop now. Refused as
 * a whole (too large, rejected): halve it down to the one document at fault and refuse that one,
 * unless every document meets the same refusal (then it is the request). Otherwise (the line, the
 * server): the chunk goes again, up to `maxFailures` in a row. The chunker shrinks either way.
 */
export function judgeFailure(
	state: PushState,
	chunk: OutItem[],
	error: unknown,
	chunker: Chunker,
	maxFailures: number
): Verdict {
	if (!(error instanceof CouchFailure) || error.kind === 'auth' || error.kind === 'forbidden')
		return { kind: 'giveUp', error };
	chunker.state = afterFailure(chunker.state, chunker.limits ?? DEFAULT_LIMITS);
	if (error.kind === 'tooLarge' || error.kind === 'rejected' || error.kind === 'conflict') {
		if (chunk.length > 1) {
			state.bisect = Math.ceil(chunk.length / 2);
			state.queue = [...chunk, ...state.queue];
			return { kind: 'again' };
		}
		if (++state.refusedAlone > MAX_REFUSED_ALONE) return { kind: 'giveUp', error };
		return {
			kind: 'refuse',
			outcome: { item: chunk[0], kind: 'refused', reason: error.message || error.kind }
		};
	}
	if (++state.failures >= maxFailures) return { kind: 'giveUp', error };
	state.queue = [...chunk, ...state.queue];
	return { kind: 'again' };
}

/** A request went through: the window opens again and the chunker may grow. */
export function succeeded(state: PushState, chunker: Chunker): void {
	state.failures = 0;
	state.bisect = Infinity;
	state.refusedAlone = 0;
	chunker.state = afterSuccess(chunker.state, chunker.limits ?? DEFAULT_LIMITS);
}

/** Count written outcomes into the progress and the report. */
export function countSettled(state: PushState, outcomes: readonly Outcome[]): void {
	const { progress, report } = state;
	for (const o of outcomes) {
		progress.docsDone += 1;
		progress.bytesDone += o.item.bytes;
		if (o.kind === 'ack' || (o.kind === 'resolved' && o.resolution.kind === 'same')) {
			report.acknowledged += 1;
			if (o.item.type === 'assessment') report.assessments += 1;
			if (o.item.type === 'batch')
				report.batchesSent.push({ id: o.item.doc._id, count: Number(o.item.doc.count) });
		}
		if (o.kind === 'refused') report.refused += 1;
	}
}

/** Documents going again after a merge leave the done count until they are answered anew. */
export function requeueFront(state: PushState, again: readonly OutItem[]): void {
	state.progress.docsDone -= again.length;
	state.progress.bytesDone -= again.reduce((s, i) => s + i.bytes, 0);
	state.queue = [...again, ...state.queue];
}
