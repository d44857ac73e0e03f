import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOrgUnits, demoUsers } from '../../src/lib/domain/demo-data';
import { CONFIG_DB, DB_NAME_PATTERN, communeDbName } from '../../src/lib/domain/ids';
import { provision } from '../../src/lib/server/provisioning/provision';
import { StoreClient } from '../../src/lib/server/store/client';
import { startHarness, TEST_ITERATIONS, type Harness } from './harness';

/** The store as its server admin, the way provisioning talks to it. */
function adminClient(h: Harness): Promise<StoreClient> {
	return h.adminClient();
}

describe('provisioning (demo)', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness();
	});
	afterAll(() => h?.stop());

	it('creates only database names Apache CouchDB accepts', () => {
		const { databases } = h.system.provisioning;
		const communes = demoOrgUnits
			.filter((u) => u.level === 'commune')
			.map((u) => communeDbName(u.id));
		expect(databases).toEqual(expect.arrayContaining([CONFIG_DB, ...communes]));
		// `_users` is CouchDB's own system database; every name of ours matches the pattern.
		for (const name of databases.filter((n) => n !== '_users'))
			expect(name).toMatch(DB_NAME_PATTERN);
	});

	it('is idempotent: a second run changes nothing, revisions included', async () => {
		const store = await adminClient(h);
		const before = await store.ok<{ rows: { id: string; value: { rev: string } }[] }>(
			'GET',
			`/${CONFIG_DB}/_all_docs`
		);
		const report = await provision(store, { demo: true });
		expect(report.changes).toBe(0);
		const after = await store.ok('GET', `/${CONFIG_DB}/_all_docs`);
		expect(after.body).toEqual(before.body);
		const security = await store.ok('GET', `/${communeDbName('C03')}/_security`);
		expect(security.body).toEqual({
			admins: { names: [], roles: [] },
			members: { names: [], roles: ['admin', 'ou:C03', 'ou:D01', 'ou:P01'] }
		});
	});

	it('stores passwords as PBKDF2-SHA256 with the configured work factor, as Apache CouchDB 3.4+ does', async () => {
		const store = await adminClient(h);
		const user = await store.ok<Record<string, unknown>>(
			'GET',
			'/_users/org.couchdb.user:canbo.c01'
		);
		expect(user.body).toMatchObject({
			password_scheme: 'pbkdf2',
			pbkdf2_prf: 'sha256',
			iterations: TEST_ITERATIONS
		});
		expect(String(user.body.derived_key)).toMatch(/^[0-9a-f]{64}$/);
		expect(user.body).not.toHaveProperty('password');
	});

	it('installs the rules, the report views and the default criteria set', async () => {
		const store = await adminClient(h);
		const rules = await store.ok<{ validate_doc_update: string }>(
			'GET',
			`/${communeDbName('C01')}/_design/rules`
		);
		expect(rules.body.validate_doc_update).toContain('"C01"');
		const reports = await store.ok<{ views: Record<string, unknown> }>(
			'GET',
			`/${communeDbName('C01')}/_design/reports`
		);
		expect(Object.keys(reports.body.views)).toEqual(['by_period_status_group', 'by_batch']);
		const range = `startkey=${encodeURIComponent('"criteriaSet:"')}&endkey=${encodeURIComponent('"criteriaSet:\ufff0"')}`;
		const sets = await store.ok<{ rows: unknown[] }>('GET', `/${CONFIG_DB}/_all_docs?${range}`);
		expect(sets.body.rows).toHaveLength(1);
	});

	it('with demo mode turned off, the demo accounts are removed', async () => {
		await h.restart({ demo: false });
		for (const { name } of demoUsers)
			expect(
				(await h.request('POST', '/_session', { body: { name, password: 'demo1234' } })).status
			).toBe(401);
	});
});

describe('provisioning (DEMO=0 from the start)', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({
			demo: false,
			admin: { name: 'quantri.that', password: 'mat-khau-quan-tri', roles: ['admin'] }
		});
	});
	afterAll(() => h?.stop());

	it('has no demo users and no demo units, only the configured administrator', async () => {
		const store = await adminClient(h);
		const users = await store.ok<{ rows: { id: string }[] }>('GET', '/_users/_all_docs');
		expect(
			users.body.rows.map((r) => r.id).filter((id) => id.startsWith('org.couchdb.user:'))
		).toEqual(['org.couchdb.user:quantri.that']);
		expect(h.system.provisioning.databases).toEqual(['_users', CONFIG_DB]);
		const cookie = await h.signIn('quantri.that', 'mat-khau-quan-tri');
		expect((await h.request('GET', `/${CONFIG_DB}`, { cookie })).status).toBe(200);
	});
});

describe('provisioning from several gateway instances at once', () => {
	let h: Harness;
	beforeAll(async () => {
		h = await startHarness({ demo: false });
	});
	afterAll(() => h?.stop());

	it('creates everything once, whoever wins each race', async () => {
		const [a, b] = [await adminClient(h), await adminClient(h)];
		// Demo data is new to this store, so the three runs really race for the same documents.
		const reports = await Promise.all([
			provision(a, { demo: true }),
			provision(b, { demo: true }),
			provision(a, { demo: true })
		]);
		expect(reports.reduce((sum, r) => sum + r.changes, 0)).toBeGreaterThan(0);
		expect((await provision(b, { demo: true })).changes).toBe(0);
		expect(
			(await h.request('POST', '/_session', { body: { name: 'duyet.d01', password: 'demo1234' } }))
				.status
		).toBe(200);
	});
});
