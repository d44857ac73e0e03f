import { ensureBundledCriteria } from '$lib/db/criteria';
import { openUserDb, type LocalDatabase } from '$lib/db/db';
import { getOrgUnit } from '$lib/db/org';
import { CONFIG_DB } from '$lib/domain/ids';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import { pullAll } from '$lib/sync/checkpoint';
import { configApplier } from '$lib/sync/pull-config';
import { createCouch } from '$lib/net/couch';

// The session's work on the tablet's database (Dexie, the bundled criteria, the configuration
// pull), loaded by session.svelte.ts with `import()` only when somebody is signed in or remembered:
// the sign-in screen of a new tablet paints without it.

/** The user's database, seeded with the bundled criteria, and their commune if they have one. */
export async function openSessionDb(
	userName: string,
	communeId: string
): Promise<{ db: LocalDatabase; commune: OrgUnit | null }> {
	const db = openUserDb(userName);
	await ensureBundledCriteria(db);
	const commune = communeId ? ((await getOrgUnit(db, communeId)) ?? null) : null;
	return { db, commune };
}

/** Org units, criteria sets and targets from `cdht-config`, so the first screen knows its commune. */
export async function loadConfiguration(userName: string): Promise<void> {
	const db = openUserDb(userName);
	try {
		await pullAll({
			db,
			transport: createCouch({ baseUrl: '/couch' }),
			remoteDb: CONFIG_DB,
			...configApplier(db, CONFIG_DB)
		});
	} catch (e) {
		// Signed in but the configuration did not come: the sync's next run fetches it.
		console.warn('Configuration not loaded at sign-in', e);
	}
}
