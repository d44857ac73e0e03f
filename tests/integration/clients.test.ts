import Nano from 'nano';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { citizen } from './fixtures';
import { startHarness, type Harness } from './harness';

// Standard CouchDB clients through /couch, as they would use CouchDB itself, within the same rules:
// nano 11 (cookie from nano.auth, then calls), HTTP Basic as curl -u sends it.

let h: Harness;
const C01 = communeDbName('C01');

beforeAll(async () => {
	h = await startHarness();
});
afterAll(() => h?.stop());

describe('nano 11', () => {
	it('signs in with nano.auth, then reads and inserts in its commune with the same rules', async () => {
		// parseUrl: false, or nano reads the URL's last path segment (`couch`) as a database name.
		const couch = Nano({ url: h.couch, parseUrl: false } as Nano.Configuration); // parseUrl: in nano's code, not in its types
		const session = await couch.auth('canbo.c01', 'demo1234');
		expect(session).toMatchObject({ ok: true, name: 'canbo.c01' });
		const db = couch.db.use<Record<string, unknown>>(C01);
		expect((await db.info()).db_name).toBe(C01);
		const doc = citizen('C01');
		const inserted = await db.insert(doc);
		expect(inserted).toMatchObject({ ok: true, id: doc._id });
		expect((await db.get(doc._id)).fullName).toBe(doc.fullName);
		// The same rules: another commune stays closed, a bad document is refused with a reason.
		await expect(couch.db.use(communeDbName('C02')).info()).rejects.toMatchObject({
			statusCode: 403
		});
		await expect(db.insert({ ...citizen('C01'), birthYear: 1800 })).rejects.toMatchObject({
			statusCode: 400,
			error: 'bad_request'
		});
	});
});

describe('HTTP Basic', () => {
	const basic = (name: string, password: string) => ({
		authorization: 'Basic ' + Buffer.from(`${name}:${password}`).toString('base64')
	});

	it('reads and writes as that user, as curl -u does', async () => {
		const doc = citizen('C01');
		const put = await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
			headers: basic('canbo.c01', 'demo1234'),
			body: doc
		});
		expect(put.status, put.text).toBe(201);
		const read = await h.request('GET', `/${C01}/${encodeURIComponent(doc._id)}`, {
			headers: basic('canbo.c01', 'demo1234')
		});
		expect(read.body.fullName).toBe(doc.fullName);
	});

	it('a wrong password is CouchDB’s 401', async () => {
		const res = await h.request('GET', `/${C01}`, { headers: basic('canbo.c01', 'sai-mat-khau') });
		expect(res.status).toBe(401);
		expect(res.body.error).toBe('unauthorized');
	});
});
