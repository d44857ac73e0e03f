import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { citizen } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

// Where the embedded store and Apache CouchDB answer differently on their own, the gateway answers
// one status and one reason on both: these run in CI on each store.

let h: Harness;
let cookies: Record<DemoName, string>;
const C01 = communeDbName('C01');

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

describe('one answer, whichever store', () => {
	it('a signed-in user outside the commune: 403 forbidden on every read and write', async () => {
		const doc = citizen('C01');
		const tries = [
			h.request('GET', `/${C01}`, { cookie: cookies['canbo.c02'] }),
			h.request('GET', `/${C01}/_all_docs`, { cookie: cookies['canbo.c02'] }),
			h.request('GET', `/${C01}/_changes`, { cookie: cookies['duyet.d01'] }),
			h.request('POST', `/${C01}/_bulk_docs`, {
				cookie: cookies['canbo.c02'],
				body: { docs: [doc] }
			}),
			h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
				cookie: cookies['canbo.c02'],
				body: doc
			})
		];
		for (const res of await Promise.all(tries)) {
			expect(res.status, res.text).toBe(403);
			expect(res.body.error).toBe('forbidden');
		}
	});

	it('nobody signed in: 401 unauthorized', async () => {
		const res = await h.request('GET', `/${C01}/_all_docs`);
		expect(res.status).toBe(401);
		expect(res.body.error).toBe('unauthorized');
	});

	it('a _rev on an id the store does not have: 409 conflict, on PUT and in _bulk_docs', async () => {
		const doc = { ...citizen('C01'), _rev: '1-0123456789abcdef0123456789abcdef' };
		const put = await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
			cookie: cookies['canbo.c01'],
			body: doc
		});
		expect(put.status, put.text).toBe(409);
		expect(put.body.error).toBe('conflict');
		const bulk = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: cookies['canbo.c01'],
			body: { docs: [doc] }
		});
		expect(bulk.status, bulk.text).toBe(201);
		expect(bulk.body).toEqual([expect.objectContaining({ id: doc._id, error: 'conflict' })]);
	});

	it('a document that does not exist: 404 not_found', async () => {
		const res = await h.request('GET', `/${C01}/citizen%3AC01%3A01J00000000000000000000000`, {
			cookie: cookies['canbo.c01']
		});
		expect(res.status).toBe(404);
		expect(res.body.error).toBe('not_found');
	});
});
