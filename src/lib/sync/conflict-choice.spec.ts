import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toWire } from '$lib/db/records';
import { freshDb } from '$lib/db/test-db';
import type { ConflictEntry } from './apply';
import { chooseVersion } from './conflict-choice';
import { OPEN_CONFLICT, RESOLVED_CONFLICT, openConflicts } from './ledger';
import { makeCitizen } from './test-fixtures';
import type { WireDoc } from './wire';

async function withConflict(kept: 'local' | 'server') {
	const db = freshDb();
	const mine = {
		...makeCitizen(1),
		_rev: '1-a',
		fullName: 'Lê Văn Tám',
		syncError: { at: 't', reason: 'conflict' }
	};
	const theirs = { ...(toWire(makeCitizen(1)) as WireDoc), _rev: '2-b', fullName: 'Lê Văn Tâm' };
	await db.citizens.put(mine);
	const entry: ConflictEntry = {
		id: mine._id,
		type: 'citizen',
		at: 't',
		kept,
		local: toWire(mine) as WireDoc,
		server: theirs
	};
	await db.meta.put({ key: OPEN_CONFLICT + mine._id, value: entry });
	return { db, mine, theirs };
}

describe('chooseVersion', () => {
	it('keep mine: rebased on the server revision, to be sent again; the conflict is filed with both versions', async () => {
		const { db, mine, theirs } = await withConflict('local');
		await chooseVersion(db, mine._id, 'local', 'now');
		const after = (await db.citizens.get(mine._id))!;
		expect(after).toMatchObject({ fullName: 'Lê Văn Tám', _rev: '2-b', dirty: 1 });
		expect(after.syncError).toBeUndefined();
		expect(await openConflicts(db)).toEqual([]);
		expect((await db.meta.get(`${RESOLVED_CONFLICT}${mine._id}:now`))?.value).toMatchObject({
			choice: 'local',
			server: theirs,
			local: { fullName: 'Lê Văn Tám' }
		});
	});

	it('take theirs: the server version, clean, with the tablet’s search keys', async () => {
		const { db, mine } = await withConflict('local');
		await chooseVersion(db, mine._id, 'server', 'now');
		expect(await db.citizens.get(mine._id)).toMatchObject({
			fullName: 'Lê Văn Tâm',
			_rev: '2-b',
			dirty: 0,
			searchKey: 'le van tam'
		});
	});

	it('a reviewed version cannot be replaced by the officer’s', async () => {
		const { db, mine } = await withConflict('server');
		await expect(chooseVersion(db, mine._id, 'local', 'now')).rejects.toThrow();
		await chooseVersion(db, mine._id, 'server', 'now');
		expect(await openConflicts(db)).toEqual([]);
	});
});
