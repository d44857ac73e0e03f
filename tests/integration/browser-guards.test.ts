// Issue #13.8: what a browser can be made to do on a signed-in user's behalf. A page of another
// site cannot sign in (a form POST once switched an officer's tablet to another account), write
// or sign out; every answer carries the security headers; HSTS only under TLS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
	h = await startHarness();
});
afterAll(() => h?.stop());

const own = () => new URL(h.system.url).origin;
const C01 = communeDbName('C01');

describe('requests from another site', () => {
	it('cannot sign in, even with JSON', async () => {
		const res = await h.request('POST', '/_session', {
			body: { name: 'canbo.c01', password: 'demo1234' },
			headers: { origin: 'https://trang-la.example' }
		});
		expect(res.status).toBe(403);
		expect(res.body.error).toBe('forbidden');
		expect(res.body.reason).toContain('trang web khác');
		expect(res.headers.get('set-cookie')).toBeNull();
	});

	it('cannot write or sign out with the user’s cookie; the app’s own origin can', async () => {
		const cookie = await h.signIn('canbo.c01');
		const local = { _id: '_local/origin-test', n: 1 };
		const foreign = await h.request('PUT', `/${C01}/_local/origin-test`, {
			cookie,
			body: local,
			headers: { origin: 'http://127.0.0.1:1' }
		});
		expect(foreign.status).toBe(403);
		expect(
			(await h.request('DELETE', '/_session', { cookie, headers: { origin: 'null' } })).status
		).toBe(403);
		expect(
			(
				await h.request('PUT', `/${C01}/_local/origin-test`, {
					cookie,
					body: local,
					headers: { origin: own() }
				})
			).status
		).toBe(201);
		// Reads are not concerned.
		expect(
			(
				await h.request('GET', `/${C01}`, {
					cookie,
					headers: { origin: 'https://trang-la.example' }
				})
			).status
		).toBe(200);
	});

	it('cannot post to the app’s pages either', async () => {
		const res = await fetch(`${h.system.url}/login`, {
			method: 'POST',
			headers: { origin: 'https://trang-la.example' },
			body: 'a=1'
		});
		expect(res.status).toBe(403);
	});
});

describe('sign-in from a browser takes JSON only', () => {
	// What every browser adds to a page's request (a form submitted from another site included).
	const browser = { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate' };
	it.each([
		['a form', 'application/x-www-form-urlencoded', 'name=canbo.c01&password=demo1234'],
		[
			'multipart',
			'multipart/form-data; boundary=x',
			'--x\r\nContent-Disposition: form-data; name="name"\r\n\r\ncanbo.c01\r\n--x--\r\n'
		],
		['plain text', 'text/plain', '{"name":"canbo.c01","password":"demo1234"}']
	])('%s is 415', async (_, type, body) => {
		const res = await h.request('POST', '/_session', {
			body,
			headers: { 'content-type': type, ...browser }
		});
		expect(res.status).toBe(415);
		expect(res.body.error).toBe('bad_content_type');
		expect(res.headers.get('set-cookie')).toBeNull();
	});

	it('a CouchDB client’s form (nano.auth, the replicator: no browser headers) signs in', async () => {
		const res = await h.request('POST', '/_session', {
			body: 'name=canbo.c01&password=demo1234',
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		expect(res.status).toBe(200);
		expect(res.headers.get('set-cookie')).toMatch(/^AuthSession=/);
		const plain = await h.request('POST', '/_session', {
			body: '{"name":"canbo.c01","password":"demo1234"}',
			headers: { 'content-type': 'text/plain' }
		});
		expect(plain.status).toBe(415);
	});
});

describe('security headers', () => {
	const expectCommon = (headers: Headers) => {
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('same-origin');
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
	};

	it('are on every /couch answer, refusals included, and no HSTS over plain HTTP', async () => {
		for (const res of [
			await h.request('GET', '/_session'),
			await h.request('GET', `/${C01}`),
			await h.request('GET', '/_all_dbs')
		]) {
			expectCommon(res.headers);
			expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
			expect(res.headers.get('strict-transport-security')).toBeNull();
		}
	});

	it('are on the app’s pages', async () => {
		const res = await fetch(`${h.system.url}/`);
		expectCommon(res.headers);
	});

	it('HSTS only behind a trusted TLS proxy', async () => {
		const proxied = await startHarness({ trustProxy: true });
		try {
			const https = await fetch(`${proxied.couch}/_session`, {
				headers: { 'x-forwarded-proto': 'https' }
			});
			expect(https.headers.get('strict-transport-security')).toBe('max-age=31536000');
			const page = await fetch(`${proxied.system.url}/`, {
				headers: { 'x-forwarded-proto': 'https' }
			});
			expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000');
			expect(
				(await fetch(`${proxied.couch}/_session`)).headers.get('strict-transport-security')
			).toBeNull();
		} finally {
			await proxied.stop();
		}
		// Without TRUST_PROXY the header is not believed.
		const untrusted = await fetch(`${h.couch}/_session`, {
			headers: { 'x-forwarded-proto': 'https' }
		});
		expect(untrusted.headers.get('strict-transport-security')).toBeNull();
	});
});
