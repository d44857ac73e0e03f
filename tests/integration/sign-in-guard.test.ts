// Issue #13.2 and #12.6: a guessing attack meets a bounded queue of password checks and a
// per-account throttle (waits, then a lock of that account from that address, and a short
// account-wide lock); HTTP Basic goes through the same door. The throttle's clock is the test's,
// so waits and locks are engaged and released without waiting or measuring time.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { startHarness, type Harness } from './harness';

const C01 = communeDbName('C01');

/** A sign-in sent from a chosen loopback address (127.0.0.x), as another device would. */
function signInFrom(
	h: Harness,
	localAddress: string,
	name: string,
	password: string
): Promise<{ status: number; body: any; retryAfter?: string }> {
	const url = new URL(`${h.couch}/_session`);
	const payload = JSON.stringify({ name, password });
	return new Promise((resolve, reject) => {
		const req = httpRequest(
			{
				host: url.hostname,
				port: url.port,
				path: url.pathname,
				method: 'POST',
				localAddress,
				headers: { 'content-type': 'application/json' }
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (c) => (text += c));
				res.on('end', () =>
					resolve({
						status: res.statusCode!,
						body: JSON.parse(text),
						retryAfter: res.headers['retry-after']
					})
				);
			}
		);
		req.on('error', reject);
		req.end(payload);
	});
}

describe('the per-account throttle', () => {
	let h: Harness;
	let now = Date.parse('2026-03-01T08:00:00Z');
	const later = (ms: number) => (now += ms);
	beforeAll(async () => {
		h = await startHarness({
			signInThrottle: {
				freeFailures: 2,
				baseDelayMs: 10_000,
				lockAfter: 4,
				lockMs: 600_000,
				accountLockAfter: 6,
				accountWindowMs: 600_000,
				accountLockMs: 60_000,
				now: () => now
			}
		});
	});
	afterAll(() => h?.stop());

	it('makes one address wait, then locks it, and releases it; the account still opens from elsewhere', async () => {
		const A = '127.0.0.1';
		expect((await signInFrom(h, A, 'canbo.c01', 'sai-1')).status).toBe(401);
		expect((await signInFrom(h, A, 'canbo.c01', 'sai-2')).status).toBe(401);
		// Past the free mistakes: even the right password waits, unchecked.
		const waiting = await signInFrom(h, A, 'canbo.c01', 'demo1234');
		expect(waiting).toMatchObject({
			status: 429,
			retryAfter: '10',
			body: { error: 'sign_in_wait' }
		});
		expect(waiting.body.reason).toContain('10 giây');
		// The officer's own tablet (another address) is not held back.
		expect((await signInFrom(h, '127.0.0.2', 'canbo.c01', 'demo1234')).status).toBe(200);

		later(10_000);
		expect((await signInFrom(h, A, 'canbo.c01', 'sai-3')).status).toBe(401);
		expect((await signInFrom(h, A, 'canbo.c01', 'sai-4')).status).toBe(429);
		later(20_000);
		expect((await signInFrom(h, A, 'canbo.c01', 'sai-4')).status).toBe(401);
		const locked = await signInFrom(h, A, 'canbo.c01', 'demo1234');
		expect(locked).toMatchObject({
			status: 429,
			retryAfter: '600',
			body: { error: 'sign_in_locked' }
		});
		expect(locked.body.reason).toContain('10 phút');

		later(600_000);
		expect((await signInFrom(h, A, 'canbo.c01', 'demo1234')).status).toBe(200);
	});

	it('locks an account guessed from many addresses for a short while only', async () => {
		for (const address of ['127.0.0.3', '127.0.0.4', '127.0.0.5'])
			for (const guess of ['sai-a', 'sai-b'])
				expect((await signInFrom(h, address, 'canbo.c02', guess)).status).toBe(401);
		const held = await signInFrom(h, '127.0.0.6', 'canbo.c02', 'demo1234');
		expect(held).toMatchObject({
			status: 429,
			retryAfter: '60',
			body: { error: 'sign_in_locked' }
		});
		later(60_000);
		expect((await signInFrom(h, '127.0.0.6', 'canbo.c02', 'demo1234')).status).toBe(200);
	});

	it('counts unknown names like real ones, so the answers do not tell which exist', async () => {
		const statuses = [];
		for (const guess of ['a', 'b', 'c'])
			statuses.push((await signInFrom(h, '127.0.0.7', 'khong.co.ai', guess)).status);
		expect(statuses).toEqual([401, 401, 429]);
	});
});

describe('HTTP Basic authentication', () => {
	let h: Harness;
	const basic = (name: string, password: string) => ({
		authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
	});
	beforeAll(async () => {
		h = await startHarness({ signInThrottle: { freeFailures: 2, baseDelayMs: 60_000 } });
	});
	afterAll(() => h?.stop());

	it('lets a standard client in with the right password, within the same rules', async () => {
		const res = await h.request('GET', `/${C01}`, { headers: basic('canbo.c01', 'demo1234') });
		expect(res.status).toBe(200);
		expect(res.body.db_name).toBe(C01);
		const session = await h.request('GET', '/_session', {
			headers: basic('canbo.c01', 'demo1234')
		});
		expect(session.body.userCtx).toEqual({ name: 'canbo.c01', roles: ['officer', 'ou:C01'] });
		expect(session.body.info.authenticated).toBe('default');
		// Its scope is the officer's: another commune stays closed.
		expect(
			(
				await h.request('GET', `/${communeDbName('C02')}`, {
					headers: basic('canbo.c01', 'demo1234')
				})
			).status
		).toBe(403);
	});

	it('answers a wrong password as CouchDB does, and the throttle counts it', async () => {
		const C02 = communeDbName('C02');
		const wrong = await h.request('GET', `/${C02}`, {
			headers: basic('canbo.c02', 'sai-mat-khau')
		});
		expect(wrong.status).toBe(401);
		expect(wrong.body).toEqual({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
		expect(wrong.headers.get('www-authenticate')).toBeNull();
		// Even where no sign-in is needed, as CouchDB does.
		expect(
			(await h.request('GET', '/_session', { headers: basic('canbo.c02', 'sai-2') })).status
		).toBe(401);
		const held = await h.request('GET', `/${C02}`, { headers: basic('canbo.c02', 'demo1234') });
		expect(held.status).toBe(429);
		expect(held.body.error).toBe('sign_in_wait');
	});

	it('stops working at once when the password changes', async () => {
		const old = basic('canbo.c03', 'demo1234');
		expect((await h.request('GET', `/${communeDbName('C03')}`, { headers: old })).status).toBe(200);
		const admin = await h.signIn('quantri');
		const path = '/_users/org.couchdb.user:canbo.c03';
		const doc = await h.request('GET', path, { cookie: admin });
		expect(
			(
				await h.request('PUT', path, {
					cookie: admin,
					body: { ...doc.body, password: 'mat-khau-moi-3' }
				})
			).status
		).toBe(201);
		expect((await h.request('GET', `/${communeDbName('C03')}`, { headers: old })).status).toBe(401);
		expect(
			(
				await h.request('GET', `/${communeDbName('C03')}`, {
					headers: basic('canbo.c03', 'mat-khau-moi-3')
				})
			).status
		).toBe(200);
	});
});

describe('the bounded queue of password checks', () => {
	let h: Harness;
	beforeAll(async () => {
		// Slow checks (2,000,000 iterations, also spent on unknown names), one at a time, one waiting.
		h = await startHarness({
			demo: false,
			admin: { name: 'quantri.cham', password: 'mat-khau-quan-tri', roles: ['admin'] },
			passwordIterations: 2_000_000,
			passwordChecks: { threads: 1, maxWaiting: 1 }
		});
	});
	afterAll(() => h?.stop());

	it('refuses at once, with Retry-After and a reason, what does not fit', async () => {
		const answers = await Promise.all(
			['mot', 'hai', 'ba', 'bon'].map((name) =>
				h.request('POST', '/_session', {
					body: { name: `khong.co.${name}`, password: 'sai-mat-khau' }
				})
			)
		);
		expect(answers.map((a) => a.status).sort()).toEqual([401, 401, 429, 429]);
		const busy = answers.find((a) => a.status === 429)!;
		expect(busy.body.error).toBe('sign_in_busy');
		expect(busy.body.reason).toContain('bận');
		expect(busy.headers.get('retry-after')).toBe('2');
		// The queue empties: the next try is checked again.
		expect(
			(
				await h.request('POST', '/_session', {
					body: { name: 'quantri.cham', password: 'mat-khau-quan-tri' }
				})
			).status
		).toBe(200);
	});
});
