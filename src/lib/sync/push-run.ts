import type { LocalDatabase } from '$lib/db/db';
import type { AssessmentRecord, CitizenRecord } from '$lib/db/records';
import { afterFailure, afterSuccess, chunkLength, DEFAULT_LIMITS, type ChunkerState, type ChunkLimits } from './chunker';
import { applyOutcomes, type OutItem, type Outcome } from './ledger';
import type { SyncedRecord } from './local-record';
import {
	assessmentItem,
	batchItem,
	citizenItem,
	finalizeBatch,
	isSendableAssessment,
	isSendableCitizen,
	prepareBatches,
	unsentCitizens,
	unsentMembers
} from './outbox';
import { recheckRefusals, resolveConflicts, sendChunk, type ChunkAnswer } from './push';
import { SyncFailure, type Transport } from './transport';

// One push: citizens first, then each batch's members, then the batch document once every member
// is settled. The order is what keeps a batch complete on the server: a batch document is only ever
// sent after the server acknowledged (or refused, and the batch dropped) each of its members, and a
// member only after its citizen. A finished batch's document rides in the next batch's first chunk,
// or alone at the end, so it costs no extra round trip but one.

export interface PushProgress {
	docsDone: number;
	docsTotal: number;
	bytesDone: number;
	bytesTotal: number;
}

export interface PushDeps {
	db: LocalDatabase;
	transport: Transport;
	remoteDb: string;
	communeId: string;
	officer: string;
	now: () => Date;
	newBatchId: () => string;
	/** Kept by the caller across runs: a line that just failed starts the next run with small chunks. */
	chunker: { state: ChunkerState; limits?: ChunkLimits };
	onProgress?: (progress: PushProgress) => void;
	/** Failed requests in a row, each with a smaller chunk, before the run gives up for now. */
	maxFailures?: number;
	/** Requests kept on the wire at once (default 2). */
	parallel?: number;
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

/** A document sent again after a conflict is given up for this run after this many tries. */
const MAX_CONFLICT_ROUNDS = 3;
/** Documents refused alone in a row before a whole-request refusal is taken for the request's fault. */
const MAX_REFUSED_ALONE = 3;

export async function pushAll(deps: PushDeps): Promise<PushReport> {
	const { db } = deps;
	const report: PushReport = { acknowledged: 0, assessments: 0, refused: 0, conflicts: 0, batchesSent: [] };
	const batches = await prepareBatches(deps);
	const citizens = (await unsentCitizens(db, deps.communeId)).map(citizenItem);

	// Totals up front, for the bar; members and batch documents are re-read when their turn comes.
	const progress: PushProgress = { docsDone: 0, docsTotal: 0, bytesDone: 0, bytesTotal: 0 };
	const count = (items: readonly OutItem[]) => {
		progress.docsTotal += items.length;
		progress.bytesTotal += items.reduce((s, i) => s + i.bytes, 0);
	};
	count(citizens);
	const coming = new Set(citizens.map((c) => c.doc._id));
	const estimated = new Map<string, number>();
	for (const batch of batches) {
		const doc = batchItem(batch);
		estimated.set(batch._id, doc.bytes);
		count([...(await unsentMembers(db, batch, coming)).map((a) => assessmentItem(a, batch._id)), doc]);
	}
	deps.onProgress?.({ ...progress });

	// Citizens this run leaves on the server (their record has a revision): their members need not
	// read them again.
	const onServer = new Set<string>();
	const send = (queue: OutItem[]) => sendQueue(deps, queue, progress, report, onServer);
	await send(citizens);
	let carried: OutItem[] = [];
	for (const batch of batches) {
		const members = (await unsentMembers(db, batch, onServer)).map((a) => assessmentItem(a, batch._id));
		await send([...carried, ...members]);
		carried = [];
		const final = await finalizeBatch(db, batch._id, deps.now());
		// Its final content (members that got through, sentAt) is known only now.
		const doc = final ? batchItem(final) : null;
		progress.bytesTotal += (doc?.bytes ?? 0) - (estimated.get(batch._id) ?? 0);
		if (doc) carried.push(doc);
		else progress.docsTotal -= 1;
	}
	if (carried.length) await send(carried);
	deps.onProgress?.({ ...progress });
	return report;
}

type Answered = { ok: true; answer: ChunkAnswer } | { ok: false; error: unknown };
interface InFlight {
	chunk: OutItem[];
	answered: Promise<Answered>;
}

/**
 * Send a queue of mutually independent documents. Two requests are kept on the wire: while the
 * server works on one chunk and its answer travels back, the next one uploads, so a line with a
 * long round trip is not idle half the time. After a failure, one at a time until a success.
 */
async function sendQueue(deps: PushDeps, initial: OutItem[], progress: PushProgress, report: PushReport, onServer: Set<string>): Promise<void> {
	const { chunker } = deps;
	const limits = chunker.limits ?? DEFAULT_LIMITS;
	const maxFailures = deps.maxFailures ?? 3;
	const parallel = deps.parallel ?? 2;
	let queue = initial;
	const inFlight: InFlight[] = [];
	let failures = 0;
	// While the server refuses whole requests (too large, unreadable), chunks are halved down to
	// the one document that causes it; `bisect` is that bound, lifted after the next success.
	let bisect = Infinity;
	let refusedAlone = 0;

	const launch = () => {
		const window = failures > 0 || bisect !== Infinity ? 1 : parallel;
		while (inFlight.length < window && queue.length > 0) {
			const n = Math.min(bisect, chunkLength(queue, chunker.state));
			const chunk = queue.slice(0, n);
			queue = queue.slice(n);
			const answered = sendChunk(deps.transport, deps.remoteDb, chunk).then(
				(answer): Answered => ({ ok: true, answer }),
				(error: unknown): Answered => ({ ok: false, error })
			);
			inFlight.push({ chunk, answered });
		}
	};
	/** Before giving up: what the other request on the wire got through is still written down. */
	const giveUp = async (error: unknown): Promise<never> => {
		for (const { answered } of inFlight.splice(0)) {
			const result = await answered;
			if (result.ok) await settle(deps, onServer, result.answer.outcomes.filter((o) => o.kind === 'ack'), progress, report);
		}
		throw error;
	};

	launch();
	while (inFlight.length > 0) {
		const { chunk, answered } = inFlight.shift()!;
		const result = await answered;
		if (!result.ok) {
			const e = result.error;
			if (!(e instanceof SyncFailure) || e.kind === 'auth' || e.kind === 'forbidden') await giveUp(e);
			const failure = e as SyncFailure;
			chunker.state = afterFailure(chunker.state, limits);
			if (failure.kind === 'tooLarge' || failure.kind === 'rejected') {
				if (chunk.length > 1) {
					bisect = Math.ceil(chunk.length / 2);
					queue = [...chunk, ...queue];
				} else {
					// Refused as a whole with one document in it: that document is the problem. Mark
					// it and go on, unless every document meets the same refusal: then it is the request.
					if (++refusedAlone > MAX_REFUSED_ALONE) await giveUp(failure);
					await settle(deps, onServer, [{ item: chunk[0], kind: 'refused', reason: failure.message || failure.kind }], progress, report);
				}
			} else {
				if (++failures >= maxFailures) await giveUp(failure);
				queue = [...chunk, ...queue];
			}
			launch();
			continue;
		}
		failures = 0;
		bisect = Infinity;
		refusedAlone = 0;
		chunker.state = afterSuccess(chunker.state, limits);
		// The next request goes out before this answer is written down: the tablet's own work
		// overlaps the line's.
		launch();
		const { answer } = result;
		const rechecked = await recheckRefusals(deps.transport, deps.remoteDb, answer.outcomes);
		await settle(deps, onServer, rechecked.final, progress, report);
		const conflicts = [...answer.conflicts, ...rechecked.conflicts];
		if (conflicts.length > 0) {
			report.conflicts += conflicts.length;
			const resolved = await resolveConflicts(deps.transport, deps.remoteDb, conflicts);
			const after = await settle(deps, onServer, resolved.outcomes, progress, report);
			const again = resendable(resolved.outcomes, after);
			progress.docsDone -= again.length;
			progress.bytesDone -= again.reduce((s, i) => s + i.bytes, 0);
			queue = [...again, ...queue];
			launch();
		}
	}
}

/** Write the outcomes and count them; returns the records afterwards. */
async function settle(deps: PushDeps, onServer: Set<string>, outcomes: Outcome[], progress: PushProgress, report: PushReport): Promise<Map<string, SyncedRecord>> {
	if (outcomes.length === 0) return new Map();
	const after = await applyOutcomes(deps.db, outcomes, deps.now().toISOString());
	for (const [id, record] of after) if (record.type === 'citizen' && record._rev) onServer.add(id);
	for (const o of outcomes) {
		progress.docsDone += 1;
		progress.bytesDone += o.item.bytes;
		if (o.kind === 'ack' || (o.kind === 'resolved' && o.resolution.kind === 'same')) {
			report.acknowledged += 1;
			if (o.item.type === 'assessment') report.assessments += 1;
			if (o.item.type === 'batch') report.batchesSent.push({ id: o.item.doc._id, count: Number(o.item.doc.count) });
		}
		if (o.kind === 'refused') report.refused += 1;
	}
	deps.onProgress?.({ ...progress });
	return after;
}

/** After a merge the officer's version goes again, now on top of the server's revision. */
function resendable(outcomes: Outcome[], after: Map<string, SyncedRecord>): OutItem[] {
	const out: OutItem[] = [];
	for (const o of outcomes) {
		if (o.kind !== 'resolved' || o.resolution.kind !== 'merge' || o.item.attempt + 1 >= MAX_CONFLICT_ROUNDS) continue;
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
