import type { LocalDatabase } from '$lib/db/db';
import {
	onAck,
	onRefusal,
	onResolution,
	type Change,
	type ConflictEntry,
	type Sent
} from './apply';
import type { Resolution } from './conflicts';
import { syncedTableNames, tableOf, type SyncedRecord, type SyncedType } from './local-record';
import type { Encoded } from './wire';

// Writes what the server answered for one chunk, in one Dexie transaction, after the request is
// over (no fetch inside a transaction). The documents' records and their conflicts move together.

/** A document in the push queue. */
export interface OutItem extends Encoded, Sent {
	type: SyncedType;
	/** How many times it was sent again after a conflict in this run. */
	attempt: number;
}

export type Outcome =
	| { item: OutItem; kind: 'ack'; rev: string }
	| { item: OutItem; kind: 'refused'; reason: string; issues?: { path: string; message: string }[] }
	| { item: OutItem; kind: 'resolved'; resolution: Resolution };

export const OPEN_CONFLICT = 'sync:conflict:';
export const RESOLVED_CONFLICT = 'sync:conflict-resolved:';

/** Write the outcomes; returns each document's record afterwards (absent when deleted meanwhile). */
export async function applyOutcomes(
	db: LocalDatabase,
	outcomes: readonly Outcome[],
	at: string
): Promise<Map<string, SyncedRecord>> {
	const after = new Map<string, SyncedRecord>();
	await db.transaction('rw', [...syncedTableNames, 'meta'], async () => {
		// One read and one write per table, not one per document: a chunk of 500 costs
		// milliseconds instead of the ~0.5 s that 1,000 awaited single operations take.
		for (const type of [...new Set(outcomes.map((o) => o.item.type))]) {
			const table = tableOf(db, type);
			const mine = outcomes.filter((o) => o.item.type === type);
			const current = await table.bulkGet(mine.map((o) => o.item.doc._id));
			const puts = new Map<string, SyncedRecord>();
			const stashes: ConflictEntry[] = [];
			mine.forEach((outcome, i) => {
				const id = outcome.item.doc._id;
				const record = puts.get(id) ?? current[i];
				// Deleted on the tablet while it was on the wire: nothing left to mark.
				if (!record) return;
				const change = changeFor(record, outcome, at);
				if (change.put) puts.set(id, change.put);
				if (change.stash) stashes.push(change.stash);
				after.set(id, change.put ?? record);
			});
			if (puts.size) await table.bulkPut([...puts.values()]);
			if (stashes.length)
				await db.meta.bulkPut(stashes.map((s) => ({ key: OPEN_CONFLICT + s.id, value: s })));
		}
	});
	return after;
}

function changeFor(current: SyncedRecord, outcome: Outcome, at: string): Change {
	switch (outcome.kind) {
		case 'ack':
			return { put: onAck(current, outcome.item, outcome.rev) };
		case 'refused':
			return {
				put: onRefusal(current, outcome.item, at, outcome.reason, outcome.issues) ?? undefined
			};
		case 'resolved':
			return onResolution(current, outcome.item, outcome.resolution, at);
	}
}

export async function openConflicts(db: LocalDatabase): Promise<ConflictEntry[]> {
	const rows = await db.meta.where('key').startsWith(OPEN_CONFLICT).toArray();
	return rows.map((r) => r.value as ConflictEntry);
}
