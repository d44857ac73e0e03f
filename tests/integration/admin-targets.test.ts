import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targetDoc, targetRows } from '../../src/lib/domain/admin-targets';
import { demoOrgUnits } from '../../src/lib/domain/demo-data';
import { CONFIG_DB, targetDocId } from '../../src/lib/domain/ids';
import { journal } from './admin-helpers';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

// Recognition targets, as the /admin/targets screen writes them: the administrator sets, changes
// and clears a commune's own target for a year (PUT and DELETE on cdht-config, both journalled);
// everyone else is refused; a percentage out of range is refused with the field named; what the
// reviewers read is what the screen shows.

let h: Harness;
let cookies: Record<DemoName, string>;
const NOT_ADMINS: DemoName[] = ['canbo.c01', 'duyet.p01', 'duyet.d01'];
const YEAR = 2026;
const ID = targetDocId('C01', YEAR, 'all');
const path = `/${CONFIG_DB}/${encodeURIComponent(ID)}`;

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

const stored = async () => (await h.request('GET', path, { cookie: cookies.quantri })).body;
const put = (percentage: number, rev: string | null, cookie = cookies.quantri) =>
	h.request('PUT', path, {
		cookie,
		body: targetDoc('C01', YEAR, percentage, rev ? { _rev: rev } : null)
	});

/** The rows of the screen, from the targets a reviewer reads. */
async function rowsAsReviewerReads() {
	const range = `startkey=${encodeURIComponent('"target:"')}&endkey=${encodeURIComponent('"target:\ufff0"')}`;
	const res = await h.request('GET', `/${CONFIG_DB}/_all_docs?include_docs=true&${range}`, {
		cookie: cookies['duyet.p01']
	});
	expect(res.status).toBe(200);
	const rows = targetRows(
		demoOrgUnits,
		res.body.rows.map((r: { doc: unknown }) => r.doc),
		YEAR
	);
	return Object.fromEntries(rows.map((r) => [r.unit.id, [r.applied, r.source.kind]]));
}

describe('a commune’s own target', () => {
	it.each(NOT_ADMINS)('setting one is refused to %s', async (name) => {
		const res = await put(70, null, cookies[name]);
		expect(res.status).toBe(403);
		expect((await h.request('GET', path, { cookie: cookies.quantri })).status).toBe(404);
	});

	it('the administrator sets 70 %: stored, read by reviewers, journalled', async () => {
		const res = await put(70, null);
		expect(res.status, res.text).toBe(201);
		expect(await stored()).toMatchObject({
			type: 'target',
			orgUnitId: 'C01',
			period: YEAR,
			group: 'all',
			percentage: 70
		});
		expect(await rowsAsReviewerReads()).toMatchObject({
			P01: [60, 'default'],
			C01: [70, 'own'],
			C02: [60, 'default'],
			C03: [60, 'default']
		});
		const [entry] = await journal(h, cookies.quantri, 'target', 1);
		expect(entry).toMatchObject({
			by: 'quantri',
			kind: 'target',
			action: 'create',
			target: ID,
			db: CONFIG_DB
		});
		expect(entry.changes).toEqual([
			{ field: 'orgUnitId', after: 'C01' },
			{ field: 'period', after: String(YEAR) },
			{ field: 'group', after: 'all' },
			{ field: 'percentage', after: '70' }
		]);
	});

	it('a percentage above 100 is refused with the field named, and nothing is stored or journalled', async () => {
		const before = await stored();
		const [last] = await journal(h, cookies.quantri, undefined, 1);
		const res = await put(120, before._rev);
		expect(res.status).toBe(400);
		expect(res.body.reason).toContain('Tỉ lệ');
		expect(res.body.reason).toContain('(percentage)');
		expect(res.body.issues).toEqual([{ path: 'percentage', message: 'err.percentage' }]);
		expect((await stored())._rev).toBe(before._rev);
		expect((await journal(h, cookies.quantri, undefined, 1))[0]._id).toBe(last._id);
	});

	it.each([
		['a hamlet', targetDoc('C01-H01', YEAR, 70, null), 'orgUnitId', 'org.targetLevel'],
		['a unit that does not exist', targetDoc('C99', YEAR, 70, null), 'orgUnitId', 'org.targetUnit'],
		[
			'an id naming another unit',
			{ ...targetDoc('C02', YEAR, 70, null), _id: targetDocId('C03', YEAR, 'all') },
			'_id',
			'org.targetId'
		]
	])(
		'a target for %s is refused with the field named, and nothing is stored',
		async (_, doc, path, message) => {
			const res = await h.request('PUT', `/${CONFIG_DB}/${encodeURIComponent(doc._id)}`, {
				cookie: cookies.quantri,
				body: doc
			});
			expect(res.status, res.text).toBe(400);
			expect(res.body.issues).toEqual([{ path, message }]);
			expect(res.body.reason).toContain(`(${path})`);
			expect(
				(
					await h.request('GET', `/${CONFIG_DB}/${encodeURIComponent(doc._id)}`, {
						cookie: cookies.quantri
					})
				).status
			).toBe(404);
		}
	);

	it('the administrator changes it to 62.5 %, over the revision read; a stale revision is a conflict', async () => {
		const before = await stored();
		const res = await put(62.5, before._rev);
		expect(res.status, res.text).toBe(201);
		expect((await stored()).percentage).toBe(62.5);
		const [entry] = await journal(h, cookies.quantri, 'target', 1);
		expect(entry).toMatchObject({
			action: 'update',
			target: ID,
			changes: [{ field: 'percentage', before: '70', after: '62.5' }]
		});
		expect((await put(80, before._rev)).status).toBe(409);
		expect((await put(80, null)).status).toBe(409);
	});

	it.each(NOT_ADMINS)('clearing it is refused to %s', async (name) => {
		const { _rev } = await stored();
		expect(
			(await h.request('DELETE', `${path}?rev=${_rev}`, { cookie: cookies[name] })).status
		).toBe(403);
		expect((await stored())._rev).toBe(_rev);
	});

	it('the administrator clears it: the document goes, the province’s applies again, journalled', async () => {
		const province = targetDoc('P01', YEAR, 65, null);
		expect(
			(
				await h.request('PUT', `/${CONFIG_DB}/${encodeURIComponent(province._id)}`, {
					cookie: cookies.quantri,
					body: province
				})
			).status
		).toBe(201);
		expect(await rowsAsReviewerReads()).toMatchObject({
			P01: [65, 'own'],
			C01: [62.5, 'own'],
			C02: [65, 'ancestor'],
			D01: [65, 'ancestor'],
			C03: [65, 'ancestor']
		});

		const { _rev } = await stored();
		const res = await h.request('DELETE', `${path}?rev=${_rev}`, { cookie: cookies.quantri });
		expect(res.status, res.text).toBe(200);
		expect((await h.request('GET', path, { cookie: cookies.quantri })).status).toBe(404);
		expect(await rowsAsReviewerReads()).toMatchObject({ C01: [65, 'ancestor'] });
		const [entry] = await journal(h, cookies.quantri, 'target', 1);
		expect(entry).toMatchObject({ action: 'delete', target: ID });
		expect(entry.changes).toEqual(
			expect.arrayContaining([{ field: 'percentage', before: '62.5' }])
		);
		// Tablets pull the deletion and drop the document (sync/pull-config.ts).
		const feed = await h.request('GET', `/${CONFIG_DB}/_changes`, { cookie: cookies['canbo.c01'] });
		expect(feed.body.results.find((r: { id: string }) => r.id === ID)).toMatchObject({
			deleted: true
		});
		// Deleting it again, at the old revision, is a conflict, not a second entry.
		expect(
			(await h.request('DELETE', `${path}?rev=${_rev}`, { cookie: cookies.quantri })).status
		).toBe(409);
	});

	it('a cleared target can be set again, and reaches the tablets again', async () => {
		const res = await put(72, null);
		expect(res.status, res.text).toBe(201);
		expect((await journal(h, cookies.quantri, 'target', 1))[0]).toMatchObject({
			action: 'create',
			changes: expect.arrayContaining([{ field: 'percentage', after: '72' }])
		});
		const feed = await h.request('GET', `/${CONFIG_DB}/_changes`, { cookie: cookies['canbo.c01'] });
		expect(feed.body.results.find((r: { id: string }) => r.id === ID).deleted).toBeUndefined();
	});
});
