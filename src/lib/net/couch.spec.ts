import { describe, expect, it } from 'vitest';
import { gunzip } from './gzip';
import { createCouch } from './couch';
import { CouchFailure } from './failure';
import { encode } from '$lib/sync/wire';

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

const json = (body: unknown, status = 200) =>
	new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('bulkDocs', () => {
	it('posts a gzip body with Content-Encoding, to the database, and counts the bytes sent', async () => {
		const { fetch, seen } = fakeFetch(() => json([{ id: 'a', ok: true, rev: '1-x' }], 201));
		const t = createCouch({ baseUrl: 'http://host/couch/', fetch });
		const results = await t.bulkDocs('cdht-c-c01', [
			encode({ _id: 'a', fullName: 'Đặng Thị Hồng' })
		]);
		expect(results).toEqual([{ id: 'a', ok: true, rev: '1-x' }]);
		expect(seen[0].url).toBe('http://host/couch/cdht-c-c01/_bulk_docs');
		expect(seen[0].init.method).toBe('POST');
		expect((seen[0].init.headers as Record<string, string>)['Content-Encoding']).toBe('gzip');
		const body = seen[0].init.body as Uint8Array<ArrayBuffer>;
		expect(JSON.parse(await gunzip(body))).toEqual({
			docs: [{ _id: 'a', fullName: 'Đặng Thị Hồng' }]
		});
		expect(t.stats).toMatchObject({ requests: 1, sentBytes: body.byteLength });
	});

	it('sends plain JSON when gzip is off', async () => {
		const { fetch, seen } = fakeFetch(() => json([], 201));
		await createCouch({ baseUrl: '/couch', fetch, gzip: false }).bulkDocs('db', [
			encode({ _id: 'a' })
		]);
		expect((seen[0].init.headers as Record<string, string>)['Content-Encoding']).toBeUndefined();
		expect(new TextDecoder().decode(seen[0].init.body as Uint8Array)).toBe(
			'{"docs":[{"_id":"a"}]}'
		);
	});

	it.each([
		[401, 'auth'],
		[403, 'forbidden'],
		[413, 'tooLarge'],
		[400, 'rejected'],
		[409, 'conflict'],
		[500, 'server'],
		[502, 'server'],
		[429, 'server']
	])('HTTP %i is a %s failure, with the server’s reason', async (status, kind) => {
		const { fetch } = fakeFetch(() => json({ error: 'x', reason: 'Tên không hợp lệ' }, status));
		const failure = await createCouch({ baseUrl: '/couch', fetch })
			.bulkDocs('db', [encode({ _id: 'a' })])
			.catch((e) => e);
		expect(failure).toBeInstanceOf(CouchFailure);
		expect(failure).toMatchObject({ kind, status, message: 'Tên không hợp lệ' });
	});

	it('a connection that fails, or an answer cut short, is a network failure', async () => {
		const refused = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
		await expect(
			createCouch({ baseUrl: '/couch', fetch: refused.fetch }).bulkDocs('db', [])
		).rejects.toMatchObject({ kind: 'network' });
		const cut = fakeFetch(
			() => new Response(new ReadableStream({ start: (c) => c.error(new Error('socket hang up')) }))
		);
		await expect(
			createCouch({ baseUrl: '/couch', fetch: cut.fetch }).bulkDocs('db', [])
		).rejects.toMatchObject({ kind: 'network' });
	});

	it('an unreadable 200 is not taken for an answer', async () => {
		const { fetch } = fakeFetch(() => new Response('[{"id":"a","ok":tr', { status: 201 }));
		await expect(
			createCouch({ baseUrl: '/couch', fetch }).bulkDocs('db', [])
		).rejects.toMatchObject({ kind: 'server' });
	});

	it('gives up on a stalled request', async () => {
		const { fetch } = fakeFetch(
			(_url, init) =>
				new Promise((_, reject) =>
					init.signal!.addEventListener('abort', () =>
						reject(new DOMException('aborted', 'AbortError'))
					)
				)
		);
		await expect(
			createCouch({ baseUrl: '/couch', fetch, timeoutMs: 20 }).bulkDocs('db', [])
		).rejects.toMatchObject({ kind: 'network' });
	});
});

describe('changes and getDocs', () => {
	it('reads the changes feed since a checkpoint, without documents', async () => {
		const { fetch, seen } = fakeFetch(() =>
			json({ results: [{ seq: 3, id: 'a', changes: [{ rev: '1-a' }] }], last_seq: 3 })
		);
		const page = await createCouch({ baseUrl: '/couch', fetch }).changes('cdht-config', '2-x', 100);
		expect(page.last_seq).toBe(3);
		const url = new URL(seen[0].url, 'http://h');
		expect(url.pathname).toBe('/couch/cdht-config/_changes');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			since: '2-x',
			limit: '100',
			style: 'main_only'
		});
	});

	it('fetches current versions by id; missing and deleted ones are null', async () => {
		const { fetch, seen } = fakeFetch(() =>
			json({
				rows: [
					{ key: 'a', doc: { _id: 'a', _rev: '2-a' } },
					{ key: 'b', error: 'not_found' },
					{ key: 'c', value: { deleted: true }, doc: null }
				]
			})
		);
		const docs = await createCouch({ baseUrl: '/couch', fetch }).getDocs('db', ['a', 'b', 'c']);
		expect([...docs]).toEqual([
			['a', { _id: 'a', _rev: '2-a' }],
			['b', null],
			['c', null]
		]);
		expect(seen[0].url).toBe('/couch/db/_all_docs?include_docs=true');
		expect(JSON.parse(new TextDecoder().decode(seen[0].init.body as Uint8Array))).toEqual({
			keys: ['a', 'b', 'c']
		});
	});
});

describe('the calls the reviewer and the administrator make', () => {
	it('get, put and delete go to the path under the base, with JSON bodies', async () => {
		const { fetch, seen } = fakeFetch(() => json({ ok: true, rev: '2-b' }));
		const couch = createCouch({ baseUrl: '/couch/', fetch });
		await couch.get('/_users/_all_docs');
		expect(await couch.put('/cdht-config/orgUnit%3AC01', { _id: 'orgUnit:C01' })).toEqual({
			ok: true,
			rev: '2-b'
		});
		await couch.delete('/cdht-config/target%3AC01?rev=1-a');
		expect(seen.map((s) => [s.init.method, s.url])).toEqual([
			['GET', '/couch/_users/_all_docs'],
			['PUT', '/couch/cdht-config/orgUnit%3AC01'],
			['DELETE', '/couch/cdht-config/target%3AC01?rev=1-a']
		]);
		expect(JSON.parse(new TextDecoder().decode(seen[1].init.body as Uint8Array))).toEqual({
			_id: 'orgUnit:C01'
		});
	});

	it('a refusal carries the status, the reason and the field issues', async () => {
		const issues = [{ path: 'name', message: 'org.nameRequired' }];
		const { fetch } = fakeFetch(() =>
			json({ error: 'forbidden', reason: 'Thiếu tên', issues }, 403)
		);
		const failure = await createCouch({ baseUrl: '/couch', fetch })
			.put('/x/y', {})
			.catch((e) => e);
		expect(failure).toBeInstanceOf(CouchFailure);
		expect(failure).toMatchObject({ kind: 'forbidden', status: 403, reason: 'Thiếu tên', issues });
	});

	it('an error page that is not JSON is classified by its status', async () => {
		const { fetch } = fakeFetch(
			() => new Response('<html>Unauthorized</html>', { status: 401, statusText: 'Unauthorized' })
		);
		await expect(createCouch({ baseUrl: '/couch', fetch }).get('/_session')).rejects.toMatchObject({
			kind: 'auth',
			status: 401
		});
	});

	it('queries a view with JSON parameters, and posts keys', async () => {
		const { fetch, seen } = fakeFetch(() => json({ rows: [] }));
		const couch = createCouch({ baseUrl: '/couch', fetch });
		await couch.view('cdht-c-c01', 'rules', 'review_report', { startkey: [2026], group_level: 4 });
		await couch.view('cdht-c-c01', 'rules', 'review_twins', {}, [['x', 1]]);
		const url = new URL(seen[0].url, 'http://h');
		expect(url.pathname).toBe('/couch/cdht-c-c01/_design/rules/_view/review_report');
		expect(Object.fromEntries(url.searchParams)).toEqual({ startkey: '[2026]', group_level: '4' });
		expect(seen[1].init.method).toBe('POST');
		expect(JSON.parse(new TextDecoder().decode(seen[1].init.body as Uint8Array))).toEqual({
			keys: [['x', 1]]
		});
	});

	it('docs come in the order asked, null where missing; docsWithPrefix reads an id range', async () => {
		const { fetch, seen } = fakeFetch((url) =>
			url.includes('startkey')
				? json({ rows: [{ doc: { _id: 'orgUnit:C01' } }, {}] })
				: json({
						rows: [
							{ key: 'b', error: 'not_found' },
							{ key: 'a', doc: { _id: 'a' } }
						]
					})
		);
		const couch = createCouch({ baseUrl: '/couch', fetch });
		expect(await couch.docs('db', ['b', 'a'])).toEqual([null, { _id: 'a' }]);
		expect(await couch.docs('db', [])).toEqual([]);
		expect(await couch.docsWithPrefix('cdht-config', 'orgUnit:')).toEqual([{ _id: 'orgUnit:C01' }]);
		expect(Object.fromEntries(new URL(seen[1].url, 'http://h').searchParams)).toEqual({
			include_docs: 'true',
			startkey: '"orgUnit:"',
			endkey: '"orgUnit:\ufff0"'
		});
	});

	it('with timeoutMs 0 a slow answer is waited for', async () => {
		const { fetch } = fakeFetch(
			(_url, init) =>
				new Promise((resolve) =>
					setTimeout(() => resolve(init.signal!.aborted ? json({}, 500) : json({ ok: true })), 40)
				)
		);
		expect(await createCouch({ baseUrl: '/couch', fetch, timeoutMs: 0 }).get('/')).toEqual({
			ok: true
		});
	});
});
