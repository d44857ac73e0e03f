import type { LocalDatabase } from '$lib/db/db';
import { toWire } from '$lib/db/records';
import { docTypeOfId } from '$lib/domain/ids';
import { onResolution, snapshotOf } from './apply';
import { checkpointKey, type PulledPage, type PullDeps } from './checkpoint';
import { reconcile } from './conflicts';
import { OPEN_CONFLICT } from './ledger';
import { fromServer, isSyncedType, syncedTableNames, tableOf } from './local-record';
import type { WireDoc } from './wire';

// What the commune database's changes do on the tablet: a reviewer's decision lands on the
// assessment, a batch's status on the batch, another tablet's citizens and assessments appear.
// A record with unsent changes is never overwritten: it is reconciled by the same rules as a
// conflict on push (conflicts.ts), so a decision that arrives while the officer edits is kept
// beside the edit, not instead of it.

export function communeApplier(db: LocalDatabase, remoteDb: string, now: () => Date): Pick<PullDeps, 'knownRevs' | 'apply'> {
	return {
		async knownRevs(ids) {
			return Promise.all(
				ids.map(async (id) => {
					const type = docTypeOfId(id);
					return isSyncedType(type) ? (await tableOf(db, type).get(id))?._rev : undefined;
				})
			);
		},

		async apply(page: PulledPage) {
			const at = now().toISOString();
			await db.transaction('rw', [...syncedTableNames, 'meta'], async () => {
				for (const doc of page.docs) await applyDoc(db, doc, at);
				for (const id of page.deleted) {
					const type = docTypeOfId(id);
					if (!isSyncedType(type)) continue;
					const table = tableOf(db, type);
					// Unsent work is never dropped, even when an administrator deleted the server's copy.
					if ((await table.get(id))?.dirty === 0) await table.delete(id);
				}
				await db.meta.put({ key: checkpointKey(remoteDb), value: page.seq });
			});
		}
	};
}

async function applyDoc(db: LocalDatabase, doc: WireDoc, at: string): Promise<void> {
	if (!isSyncedType(doc.type) || docTypeOfId(doc._id) !== doc.type) return;
	const table = tableOf(db, doc.type);
	const current = await table.get(doc._id);
	if (!current) return void (await table.put(fromServer(doc)));
	if (current._rev === doc._rev) return;
	const local = toWire(current) as WireDoc;
	const change = onResolution(current, { doc: local, snapshot: snapshotOf(current) }, reconcile(local, doc, current.dirty === 1), at);
	if (change.put) await table.put(change.put);
	if (change.stash) await db.meta.put({ key: OPEN_CONFLICT + change.stash.id, value: change.stash });
}
