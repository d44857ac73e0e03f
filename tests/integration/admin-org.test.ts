import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_DB, communeDbName } from '../../src/lib/domain/ids';
import { directAs, journal, storeGet, storeSecurity } from './admin-helpers';
import { assessment, citizenOf } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

// Issue #6, org units: add, rename, move (2025 reform), population per period. Each action by the
// administrator against the real server, its consequences (databases, `_security`, who reads
// what), its journal entry, and its refusal for everyone else.

let h: Harness;
let cookies: Record<DemoName, string>;
const NOT_ADMINS: DemoName[] = ['canbo.c01', 'duyet.p01', 'duyet.d01'];
const unitPath = (id: string) => `/${CONFIG_DB}/${encodeURIComponent(`orgUnit:${id}`)}`;

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

async function unit(id: string) {
	const res = await h.request('GET', unitPath(id), { cookie: cookies.quantri });
	expect(res.status).toBe(200);
	return res.body;
}
const save = (doc: { id: string }, cookie = cookies.quantri) =>
	h.request('PUT', unitPath(doc.id), { cookie, body: doc });

describe('adding a commune', () => {
	const C05 = {
		_id: 'orgUnit:C05',
		type: 'orgUnit',
		id: 'C05',
		name: 'Xã Bình Minh',
		level: 'commune',
		parentId: 'P01'
	};

	it.each(NOT_ADMINS)('is refused to %s', async (name) => {
		expect((await save(C05, cookies[name])).status).toBe(403);
		expect(
			(await h.request('GET', `/${communeDbName('C05')}`, { cookie: cookies.quantri })).status
		).toBe(404);
	});

	it('provisions its database and security at once, and is journalled', async () => {
		const res = await save(C05);
		expect(res.status, res.text).toBe(201);
		expect(await storeSecurity(h, communeDbName('C05'))).toEqual({
			admins: { names: [], roles: [] },
			members: { names: [], roles: ['admin', 'ou:C05', 'ou:P01'] }
		});
		expect(
			(await h.request('GET', `/${communeDbName('C05')}`, { cookie: cookies['duyet.p01'] })).status
		).toBe(200);
		expect(
			(await h.request('GET', `/${communeDbName('C05')}`, { cookie: cookies['duyet.d01'] })).status
		).toBe(403);
		const [entry] = await journal(h, cookies.quantri, 'orgUnit', 1);
		expect(entry).toMatchObject({
			by: 'quantri',
			kind: 'orgUnit',
			action: 'create',
			target: 'orgUnit:C05',
			label: 'Xã Bình Minh'
		});
		expect(entry.changes).toEqual(
			expect.arrayContaining([
				{ field: 'parentId', after: 'P01' },
				{ field: 'level', after: 'commune' }
			])
		);
	});

	it('a district and its commune in one request', async () => {
		const D02 = {
			_id: 'orgUnit:D02',
			type: 'orgUnit',
			id: 'D02',
			name: 'Huyện Mới',
			level: 'district',
			parentId: 'P01'
		};
		const C06 = {
			_id: 'orgUnit:C06',
			type: 'orgUnit',
			id: 'C06',
			name: 'Xã Sáu',
			level: 'commune',
			parentId: 'D02'
		};
		const res = await h.request('POST', `/${CONFIG_DB}/_bulk_docs`, {
			cookie: cookies.quantri,
			body: { docs: [D02, C06] }
		});
		expect(res.body.map((r: { ok?: boolean }) => r.ok)).toEqual([true, true]);
		expect(await storeSecurity(h, communeDbName('C06'))).toMatchObject({
			members: { roles: ['admin', 'ou:C06', 'ou:D02', 'ou:P01'] }
		});
	});

	it('a commune under a district refused in the same request is refused too', async () => {
		const D03 = {
			_id: 'orgUnit:D03',
			type: 'orgUnit',
			id: 'D03',
			name: 'Huyện Sai',
			level: 'district',
			parentId: 'C01'
		};
		const C07 = {
			_id: 'orgUnit:C07',
			type: 'orgUnit',
			id: 'C07',
			name: 'Xã Bảy',
			level: 'commune',
			parentId: 'D03'
		};
		const res = await h.request('POST', `/${CONFIG_DB}/_bulk_docs`, {
			cookie: cookies.quantri,
			body: { docs: [D03, C07] }
		});
		expect(res.body.map((r: { error?: string }) => r.error)).toEqual(['forbidden', 'forbidden']);
		expect(res.body[1].reason).toContain('(parentId)');
		expect(
			(await h.request('GET', `/${communeDbName('C07')}`, { cookie: cookies.quantri })).status
		).toBe(404);
	});
});

describe('moving a commune under another parent', () => {
	it('recomputes its security: the old district’s reviewer loses it, history stays with its id', async () => {
		// An assessment recorded before the move.
		const a = assessment('C03');
		const c = citizenOf(a);
		expect(
			(
				await h.request('PUT', `/${communeDbName('C03')}/${encodeURIComponent(c._id)}`, {
					cookie: cookies['canbo.c03'],
					body: c
				})
			).status
		).toBe(201);
		expect(
			(
				await h.request('PUT', `/${communeDbName('C03')}/${encodeURIComponent(a._id)}`, {
					cookie: cookies['canbo.c03'],
					body: a
				})
			).status
		).toBe(201);

		const before = await unit('C03');
		const res = await save({ ...before, parentId: 'P01' });
		expect(res.status, res.text).toBe(201);

		const db = communeDbName('C03');
		expect(await storeSecurity(h, db)).toEqual({
			admins: { names: [], roles: [] },
			members: { names: [], roles: ['admin', 'ou:C03', 'ou:P01'] }
		});
		expect((await storeGet(h, `/${db}/_design/rules`)).validate_doc_update).toContain(
			'var SCOPES = ["P01"];'
		);
		// The gateway (at the next request) and the store itself (second line) agree.
		expect((await h.request('GET', `/${db}`, { cookie: cookies['duyet.d01'] })).status).toBe(403);
		expect((await directAs(h, 'duyet.d01', 'GET', `/${db}`)).status).toBeGreaterThanOrEqual(401);
		expect(
			(
				await h.request('GET', `/${db}/${encodeURIComponent(a._id)}`, {
					cookie: cookies['duyet.p01']
				})
			).body.communeId
		).toBe('C03');
		expect((await h.request('GET', `/${db}`, { cookie: cookies['canbo.c03'] })).status).toBe(200);

		const [entry] = await journal(h, cookies.quantri, 'orgUnit', 1);
		expect(entry).toMatchObject({
			action: 'update',
			target: 'orgUnit:C03',
			changes: [{ field: 'parentId', before: 'D01', after: 'P01' }]
		});
	});

	it('moving it back is the same function, run again: idempotent and reversible', async () => {
		const res = await save({ ...(await unit('C03')), parentId: 'D01' });
		expect(res.status).toBe(201);
		expect(await storeSecurity(h, communeDbName('C03'))).toMatchObject({
			members: { roles: ['admin', 'ou:C03', 'ou:D01', 'ou:P01'] }
		});
		expect(
			(await h.request('GET', `/${communeDbName('C03')}`, { cookie: cookies['duyet.d01'] })).status
		).toBe(200);
	});

	it.each(NOT_ADMINS)('is refused to %s', async (name) => {
		expect((await save({ ...(await unit('C03')), parentId: 'P01' }, cookies[name])).status).toBe(
			403
		);
	});
});

describe('rename, population, retire', () => {
	it('renames a commune and sets its population 16+ for a period, field by field in the journal', async () => {
		const c01 = await unit('C01');
		const res = await save({
			...c01,
			name: 'Xã An Bình Mới',
			population: { ...c01.population, '2027': 4300 }
		});
		expect(res.status).toBe(201);
		const saved = await unit('C01');
		expect(saved).toMatchObject({
			name: 'Xã An Bình Mới',
			population: { '2025': 4200, '2026': 4250, '2027': 4300 }
		});
		// An officer's tablet reads the new name and figure from cdht-config on its next pull.
		expect(
			(await h.request('GET', unitPath('C01'), { cookie: cookies['canbo.c01'] })).body.name
		).toBe('Xã An Bình Mới');
		const [entry] = await journal(h, cookies.quantri, 'orgUnit', 1);
		expect(entry.changes).toEqual([
			{ field: 'name', before: 'Xã An Bình', after: 'Xã An Bình Mới' },
			{ field: 'population.2027', after: '4300' }
		]);
	});

	it.each(NOT_ADMINS)('population is refused to %s', async (name) => {
		const c02 = await unit('C02');
		expect((await save({ ...c02, population: { '2027': 1 } }, cookies[name])).status).toBe(403);
	});
});

describe('what the tree refuses, with the field named', () => {
	it.each([
		[
			'a commune under a hamlet',
			async () => ({
				_id: 'orgUnit:C07',
				type: 'orgUnit',
				id: 'C07',
				name: 'X',
				level: 'commune',
				parentId: 'C01-H01'
			}),
			'parentId'
		],
		[
			'a hamlet moved to another commune',
			async () => ({ ...(await unit('C01-H01')), parentId: 'C02' }),
			'parentId'
		],
		[
			'a commune turned into a hamlet',
			async () => ({ ...(await unit('C02')), level: 'hamlet', parentId: 'C01' }),
			'level'
		],
		[
			'a unit whose id is not its own',
			async () => ({
				_id: 'orgUnit:C08',
				type: 'orgUnit',
				id: 'C07',
				name: 'X',
				level: 'commune',
				parentId: 'P01'
			}),
			'id'
		]
	])('%s', async (_name, make, field) => {
		const doc = await make();
		const res = await h.request('PUT', `/${CONFIG_DB}/${encodeURIComponent(doc._id)}`, {
			cookie: cookies.quantri,
			body: doc
		});
		expect(res.status).toBe(400);
		expect(res.body.reason).toContain(`(${field})`);
	});

	it('an org unit is never deleted (retired instead), so its database and history stay', async () => {
		const c02 = await unit('C02');
		const res = await h.request('DELETE', `${unitPath('C02')}?rev=${c02._rev}`, {
			cookie: cookies.quantri
		});
		expect(res.status).toBe(403);
		expect(res.body.reason).toContain('sáp nhập');
		expect((await save({ ...c02, retired: true })).status).toBe(201);
		expect(
			(await h.request('GET', `/${communeDbName('C02')}`, { cookie: cookies['canbo.c02'] })).status
		).toBe(200);
	});
});

describe('after a restart', () => {
	it('the changes made through the app stay: demo units are seeded once, never reset', async () => {
		await h.restart();
		cookies = await signInAll(h);
		expect((await unit('C01')).name).toBe('Xã An Bình Mới');
		expect((await unit('C02')).retired).toBe(true);
		expect(await storeSecurity(h, communeDbName('C05'))).toMatchObject({
			members: { roles: ['admin', 'ou:C05', 'ou:P01'] }
		});
	});
});
