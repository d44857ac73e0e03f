import Dexie from 'dexie';
import type { Citizen } from '$lib/domain/citizen.schema';
import { toCitizenRecord } from './citizen-keys';
import type { LocalDatabase } from './db';

// Storing an imported list: in transactions of a few hundred people, so progress shows and a
// tablet that dies half-way keeps what was stored. Ids are derived from the duplicate key
// (import/identity.ts) and added, never put: a person already stored (an interrupted earlier try)
// is refused by the store itself and kept as it is, so a second try adds only the rest. People
// already in the register under another id were left out by the plan (same duplicate key).
// Measured at 20,000 rows, 4x CPU: re-reading ids and duplicate keys in each transaction cost more
// than a third of the time; the add alone keeps the guarantee.

export const IMPORT_CHUNK = 400;

/** The commune's register as the import plan needs it: id, duplicate key and name. */
export async function registerForImport(db: LocalDatabase, communeId: string) {
	const all = await db.citizens
		.where('[communeId+sortKey]')
		.between([communeId, Dexie.minKey], [communeId, Dexie.maxKey])
		.toArray();
	return all.map((c) => ({ id: c._id, dupKey: c.dupKey, fullName: c.fullName }));
}

export interface ImportProgress {
	done: number;
	total: number;
	added: number;
}

export async function storeImported(
	db: LocalDatabase,
	docs: readonly Citizen[],
	onProgress: (p: ImportProgress) => void = () => {}
): Promise<{ added: number; already: number }> {
	let added = 0;
	for (let i = 0; i < docs.length; i += IMPORT_CHUNK) {
		const chunk = docs.slice(i, i + IMPORT_CHUNK);
		added += await db.transaction('rw', db.citizens, async () => {
			try {
				await db.citizens.bulkAdd(chunk.map((doc) => toCitizenRecord(doc, { dirty: 1 })));
				return chunk.length;
			} catch (e) {
				// Ids already stored (an earlier, interrupted try): those are kept as they are, the rest added.
				if (e instanceof Dexie.BulkError && e.failures.every((f) => f?.name === 'ConstraintError'))
					return chunk.length - e.failures.length;
				throw e;
			}
		});
		onProgress({ done: Math.min(i + IMPORT_CHUNK, docs.length), total: docs.length, added });
	}
	return { added, already: docs.length - added };
}
