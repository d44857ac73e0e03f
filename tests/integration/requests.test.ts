import { chmod, readdir, stat } from 'node:fs/promises';
import { request, type ClientRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName, CONFIG_DB } from '../../src/lib/domain/ids';
import { readAll, storeRequest } from '../../src/lib/server/store/target';
import { couchUnderTest } from '../store';
import { citizen } from './fixtures';
import { startHarness, type Harness } from './harness';

// Issue #13, items 3, 4, 10 and 11: what a careless or hostile request leaves behind.

const C01 = communeDbName('C01');
let h: Harness;
const logs: string[] = [];
let officer: string;

beforeAll(async () => {
	h = await startHarness({ log: (msg) => logs.push(msg) });
	officer = await h.signIn('canbo.c01');
});
afterAll(() => h?.stop());

describe('errors say what and stop there', () => {
	it('refuses a repeated query parameter instead of reading one of the two', async () => {
		const res = await h.request('GET', `/${C01}/_changes?limit=1&limit=1000`, { cookie: officer });
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			error: 'bad_request',
			reason: 'Tham số "limit" chỉ được gửi một lần.'
		});
	});

	it('refuses a parameter the row does not read, and a value of the wrong kind', async () => {
		const unknown = await h.request('GET', `/${C01}/_all_docs?limit%5Bx%5D=1`, { cookie: officer });
		expect(unknown.status).toBe(400);
		expect(unknown.body).toEqual({
			error: 'bad_request',
			reason: 'Tham số "limit[x]" không dùng được ở địa chỉ này.'
		});
		const wrong = await h.request('GET', `/${C01}/_all_docs?include_docs=yes`, { cookie: officer });
		expect(wrong.status).toBe(400);
		expect(wrong.body).toEqual({
			error: 'bad_request',
			reason: 'Tham số "include_docs" phải là true hoặc false.'
		});
	});

	it('refuses a body field a reading row does not take', async () => {
		const res = await h.request('POST', `/${C01}/_all_docs`, {
			cookie: officer,
			body: { keys: ['a'], include_docs: 'x' }
		});
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			error: 'bad_request',
			reason: 'Trường "include_docs" không dùng được ở địa chỉ này.'
		});
	});

	// The embedded store's own behaviour; Apache CouchDB has its own JSON errors.
	it.runIf(!couchUnderTest)(
		'has the store answer its own exceptions as JSON, without a stack trace or a path',
		async () => {
			// Express's default error page (HTML, with the stack and the server's paths) answered an
			// undecodable path; the gateway never forwards one, but nothing of the store shows it either.
			const { name, password } = await h.storeAdmin();
			const res = await storeRequest(h.system.store, 'GET', `/${CONFIG_DB}/%E0%A4%A`, {
				authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`
			});
			const text = (await readAll(res)).toString('utf8');
			expect(res.statusCode).toBe(400);
			expect(res.headers['content-type']).toMatch(/^application\/json/);
			expect(JSON.parse(text)).toEqual({
				error: 'bad_request',
				reason: 'Máy chủ dữ liệu không xử lý được yêu cầu này.'
			});
		}
	);

	it('passes a store refusal on as JSON with its status', async () => {
		const res = await h.request('GET', `/${C01}/${encodeURIComponent('citizen:C01:khong-co')}`, {
			cookie: officer
		});
		expect(res.status).toBe(404);
		expect(res.headers.get('content-type')).toMatch(/^application\/json/);
		expect(res.body).toMatchObject({ error: 'not_found', reason: expect.any(String) });
	});
});

// The embedded store runs in this process, so its timers can be counted here.
describe.runIf(!couchUnderTest)('an aborted long-poll leaves nothing running', () => {
	const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
	const until = async (condition: () => boolean) => {
		for (let i = 0; i < 100 && !condition(); i++)
			await new Promise((resolve) => setTimeout(resolve, 50));
	};

	it('stops the store’s heartbeat and feed, and logs nothing', async () => {
		logs.length = 0;
		const clients = await Promise.all(
			Array.from(
				{ length: 5 },
				() =>
					new Promise<ClientRequest>((resolve) => {
						const req = request(
							`${h.couch}/${C01}/_changes?feed=longpoll&since=now&heartbeat=1000`,
							{ headers: { cookie: officer } }
						);
						req.on('error', () => {});
						// The store starts its answer at once, then waits for a change with a heartbeat timer.
						req.on('response', () => resolve(req));
						req.end();
					})
			)
		);
		// The store runs in this process: its heartbeat timers are among ours.
		const open = timers();
		expect(open).toBeGreaterThanOrEqual(5);
		for (const req of clients) req.destroy();
		await until(() => timers() <= open - 5);
		expect(timers()).toBeLessThanOrEqual(open - 5);
		expect(logs).toEqual([]);
		// The feed still works for the next client.
		expect(
			(
				await h.request('GET', `/${C01}/_changes?feed=longpoll&since=0&limit=1`, {
					cookie: officer
				})
			).status
		).toBe(200);
	});
});

// The embedded store's files; with Apache CouchDB the data dir holds only the two secrets (0600).
describe.runIf(!couchUnderTest)('files at rest', () => {
	async function modes(dir: string, out: { path: string; mode: number; dir: boolean }[] = []) {
		for (const entry of await readdir(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) {
				out.push({ path, mode: (await stat(path)).mode & 0o777, dir: true });
				await modes(path, out);
			} else if (entry.isFile())
				out.push({ path, mode: (await stat(path)).mode & 0o777, dir: false });
		}
		return out;
	}
	const loose = (entries: { path: string; mode: number; dir: boolean }[]) =>
		entries
			.filter((e) => e.mode !== (e.dir ? 0o700 : 0o600))
			.map((e) => `${e.path} ${e.mode.toString(8)}`);

	it('are the owner’s only after a start and a write, the store’s LevelDB files and config.json included', async () => {
		const doc = citizen('C01');
		expect(
			(
				await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
					cookie: officer,
					body: doc
				})
			).status
		).toBe(201);
		const entries = await modes(h.dataDir);
		expect(entries.map((e) => e.path)).toContain(join(h.dataDir, 'store', 'config.json'));
		expect(entries.filter((e) => !e.dir).length).toBeGreaterThan(10);
		expect(loose(entries)).toEqual([]);
	});

	it('are tightened at start when an older version left them open', async () => {
		const config = join(h.dataDir, 'store', 'config.json');
		await chmod(config, 0o644);
		await chmod(join(h.dataDir, 'store'), 0o755);
		await h.restart({ log: (msg) => logs.push(msg) });
		officer = await h.signIn('canbo.c01');
		expect(loose(await modes(h.dataDir))).toEqual([]);
	});
});

describe('X-Forwarded-For behind TRUST_PROXY hops', () => {
	const hammer = async (proxied: Harness, forwardedFor: (i: number) => string, times: number) => {
		const statuses: number[] = [];
		for (let i = 0; i < times; i++)
			statuses.push(
				(await proxied.request('GET', '/', { headers: { 'x-forwarded-for': forwardedFor(i) } }))
					.status
			);
		return statuses;
	};

	it('with one hop, a client naming itself anew each time is still one client', async () => {
		const proxied = await startHarness({ trustProxy: 1, requestsPerMinute: 5 });
		try {
			const statuses = await hammer(proxied, (i) => `198.51.100.${i}, 203.0.113.7`, 6);
			expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
			// Another client behind the same proxy has its own allowance.
			expect(await hammer(proxied, () => '203.0.113.8', 1)).toEqual([200]);
		} finally {
			await proxied.stop();
		}
	});

	it('with two hops, the address two from the right is the client', async () => {
		const proxied = await startHarness({ trustProxy: 2, requestsPerMinute: 5 });
		try {
			const statuses = await hammer(proxied, (i) => `198.51.100.${i}, 203.0.113.7, 10.0.0.${i}`, 6);
			expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
			expect(await hammer(proxied, () => '198.51.100.1, 203.0.113.8, 10.0.0.1', 1)).toEqual([200]);
		} finally {
			await proxied.stop();
		}
	});
});

describe('the configuration database is no different', () => {
	it('refuses a repeated parameter there too', async () => {
		const res = await h.request(
			'GET',
			`/${CONFIG_DB}/_all_docs?include_docs=true&include_docs=false`,
			{ cookie: officer }
		);
		expect(res.status).toBe(400);
		expect(res.body).toEqual({
			error: 'bad_request',
			reason: 'Tham số "include_docs" chỉ được gửi một lần.'
		});
	});
});
