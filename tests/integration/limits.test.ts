import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { assessment, citizen } from './fixtures';
import { startHarness, type Harness } from './harness';

let h: Harness;
let officer: string;
const C01 = communeDbName('C01');
const docPath = (id: string) => `/${C01}/${encodeURIComponent(id)}`;

beforeAll(async () => {
	h = await startHarness();
	officer = await h.signIn('canbo.c01');
});
afterAll(() => h?.stop());

describe('schema', () => {
	it('refuses a document failing its schema with a reason naming the field, and writes nothing', async () => {
		const doc = { ...citizen('C01'), fullName: '', birthYear: 1800 };
		const res = await h.request('PUT', docPath(doc._id), { cookie: officer, body: doc });
		expect(res.status).toBe(400);
		expect(res.body.reason).toContain('(fullName)');
		expect(res.body.reason).toContain('(birthYear)');
		expect(res.body.issues.map((i: { path: string }) => i.path)).toEqual(
			expect.arrayContaining(['fullName', 'birthYear'])
		);
		expect((await h.request('GET', docPath(doc._id), { cookie: officer })).status).toBe(404);
	});
	it('refuses an assessment whose stored result is not the recomputed one', async () => {
		const a = assessment('C01');
		const doc = {
			...a,
			result: { ...a.result, total: a.result.total - 10, recognised: !a.result.recognised }
		};
		const res = await h.request('PUT', docPath(a._id), { cookie: officer, body: doc });
		expect(res.status).toBe(400);
		expect(res.body.reason).toContain('(result)');
	});
	it('_bulk_docs with good and bad documents keeps the good ones, in request order', async () => {
		const good1 = citizen('C01');
		const bad = { ...citizen('C01'), gender: 'x' };
		const good2 = assessment('C01', { citizenId: good1._id });
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: { docs: [good1, bad, good2] }
		});
		expect(res.status).toBe(201);
		const outcome = res.body.map((r: { id: string; ok?: boolean; error?: string }) => [
			r.id,
			r.ok ?? r.error
		]);
		expect(outcome).toEqual([
			[good1._id, true],
			[bad._id, 'forbidden'],
			[good2._id, true]
		]);
		expect(res.body[1].reason).toContain('(gender)');
		expect((await h.request('GET', docPath(good2._id), { cookie: officer })).status).toBe(200);
		expect((await h.request('GET', docPath(bad._id), { cookie: officer })).status).toBe(404);
	});
});

describe('sizes and encodings', () => {
	it('accepts a gzip _bulk_docs body and answers gzip when asked', async () => {
		const docs = Array.from({ length: 50 }, () => citizen('C01'));
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: { docs },
			gzip: true
		});
		expect(res.status).toBe(201);
		expect(res.body.every((r: { ok?: boolean }) => r.ok)).toBe(true);
		const raw = await fetch(`${h.couch}/${C01}/_all_docs?include_docs=true`, {
			headers: { cookie: officer, 'accept-encoding': 'gzip' }
		});
		expect(raw.headers.get('content-encoding')).toBe('gzip');
		expect((await raw.json()).rows.length).toBeGreaterThanOrEqual(50);
	});
	it('refuses a single document over its type’s bound (a citizen: 8 KB)', async () => {
		const doc = { ...citizen('C01'), household: 'x'.repeat(100), padding: 'y'.repeat(9_000) };
		const res = await h.request('PUT', docPath(doc._id), { cookie: officer, body: doc });
		expect(res.status).toBe(413);
		const bulk = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: { docs: [doc, citizen('C01')] }
		});
		expect(bulk.body[0]).toMatchObject({ id: doc._id, error: 'too_large' });
		expect(bulk.body[1]).toMatchObject({ ok: true });
	});
	it('refuses a gzip body that inflates past the bound (a gzip bomb)', async () => {
		// 40 MB of zeros inflate from ~40 KB: past the 4 MB bound, it is cut while inflating.
		const bomb = gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20));
		expect(bomb.length).toBeLessThan(100_000);
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: bomb,
			headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }
		});
		expect(res.status).toBe(413);
		expect(res.body.error).toBe('too_large');
		expect((await h.request('GET', '/_session', { cookie: officer })).status).toBe(200);
	});
	it('refuses a corrupt gzip body, malformed JSON and a wrong content type with a reason', async () => {
		const corrupt = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: Buffer.from('not gzip at all'),
			headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }
		});
		expect(corrupt.status).toBe(400);
		const malformed = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: '{"docs": ['
		});
		expect(malformed.status).toBe(400);
		expect(malformed.body.reason).toMatch(/JSON/);
		const wrongType = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: JSON.stringify({ docs: [] }),
			headers: { 'content-type': 'text/plain' }
		});
		expect(wrongType.status).toBe(415);
		const unknownEncoding = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: '{}',
			headers: { 'content-type': 'application/json', 'content-encoding': 'br' }
		});
		expect(unknownEncoding.status).toBe(415);
		const notObject = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: [1, 2]
		});
		expect(notObject.status).toBe(400);
		const badPath = await h.request('GET', `/${C01}/%E0%A4%A`, { cookie: officer });
		expect(badPath.status).toBe(400);
	});
	it('answers oversized headers with 431, and keeps answering', async () => {
		const [status, body] = await new Promise<[number, string]>((resolve, reject) => {
			const url = new URL(`${h.couch}/_session`);
			const req = request(
				{
					host: url.hostname,
					port: url.port,
					path: url.pathname,
					headers: { 'x-big': 'z'.repeat(40_000) }
				},
				(res) => {
					let text = '';
					res.on('data', (chunk) => (text += chunk));
					res.on('end', () => resolve([res.statusCode ?? 0, text]));
				}
			);
			req.on('error', reject);
			req.end();
		});
		expect(status).toBe(431);
		expect(JSON.parse(body).reason).toMatch(/16 KB/);
		expect((await h.request('GET', '/_session')).status).toBe(200);
	});
});

describe('request rate', () => {
	it('bounds sign-in attempts per client', async () => {
		const strict = await startHarness({ signInsPerMinute: 3 });
		try {
			const statuses: number[] = [];
			for (let i = 0; i < 5; i++)
				statuses.push(
					(
						await strict.request('POST', '/_session', {
							body: { name: 'canbo.c01', password: 'sai' }
						})
					).status
				);
			expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
			expect(statuses.slice(3)).toEqual([429, 429]);
		} finally {
			await strict.stop();
		}
	});
});
