// Issue #13.9: sessions end when they should — at sign-out (a copied cookie too), at a password
// change (which needs the current password), at disabling, and re-enabling brings none back. The
// gateway stays stateless: a per-user session epoch in the user document, carried in the cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(() => h?.stop());

const userPath = (name: string) => `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;
const readC = (n: string, cookie: string) => h.request('GET', `/${communeDbName(n)}`, { cookie });

describe('sign-out', () => {
	it('ends the session for every copy of the cookie, at once', async () => {
		const cookie = await h.signIn('canbo.c01');
		const copy = cookie;
		expect((await readC('C01', copy)).status).toBe(200);
		const out = await h.request('DELETE', '/_session', { cookie });
		expect(out.status).toBe(200);
		expect(out.headers.get('set-cookie')).toMatch(
			/Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT/
		);
		expect((await readC('C01', copy)).status).toBe(401);
		expect((await h.request('GET', '/_session', { cookie: copy })).body.userCtx.name).toBeNull();
		// Signing in again works as before.
		expect((await readC('C01', await h.signIn('canbo.c01'))).status).toBe(200);
	});

	it('gives cookies that both Max-Age and Expires, so every cookie jar keeps them', async () => {
		const res = await h.request('POST', '/_session', {
			body: { name: 'canbo.c01', password: 'demo1234' }
		});
		const cookie = res.headers.get('set-cookie')!;
		const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)![1]);
		const expires = Date.parse(/Expires=([^;]+)/.exec(cookie)![1]);
		expect(maxAge).toBe(30 * 24 * 3600);
		expect(Math.abs(expires - (Date.now() + maxAge * 1000))).toBeLessThan(60_000);
	});
});

describe('changing one’s own password', () => {
	it('needs the current password', async () => {
		const cookie = await h.signIn('duyet.d01');
		const self = (await h.request('GET', userPath('duyet.d01'), { cookie })).body;
		const without = await h.request('PUT', userPath('duyet.d01'), {
			cookie,
			body: { ...self, password: 'mat-khau-moi-1' }
		});
		expect(without.status).toBe(403);
		expect(without.body.reason).toContain('mật khẩu hiện tại');
		const wrong = await h.request('PUT', userPath('duyet.d01'), {
			cookie,
			body: { ...self, password: 'mat-khau-moi-1', currentPassword: 'sai-mat-khau' }
		});
		expect(wrong.status).toBe(403);
		expect(wrong.body.reason).toContain('không đúng');
		// Neither changed anything: the session still works, the old password too.
		expect((await readC('C03', cookie)).status).toBe(200);
		const right = await h.request('PUT', userPath('duyet.d01'), {
			cookie,
			body: { ...self, password: 'mat-khau-moi-1', currentPassword: 'demo1234' }
		});
		expect(right.status).toBe(201);
		// Every earlier copy of the cookie ends; the device that changed it gets a fresh one and stays signed in.
		expect((await readC('C03', cookie)).status).toBe(401);
		const renewed = right.headers.get('set-cookie')!.split(';', 1)[0];
		expect((await readC('C03', renewed)).status).toBe(200);
		expect((await readC('C03', await h.signIn('duyet.d01', 'mat-khau-moi-1'))).status).toBe(200);
	});
});

describe('disabling and enabling an account', () => {
	it('ends its sessions; enabling it again does not bring them back', async () => {
		const admin = await h.signIn('quantri');
		const cookie = await h.signIn('canbo.c03');
		const before = (await h.request('GET', userPath('canbo.c03'), { cookie: admin })).body;
		expect(
			(
				await h.request('PUT', userPath('canbo.c03'), {
					cookie: admin,
					body: { ...before, disabled: true }
				})
			).status
		).toBe(201);
		expect((await readC('C03', cookie)).status).toBe(401);
		// Enabled again — even from the document as it was read before disabling (its old epoch).
		const disabled = (await h.request('GET', userPath('canbo.c03'), { cookie: admin })).body;
		expect(
			(
				await h.request('PUT', userPath('canbo.c03'), {
					cookie: admin,
					body: { ...before, _rev: disabled._rev, disabled: false }
				})
			).status
		).toBe(201);
		expect((await readC('C03', cookie)).status).toBe(401);
		expect((await readC('C03', await h.signIn('canbo.c03'))).status).toBe(200);
	});

	it('an administrator’s change of roles or name keeps the person signed in', async () => {
		const admin = await h.signIn('quantri');
		const cookie = await h.signIn('canbo.c02');
		const doc = (await h.request('GET', userPath('canbo.c02'), { cookie: admin })).body;
		expect(
			(
				await h.request('PUT', userPath('canbo.c02'), {
					cookie: admin,
					body: { ...doc, fullName: 'Cán bộ Hai' }
				})
			).status
		).toBe(201);
		expect((await readC('C02', cookie)).status).toBe(200);
	});
});
