import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_DB, communeDbName } from '../../src/lib/domain/ids';
import { assessment, citizen, citizenOf, reviewEntry } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

let h: Harness;
let cookies: Record<DemoName, string>;
const C01 = communeDbName('C01');
const C02 = communeDbName('C02');
const C03 = communeDbName('C03');

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

const as = (name: DemoName | null) => ({ cookie: name ? cookies[name] : null });
/** An assessment's citizen, stored first (the gateway refuses an assessment of no known citizen). */
async function withCitizen(db: string, a: ReturnType<typeof assessment>, officer: DemoName) {
	const c = citizenOf(a);
	expect(
		(await h.request('PUT', `/${db}/${encodeURIComponent(c._id)}`, { ...as(officer), body: c }))
			.status
	).toBe(201);
}

describe('anonymous', () => {
	it.each([C01, C02, C03, CONFIG_DB])('cannot read %s', async (db) => {
		for (const path of [`/${db}`, `/${db}/_all_docs`, `/${db}/_changes`]) {
			const res = await h.request('GET', path);
			expect(res.status, path).toBe(401);
			expect(res.body.error).toBe('unauthorized');
		}
	});
	it.each([C01, CONFIG_DB])('cannot write %s', async (db) => {
		const doc = citizen('C01');
		expect(
			(await h.request('PUT', `/${db}/${encodeURIComponent(doc._id)}`, { body: doc })).status
		).toBe(401);
		expect((await h.request('POST', `/${db}/_bulk_docs`, { body: { docs: [doc] } })).status).toBe(
			401
		);
	});
	it.each([
		['/_all_dbs', 404],
		['/_config', 404],
		['/_node/_local/_config', 404],
		['/_utils', 404],
		['/_utils/', 404],
		['/_users', 404],
		['/_users/_all_docs', 401],
		['/_users/org.couchdb.user:canbo.c01', 401]
	] as const)('cannot reach %s (%i)', async (path, status) => {
		const res = await h.request('GET', path);
		expect(res.status).toBe(status);
		expect(res.text).not.toContain('derived_key');
	});
	it('sees an anonymous session', async () => {
		const res = await h.request('GET', '/_session');
		expect(res.body).toMatchObject({ ok: true, userCtx: { name: null, roles: [] } });
	});
});

describe('canbo.c01 (officer of C01)', () => {
	it('reads and writes its commune', async () => {
		const doc = citizen('C01');
		const put = await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
			...as('canbo.c01'),
			body: doc
		});
		expect(put.status).toBe(201);
		const get = await h.request('GET', `/${C01}/${encodeURIComponent(doc._id)}`, as('canbo.c01'));
		expect(get.status).toBe(200);
		expect(get.body.fullName).toBe(doc.fullName);
		const changes = await h.request('GET', `/${C01}/_changes?include_docs=true`, as('canbo.c01'));
		expect(changes.body.results.map((r: { id: string }) => r.id)).toContain(doc._id);
	});
	it("cannot read or write C02's database", async () => {
		expect((await h.request('GET', `/${C02}/_all_docs`, as('canbo.c01'))).status).toBe(403);
		expect(
			(await h.request('POST', `/${C02}/_bulk_get`, { ...as('canbo.c01'), body: { docs: [] } }))
				.status
		).toBe(403);
		const doc = citizen('C02');
		const put = await h.request('PUT', `/${C02}/${encodeURIComponent(doc._id)}`, {
			...as('canbo.c01'),
			body: doc
		});
		expect(put.status).toBe(403);
	});
	it('cannot set review fields or a recognised/rejected status', async () => {
		const a = assessment('C01');
		await withCitizen(C01, a, 'canbo.c01');
		const put = await h.request('PUT', `/${C01}/${encodeURIComponent(a._id)}`, {
			...as('canbo.c01'),
			body: a
		});
		expect(put.status).toBe(201);
		const base = { ...a, _rev: put.body.rev };
		for (const [change, field] of [
			[{ review: reviewEntry('canbo.c01', 'recognised') }, 'review'],
			[{ status: 'recognised' }, 'status'],
			[{ status: 'rejected' }, 'status']
		] as const) {
			const res = await h.request('PUT', `/${C01}/${encodeURIComponent(a._id)}`, {
				...as('canbo.c01'),
				body: { ...base, ...change }
			});
			expect(res.status).toBe(403);
			expect(res.body.reason).toContain(`(${field})`);
		}
		const stored = await h.request('GET', `/${C01}/${encodeURIComponent(a._id)}`, as('canbo.c01'));
		expect(stored.body._rev).toBe(put.body.rev);
	});
	it('cannot delete', async () => {
		const doc = citizen('C01');
		const put = await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
			...as('canbo.c01'),
			body: doc
		});
		const del = await h.request(
			'DELETE',
			`/${C01}/${encodeURIComponent(doc._id)}?rev=${put.body.rev}`,
			as('canbo.c01')
		);
		expect(del.status).toBe(403);
		const bulk = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('canbo.c01'),
			body: { docs: [{ _id: doc._id, _rev: put.body.rev, _deleted: true }] }
		});
		expect(bulk.body[0]).toMatchObject({ id: doc._id, error: 'forbidden' });
		expect(
			(await h.request('GET', `/${C01}/${encodeURIComponent(doc._id)}`, as('canbo.c01'))).status
		).toBe(200);
	});
	it('cannot write cdht-config', async () => {
		const unit = {
			_id: 'orgUnit:C09',
			type: 'orgUnit',
			id: 'C09',
			name: 'Xã Mới',
			level: 'commune',
			parentId: 'P01'
		};
		expect(
			(await h.request('PUT', `/${CONFIG_DB}/orgUnit:C09`, { ...as('canbo.c01'), body: unit }))
				.status
		).toBe(403);
		expect(
			(
				await h.request('POST', `/${CONFIG_DB}/_bulk_docs`, {
					...as('canbo.c01'),
					body: { docs: [unit] }
				})
			).status
		).toBe(403);
		// …but reads it, like every signed-in user.
		expect((await h.request('GET', `/${CONFIG_DB}/orgUnit:C01`, as('canbo.c01'))).status).toBe(200);
	});
	it('cannot write a document whose communeId is not C01', async () => {
		const doc = { ...citizen('C01'), communeId: 'C02' };
		const res = await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
			...as('canbo.c01'),
			body: doc
		});
		expect(res.status).toBe(403);
		expect(res.body.reason).toContain('(communeId)');
	});
});

describe('reviewers', () => {
	it('duyet.d01 reads C03, not C01; duyet.p01 reads all three', async () => {
		expect((await h.request('GET', `/${C03}/_all_docs`, as('duyet.d01'))).status).toBe(200);
		expect((await h.request('GET', `/${C01}/_all_docs`, as('duyet.d01'))).status).toBe(403);
		expect(
			(await h.request('POST', `/${C01}/_bulk_get`, { ...as('duyet.d01'), body: { docs: [] } }))
				.status
		).toBe(403);
		for (const db of [C01, C02, C03])
			expect((await h.request('GET', `/${db}/_all_docs`, as('duyet.p01'))).status).toBe(200);
	});
	it('changes review fields and status, never answers or citizen data', async () => {
		const a = assessment('C03');
		await withCitizen(C03, a, 'canbo.c03');
		const put = await h.request('PUT', `/${C03}/${encodeURIComponent(a._id)}`, {
			...as('canbo.c03'),
			body: a
		});
		expect(put.status).toBe(201);
		const review = reviewEntry('duyet.d01', 'returned', 'Thiếu năm sinh của người dân');
		const answers = { ...a.answers, [Object.keys(a.answers)[0]]: 'chua' };
		const tamper = await h.request('PUT', `/${C03}/${encodeURIComponent(a._id)}`, {
			...as('duyet.d01'),
			body: { ...a, _rev: put.body.rev, answers, status: 'returned', review, history: [review] }
		});
		expect(tamper.status).toBe(403);
		expect(tamper.body.reason).toContain('(answers)');

		const decide = await h.request('PUT', `/${C03}/${encodeURIComponent(a._id)}`, {
			...as('duyet.d01'),
			body: { ...a, _rev: put.body.rev, status: 'returned', review, history: [review] }
		});
		expect(decide.status).toBe(201);

		const c = citizen('C03');
		const cput = await h.request('PUT', `/${C03}/${encodeURIComponent(c._id)}`, {
			...as('canbo.c03'),
			body: c
		});
		const edit = await h.request('PUT', `/${C03}/${encodeURIComponent(c._id)}`, {
			...as('duyet.d01'),
			body: { ...c, _rev: cput.body.rev, fullName: 'Tên khác' }
		});
		expect(edit.status).toBe(403);
	});
	it('duyet.p01 decides in C01 through _bulk_docs', async () => {
		const a = assessment('C01');
		await withCitizen(C01, a, 'canbo.c01');
		const put = await h.request('PUT', `/${C01}/${encodeURIComponent(a._id)}`, {
			...as('canbo.c01'),
			body: a
		});
		const review = reviewEntry('duyet.p01', 'recognised');
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('duyet.p01'),
			body: {
				docs: [{ ...a, _rev: put.body.rev, status: 'recognised', review, history: [review] }]
			}
		});
		expect(res.status).toBe(201);
		expect(res.body[0]).toMatchObject({ id: a._id, ok: true });
		// Now closed to the officer.
		const reopen = await h.request('PUT', `/${C01}/${encodeURIComponent(a._id)}`, {
			...as('canbo.c01'),
			body: { ...a, _rev: res.body[0].rev, status: 'ready', review, history: [review] }
		});
		expect(reopen.status).toBe(403);
	});
	it('only reviewers in scope can read the report views', async () => {
		const path = `/${C03}/_design/reports/_view/by_period_status_group?group=true`;
		const ok = await h.request('GET', path, as('duyet.d01'));
		expect(ok.status).toBe(200);
		expect(ok.body.rows.length).toBeGreaterThan(0);
		expect(
			(
				await h.request(
					'GET',
					`/${C01}/_design/reports/_view/by_period_status_group`,
					as('duyet.d01')
				)
			).status
		).toBe(403);
	});
});

describe('session cookie', () => {
	it('is HttpOnly, SameSite=Lax, long-lived, and Secure only under HTTPS', async () => {
		const res = await fetch(`${h.couch}/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'canbo.c01', password: 'demo1234' })
		});
		const cookie = res.headers.get('set-cookie')!;
		expect(cookie).toMatch(/HttpOnly/);
		expect(cookie).toMatch(/SameSite=Lax/);
		expect(Number(/Max-Age=(\d+)/.exec(cookie)![1])).toBeGreaterThanOrEqual(14 * 24 * 3600);
		expect(cookie).not.toMatch(/Secure/);
	});
	it('refuses a wrong password and a forged cookie', async () => {
		const wrong = await h.request('POST', '/_session', {
			body: { name: 'canbo.c01', password: 'nope' }
		});
		expect(wrong.status).toBe(401);
		const forged = cookies['canbo.c01'].replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
		const res = await h.request('GET', '/_session', { cookie: forged });
		expect(res.body.userCtx.name).toBeNull();
		expect((await h.request('GET', `/${C01}`, { cookie: forged })).status).toBe(401);
	});
	it('signs out', async () => {
		const res = await h.request('DELETE', '/_session', as('canbo.c02'));
		expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/);
	});
});

describe('behind an HTTPS reverse proxy (TRUST_PROXY)', () => {
	let proxied: Harness;
	beforeAll(async () => {
		proxied = await startHarness({ trustProxy: true });
	});
	afterAll(() => proxied?.stop());

	it('marks the session cookie Secure', async () => {
		const res = await fetch(`${proxied.couch}/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
			body: JSON.stringify({ name: 'canbo.c01', password: 'demo1234' })
		});
		expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
	});
});
