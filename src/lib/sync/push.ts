import { reconcile } from './conflicts';
import type { OutItem, Outcome } from './ledger';
import type { BulkResult, Transport } from '$lib/net/couch';

// One chunk on the wire, and what its answer says about each document. `_bulk_docs` is not atomic:
// some documents of a chunk may be stored and others refused, so every document is judged alone.

export interface ChunkAnswer {
	/** Stored or refused: settled. */
	outcomes: Outcome[];
	/** 409: the server holds another version; resolved by `resolveConflicts`. */
	conflicts: OutItem[];
	/** Not named in the answer: the outcome is unknown, so the document stays unsent. */
	unknown: OutItem[];
}

export async function sendChunk(
	transport: Transport,
	remoteDb: string,
	items: readonly OutItem[]
): Promise<ChunkAnswer> {
	const results = await transport.bulkDocs(remoteDb, items);
	return classify(items, results);
}

export function classify(items: readonly OutItem[], results: readonly BulkResult[]): ChunkAnswer {
	const byId = new Map(results.map((r) => [r.id, r]));
	const answer: ChunkAnswer = { outcomes: [], conflicts: [], unknown: [] };
	for (const item of items) {
		const result = byId.get(item.doc._id);
		if (!result) answer.unknown.push(item);
		else if (!result.error && result.rev)
			answer.outcomes.push({ item, kind: 'ack', rev: result.rev });
		else if (result.error === 'conflict') answer.conflicts.push(item);
		else
			answer.outcomes.push({
				item,
				kind: 'refused',
				reason: result.reason ?? result.error ?? 'unknown',
				issues: issuesOf(result)
			});
	}
	return answer;
}

/**
 * A write on a stale revision may come back refused instead of 409: a gateway that checks its write
 * rules against the server's current version (a reviewer's newer decision) refuses before the store
 * sees the conflict. A refusal is only final when the server still holds the revision we built on;
 * otherwise it is a conflict, and the rules decide. One request for all of a chunk's refusals.
 */
export async function recheckRefusals(
	transport: Transport,
	remoteDb: string,
	outcomes: readonly Outcome[]
): Promise<{ final: Outcome[]; conflicts: OutItem[] }> {
	const refused = outcomes.filter((o) => o.kind === 'refused');
	if (refused.length === 0) return { final: [...outcomes], conflicts: [] };
	const server = await transport.getDocs(
		remoteDb,
		refused.map((o) => o.item.doc._id)
	);
	const final: Outcome[] = [];
	const conflicts: OutItem[] = [];
	for (const o of outcomes) {
		const current = o.kind === 'refused' ? server.get(o.item.doc._id) : undefined;
		if (current && current._rev !== o.item.doc._rev) conflicts.push(o.item);
		else final.push(o);
	}
	return { final, conflicts };
}

/** Fetch the server's versions of the conflicting documents (one request) and decide by rule. */
export async function resolveConflicts(
	transport: Transport,
	remoteDb: string,
	items: readonly OutItem[]
): Promise<{ outcomes: Outcome[]; unknown: OutItem[] }> {
	const server = await transport.getDocs(
		remoteDb,
		items.map((i) => i.doc._id)
	);
	const outcomes: Outcome[] = [];
	const unknown: OutItem[] = [];
	for (const item of items) {
		const doc = server.get(item.doc._id);
		// 409 for a document the server then cannot show: deleted there by an administrator, or a
		// reader's race. Nothing to decide against; it stays unsent and is tried again later.
		if (!doc) unknown.push(item);
		else outcomes.push({ item, kind: 'resolved', resolution: reconcile(item.doc, doc, true) });
	}
	return { outcomes, unknown };
}

function issuesOf(result: BulkResult): { path: string; message: string }[] | undefined {
	if (Array.isArray(result.issues)) return result.issues;
	return undefined;
}
