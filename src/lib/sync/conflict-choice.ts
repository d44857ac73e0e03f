import type { LocalDatabase } from '$lib/db/db';
import type { ConflictEntry } from './apply';
import { OPEN_CONFLICT, RESOLVED_CONFLICT } from './ledger';
import { fromServer, isSyncedType, tableOf, withoutError, type SyncedRecord } from './local-record';

// The officer's answer to a conflict the rules could not settle (conflicts.ts, kind 'ask'). Both
// versions were kept; the choice decides which one the tablet holds and sends, and the conflict is
// filed as resolved with both versions still in it: nothing the officer typed is ever thrown away.

export type Choice = 'local' | 'server';

/** Whether the officer may keep their own version: not once a reviewer closed the assessment. */
export function canKeepLocal(entry: ConflictEntry): boolean {
	return entry.kept === 'local';
}

export async function chooseVersion(
	db: LocalDatabase,
	id: string,
	choice: Choice,
	at: string
): Promise<void> {
	await db.transaction('rw', [db.meta, db.citizens, db.assessments, db.batches], async () => {
		const row = await db.meta.get(OPEN_CONFLICT + id);
		if (!row) throw new Error(`No open conflict for ${id}`);
		const entry = row.value as ConflictEntry;
		if (!isSyncedType(entry.type)) throw new Error(`Not a synced type: ${entry.type}`);
		if (choice === 'local' && !canKeepLocal(entry))
			throw new Error('The server version is final (reviewed); it cannot be replaced.');
		const table = tableOf(db, entry.type);
		const current = await table.get(id);
		if (current && entry.kept === 'local') {
			const next: SyncedRecord =
				choice === 'local'
					? // Rebased on the server's revision: the next send replaces the other version.
						(withoutError({ ...current, _rev: entry.server._rev, dirty: 1 }) as SyncedRecord)
					: fromServer(entry.server, current);
			await table.put(next);
		}
		await db.meta.delete(OPEN_CONFLICT + id);
		await db.meta.put({
			key: `${RESOLVED_CONFLICT}${id}:${at}`,
			value: { ...entry, resolvedAt: at, choice } satisfies ConflictEntry
		});
	});
}
