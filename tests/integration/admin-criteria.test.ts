import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCriteriaSet } from '../../src/lib/domain/criteria-default';
import { CONFIG_DB, communeDbName, criteriaSetDocId } from '../../src/lib/domain/ids';
import { citizen } from './fixtures';
import { directAs, journal } from './admin-helpers';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

// Issue #6, criteria sets and the journal: a new version is a new document, stamped by the
// server, immutable once published, received by tablets through the config pull; the journal is
// written by the gateway only and read by administrators only.

let h: Harness;
let cookies: Record<DemoName, string>;
const NOT_ADMINS: DemoName[] = ['canbo.c01', 'duyet.p01', 'duyet.d01'];
const setPath = (id: string) => `/${CONFIG_DB}/${encodeURIComponent(id)}`;
const version = (n: number, extra: object = {}) => {
	const { _rev, publishedAt, publishedBy, ...content } = defaultCriteriaSet;
	return {
		...content,
		_id: criteriaSetDocId(defaultCriteriaSet.slug, n),
		version: n,
		effectiveFrom: '2026-01-01T00:00:00.000Z',
		...extra
	};
};

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

describe('publishing a criteria set version', () => {
	it.each(NOT_ADMINS)('is refused to %s', async (name) => {
		expect(
			(await h.request('PUT', setPath(version(2)._id), { cookie: cookies[name], body: version(2) }))
				.status
		).toBe(403);
	});

	it('is stamped by the server (who, when), whatever the file said, and journalled', async () => {
		const forged = version(2, {
			title: 'Bộ tiêu chí chính thức',
			publishedBy: 'nguoi.khac',
			publishedAt: '2020-01-01T00:00:00.000Z'
		});
		const res = await h.request('PUT', setPath(forged._id), {
			cookie: cookies.quantri,
			body: forged
		});
		expect(res.status, res.text).toBe(201);
		const stored = (await h.request('GET', setPath(forged._id), { cookie: cookies['canbo.c01'] }))
			.body;
		expect(stored.publishedBy).toBe('quantri');
		expect(Date.now() - Date.parse(stored.publishedAt)).toBeLessThan(60_000);
		const [entry] = await journal(h, cookies.quantri, 'criteriaSet', 1);
		expect(entry).toMatchObject({
			action: 'create',
			target: forged._id,
			label: 'Bộ tiêu chí chính thức'
		});
		expect(entry.changes).toEqual(
			expect.arrayContaining([
				{ field: 'version', after: '2' },
				{ field: 'effectiveFrom', after: '2026-01-01T00:00:00.000Z' }
			])
		);
	});

	it('reaches a tablet through the config changes feed it pulls', async () => {
		const res = await h.request('GET', `/${CONFIG_DB}/_changes?include_docs=true`, {
			cookie: cookies['canbo.c01']
		});
		const ids = res.body.results.map((r: { id: string }) => r.id);
		expect(ids).toContain(version(2)._id);
		expect(ids.some((id: string) => id.startsWith('audit:'))).toBe(false);
	});

	it('published versions are immutable: no change, no deletion, even by an administrator', async () => {
		const stored = (await h.request('GET', setPath(version(2)._id), { cookie: cookies.quantri }))
			.body;
		const changed = await h.request('PUT', setPath(stored._id), {
			cookie: cookies.quantri,
			body: { ...stored, title: 'Sửa lén' }
		});
		expect(changed.status).toBe(403);
		expect(changed.body.reason).toContain('phiên bản mới');
		const bulk = await h.request('POST', `/${CONFIG_DB}/_bulk_docs`, {
			cookie: cookies.quantri,
			body: { docs: [{ ...stored, title: 'Sửa lén' }] }
		});
		expect(bulk.body[0]).toMatchObject({ error: 'forbidden' });
		const deleted = await h.request('DELETE', `${setPath(stored._id)}?rev=${stored._rev}`, {
			cookie: cookies.quantri
		});
		expect(deleted.status).toBe(403);
		expect(
			(await h.request('GET', setPath(stored._id), { cookie: cookies.quantri })).body.title
		).toBe('Bộ tiêu chí chính thức');
	});

	it('a version must be above every published one; every schema problem is listed with its path', async () => {
		expect(
			(
				await h.request('PUT', setPath(version(5)._id), {
					cookie: cookies.quantri,
					body: version(5)
				})
			).status
		).toBe(201);
		const older = await h.request('PUT', setPath(version(4)._id), {
			cookie: cookies.quantri,
			body: version(4)
		});
		expect(older.status).toBe(400);
		expect(older.body.reason).toContain('(version)');

		const broken = version(6, { rule: { passPercent: 140 }, minAge: -1 });
		const res = await h.request('PUT', setPath(broken._id), {
			cookie: cookies.quantri,
			body: broken
		});
		expect(res.status).toBe(400);
		expect(res.body.issues.map((i: { path: string }) => i.path).sort()).toEqual([
			'minAge',
			'rule.passPercent'
		]);
	});
});

describe('the journal', () => {
	it('lists newest first, all kinds or one', async () => {
		const all = await journal(h, cookies.quantri, undefined, 50);
		expect(all.length).toBeGreaterThanOrEqual(2);
		const times = all.map((e) => e.at);
		expect([...times].sort().reverse()).toEqual(times);
		expect((await journal(h, cookies.quantri, 'user')).length).toBe(0);
		expect((await journal(h, cookies.quantri, 'criteriaSet')).map((e) => e.target)).toEqual([
			version(5)._id,
			version(2)._id
		]);
	});

	it('records an administrator’s writes and deletions of commune data, and nobody else’s', async () => {
		const mine = citizen('C01');
		const path = `/${communeDbName('C01')}/${encodeURIComponent(mine._id)}`;
		const put = await h.request('PUT', path, { cookie: cookies.quantri, body: mine });
		expect(put.status).toBe(201);
		const bulk = await h.request('POST', `/${communeDbName('C01')}/_bulk_docs`, {
			cookie: cookies.quantri,
			body: { docs: [citizen('C01')] }
		});
		expect(bulk.body[0].ok).toBe(true);
		expect(
			(await h.request('DELETE', `${path}?rev=${put.body.rev}`, { cookie: cookies.quantri })).status
		).toBe(200);
		const officers = await h.request('POST', `/${communeDbName('C01')}/_bulk_docs`, {
			cookie: cookies['canbo.c01'],
			body: { docs: [citizen('C01')] }
		});
		expect(officers.body[0].ok).toBe(true);

		const records = await journal(h, cookies.quantri, 'record');
		expect(records.map((e) => [e.action, e.db])).toEqual([
			['delete', communeDbName('C01')],
			['create', communeDbName('C01')],
			['create', communeDbName('C01')]
		]);
		// Personal data stays out of the journal: the record is named, not copied.
		expect(JSON.stringify(records)).not.toContain(mine.fullName);
		expect(records.every((e) => e.by === 'quantri')).toBe(true);
	});

	it.each(NOT_ADMINS)('is not readable by %s', async (name) => {
		expect(
			(await h.request('GET', '/cdht-audit/_all_docs', { cookie: cookies[name] })).status
		).toBe(403);
		expect(
			(await h.request('GET', '/cdht-audit/_design/audit/_view/by_kind', { cookie: cookies[name] }))
				.status
		).toBe(403);
	});

	it('cannot be written by any client, administrators included, through the gateway or at the store', async () => {
		const [entry] = await journal(h, cookies.quantri, undefined, 1);
		const forged = { ...entry, _id: 'audit:01J00000000000000000000000', by: 'nguoi.khac' };
		const tries = [
			h.request('PUT', `/cdht-audit/${encodeURIComponent(forged._id)}`, {
				cookie: cookies.quantri,
				body: forged
			}),
			h.request('PUT', `/cdht-audit/${encodeURIComponent(entry._id)}`, {
				cookie: cookies.quantri,
				body: { ...entry, by: 'nguoi.khac' }
			}),
			h.request('POST', '/cdht-audit/_bulk_docs', {
				cookie: cookies.quantri,
				body: { docs: [forged] }
			}),
			h.request('DELETE', `/cdht-audit/${encodeURIComponent(entry._id)}?rev=${entry._rev}`, {
				cookie: cookies.quantri
			}),
			h.request('PUT', setPath(forged._id), { cookie: cookies.quantri, body: forged }),
			h.request('PUT', '/cdht-audit/_security', {
				cookie: cookies.quantri,
				body: { admins: { names: [], roles: [] }, members: { names: [], roles: ['officer'] } }
			})
		];
		// No row serves a write to the journal (404); a criteria set that is an audit entry is malformed (400).
		expect((await Promise.all(tries)).map((res) => [res.status, res.body.error])).toEqual([
			[404, 'not_found'],
			[404, 'not_found'],
			[404, 'not_found'],
			[404, 'not_found'],
			[400, 'bad_request'],
			[404, 'not_found']
		]);
		// An administrator's own store session meets the journal's rules document.
		// Without the copied _rev: a stale _rev on a new id is a 409 on CouchDB before any rule runs.
		const { _rev: _copied, ...fresh } = forged;
		const direct = await directAs(
			h,
			'quantri',
			'PUT',
			`/cdht-audit/${encodeURIComponent(forged._id)}`,
			fresh
		);
		expect(direct.status).toBe(403);
		expect(
			(await journal(h, cookies.quantri, undefined, 50)).some((e) => e.by === 'nguoi.khac')
		).toBe(false);
	});
});
