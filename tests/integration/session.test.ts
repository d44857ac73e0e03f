// What the sign-in screen relies on: each way a sign-in fails is told apart by the answer itself,
// still shaped as CouchDB answers (401), so the screen can say which one in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(() => h?.stop());

const signIn = (name: string, password: string) =>
	h.request('POST', '/_session', { body: { name, password } });

describe('POST /_session', () => {
	it('answers the name and roles the app derives the account from', async () => {
		const res = await signIn('canbo.c02', 'demo1234');
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ ok: true, name: 'canbo.c02' });
		expect([...res.body.roles].sort()).toEqual(['officer', 'ou:C02']);
		expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
	});

	it.each([
		['a wrong password', 'canbo.c02', 'sai-mat-khau'],
		['an unknown name', 'khong.co.ai', 'demo1234']
	])('%s is a plain 401 unauthorized, the same for both', async (_, name, password) => {
		const res = await signIn(name, password);
		expect(res.status).toBe(401);
		expect(res.body.error).toBe('unauthorized');
	});

	it('a disabled account is 401 with its own error name', async () => {
		const admin = await h.signIn('quantri');
		const path = '/_users/org.couchdb.user:canbo.c03';
		const doc = await h.request('GET', path, { cookie: admin });
		expect(
			(await h.request('PUT', path, { cookie: admin, body: { ...doc.body, disabled: true } }))
				.status
		).toBe(201);
		const res = await signIn('canbo.c03', 'demo1234');
		expect(res.status).toBe(401);
		expect(res.body.error).toBe('account_disabled');
		expect(res.body.reason).toContain('khoá');
	});
});
