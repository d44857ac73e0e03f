import { describe, expect, it } from 'vitest';
import { gunzip } from './gzip';
import { createTransport, SyncFailure } from './transport';
import { encode } from './wire';

interface Seen {
	url: string;
	init: RequestInit;
}

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
	const seen: Seen[] = [];
	const f = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
		seen.push({ url: String(input), init });
		return respond(String(input), init);
	}) as typeof fetch;
	return { fetch: f, seen };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('bulkDocs', () => {
	it('posts a gzip body with Content-Encoding, to the database, and counts the bytes sent', async () => {
		const { fetch, seen } = fakeFetch(() => json([{ id: 'a', ok: true, rev: '1-x' }], 201));
		const t = createTransport({ baseUrl: 'http://host/couch/', fetch });
		const results = await t.bulkDocs('cdht-c-c01', [encode({ _id: 'a', fullName: 'Đặng Thị Hồng' })]);
		expect(results).toEqual([{ id: 'a', ok: true, rev: '1-x' }]);
		expect(seen[0].url).toBe('http://host/couch/cdht-c-c01/_bulk_docs');
		expect(seen[0].init.method).toBe('POST');
		expect((seen[0].init.headers as Record<string, string>)['Content-Encoding']).toBe('gzip');
		const body = seen[0].init.body as Uint8Array<ArrayBuffer>;
		expect(JSON.parse(await gunzip(body))).toEqual({ docs: [{ _id: 'a', fullName: 'Đặng Thị Hồng' }] });
		expect(t.stats).toMatchObject({ requests: 1, sentBytes: body.byteLength });
	});

	it('sends plain JSON when gzip is off', async () => {
		const { fetch, seen } = fakeFetch(() => json([], 201));
		await createTransport({ baseUrl: '/couch', fetch, gzip: false }).bulkDocs('db', [encode({ _id: 'a' })]);
		expect((seen[0].init.headers as Record<string, string>)['Content-Encoding']).toBeUndefined();
		expect(new TextDecoder().decode(seen[0].init.body as Uint8Array)).toBe('{"docs":[{"_id":"a"}]}');
	});

	it.each([
		[401, 'auth'],
		[403, 'forbidden'],
		[413, 'tooLarge'],
		[400, 'rejected'],
		[500, 'server'],
		[502, 'server'],
		[429, 'server']
	])('HTTP %i is a %s failure, with the server’s reason', async (status, kind) => {
		const { fetch } = fakeFetch(() => json({ error: 'x', reason: 'Tên không hợp lệ' }, status));
		const failure = await createTransport({ baseUrl: '/couch', fetch }).bulkDocs('db', [encode({ _id: 'a' })]).catch((e) => e);
		expect(failure).toBeInstanceOf(SyncFailure);
		expect(failure).toMatchObject({ kind, status, message: 'Tên không hợp lệ' });
	});

	it('a connection that fails, or an answer cut short, is a network failure', async () => {
		const refused = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
		await expect(createTransport({ baseUrl: '/couch', fetch: refused.fetch }).bulkDocs('db', [])).rejects.toMatchObject({ kind: 'network' });
		const cut = fakeFetch(() => new Response(new ReadableStream({ start: (c) => c.error(new Error('socket hang up')) })));
		await expect(createTransport({ baseUrl: '/couch', fetch: cut.fetch }).bulkDocs('db', [])).rejects.toMatchObject({ kind: 'network' });
	});

	it('an unreadable 200 is not taken for an answer', async () => {
		const { fetch } = fakeFetch(() => new Response('[{"id":"a","ok":tr', { status: 201 }));
		await expect(createTransport({ baseUrl: '/couch', fetch }).bulkDocs('db', [])).rejects.toMatchObject({ kind: 'server' });
	});

	it('gives up on a stalled request', async () => {
		const { fetch } = fakeFetch((_url, init) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
		await expect(createTransport({ baseUrl: '/couch', fetch, timeoutMs: 20 }).bulkDocs('db', [])).rejects.toMatchObject({ kind: 'network' });
	});
});

describe('changes and getDocs', () => {
	it('reads the changes feed since a checkpoint, without documents', async () => {
		const { fetch, seen } = fakeFetch(() => json({ results: [{ seq: 3, id: 'a', changes: [{ rev: '1-a' }] }], last_seq: 3 }));
		const page = await createTransport({ baseUrl: '/couch', fetch }).changes('cdht-config', '2-x', 100);
		expect(page.last_seq).toBe(3);
		const url = new URL(seen[0].url, 'http://h');
		expect(url.pathname).toBe('/couch/cdht-config/_changes');
		expect(Object.fromEntries(url.searchParams)).toEqual({ since: '2-x', limit: '100', style: 'main_only' });
	});

	it('fetches current versions by id; missing and deleted ones are null', async () => {
		const { fetch, seen } = fakeFetch(() =>
			json({ rows: [{ key: 'a', doc: { _id: 'a', _rev: '2-a' } }, { key: 'b', error: 'not_found' }, { key: 'c', value: { deleted: true }, doc: null }] })
		);
		const docs = await createTransport({ baseUrl: '/couch', fetch }).getDocs('db', ['a', 'b', 'c']);
		expect([...docs]).toEqual([['a', { _id: 'a', _rev: '2-a' }], ['b', null], ['c', null]]);
		expect(seen[0].url).toBe('/couch/db/_all_docs?include_docs=true');
		expect(JSON.parse(new TextDecoder().decode(seen[0].init.body as Uint8Array))).toEqual({ keys: ['a', 'b', 'c'] });
	});
});
