import type { OrgUnit } from '$lib/domain/org-unit.schema';
import type { LocalDatabase } from './db';
import { hamletMappings, proposedHamlets } from './hamlets';
import type { OrgUnitRecord } from './records';

/**
 * Store the units the tablet does not have yet. Units already stored are left alone: they may be
 * newer (pulled from the server) than the copy bundled with the app.
 */
export async function ensureOrgUnits(
	db: LocalDatabase,
	units: readonly OrgUnit[]
): Promise<number> {
	return db.transaction('rw', db.orgUnits, async () => {
		const present = await db.orgUnits.bulkGet(units.map((u) => u._id));
		const missing = units.filter((_, i) => !present[i]);
		if (missing.length) await db.orgUnits.bulkAdd(missing);
		return missing.length;
	});
}

/** A unit by its official code ("C01", "C01-H02"). */
export function getOrgUnit(db: LocalDatabase, id: string): Promise<OrgUnitRecord | undefined> {
	return db.orgUnits.where('id').equals(id).first();
}

const byName = (a: OrgUnit, b: OrgUnit) => a.name.localeCompare(b.name, 'vi');

/**
 * The hamlets of a commune for a picker, by name: the administrator's, and those the officer added
 * that the administrator has not settled yet (hamlets.ts); retired ones only when asked (old records still name them).
 */
export async function hamletsOf(
	db: LocalDatabase,
	communeId: string,
	options: { includeRetired?: boolean } = {}
) {
	const [units, proposed] = await Promise.all([
		db.orgUnits.where('parentId').equals(communeId).toArray(),
		proposedHamlets(db, communeId)
	]);
	const official = units.filter((u) => u.level === 'hamlet');
	const ids = new Set(official.map((u) => u.id));
	return [...official, ...proposed.filter((p) => !ids.has(p.id))]
		.filter((u) => options.includeRetired || !u.retired)
		.sort(byName);
}

/** Hamlet names by id, to show lists without one lookup per row; an added hamlet merged into another shows that one's name. */
export async function hamletNames(
	db: LocalDatabase,
	communeId: string
): Promise<Map<string, string>> {
	const [hamlets, mappings] = await Promise.all([
		hamletsOf(db, communeId, { includeRetired: true }),
		hamletMappings(db, communeId)
	]);
	const names = new Map(hamlets.map((h) => [h.id, h.name]));
	for (const [from, to] of mappings) if (names.has(to)) names.set(from, names.get(to)!);
	return names;
}

/** A hamlet of the commune by id, the administrator's or one the officer added. */
export async function hamletOfCommune(
	db: LocalDatabase,
	communeId: string,
	hamletId: string
): Promise<OrgUnitRecord | undefined> {
	return (await hamletsOf(db, communeId, { includeRetired: true })).find((h) => h.id === hamletId);
}
