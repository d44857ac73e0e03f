import Dexie from 'dexie';
import type { Citizen } from '$lib/domain/citizen.schema';
import { toCitizenRecord } from './citizen-keys';
import type { LocalDatabase } from './db';

// Storing an imported list: in transactions of a few hundred people, so progress shows and a
// tablet that dies half-way keeps what was stored. Each transaction checks again, by id and by the
// duplicate key, what is already there: a second try adds only the rest, and nothing stored before
// is changed.

export const IMPORT_CHUNK = 400;

/** The commune's register as the import plan needs it: id, duplicate key and name. */
export async function registerForImport(db: LocalDatabase, communeId: string) {
	const all = await db.citizens.where('[communeId+sortKey]').between([communeId, Dexie.minKey], [communeId, Dexie.maxKey]).toArray();
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
			const records = chunk.map((doc) => toCitizenRecord(doc, { dirty: 1 }));
			const [byId, byKey] = await Promise.all([
				db.citizens.bulkGet(records.map((r) => r._id)),
				db.citizens.where('dupKey').anyOf(records.map((r) => r.dupKey)).keys()
			]);
			const taken = new Set(byKey.map(String));
			const fresh = records.filter((r, n) => !byId[n] && !taken.has(r.dupKey));
			await db.citizens.bulkAdd(fresh);
			return fresh.length;
		});
		onProgress({ done: Math.min(i + IMPORT_CHUNK, docs.length), total: docs.length, added });
	}
	return { added, already: docs.length - added };
}
