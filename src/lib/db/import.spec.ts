import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { planImport, type PlanContext } from '$lib/import/plan';
import { sheetColumns, type SheetTable } from '$lib/import/sheets';
import { saveCitizen, searchCitizens } from './citizens';
import { ensureBundledCriteria } from './criteria';
import type { LocalDatabase } from './db';
import { IMPORT_CHUNK, registerForImport, storeImported } from './import';
import { ensureOrgUnits } from './org';
import { freshDb } from './test-db';

let db: LocalDatabase;
beforeEach(async () => {
	db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
});

const N = IMPORT_CHUNK + 50;
const sheet: SheetTable = {
	name: 'Thôn Đông',
	rows: [
		['Họ và tên', 'Năm sinh', 'Giới tính'],
		...Array.from({ length: N }, (_, i) => [`Nguyễn Văn Số ${i}`, 1950 + (i % 50), 'Nam'])
	]
};

async function plan() {
	const ctx: PlanContext = {
		communeId: 'C01',
		user: 'canbo.c01',
		now: new Date().toISOString(),
		period: 2026,
		minAge: 16,
		hamlets: demoOrgUnits.filter((u) => u.parentId === 'C01'),
		groups: [{ id: 'nong-dan', name: 'Nông dân' }],
		group: 'nong-dan',
		existing: await registerForImport(db, 'C01'),
		hamletChoices: {},
		includeYoung: false
	};
	return planImport([sheet], [sheetColumns(sheet)], ctx);
}

describe('storing an imported list', () => {
	it('stores in chunks, marked to send, found by search; the same file again adds nobody', async () => {
		const first = await plan();
		const progress: number[] = [];
		expect(
			await storeImported(
				db,
				first.add.map((a) => a.doc),
				(p) => progress.push(p.done)
			)
		).toEqual({ added: N, already: 0 });
		expect(progress).toEqual([IMPORT_CHUNK, N]);
		expect(await db.citizens.where('dirty').equals(1).count()).toBe(N);
		expect(
			(await searchCitizens(db, 'C01', { query: `so ${N - 1}` })).people.map((p) => p.fullName)
		).toEqual([`Nguyễn Văn Số ${N - 1}`]);

		const again = await plan();
		expect(again.add).toEqual([]);
		expect(again.counts.inRegister).toBe(N);
	});

	it('finishes a half-done import on the second try without duplicates', async () => {
		const docs = (await plan()).add.map((a) => a.doc);
		await storeImported(db, docs.slice(0, IMPORT_CHUNK)); // the tablet died after the first chunk
		const second = await plan();
		expect(second.add).toHaveLength(50);
		// Even handing the whole list over again stores only the rest.
		expect(await storeImported(db, docs)).toEqual({ added: 50, already: IMPORT_CHUNK });
		expect(await db.citizens.count()).toBe(N);
	});

	it('never changes a person already entered by hand', async () => {
		const saved = await saveCitizen(
			db,
			{
				hamletId: 'C01-H01',
				fullName: 'Nguyễn Văn Số 7',
				birthYear: 1957,
				gender: 'male',
				group: 'nong-dan',
				phone: '0912345678'
			},
			{ user: 'canbo.c01', communeId: 'C01' }
		);
		if (!saved.ok) throw new Error('not saved');
		const p = await plan();
		expect(p.look.find((l) => l.status === 'inRegister')).toMatchObject({
			row: 9,
			same: { id: saved.citizen._id }
		});
		await storeImported(
			db,
			p.add.map((a) => a.doc)
		);
		expect(await db.citizens.get(saved.citizen._id)).toEqual(saved.citizen);
		expect(await db.citizens.count()).toBe(N);
	});
});
