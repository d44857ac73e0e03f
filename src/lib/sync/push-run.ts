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
import type { Transport } from '$lib/net/couch';
import { CouchFailure } from '$lib/net/failure';

// One push: citizens first, then the batches' members, then each batch document once every member
// of it is settled. The order is what keeps a batch complete on the server: a batch document is only
// ever sent after the server acknowledged (or refused, and the batch dropped) each of its members,
// and a member only after its citizen. The members of all batches go as one stream, so the line is
// not left idle between batches; a finished batch's document rides in the next request, or alone
// at the end.

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

	// The citizens of the first batch's members first: that batch is then complete, and its document
	// on its way, while the next batch's members still go.
	const rank = new Map<string, number>();
	for (const id of batches.flatMap((b) => b.citizenIds)) if (!rank.has(id)) rank.set(id, rank.size);
	const byRank = (c: OutItem) => rank.get(c.doc._id) ?? Infinity;
	citizens.sort((a, b) => byRank(a) - byRank(b) || (a.doc._id < b.doc._id ? -1 : 1));

	// Totals for the bar. The members are read once, while the first citizens are on the wire: each
	// goes as soon as its citizen is on the server, so the line does not wait for all the citizens.
	const progress: PushProgress = { docsDone: 0, docsTotal: 0, bytesDone: 0, bytesTotal: 0 };
	const count = (items: readonly OutItem[]) => {
		progress.docsTotal += items.length;
		progress.bytesTotal += items.reduce((s, i) => s + i.bytes, 0);
	};
	count(citizens);
	const coming = new Set(citizens.map((c) => c.doc._id));
	const estimated = new Map<string, number>();
	let held: OutItem[] | null = null;
	const readMembers = async (): Promise<OutItem[]> => {
		const all: OutItem[] = [];
		for (const batch of batches) {
			const doc = batchItem(batch);
			estimated.set(batch._id, doc.bytes);
			const members = (await unsentMembers(db, batch, coming)).map((a) => assessmentItem(a, batch._id));
			all.push(...members);
			count([...members, doc]);
		}
		deps.onProgress?.({ ...progress });
		return all;
	};

	// Citizens this run leaves on the server (their record has a revision).
	const onServer = new Set<string>();
	const open = [...batches];
	const memberOf = (batchId: string) => (i: OutItem) => i.type === 'assessment' && i.doc.batchId === batchId;
	const follow = async (waiting: (match: (i: OutItem) => boolean) => boolean): Promise<Follow> => {
		// Members whose citizen is now on the server; a member whose citizen did not get there (refused)
		// is not sent: it stays on the tablet as it is, and leaves its batch.
		held ??= await readMembers();
		const back: OutItem[] = [];
		if (held.length > 0) {
			const citizensLeft = waiting((i) => i.type === 'citizen');
			const still: OutItem[] = [];
			for (const m of held) {
				const citizenId = String(m.doc.citizenId);
				if (!coming.has(citizenId) || onServer.has(citizenId)) back.push(m);
				else if (citizensLeft) still.push(m);
				else {
					progress.docsTotal -= 1;
					progress.bytesTotal -= m.bytes;
				}
			}
			held = still;
		}
		// Batch documents, in order, once the server has answered for every member.
		const front: OutItem[] = [];
		while (open.length > 0 && !held!.some(memberOf(open[0]._id)) && !back.some(memberOf(open[0]._id)) && !waiting(memberOf(open[0]._id))) {
			const batch = open.shift()!;
			const final = await finalizeBatch(db, batch._id, deps.now());
			// Its final content (members that got through, sentAt) is known only now.
			const doc = final ? batchItem(final) : null;
			progress.bytesTotal += (doc?.bytes ?? 0) - (estimated.get(batch._id) ?? 0);
			if (doc) front.push(doc);
			else progress.docsTotal -= 1;
		}
		return { front, back };
	};
	await sendQueue(deps, citizens, progress, report, onServer, follow);
	deps.onProgress?.({ ...progress });
	return report;
}

/** What may go next: batch documents (first, in the next request) and members (after the rest). */
interface Follow {
	front: OutItem[];
	back: OutItem[];
}

type Answered = { ok: true; answer: ChunkAnswer } | { ok: false; error: unknown };
interface InFlight {
	chunk: OutItem[];
	answered: Promise<Answered>;
}

/**
 * Send a queue of mutually independent documents, and those `follow` adds once what they depend on
 * was answered. Two requests are kept on the wire: while the server works on one chunk and its
 * answer travels back, the next one uploads, so a line with a long round trip is not idle half the
 * time. After a failure, one at a time until a success.
 */
async function sendQueue(
	deps: PushDeps,
	initial: OutItem[],
	progress: PushProgress,
	report: PushReport,
	onServer: Set<string>,
	/** Documents that may go once others are settled, asked before the first request and after each answer. */
	follow?: (waiting: (match: (i: OutItem) => boolean) => boolean) => Promise<Follow>
): Promise<void> {
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

	/** Some document still to be answered for: queued or on the wire. */
	const waiting = (match: (i: OutItem) => boolean) => queue.some(match) || inFlight.some((f) => f.chunk.some(match));

	launch();
	for (;;) {
		if (follow) {
			const { front, back } = await follow(waiting);
			if (front.length > 0 || back.length > 0) {
				queue = [...front, ...queue, ...back];
				launch();
			}
		}
		if (inFlight.length === 0) break;
		const { chunk, answered } = inFlight.shift()!;
		const result = await answered;
		if (!result.ok) {
			const e = result.error;
			if (!(e instanceof CouchFailure) || e.kind === 'auth' || e.kind === 'forbidden') await giveUp(e);
			const failure = e as CouchFailure;
			chunker.state = afterFailure(chunker.state, limits);
			if (failure.kind === 'tooLarge' || failure.kind === 'rejected' || failure.kind === 'conflict') {
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
