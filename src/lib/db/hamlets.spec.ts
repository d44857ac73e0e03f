import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { validateDocument } from '$lib/domain/schemas';
import { saveCitizen, searchCitizens } from './citizens';
import { ensureBundledCriteria } from './criteria';
import type { LocalDatabase } from './db';
import { addHamlet } from './hamlets';
import { hamletNames, hamletsOf } from './org';
import { toWire } from './records';
import { freshDb } from './test-db';

// A commune with no hamlets (C09: its unit, none under it) and an officer who adds one offline.
const ctx = { user: 'canbo.c09', communeId: 'C09' };
const commune = {
	...demoOrgUnits.find((u) => u.id === 'C01')!,
	_id: 'orgUnit:C09',
	id: 'C09',
	name: 'Xã Mới'
};

let db: LocalDatabase;
beforeEach(async () => {
	db = freshDb();
	await db.orgUnits.add(commune);
	await ensureBundledCriteria(db);
});

describe('a hamlet added in the field', () => {
	it('is in the picker at once, and a citizen can be registered in it', async () => {
		expect(await hamletsOf(db, 'C09')).toEqual([]);
		const added = await addHamlet(db, '  Xóm   Bãi ', ctx, []);
		expect(added.ok).toBe(true);
		if (!added.ok) return;
		const picker = await hamletsOf(db, 'C09');
		expect(picker.map((h) => [h.id, h.name])).toEqual([[added.id, 'Xóm Bãi']]);
		const stored = (await db.hamlets.toArray())[0];
		expect(stored.dirty).toBe(1);
		expect(validateDocument(toWire(stored)).ok).toBe(true);
		const saved = await saveCitizen(
			db,
			{
				hamletId: added.id,
				fullName: 'Lò Văn Pá',
				birthYear: 1970,
				gender: 'male',
				group: 'nong-dan'
			},
			ctx
		);
		expect(saved.ok).toBe(true);
	});

	it('a name already in the list is that hamlet, not a second one', async () => {
		const first = await addHamlet(db, 'Xóm Bãi', ctx, []);
		const again = await addHamlet(db, 'xom bai', ctx, await hamletsOf(db, 'C09'));
		expect(again).toEqual(first);
		expect(await db.hamlets.count()).toBe(1);
	});

	it('an empty name is refused', async () => {
		expect(await addHamlet(db, '   ', ctx, [])).toEqual({ ok: false, problem: 'err.required' });
	});

	it('once the administrator merged it into a hamlet of the tree, it leaves the picker and its citizens show that name', async () => {
		await db.orgUnits.add({
			_id: 'orgUnit:C09-H01',
			type: 'orgUnit',
			id: 'C09-H01',
			name: 'Thôn Bãi',
			level: 'hamlet',
			parentId: 'C09'
		});
		const added = await addHamlet(db, 'Xóm Bãi', ctx, []);
		if (!added.ok) throw new Error();
		const h = (await db.hamlets.toArray())[0];
		await db.hamlets.put({ ...h, mappedTo: 'C09-H01', dirty: 0 });
		expect((await hamletsOf(db, 'C09')).map((u) => u.id)).toEqual(['C09-H01']);
		expect((await hamletNames(db, 'C09')).get(added.id)).toBe('Thôn Bãi');
		// The register filtered by the hamlet lists the people registered in the added one too.
		await saveCitizen(
			db,
			{
				hamletId: 'C09-H01',
				fullName: 'Lò Văn Pá',
				birthYear: 1970,
				gender: 'male',
				group: 'nong-dan'
			},
			ctx
		);
		const earlier = await saveCitizen(
			db,
			{
				hamletId: added.id,
				fullName: 'Cầm Thị Ánh',
				birthYear: 1972,
				gender: 'female',
				group: 'nong-dan'
			},
			ctx
		);
		expect(earlier.ok).toBe(true);
		expect(
			(await searchCitizens(db, 'C09', { hamletId: 'C09-H01' })).people.map((c) => c.fullName)
		).toEqual(['Cầm Thị Ánh', 'Lò Văn Pá']);
		expect((await searchCitizens(db, 'C09', { hamletId: 'C09-H01', query: 'anh' })).total).toBe(1);
	});
});
