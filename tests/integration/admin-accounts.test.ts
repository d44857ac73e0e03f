import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { citizen } from './fixtures';
import { directAs, journal, storeSecurity } from './admin-helpers';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

// Issue #6, accounts: officers (one commune) and reviewers (any unit), password reset, disabling,
// scope changes; each journalled, each refused to non-administrators. (admin.test.ts covers role
// validation and a user's own password change.)

let h: Harness;
let cookies: Record<DemoName, string>;
const NOT_ADMINS: DemoName[] = ['canbo.c01', 'duyet.p01', 'duyet.d01'];
const userPath = (name: string) => `/_users/org.couchdb.user:${name}`;
const COMMUNES = ['C01', 'C02', 'C03'];

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

const putUser = (name: string, body: object, cookie = cookies.quantri) =>
	h.request('PUT', userPath(name), { cookie, body: { name, ...body } });
const account = async (name: string) =>
	(await h.request('GET', userPath(name), { cookie: cookies.quantri })).body;

describe('creating accounts', () => {
	it('an officer for one commune and reviewers scoped to a district or a commune', async () => {
		expect(
			(
				await putUser('canbo.moi', {
					password: 'mat-khau-1',
					roles: ['officer', 'ou:C02'],
					fullName: 'Cán bộ Mới'
				})
			).status
		).toBe(201);
		expect(
			(await putUser('duyet.huyen', { password: 'mat-khau-2', roles: ['reviewer', 'ou:D01'] }))
				.status
		).toBe(201);
		expect(
			(await putUser('duyet.xa', { password: 'mat-khau-3', roles: ['reviewer', 'ou:C01'] })).status
		).toBe(201);

		const officer = await h.signIn('canbo.moi', 'mat-khau-1');
		expect((await h.request('GET', `/${communeDbName('C02')}`, { cookie: officer })).status).toBe(
			200
		);
		const district = await h.signIn('duyet.huyen', 'mat-khau-2');
		const communeOnly = await h.signIn('duyet.xa', 'mat-khau-3');
		const reads = async (cookie: string) =>
			Promise.all(
				COMMUNES.map(
					async (c) => (await h.request('GET', `/${communeDbName(c)}`, { cookie })).status
				)
			);
		expect(await reads(district)).toEqual([403, 403, 200]);
		expect(await reads(communeOnly)).toEqual([200, 403, 403]);

		const entries = await journal(h, cookies.quantri, 'user', 3);
		expect(entries.map((e) => [e.action, e.target])).toEqual([
			['create', 'duyet.xa'],
			['create', 'duyet.huyen'],
			['create', 'canbo.moi']
		]);
		expect(entries[2].changes).toEqual(
			expect.arrayContaining([
				{ field: 'roles', after: 'officer, ou:C02' },
				{ field: 'password', after: '*' },
				{ field: 'fullName', after: 'Cán bộ Mới' }
			])
		);
		expect(JSON.stringify(entries)).not.toContain('mat-khau');
	});

	it.each(NOT_ADMINS)(
		'%s cannot reset another’s password, disable or re-scope an account',
		async (name) => {
			const doc = await account('canbo.c02');
			for (const change of [
				{ password: 'chiem-quyen-1' },
				{ disabled: true },
				{ roles: ['officer', 'ou:C01'] }
			])
				expect(
					(
						await h.request('PUT', userPath('canbo.c02'), {
							cookie: cookies[name],
							body: { ...doc, ...change }
						})
					).status
				).toBe(403);
			expect(await h.signIn('canbo.c02')).toBeTruthy();
		}
	);
});

describe('reset password', () => {
	it('ends every session issued before it; the new password works; the journal says so without it', async () => {
		const old = await h.signIn('canbo.c02');
		const res = await putUser('canbo.c02', {
			...(await account('canbo.c02')),
			password: 'mat-khau-moi-2'
		});
		expect(res.status).toBe(201);
		expect((await h.request('GET', `/${communeDbName('C02')}`, { cookie: old })).status).toBe(401);
		expect(
			(await h.request('POST', '/_session', { body: { name: 'canbo.c02', password: 'demo1234' } }))
				.status
		).toBe(401);
		const fresh = await h.signIn('canbo.c02', 'mat-khau-moi-2');
		expect((await h.request('GET', `/${communeDbName('C02')}`, { cookie: fresh })).status).toBe(
			200
		);
		const [entry] = await journal(h, cookies.quantri, 'user', 1);
		expect(entry).toMatchObject({
			action: 'update',
			target: 'canbo.c02',
			changes: [{ field: 'password', after: '*' }]
		});
	});
});

describe('disabling an account', () => {
	it('the server refuses the officer’s writes at the next request; enabling gives it back', async () => {
		const cookie = await h.signIn('canbo.c03');
		const c = citizen('C03');
		const path = `/${communeDbName('C03')}/${encodeURIComponent(c._id)}`;
		expect(
			(await putUser('canbo.c03', { ...(await account('canbo.c03')), disabled: true })).status
		).toBe(201);
		expect((await h.request('PUT', path, { cookie, body: c })).status).toBe(401);
		expect(
			(
				await h.request('POST', `/${communeDbName('C03')}/_bulk_docs`, {
					cookie,
					body: { docs: [c] }
				})
			).status
		).toBe(401);
		const [entry] = await journal(h, cookies.quantri, 'user', 1);
		expect(entry.changes).toEqual([{ field: 'disabled', before: 'false', after: 'true' }]);

		expect(
			(await putUser('canbo.c03', { ...(await account('canbo.c03')), disabled: false })).status
		).toBe(201);
		const again = await h.signIn('canbo.c03');
		expect((await h.request('PUT', path, { cookie: again, body: c })).status).toBe(201);
	});

	it('an administrator cannot disable itself or drop its own admin role', async () => {
		const self = await account('quantri');
		expect((await putUser('quantri', { ...self, disabled: true })).status).toBe(403);
		expect((await putUser('quantri', { ...self, roles: ['reviewer', 'ou:P01'] })).status).toBe(403);
		expect((await h.request('GET', '/_users/_all_docs', { cookie: cookies.quantri })).status).toBe(
			200
		);
	});
});

describe('scope changes', () => {
	it('are role changes: no database’s _security is edited, and both layers follow at once', async () => {
		const securityBefore = await Promise.all(
			COMMUNES.map((c) => storeSecurity(h, communeDbName(c)))
		);
		const cookie = await h.signIn('duyet.d01');
		expect((await h.request('GET', `/${communeDbName('C01')}`, { cookie })).status).toBe(403);

		expect(
			(
				await putUser('duyet.d01', {
					...(await account('duyet.d01')),
					roles: ['reviewer', 'ou:P01']
				})
			).status
		).toBe(201);

		// The same cookie: the gateway reads the account at every request.
		expect((await h.request('GET', `/${communeDbName('C01')}`, { cookie })).status).toBe(200);
		// The store's own `_security` admits `ou:P01` already: a direct client meets the new scope too.
		expect((await directAs(h, 'duyet.d01', 'GET', `/${communeDbName('C01')}`)).status).toBe(200);
		expect(await Promise.all(COMMUNES.map((c) => storeSecurity(h, communeDbName(c))))).toEqual(
			securityBefore
		);

		const [entry] = await journal(h, cookies.quantri, 'user', 1);
		expect(entry.changes).toEqual([
			{ field: 'roles', before: 'reviewer, ou:D01', after: 'reviewer, ou:P01' }
		]);
	});
});
