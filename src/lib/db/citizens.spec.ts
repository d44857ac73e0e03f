import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultCriteriaSet } from '$lib/domain/criteria-default';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { newDocId } from '$lib/domain/ids';
import { validateDocument } from '$lib/domain/schemas';
import { matchesQuery } from '$lib/domain/search-key';
import { toCitizenRecord } from './citizen-keys';
import { startAssessment, saveAnswer, markReady } from './assessments';
import {
	countCitizens,
	findPossibleDuplicates,
	getCitizen,
	householdsOf,
	listCitizens,
	saveCitizen,
	searchCitizens,
	type CitizenInput
} from './citizens';
import { ensureBundledCriteria } from './criteria';
import type { LocalDatabase } from './db';
import { ensureOrgUnits } from './org';
import { toWire, type CitizenRecord } from './records';
import { freshDb } from './test-db';

const ctx = { user: 'canbo.c01', communeId: 'C01' };
const input = (over: Partial<CitizenInput> = {}): CitizenInput => ({
	hamletId: 'C01-H01',
	fullName: 'Nguyễn Văn An',
	birthYear: 1958,
	gender: 'male',
	group: 'nong-dan',
	...over
});

let db: LocalDatabase;
beforeEach(async () => {
	db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
});
afterEach(async () => {
	await db.delete();
});

async function create(over: Partial<CitizenInput> = {}, context = ctx): Promise<CitizenRecord> {
	const r = await saveCitizen(db, input(over), context);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.citizen;
}

describe('saveCitizen: create', () => {
	it('stamps, keys and marks the new citizen to send; what goes to the server passes the schema', async () => {
		const c = await create({
			household: '  Hộ ông An ',
			phone: '0912 345 678',
			idCardLast4: ' 1234 '
		});
		expect(c._id).toMatch(/^citizen:C01:[0-9A-Z]{26}$/);
		expect(c).toMatchObject({
			type: 'citizen',
			communeId: 'C01',
			household: 'Hộ ông An',
			phone: '0912345678',
			idCardLast4: '1234',
			createdBy: 'canbo.c01',
			dirty: 1,
			searchKey: 'nguyen van an',
			nameWords: ['nguyen', 'van', 'an'],
			sortKey: 'an nguyen van',
			dupKey: 'C01-H01|1958|nguyen van an'
		});
		expect(c.updatedAt).toBe(c.createdAt);
		expect(c._rev).toBeUndefined();
		expect(validateDocument(toWire(c))).toMatchObject({ ok: true });
		expect(await getCitizen(db, c._id)).toEqual(c);
	});

	it('leaves blank optional fields out and accepts a birth year typed as text', async () => {
		const c = await create({
			household: ' ',
			phone: '',
			idCardLast4: null,
			birthYear: ' 1960 ',
			fullName: '  Lê   Thị  Bình '
		});
		expect(c).not.toHaveProperty('household');
		expect(c).not.toHaveProperty('phone');
		expect(c).not.toHaveProperty('idCardLast4');
		expect(c.birthYear).toBe(1960);
		expect(c.fullName).toBe('Lê Thị Bình');
	});

	it.each<[string, Partial<CitizenInput>, { path: string; message: string }[]]>([
		['an empty name', { fullName: '   ' }, [{ path: 'fullName', message: 'err.required' }]],
		['no birth year', { birthYear: '' }, [{ path: 'birthYear', message: 'err.birthYear' }]],
		[
			'a birth year that is not a number',
			{ birthYear: '19x8' },
			[{ path: 'birthYear', message: 'err.birthYear' }]
		],
		[
			'a birth year in the future',
			{ birthYear: new Date().getFullYear() + 1 },
			[{ path: 'birthYear', message: 'err.birthYearFuture' }]
		],
		['no gender', { gender: '' }, [{ path: 'gender', message: 'err.gender' }]],
		['a short phone number', { phone: '0912' }, [{ path: 'phone', message: 'err.phone' }]],
		[
			'five CCCD digits',
			{ idCardLast4: '12345' },
			[{ path: 'idCardLast4', message: 'err.idCardLast4' }]
		],
		[
			'a hamlet of another commune',
			{ hamletId: 'C02-H01' },
			[{ path: 'hamletId', message: 'err.hamlet' }]
		],
		['an unknown hamlet', { hamletId: 'C01-H99' }, [{ path: 'hamletId', message: 'err.hamlet' }]],
		[
			'the commune itself as hamlet',
			{ hamletId: 'C01' },
			[{ path: 'hamletId', message: 'err.hamlet' }]
		],
		[
			'a group the criteria set does not have',
			{ group: 'khac' },
			[{ path: 'group', message: 'err.group' }]
		],
		[
			'several mistakes at once',
			{ fullName: '', gender: 'x', group: '' },
			[
				{ path: 'fullName', message: 'err.required' },
				{ path: 'gender', message: 'err.gender' },
				{ path: 'group', message: 'err.group' }
			]
		]
	])('refuses %s, naming the field, and stores nothing', async (_, over, issues) => {
		const r = await saveCitizen(db, input(over), ctx);
		expect(r).toEqual({ ok: false, issues });
		expect(await db.citizens.count()).toBe(0);
	});

	it('a full device is said plainly and nothing is half-written', async () => {
		const full = Object.assign(new Error('The quota has been exceeded.'), {
			name: 'QuotaExceededError'
		});
		const spy = vi.spyOn(db.citizens, 'put').mockRejectedValue(full);
		expect(await saveCitizen(db, input(), ctx)).toEqual({
			ok: false,
			issues: [{ path: '', message: 'err.quota' }]
		});
		spy.mockRestore();
		expect(await db.citizens.count()).toBe(0);
	});
});

describe('saveCitizen: edit', () => {
	it('keeps id, creation stamps and _rev; moves updatedAt; marks to send again', async () => {
		const c = await create();
		await db.citizens.update(c._id, { _rev: '3-abc', dirty: 0 });
		await new Promise((r) => setTimeout(r, 5));
		const r = await saveCitizen(db, input({ _id: c._id, fullName: 'Nguyễn Văn Ân' }), {
			...ctx,
			user: 'other'
		});
		expect(r.ok).toBe(true);
		const e = (r as { citizen: CitizenRecord }).citizen;
		expect(e).toMatchObject({
			_id: c._id,
			_rev: '3-abc',
			createdAt: c.createdAt,
			createdBy: 'canbo.c01',
			dirty: 1,
			fullName: 'Nguyễn Văn Ân'
		});
		expect(e.updatedAt > c.updatedAt).toBe(true);
		expect(await db.citizens.count()).toBe(1);
	});

	it('an edit that changes nothing is not a change to send', async () => {
		const c = await create({ phone: '0912345678' });
		await db.citizens.update(c._id, { dirty: 0, _rev: '1-a' });
		const r = await saveCitizen(
			db,
			input({ _id: c._id, phone: '0912 345 678', fullName: ' Nguyễn Văn An' }),
			ctx
		);
		expect(r).toMatchObject({ ok: true, citizen: { dirty: 0, updatedAt: c.updatedAt } });
	});

	it.each([
		['an id the tablet does not have', 'citizen:C01:01HZZZZZZZZZZZZZZZZZZZZZZZ', ctx],
		['a citizen of another commune', null, { user: 'canbo.c02', communeId: 'C02' }]
	])('refuses to edit %s', async (_, id, context) => {
		const c = await create();
		const r = await saveCitizen(db, input({ _id: id ?? c._id, hamletId: 'C02-H01' }), context);
		expect(r).toEqual({ ok: false, issues: [{ path: '_id', message: 'err.notFound' }] });
	});

	it('a corrected group or hamlet carries over to the assessments still in the officer’s hands, not to sent ones', async () => {
		const c = await create();
		const draft = await startAssessment(db, c, defaultCriteriaSet, 2026, ctx);
		const sent = await startAssessment(db, c, defaultCriteriaSet, 2025, ctx);
		if (!draft.ok || !sent.ok) throw new Error('start failed');
		// The 2025 one is complete, ready, then sent.
		for (const i of defaultCriteriaSet.criteria
			.flatMap((x) => x.indicators)
			.filter((i) => !i.groups.length || i.groups.includes('nong-dan')))
			await saveAnswer(db, sent.assessment._id, i.id, i.options[0].key);
		await markReady(db, sent.assessment._id);
		await db.assessments.update(sent.assessment._id, { status: 'sent' });
		await saveAnswer(db, draft.assessment._id, 'gia-dinh', 'thuong-xuyen'); // a farmers' question

		const r = await saveCitizen(
			db,
			input({ _id: c._id, group: 'hoc-sinh-sinh-vien', hamletId: 'C01-H02' }),
			ctx
		);
		expect(r.ok).toBe(true);
		const d = await db.assessments.get(draft.assessment._id);
		expect(d).toMatchObject({
			group: 'hoc-sinh-sinh-vien',
			hamletId: 'C01-H02',
			status: 'draft',
			dirty: 1
		});
		// The answer to a question pupils are not asked no longer counts.
		expect(d?.result.total).toBe(0);
		expect(await db.assessments.get(sent.assessment._id)).toMatchObject({
			group: 'nong-dan',
			hamletId: 'C01-H01',
			status: 'sent'
		});
	});
});

describe('listCitizens and countCitizens', () => {
	const people: [string, string][] = [
		['Nguyễn Văn An', 'C01-H01'],
		['Lê Thị Bình', 'C01-H01'],
		['Đặng Văn Cường', 'C01-H02'],
		['Trần An', 'C01-H02'],
		['Nguyễn Thị Anh', 'C01-H03'],
		['Phạm Văn Toàn', 'C01-H03']
	];
	beforeEach(async () => {
		for (const [fullName, hamletId] of people) await create({ fullName, hamletId });
		await create(
			{ fullName: 'Nguyễn Văn An', hamletId: 'C02-H01' },
			{ user: 'canbo.c02', communeId: 'C02' }
		);
	});
	const names = (list: CitizenRecord[]) => list.map((c) => c.fullName);

	it('lists the commune in Vietnamese order (given name first), never another commune’s people', async () => {
		expect(names(await listCitizens(db, 'C01'))).toEqual([
			'Nguyễn Văn An',
			'Trần An',
			'Nguyễn Thị Anh',
			'Lê Thị Bình',
			'Đặng Văn Cường',
			'Phạm Văn Toàn'
		]);
		expect(await countCitizens(db, 'C01')).toBe(6);
		expect(await countCitizens(db, 'C02')).toBe(1);
	});

	it('pages with offset and limit', async () => {
		expect(names(await listCitizens(db, 'C01', { offset: 2, limit: 2 }))).toEqual([
			'Nguyễn Thị Anh',
			'Lê Thị Bình'
		]);
	});

	it('filters by hamlet', async () => {
		expect(names(await listCitizens(db, 'C01', { hamletId: 'C01-H02' }))).toEqual([
			'Trần An',
			'Đặng Văn Cường'
		]);
		expect(await countCitizens(db, 'C01', { hamletId: 'C01-H03' })).toBe(2);
	});

	it.each([
		['nguyen van an', ['Nguyễn Văn An']],
		['an nguyen', ['Nguyễn Văn An', 'Nguyễn Thị Anh']],
		['an', ['Nguyễn Văn An', 'Trần An', 'Nguyễn Thị Anh']],
		['dang', ['Đặng Văn Cường']],
		['Đặng cường', ['Đặng Văn Cường']],
		['van', ['Nguyễn Văn An', 'Đặng Văn Cường', 'Phạm Văn Toàn']],
		['toan', ['Phạm Văn Toàn']],
		['oan', []],
		[
			'  ',
			[
				'Nguyễn Văn An',
				'Trần An',
				'Nguyễn Thị Anh',
				'Lê Thị Bình',
				'Đặng Văn Cường',
				'Phạm Văn Toàn'
			]
		]
	])('query %j finds %j', async (query, expected) => {
		expect(names(await listCitizens(db, 'C01', { query }))).toEqual(expected);
		expect(await countCitizens(db, 'C01', { query })).toBe(expected.length);
		const found = await searchCitizens(db, 'C01', { query });
		expect([names(found.people), found.total]).toEqual([expected, expected.length]);
	});

	it('combines a query with a hamlet and pages the matches', async () => {
		expect(names(await listCitizens(db, 'C01', { query: 'an', hamletId: 'C01-H02' }))).toEqual([
			'Trần An'
		]);
		expect(names(await listCitizens(db, 'C01', { query: 'an', offset: 1, limit: 1 }))).toEqual([
			'Trần An'
		]);
	});
});

describe('listCitizens on a larger commune agrees with matchesQuery, on both the in-memory and the key-list paths', () => {
	const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đặng', 'Bùi'];
	const middle = ['Văn', 'Thị', 'Hữu', 'Ngọc'];
	const given = ['An', 'Anh', 'Bình', 'Hà', 'Hải', 'Hoa', 'Hùng', 'Lan', 'Toàn'];
	beforeEach(async () => {
		const rows: CitizenRecord[] = [];
		for (let i = 0; i < 1200; i++) {
			const commune = i % 10 === 9 ? 'C02' : 'C01';
			const fullName = `${family[i % 6]} ${middle[(i >> 2) % 4]} ${given[(i * 5) % 9]}`;
			const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
			rows.push(
				toCitizenRecord(
					{
						_id: newDocId('citizen', commune, 1e12 + i),
						type: 'citizen',
						communeId: commune,
						hamletId: commune === 'C01' ? `C01-H0${(i % 3) + 1}` : 'C02-H01',
						fullName,
						birthYear: 1950 + (i % 50),
						gender: 'female',
						group: 'nong-dan',
						createdAt: at,
						createdBy: 'x',
						updatedAt: at
					},
					{ dirty: 0 }
				)
			);
		}
		await db.citizens.bulkAdd(rows);
	});

	it.each([
		['nguyen', undefined],
		['an', undefined],
		['h', undefined],
		['h', 'C01-H02'],
		['thi h', undefined],
		['hai dang', 'C01-H03'],
		['van toan', undefined],
		['x', undefined],
		['', 'C01-H01'],
		['', undefined]
	])(
		'query %j, hamlet %s: every page and the count match a brute-force filter',
		async (query, hamletId) => {
			const all = (await db.citizens.toArray())
				.filter(
					(c) =>
						c.communeId === 'C01' &&
						(!hamletId || c.hamletId === hamletId) &&
						matchesQuery(c.searchKey, query)
				)
				.sort((a, b) =>
					a.sortKey! < b.sortKey! ? -1 : a.sortKey! > b.sortKey! ? 1 : a._id < b._id ? -1 : 1
				)
				.map((c) => c._id);
			expect(await countCitizens(db, 'C01', { query, hamletId })).toBe(all.length);
			for (const offset of [0, 50, all.length - 10]) {
				const page = await listCitizens(db, 'C01', {
					query,
					hamletId,
					offset: Math.max(0, offset),
					limit: 50
				});
				expect(page.map((c) => c._id)).toEqual(
					all.slice(Math.max(0, offset), Math.max(0, offset) + 50)
				);
				// The register's one call: the same page, and the count beside it.
				const both = await searchCitizens(db, 'C01', {
					query,
					hamletId,
					offset: Math.max(0, offset),
					limit: 50
				});
				expect({ ids: both.people.map((c) => c._id), total: both.total }).toEqual({
					ids: page.map((c) => c._id),
					total: all.length
				});
			}
		}
	);
});

describe('findPossibleDuplicates', () => {
	it('finds the same name (accents and spacing aside), birth year and hamlet, not the record being edited', async () => {
		const a = await create();
		await create({ birthYear: 1959 });
		await create({ hamletId: 'C01-H02' });
		const found = await findPossibleDuplicates(db, {
			fullName: 'nguyen  van  AN',
			birthYear: '1958',
			hamletId: 'C01-H01'
		});
		expect(found.map((c) => c._id)).toEqual([a._id]);
		expect(
			await findPossibleDuplicates(db, {
				_id: a._id,
				fullName: a.fullName,
				birthYear: 1958,
				hamletId: 'C01-H01'
			})
		).toEqual([]);
		expect(
			await findPossibleDuplicates(db, { fullName: '', birthYear: 1958, hamletId: 'C01-H01' })
		).toEqual([]);
		expect(
			await findPossibleDuplicates(db, { fullName: 'An', birthYear: null, hamletId: 'C01-H01' })
		).toEqual([]);
	});
});

describe('householdsOf', () => {
	it('lists the distinct household labels of a hamlet, in Vietnamese order', async () => {
		await create({ household: 'Hộ ông Ba' });
		await create({ household: 'Hộ bà Ánh', fullName: 'Trần Thị Ánh' });
		await create({ household: 'Hộ ông Ba', fullName: 'Nguyễn Thị Bé' });
		await create({ fullName: 'Lò Văn Hùng' });
		await create({ household: 'Hộ ông Cả', hamletId: 'C01-H02' });
		expect(await householdsOf(db, 'C01-H01')).toEqual(['Hộ bà Ánh', 'Hộ ông Ba']);
	});
});
