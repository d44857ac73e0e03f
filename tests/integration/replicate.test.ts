import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDBModule from 'pouchdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { assessment, citizen, citizenOf } from './fixtures';
import { startHarness, type Harness } from './harness';

// A stock PouchDB 9 replicating to the gateway as canbo.c01 (issue 12.6): `new_edits: false` works,
// and every replicated revision meets the same schemas and write rules as an ordinary write,
// refused per document in CouchDB's format. PouchDB in Node keeps one cookie jar per process, so
// the cookie goes in explicitly through its `fetch` option.

// The package ships no types (src/lib/server/store/vendor.d.ts declares only what the store uses).
type Doc = { _id: string; _rev?: string; [field: string]: unknown };
interface ReplicationResult {
	ok: boolean;
	docs_written: number;
	doc_write_failures: number;
}
interface Pouch {
	bulkDocs(docs: Doc[]): Promise<unknown>;
	get(id: string): Promise<Doc & { _rev: string }>;
	put(doc: Doc): Promise<unknown>;
	close(): Promise<void>;
	replicate: {
		to(target: Pouch): Promise<ReplicationResult> & {
			on(event: 'denied', fn: (e: unknown) => void): Promise<ReplicationResult>;
		};
	};
}
const PouchDB = PouchDBModule as unknown as {
	new (name: string, options?: object): Pouch;
	fetch(url: string | Request, opts?: RequestInit): Promise<Response>;
};

let h: Harness;
let dir: string;
let cookie: string;
const C01 = communeDbName('C01');

beforeAll(async () => {
	h = await startHarness();
	cookie = await h.signIn('canbo.c01');
	dir = await mkdtemp(join(tmpdir(), 'cdht-pouch-'));
});
afterAll(async () => {
	await h?.stop();
	await rm(dir, { recursive: true, force: true });
});

function remote(as = cookie) {
	return new PouchDB(`${h.couch}/${C01}`, {
		skip_setup: true,
		fetch: (url: string | Request, opts?: RequestInit) => {
			const headers = new Headers(opts?.headers);
			headers.set('cookie', as);
			return PouchDB.fetch(url, { ...opts, headers });
		}
	});
}

let n = 0;
const local = () => new PouchDB(join(dir, `local-${++n}`));
const onServer = async (id: string) =>
	(await h.request('GET', `/${C01}/${encodeURIComponent(id)}`, { cookie })).body;

describe('PouchDB.replicate.to the gateway', () => {
	it('pushes citizens and assessments, then their next revisions, checked against the stored winner', async () => {
		const db = local();
		const a = assessment('C01');
		const c = citizenOf(a);
		await db.bulkDocs([c, a]);
		const first = await db.replicate.to(remote());
		expect(first).toMatchObject({ ok: true, docs_written: 2, doc_write_failures: 0 });
		expect((await onServer(a._id)).status).toBe('sent');

		const stored = await db.get(c._id);
		await db.put({ ...stored, fullName: 'Nguyễn Thị Bình An' });
		const second = await db.replicate.to(remote());
		expect(second).toMatchObject({ ok: true, docs_written: 1, doc_write_failures: 0 });
		const server = await onServer(c._id);
		expect(server.fullName).toBe('Nguyễn Thị Bình An');
		expect(server._rev).toBe((await db.get(c._id))._rev);
		await db.close();
	});

	it('refuses a document outside the schema, a decision an officer takes, and a conflicting branch, each alone', async () => {
		const db = local();
		const good = citizen('C01');
		const extra = { ...citizen('C01'), cccdFull: '001085012345' };
		const a = assessment('C01');
		await db.bulkDocs([good, extra, citizenOf(a), a]);
		expect(await db.replicate.to(remote())).toMatchObject({
			docs_written: 3,
			doc_write_failures: 1
		});
		expect(
			(await h.request('GET', `/${C01}/${encodeURIComponent(extra._id)}`, { cookie })).status
		).toBe(404);

		// An officer recognising its own assessment: refused as a PUT would be.
		const mine = await db.get(a._id);
		await db.put({ ...mine, status: 'recognised' });
		const denied: unknown[] = [];
		const result = await db.replicate.to(remote()).on('denied', (e) => denied.push(e));
		expect(result).toMatchObject({ docs_written: 0, doc_write_failures: 1 });
		expect(denied).toHaveLength(1);
		expect((await onServer(a._id)).status).toBe('sent');

		// The server moved on (2-x) while the local copy made its own 2-y: not grafted beside it.
		const server = await onServer(good._id);
		expect(
			(
				await h.request('PUT', `/${C01}/${encodeURIComponent(good._id)}`, {
					cookie,
					body: { ...server, fullName: 'Trên máy chủ' }
				})
			).status
		).toBe(201);
		const here = await db.get(good._id);
		await db.put({ ...here, fullName: 'Trên máy tính bảng' });
		// (The denied decision above is not sent again: the checkpoint moved past it, as on CouchDB.)
		expect(await db.replicate.to(remote())).toMatchObject({
			docs_written: 0,
			doc_write_failures: 1
		});
		expect((await onServer(good._id)).fullName).toBe('Trên máy chủ');
		const conflicts = await h.request(
			'GET',
			`/${C01}/${encodeURIComponent(good._id)}?conflicts=true`,
			{ cookie }
		);
		expect(conflicts.body._conflicts).toBeUndefined();
		await db.close();
	});

	it('answers a refused revision in CouchDB’s format, and only the failures', async () => {
		const doc = {
			...citizen('C01'),
			_rev: '1-abc',
			_revisions: { start: 1, ids: ['abc'] },
			note: 'x'
		};
		const ok = { ...citizen('C01'), _rev: '1-def', _revisions: { start: 1, ids: ['def'] } };
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie,
			body: { docs: [doc, ok], new_edits: false }
		});
		expect(res.status).toBe(201);
		expect(res.body).toEqual([
			{
				id: doc._id,
				error: 'forbidden',
				reason: expect.stringContaining('(note)'),
				issues: [{ path: 'note', message: 'err.unknownField' }]
			}
		]);
		expect((await onServer(ok._id))._rev).toBe('1-def');
		const badHistory = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie,
			body: {
				docs: [{ ...citizen('C01'), _rev: '2-abc', _revisions: { start: 2, ids: ['zzz', 'abc'] } }],
				new_edits: false
			}
		});
		expect(badHistory.body[0]).toMatchObject({
			error: 'forbidden',
			reason: expect.stringContaining('_revisions')
		});
	});
});
