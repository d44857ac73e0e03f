import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName, CONFIG_DB } from '../../src/lib/domain/ids';
import { allowlist } from '../../src/lib/server/gateway/allowlist';
import { QUERY_PARAMS } from '../../src/lib/server/gateway/query-params';
import { APP_VIEWS } from '../../src/lib/server/provisioning/design-docs';
import { readAll, storeRequest } from '../../src/lib/server/store/target';
import { citizen } from './fixtures';
import { startHarness, type Harness } from './harness';

// Hostile and careless requests over every allow-list row: a seeded stream of query and body
// variations. Whatever comes, the answer is the gateway's JSON with a status below 500 (the store
// is up, so not even a 502), and the process lives on. FUZZ_SEED replays another stream.

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const CASES = Number(process.env.FUZZ_CASES ?? 400);

let h: Harness;
const logs: string[] = [];
const cookies: Record<string, string | null> = { anonymous: null };
const ROLES = { officer: 'canbo.c01', reviewer: 'duyet.p01', admin: 'quantri' } as const;
const C01 = communeDbName('C01');
let storedId = '';

async function signInAll() {
	for (const [role, name] of Object.entries(ROLES)) cookies[role] = await h.signIn(name);
}

beforeAll(async () => {
	h = await startHarness({ log: (msg) => logs.push(msg) });
	await signInAll();
	const doc = citizen('C01');
	const put = await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
		cookie: cookies.officer,
		body: doc
	});
	expect(put.status).toBe(201);
	storedId = doc._id;
});
afterAll(() => h?.stop());

/** mulberry32: small, fast, and the same stream for the same seed everywhere. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// The shapes that ended the process (issue #13), each refused alone with a reason.
const KILLERS: [string, string, unknown?][] = [
	['GET', '_changes?filter=_selector'],
	['GET', '_changes?filter=_doc_ids'],
	['GET', '_changes?filter=_selector&selector=%7B%22a%22%3A1%7D'],
	['GET', '_changes?filter=_selector&selector=notjson'],
	['GET', '_changes?view=x'],
	['POST', '_changes?filter=_selector', { selector: { type: 'citizen' } }],
	['POST', '_changes?filter=_doc_ids', {}],
	['POST', '_changes?filter=_selector', {}],
	['POST', '_changes?filter=_doc_ids', { selector: 'x' }],
	['POST', '_changes?filter=_selector', { selector: 'x' }]
];

describe('the _changes shapes that ended the process', () => {
	it.each(KILLERS)('%s %s is refused with 400', async (method, path, body) => {
		const res = await h.request(method, `/${CONFIG_DB}/${path}`, {
			cookie: cookies.reviewer,
			body
		});
		expect(res.status, res.text).toBe(400);
		expect(res.body).toMatchObject({ error: 'bad_request', reason: expect.any(String) });
		expect((await h.request('GET', '/')).status).toBe(200);
	});

	it('sent straight to the store as its admin, they fail alone and the store answers after', async () => {
		const { name, password } = await h.storeAdmin();
		const auth = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
		for (const [method, path, body] of KILLERS) {
			const res = await storeRequest(
				h.system.store,
				method,
				`/${CONFIG_DB}/${path}`,
				{ authorization: auth, 'content-type': 'application/json' },
				body === undefined ? undefined : Buffer.from(JSON.stringify(body))
			);
			await readAll(res);
			// The store's own answer may be a refusal, its error or even rows: what matters is that it answers.
			expect(res.statusCode, `${method} ${path}`).toBeTypeOf('number');
		}
		const alive = await storeRequest(h.system.store, 'GET', '/', {});
		await readAll(alive);
		expect(alive.statusCode).toBe(200);
	});
});

describe(`seeded fuzz over every allow-list row (seed ${SEED}, ${CASES} cases)`, () => {
	const rand = random(SEED);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

	const DBS = [
		C01,
		C01,
		C01,
		C01,
		CONFIG_DB,
		CONFIG_DB,
		communeDbName('C02'),
		'cdht-c-zz',
		'cdht-audit',
		'CDHT-C-C01'
	];
	const PARAM_NAMES = [
		...new Set(Object.values(QUERY_PARAMS).flatMap((spec) => Object.keys(spec))),
		'selector',
		'view',
		'stale',
		'update',
		'attachments',
		'limit[x]',
		'__proto__',
		'constructor',
		'q',
		'start_key',
		'end_key'
	];
	const VALUES = [
		'true',
		'false',
		'0',
		'1',
		'-1',
		'1e3',
		'2.5',
		'99999999999999999999',
		'abc',
		'"abc"',
		'[]',
		'[1]',
		'["a"]',
		'{}',
		'{"a":1}',
		'null',
		'now',
		'_doc_ids',
		'_selector',
		'_view',
		'rules/x',
		'longpoll',
		'continuous',
		'normal',
		'eventsource',
		'main_only',
		'all_docs',
		'999',
		'1000',
		'60000',
		'1-abc',
		'1-',
		'all',
		'[2026]',
		'[2026,{}]',
		'["1-abc"]',
		'',
		'%',
		'x'.repeat(3000),
		'"\\u0000"',
		'[null]',
		'{"$regex":"(a+)+$"}',
		'12-g1AAAA'
	];
	const BODIES: unknown[] = [
		{},
		{ keys: ['a', 'b'] },
		{ keys: 'x' },
		{ keys: [1, null, {}] },
		{ doc_ids: ['a'] },
		{ doc_ids: 'x' },
		{ doc_ids: [1] },
		{ selector: { type: 'citizen' } },
		{ selector: 'x' },
		{ docs: [{ id: 'a' }] },
		{ docs: [{ id: 'a', rev: 'x' }] },
		{ docs: [{ id: 'a', rev: '1-abc', atts_since: ['1-a'] }] },
		{ docs: 'x' },
		{ docs: [null] },
		{ a: ['1-abc'] },
		{ a: 'x' },
		{ a: [1] },
		[],
		'notjson',
		'{"unterminated": ',
		null,
		42,
		'"string"',
		{ new_edits: false, docs: [] },
		{ last_seq: 1 },
		{ name: 'canbo.c01', password: 'x' },
		{ name: 1, password: [] },
		{ docs: [{ type: 'citizen' }] },
		{ members: { names: 'x', roles: [1] } },
		{ nested: { deep: { deeper: [[[[[[[]]]]]]] } } },
		{ limit: 'x', include_docs: 'yes' },
		{ type: 'orgUnit', id: 'X', level: 'planet' },
		{ type: 'citizen', fullName: 'x'.repeat(5000) }
	];
	const docs = () => [
		storedId,
		'citizen:C01:nope',
		'x',
		'%E2%82',
		encodeURIComponent('a/b'),
		'..',
		'orgUnit:C01'
	];
	let ddoc = 'rules';
	const segment = (name: string): string => {
		switch (name) {
			case 'db':
				return pick(DBS);
			case 'doc':
				return pick(docs());
			case 'id':
				return pick(['checkpoint', 'x', '', encodeURIComponent('a/b')]);
			case 'userdoc':
				return pick([
					'org.couchdb.user:canbo.c01',
					'org.couchdb.user:quantri',
					'org.couchdb.user:',
					'org.couchdb.user:ke.gian'
				]);
			case 'ddoc':
				ddoc = pick([...Object.keys(APP_VIEWS), ...Object.keys(APP_VIEWS), 'evil']);
				return ddoc;
			case 'view':
				return rand() < 0.85 && APP_VIEWS[ddoc]
					? pick(APP_VIEWS[ddoc])
					: pick([...Object.values(APP_VIEWS).flat(), 'evil']);
			default:
				return name;
		}
	};
	const pathOf = (pattern: string): string => {
		if (pattern === '*')
			return pick([
				'/_all_dbs',
				'/_utils',
				`/${C01}/_find`,
				`/${C01}/_design/rules`,
				'/%',
				`/${C01}/_changes/x`
			]);
		if (pattern === '/') return '/';
		return pattern
			.slice(1)
			.split('/')
			.map((part) => (part.startsWith(':') ? segment(part.slice(1)) : part))
			.reduce((path, part) => `${path}/${part}`, '');
	};
	// Values a row takes, so that most cases get past the checks and reach the store.
	const VALID: Record<string, string[]> = {
		limit: ['1', '5', '0'],
		skip: ['0', '2'],
		since: ['0', '3', 'now'],
		style: ['main_only', 'all_docs'],
		feed: ['normal', 'longpoll'],
		heartbeat: ['1000'],
		timeout: ['1000'],
		filter: ['_doc_ids'],
		doc_ids: ['["a"]', '[]'],
		startkey: ['"a"', '[2026]'],
		endkey: ['"z"', '[2026,{}]'],
		key: ['"a"', '[2026]'],
		keys: ['["a","b"]', '[]'],
		group_level: ['1', '4'],
		rev: ['1-abc'],
		open_revs: ['all', '["1-abc"]']
	};
	const valueOf = (name: string, row: string): string => {
		const spec = QUERY_PARAMS[row] ?? {};
		if (rand() < 0.7 && VALID[name]) return pick(VALID[name]);
		if (rand() < 0.7 && Object.hasOwn(spec, name) && spec[name].test('true'))
			return pick(['true', 'false']);
		return pick(VALUES);
	};
	const queryOf = (row: string, plausible: boolean): string => {
		const parts: string[] = [];
		const own = Object.keys(QUERY_PARAMS[row] ?? {});
		const n = plausible && !own.length ? 0 : Math.floor(rand() * 4);
		for (let i = 0; i < n; i++) {
			const name = own.length && (plausible || rand() < 0.85) ? pick(own) : pick(PARAM_NAMES);
			const value = plausible && VALID[name] ? pick(VALID[name]) : valueOf(name, row);
			parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
		}
		if (plausible) return parts.length ? `?${[...new Set(parts)].join('&')}` : '';
		if (parts.length && rand() < 0.1) parts.push(parts[0]);
		if (rand() < 0.05) parts.push('limit%5B%5D=1');
		return parts.length ? `?${parts.join('&')}` : '';
	};

	// CouchDB's own `_` fields, for the rows that forward a body as it is. The write rows' bodies
	// (`_bulk_docs`, document PUT) are the write rules' business and get their own tests.
	const UNDERSCORED: unknown[] = [
		{ _rev: 'x' },
		{ _rev: '1-abc', last_seq: 2 },
		{ _id: '_local/other' },
		{ _deleted: true },
		{ _revisions: { start: 1, ids: ['x'] } },
		{ _attachments: { 'a.txt': { content_type: 'text/plain', data: 'aGk=' } } },
		{ _attachments: { x: { stub: true } } },
		{ _conflicts: ['1-a'] }
	];
	const RAW_BODY_ROWS = new Set([
		'db.localPut',
		'db.changes',
		'db.allDocs',
		'db.bulkGet',
		'db.revsDiff',
		'db.view'
	]);
	const hostileBody = (row: string): unknown =>
		RAW_BODY_ROWS.has(row) && rand() < 0.4 ? pick(UNDERSCORED) : pick(BODIES);

	const plausibleBody = (row: string): unknown => {
		switch (row) {
			case 'db.changes':
				return pick([{}, { doc_ids: [storedId] }]);
			case 'db.allDocs':
			case 'db.view':
				return { keys: [storedId, 'x'] };
			case 'db.bulkGet':
				return { docs: [{ id: storedId }, { id: 'x' }] };
			case 'db.revsDiff':
				return { [storedId]: ['1-abc', '2-def'] };
			case 'db.localPut':
				return { last_seq: Math.floor(rand() * 10) };
			case 'session.signIn':
				return { name: 'canbo.c01', password: 'demo1234' };
			case 'doc.put':
			case 'db.bulkDocs': {
				const doc = citizen('C01');
				return row === 'doc.put' ? doc : { docs: [doc] };
			}
			default:
				return pick(BODIES);
		}
	};

	it('answers every case with the gateway’s JSON below 500, and still answers after', async () => {
		console.log(`fuzz: seed ${SEED}, ${CASES} cases (FUZZ_SEED=${SEED} replays them)`);
		const failures: string[] = [];
		let refused = 0;
		let answered = 0;
		for (let i = 0; i < CASES; i++) {
			// Half the cases are what a client of that row would send, so they reach the store; the
			// other half anything at all.
			const plausible = rand() < 0.5;
			const route = pick(allowlist);
			const method = pick(route.methods);
			const path = pathOf(route.path) + queryOf(route.id, plausible);
			const role = plausible
				? pick(['officer', 'admin'])
				: pick(['anonymous', 'officer', 'reviewer', 'admin']);
			const hasBody = method === 'POST' || method === 'PUT';
			const body = !hasBody
				? undefined
				: plausible
					? plausibleBody(route.id)
					: rand() < 0.9
						? hostileBody(route.id)
						: undefined;
			const headers: Record<string, string> = {};
			if (body !== undefined && rand() < 0.1)
				headers['content-type'] = pick([
					'text/plain',
					'application/x-www-form-urlencoded',
					'application/jsonx'
				]);
			const label = `#${i} ${role} ${method} ${path.slice(0, 200)} ${JSON.stringify(body ?? null).slice(0, 120)}`;
			// A long-poll with nothing new waits for a change: the client gives up, as a tablet would.
			const pending = h.request(method, path, {
				cookie: cookies[role],
				body,
				headers,
				gzip: rand() < 0.1
			});
			pending.catch(() => {}); // a long-poll given up is cut when the server stops
			const res = await Promise.race([
				pending,
				new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000))
			]);
			if (res === null) {
				if (!/feed=longpoll/.test(path)) failures.push(`${label}: no answer`);
				continue;
			}
			if (process.env.FUZZ_VERBOSE) console.log(res.status, route.id, res.body?.reason ?? '');
			if (res.status >= 400) refused++;
			else answered++;
			if (res.status >= 500) failures.push(`${label}: ${res.status} ${res.text.slice(0, 200)}`);
			else if (
				res.status >= 400 &&
				method !== 'HEAD' &&
				!(typeof res.body?.error === 'string' && typeof res.body?.reason === 'string')
			)
				failures.push(`${label}: ${res.status} without {error, reason}: ${res.text.slice(0, 200)}`);
			if (/<html|\bat \w+ \(|\/tmp\/|node_modules/i.test(res.text))
				failures.push(`${label}: leaks ${res.text.slice(0, 200)}`);
			// Signing out, or re-setting one's own password, ends that session: take fresh ones.
			if ((route.id === 'session.signOut' || route.id === 'users.put') && res.status < 300)
				await signInAll();
		}
		console.log(
			`fuzz: ${CASES} cases, ${answered} answered, ${refused} refused, ${failures.length} failures`
		);
		expect(failures).toEqual([]);
		expect(logs.filter((line) => /unawaited|failed/.test(line))).toEqual([]);
		expect((await h.request('GET', '/')).status).toBe(200);
		expect((await h.request('GET', `/${C01}`, { cookie: cookies.officer })).status).toBe(200);
	});
});
