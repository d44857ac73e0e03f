import type { LocalDatabase } from '$lib/db/db';
import { toWire } from '$lib/db/records';
import { docTypeOfId } from '$lib/domain/ids';
import { onResolution, snapshotOf, type Change, type ConflictEntry } from './apply';
import { checkpointKey, type PulledPage, type PullDeps } from './checkpoint';
import { reconcile } from './conflicts';
import { OPEN_CONFLICT } from './ledger';
import {
	fromServer,
	SYNCED_TYPES,
	syncedTableNames,
	tableOf,
	type SyncedRecord
} from './local-record';
import type { WireDoc } from './wire';

// What the commune database's changes do on the tablet: a reviewer's decision lands on the
// assessment, a batch's status on the batch, another tablet's citizens and assessments appear.
// A record with unsent changes is never overwritten: it is reconciled by the same rules as a
// conflict on push (conflicts.ts), so a decision that arrives while the officer edits is kept
// beside the edit, not instead of it.

export function communeApplier(
	db: LocalDatabase,
	remoteDb: string,
	now: () => Date
): Pick<PullDeps, 'knownRevs' | 'apply'> {
	return {
		async knownRevs(ids) {
			const revs = new Map<string, string | undefined>();
			for (const type of SYNCED_TYPES) {
				const mine = ids.filter((id) => docTypeOfId(id) === type);
				if (mine.length === 0) continue;
				const records = await tableOf(db, type).bulkGet(mine);
				mine.forEach((id, i) => revs.set(id, records[i]?._rev));
			}
			return ids.map((id) => revs.get(id));
		},

		async apply(page: PulledPage) {
			const at = now().toISOString();
			await db.transaction('rw', [...syncedTableNames, 'meta'], async () => {
				for (const type of SYNCED_TYPES) {
					const docs = page.docs.filter((d) => d.type === type && docTypeOfId(d._id) === type);
					const deleted = page.deleted.filter((id) => docTypeOfId(id) === type);
					if (docs.length === 0 && deleted.length === 0) continue;
					const table = tableOf(db, type);
					const current = await table.bulkGet(docs.map((d) => d._id));
					const puts: SyncedRecord[] = [];
					const stashes: ConflictEntry[] = [];
					docs.forEach((doc, i) => {
						const change = changeFor(current[i], doc, at);
						if (change.put) puts.push(change.put);
						if (change.stash) stashes.push(change.stash);
					});
					if (puts.length) await table.bulkPut(puts);
					if (stashes.length)
						await db.meta.bulkPut(stashes.map((s) => ({ key: OPEN_CONFLICT + s.id, value: s })));
					// Unsent work is never dropped, even when an administrator deleted the server's copy.
					const gone = await table.bulkGet(deleted);
					const clean = deleted.filter((_, i) => gone[i]?.dirty === 0);
					if (clean.length) await table.bulkDelete(clean);
				}
				await db.meta.put({ key: checkpointKey(remoteDb), value: page.seq });
			});
		}
	};
}

/** What a server version does to the tablet's record (none yet, clean, or with unsent changes). */
function changeFor(current: SyncedRecord | undefined, doc: WireDoc, at: string): Change {
	if (!current) return { put: fromServer(doc) };
	if (current._rev === doc._rev) return {};
	const local = toWire(current) as WireDoc;
	return onResolution(
		current,
		{ doc: local, snapshot: snapshotOf(current) },
		reconcile(local, doc, current.dirty === 1),
		at
	);
}
