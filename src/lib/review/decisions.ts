import type { Assessment } from '$lib/domain/assessment.schema';
import type { Transport } from '$lib/net/couch';
import { CouchFailure, isFailure, type FailureKind } from '$lib/net/failure';
import { encode, sameContent } from '$lib/sync/wire';
import type { QueuedDecision, ReviewDatabase } from './decision-db';

// Decisions go through a queue even when online: stored first, then sent at once with the sync
// engine's transport (`_bulk_docs`, gzip'd). So a decision taken offline, or whose request dies
// half-way, waits in IndexedDB and goes at the next chance; one that arrives twice is the same
// document and revision. Someone else's decision in between is never overwritten: the write
// carries the `_rev` the reviewer saw, and the server's 409 (or the gateway's history refusal on a
// stale version) is kept as a conflict with the server's version, for the screen to show.

/** Decisions of one batch fit one request; bigger queues go in chunks of this many. */
const CHUNK = 100;

export interface Decided {
	db: string;
	doc: Assessment;
}

/** Store decisions as waiting. A new decision on an assessment already waiting replaces it: it was built on it (its history holds both). */
export async function enqueue(
	db: ReviewDatabase,
	decided: readonly Decided[],
	now = new Date()
): Promise<void> {
	const at = now.toISOString();
	await db.decisions.bulkPut(
		decided.map((d) => ({
			_id: d.doc._id,
			db: d.db,
			doc: d.doc,
			queuedAt: at,
			state: 'waiting' as const
		}))
	);
}

export interface FlushResult {
	/** Assessment id → the decided document as the server now holds it (its new revision). */
	sent: Map<string, Assessment>;
	conflicts: string[];
	refused: string[];
	/** Why sending stopped early (the rest waits): no connection, server trouble, signed out. */
	stopped?: FailureKind;
}

export async function flush(db: ReviewDatabase, transport: Transport): Promise<FlushResult> {
	const result: FlushResult = { sent: new Map(), conflicts: [], refused: [] };
	const waiting = await db.decisions.where('state').equals('waiting').sortBy('queuedAt');
	const byDb = new Map<string, QueuedDecision[]>();
	for (const q of waiting) byDb.set(q.db, [...(byDb.get(q.db) ?? []), q]);
	try {
		for (const [dbName, queue] of byDb)
			for (let i = 0; i < queue.length; i += CHUNK)
				await sendChunk(db, transport, dbName, queue.slice(i, i + CHUNK), result);
	} catch (e) {
		if (!(e instanceof CouchFailure)) throw e;
		result.stopped = e.kind;
	}
	return result;
}

async function sendChunk(
	db: ReviewDatabase,
	transport: Transport,
	dbName: string,
	chunk: QueuedDecision[],
	result: FlushResult
): Promise<void> {
	let answers;
	try {
		answers = await transport.bulkDocs(
			dbName,
			chunk.map((q) => encode(q.doc))
		);
	} catch (e) {
		// The whole request refused (403: this database is not in the reviewer's scope): say so on each.
		if (isFailure(e, 'forbidden', 'rejected', 'conflict')) {
			for (const q of chunk) await settle(db, q, { state: 'refused', reason: e.message });
			result.refused.push(...chunk.map((q) => q._id));
			return;
		}
		throw e;
	}
	const byId = new Map(answers.map((a) => [a.id, a]));
	const failed = chunk.filter((q) => !byId.get(q._id)?.ok);
	const server = failed.length
		? await transport.getDocs(
				dbName,
				failed.map((q) => q._id)
			)
		: new Map();
	for (const q of chunk) {
		const answer = byId.get(q._id);
		if (answer?.ok && answer.rev) {
			await settleSent(db, q, answer.rev);
			result.sent.set(q._id, { ...q.doc, _rev: answer.rev });
			continue;
		}
		const current = (server.get(q._id) ?? null) as Assessment | null;
		// The answer to an earlier send was lost on the way: the server already holds this very decision.
		if (current && sameContent(current, q.doc)) {
			await settleSent(db, q, current._rev!);
			result.sent.set(q._id, current);
			continue;
		}
		// A refusal on a revision that is no longer the server's is someone else's change first.
		const stale = answer?.error === 'conflict' || (current !== null && current._rev !== q.doc._rev);
		if (stale) {
			await settle(db, q, { state: 'conflict', server: current, reason: answer?.reason });
			result.conflicts.push(q._id);
		} else {
			await settle(db, q, {
				state: 'refused',
				reason: answer?.reason ?? answer?.error ?? 'no answer'
			});
			result.refused.push(q._id);
		}
	}
}

/** Written: drop it from the queue, unless the reviewer decided again meanwhile (then that one now builds on the new revision). */
async function settleSent(db: ReviewDatabase, sent: QueuedDecision, rev: string): Promise<void> {
	await db.transaction('rw', db.decisions, async () => {
		const now = await db.decisions.get(sent._id);
		if (!now) return;
		if (
			now.queuedAt === sent.queuedAt &&
			now.doc._rev === sent.doc._rev &&
			now.state === 'waiting' &&
			sameHistory(now.doc, sent.doc)
		)
			await db.decisions.delete(sent._id);
		else if (now.doc._rev === sent.doc._rev)
			await db.decisions.update(sent._id, { doc: { ...now.doc, _rev: rev } });
	});
}

/** Mark an entry, unless a newer decision replaced it meanwhile. */
async function settle(
	db: ReviewDatabase,
	sent: QueuedDecision,
	change: Partial<QueuedDecision>
): Promise<void> {
	await db.transaction('rw', db.decisions, async () => {
		const now = await db.decisions.get(sent._id);
		if (now && now.queuedAt === sent.queuedAt && sameHistory(now.doc, sent.doc))
			await db.decisions.update(sent._id, change);
	});
}

const sameHistory = (a: Assessment, b: Assessment) =>
	(a.history?.length ?? 0) === (b.history?.length ?? 0);

/** The reviewer read the conflict or refusal and goes on with the server's version: forget the queued one. */
export async function dismiss(db: ReviewDatabase, id: string): Promise<void> {
	await db.decisions.delete(id);
}

/** An assessment as the reviewer should see it: its queued decision over the server's version. */
export function withQueued(
	doc: Assessment,
	queued: ReadonlyMap<string, QueuedDecision>
): { doc: Assessment; queued: QueuedDecision | null } {
	const q = queued.get(doc._id);
	return q && q.state === 'waiting' ? { doc: q.doc, queued: q } : { doc, queued: q ?? null };
}
