import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCriteriaSet } from '../../src/lib/domain/criteria-default';
import { CONFIG_DB, communeDbName, criteriaSetDocId } from '../../src/lib/domain/ids';
import { citizen } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

let h: Harness;
let cookies: Record<DemoName, string>;
const userPath = (name: string) => `/_users/org.couchdb.user:${name}`;
const NOT_ADMINS: DemoName[] = ['canbo.c01', 'duyet.p01', 'duyet.d01'];

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

describe('only administrators create users and change roles', () => {
	it.each(NOT_ADMINS)('%s cannot create a user', async (name) => {
		const res = await h.request('PUT', userPath('moi.nguoi'), {
			cookie: cookies[name],
			body: { name: 'moi.nguoi', password: 'mat-khau-moi', roles: ['admin'] }
		});
		expect(res.status).toBe(403);
	});
	it.each(NOT_ADMINS)('%s cannot change its own roles, nor list users', async (name) => {
		const self = await h.request('GET', userPath(name), { cookie: cookies[name] });
		expect(self.status).toBe(200);
		expect(self.body).not.toHaveProperty('derived_key');
		expect(self.body).not.toHaveProperty('salt');
		const res = await h.request('PUT', userPath(name), {
			cookie: cookies[name],
			body: { ...self.body, roles: ['admin'] }
		});
		expect(res.status).toBe(403);
		expect((await h.request('GET', '/_users/_all_docs', { cookie: cookies[name] })).status).toBe(
			403
		);
		expect((await h.request('GET', userPath('quantri'), { cookie: cookies[name] })).status).toBe(
			403
		);
	});
	it('an administrator creates a user, who signs in, and changes its role', async () => {
		const admin = cookies.quantri;
		const created = await h.request('PUT', userPath('canbo.moi'), {
			cookie: admin,
			body: {
				name: 'canbo.moi',
				password: 'mat-khau-moi',
				roles: ['officer', 'ou:C02'],
				fullName: 'Cán bộ mới'
			}
		});
		expect(created.status).toBe(201);
		const cookie = await h.signIn('canbo.moi', 'mat-khau-moi');
		expect((await h.request('GET', `/${communeDbName('C02')}`, { cookie })).status).toBe(200);
		expect((await h.request('GET', `/${communeDbName('C01')}`, { cookie })).status).toBe(403);

		const current = await h.request('GET', userPath('canbo.moi'), { cookie: admin });
		const moved = await h.request('PUT', userPath('canbo.moi'), {
			cookie: admin,
			body: { ...current.body, roles: ['officer', 'ou:C01'] }
		});
		expect(moved.status).toBe(201);
		// The password survived the role change, and the new scope applies at the next request.
		expect((await h.request('GET', `/${communeDbName('C01')}`, { cookie })).status).toBe(200);
		expect((await h.request('GET', `/${communeDbName('C02')}`, { cookie })).status).toBe(403);
		await h.signIn('canbo.moi', 'mat-khau-moi');

		const list = await h.request('GET', '/_users/_all_docs', { cookie: admin });
		expect(list.body.rows.map((r: { id: string }) => r.id)).toContain('org.couchdb.user:canbo.moi');
		expect(list.text).not.toContain('derived_key');
	});
	it('refuses roles that name no unit, or an officer without a commune', async () => {
		for (const roles of [
			['officer', 'ou:P01'],
			['reviewer', 'ou:NOPE'],
			['officer'],
			['superuser'],
			['_admin']
		]) {
			const res = await h.request('PUT', userPath('sai.vai.tro'), {
				cookie: cookies.quantri,
				body: { name: 'sai.vai.tro', password: 'mat-khau-moi', roles }
			});
			expect(res.status, JSON.stringify(roles)).toBe(400);
			expect(res.body.reason).toContain('roles');
		}
	});
});

describe('accounts changed after sign-in', () => {
	it('a disabled account is refused at its next request', async () => {
		await h.request('PUT', userPath('tam.khoa'), {
			cookie: cookies.quantri,
			body: { name: 'tam.khoa', password: 'mat-khau-moi', roles: ['officer', 'ou:C03'] }
		});
		const cookie = await h.signIn('tam.khoa', 'mat-khau-moi');
		expect((await h.request('GET', `/${communeDbName('C03')}`, { cookie })).status).toBe(200);
		const doc = await h.request('GET', userPath('tam.khoa'), { cookie: cookies.quantri });
		expect(
			(
				await h.request('PUT', userPath('tam.khoa'), {
					cookie: cookies.quantri,
					body: { ...doc.body, disabled: true }
				})
			).status
		).toBe(201);
		expect((await h.request('GET', `/${communeDbName('C03')}`, { cookie })).status).toBe(401);
		expect((await h.request('GET', '/_session', { cookie })).body.userCtx.name).toBeNull();
		expect(
			(
				await h.request('POST', '/_session', {
					body: { name: 'tam.khoa', password: 'mat-khau-moi' }
				})
			).status
		).toBe(401);
	});
	it('a changed password ends the sessions issued before it', async () => {
		const before = await h.signIn('canbo.c03');
		const self = await h.request('GET', userPath('canbo.c03'), { cookie: before });
		const changed = await h.request('PUT', userPath('canbo.c03'), {
			cookie: before,
			body: { ...self.body, password: 'mat-khau-rieng', currentPassword: 'demo1234' }
		});
		expect(changed.status).toBe(201);
		expect((await h.request('GET', `/${communeDbName('C03')}`, { cookie: before })).status).toBe(
			401
		);
		const after = await h.signIn('canbo.c03', 'mat-khau-rieng');
		expect((await h.request('GET', `/${communeDbName('C03')}`, { cookie: after })).status).toBe(
			200
		);
	});
});

describe('only administrators publish criteria sets and change org units', () => {
	const v2 = {
		...defaultCriteriaSet,
		_id: criteriaSetDocId(defaultCriteriaSet.slug, 2),
		version: 2,
		verified: true
	};
	it.each(NOT_ADMINS)('%s cannot publish a criteria set', async (name) => {
		const res = await h.request('PUT', `/${CONFIG_DB}/${encodeURIComponent(v2._id)}`, {
			cookie: cookies[name],
			body: v2
		});
		expect(res.status).toBe(403);
	});
	it('an administrator publishes one; an invalid one is refused naming the field', async () => {
		const bad = await h.request('PUT', `/${CONFIG_DB}/${encodeURIComponent(v2._id)}`, {
			cookie: cookies.quantri,
			body: { ...v2, rule: { passPercent: 140 } }
		});
		expect(bad.status).toBe(400);
		expect(bad.body.reason).toContain('(rule.passPercent)');
		const ok = await h.request('PUT', `/${CONFIG_DB}/${encodeURIComponent(v2._id)}`, {
			cookie: cookies.quantri,
			body: v2
		});
		expect(ok.status).toBe(201);
		const read = await h.request('GET', `/${CONFIG_DB}/${encodeURIComponent(v2._id)}`, {
			cookie: cookies['canbo.c01']
		});
		expect(read.body.version).toBe(2);
	});
	it('a new commune written by an administrator gets its database and security at once', async () => {
		const unit = {
			_id: 'orgUnit:C04',
			type: 'orgUnit',
			id: 'C04',
			name: 'Xã Mới Lập',
			level: 'commune',
			parentId: 'D01'
		};
		const res = await h.request('POST', `/${CONFIG_DB}/_bulk_docs`, {
			cookie: cookies.quantri,
			body: { docs: [unit] }
		});
		expect(res.body[0]).toMatchObject({ ok: true });
		const db = communeDbName('C04');
		expect((await h.request('GET', `/${db}`, { cookie: cookies['duyet.d01'] })).status).toBe(200);
		expect((await h.request('GET', `/${db}`, { cookie: cookies['canbo.c01'] })).status).toBe(403);
		const security = await h.request('GET', `/${db}/_security`, { cookie: cookies.quantri });
		expect(security.body.members.roles).toEqual(['admin', 'ou:C04', 'ou:D01', 'ou:P01']);
		expect(
			(await h.request('GET', `/${db}/_security`, { cookie: cookies['duyet.d01'] })).status
		).toBe(403);
	});
	it('only an administrator deletes, and _security writes are for administrators only', async () => {
		const doc = citizen('C01');
		const put = await h.request('PUT', `/${communeDbName('C01')}/${encodeURIComponent(doc._id)}`, {
			cookie: cookies['canbo.c01'],
			body: doc
		});
		const del = await h.request(
			'DELETE',
			`/${communeDbName('C01')}/${encodeURIComponent(doc._id)}?rev=${put.body.rev}`,
			{ cookie: cookies.quantri }
		);
		expect(del.status).toBe(200);
		const security = {
			admins: { names: [], roles: [] },
			members: { names: [], roles: ['admin', 'ou:C01', 'ou:P01'] }
		};
		const path = `/${communeDbName('C01')}/_security`;
		expect(
			(await h.request('PUT', path, { cookie: cookies['canbo.c01'], body: security })).status
		).toBe(403);
		const open = { admins: { names: [], roles: [] }, members: { names: [], roles: [] } };
		expect((await h.request('PUT', path, { cookie: cookies.quantri, body: open })).status).toBe(
			400
		);
		expect((await h.request('PUT', path, { cookie: cookies.quantri, body: security })).status).toBe(
			200
		);
	});
});
