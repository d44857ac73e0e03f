import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName, CONFIG_DB } from '../../src/lib/domain/ids';
import { readAll, storeRequest } from '../../src/lib/server/store/target';
import { citizen } from './fixtures';
import { startHarness, type Harness } from './harness';

// Every hole STACK.md lists for the embedded store, tried through /couch as anonymous and as an
// officer of another commune: refused by the gateway, and the server still answers afterwards.

let h: Harness;
let otherOfficer: string;
const C01 = communeDbName('C01');

beforeAll(async () => {
	h = await startHarness();
	const owner = await h.signIn('canbo.c01');
	const doc = citizen('C01', { fullName: 'Bí Mật' });
	await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, { cookie: owner, body: doc });
	otherOfficer = await h.signIn('canbo.c02');
});
afterAll(() => h?.stop());

const holes: [string, string, unknown?][] = [
	['POST', `/${C01}/_bulk_get`, { docs: [{ id: 'x' }] }],
	['POST', `/${C01}/_find`, { selector: {} }],
	['POST', `/${C01}/_explain`, { selector: {} }],
	['POST', `/${C01}/_index`, { index: { fields: ['fullName'] } }],
	['GET', `/${C01}/_index`],
	['GET', '/_all_dbs'],
	['GET', '/_utils'],
	['GET', '/_utils/index.html'],
	['GET', '/_uuids'],
	['GET', '/_config'],
	['GET', '/_node/_local/_config'],
	['GET', '/_active_tasks'],
	['POST', '/_replicate', { source: C01, target: 'copy' }],
	['DELETE', `/${C01}`],
	['DELETE', `/${CONFIG_DB}`],
	['PUT', '/cdht-c-new'],
	['PUT', `/${C01}`],
	['PUT', `/${C01}/_security`, { members: { names: [], roles: [] } }],
	['PUT', `/${C01}/_design/evil`, { views: {} }],
	['GET', `/${C01}/_design/rules`],
	['POST', `/${C01}/_temp_view`, { map: 'function(d){emit(d._id)}' }],
	['POST', `/${C01}`, { _id: 'x' }],
	['GET', '/_users/org.couchdb.user:canbo.c01']
];

/** The holes whose method and path an allow-list row serves (to someone else, or with a body it refuses). */
const SERVED = new Set([
	`POST /${C01}/_bulk_get`,
	`PUT /${C01}/_security`,
	`POST /${C01}`,
	'GET /_users/org.couchdb.user:canbo.c01'
]);

describe.each([
	['anonymous', () => null],
	['officer of another commune', () => otherOfficer]
])('%s', (_who, cookie) => {
	it.each(holes)('%s %s is refused before the store', async (method, path, body) => {
		const res = await h.request(method, path, { cookie: cookie(), body });
		// A shape an allow-list row serves asks who you are (401) or refuses you (403); any other is 404.
		const served = SERVED.has(`${method} ${path}`);
		expect(res.status).toBe(!served ? 404 : cookie() ? 403 : 401);
		expect(res.text).not.toContain('Bí Mật');
		// The refusal is the gateway's own (CouchDB-shaped, with a reason), not the store's.
		expect(res.body).toMatchObject({ error: expect.any(String), reason: expect.any(String) });
		const alive = await h.request('GET', '/_session');
		expect(alive.status).toBe(200);
	});
});

describe('the two crashes, sent straight to the embedded store (patched in express-pouchdb)', () => {
	const direct = async (method: string, path: string) => {
		const res = await storeRequest(h.system.store, method, path, {
			'content-type': 'application/json'
		});
		return { status: res.statusCode, text: (await readAll(res)).toString() };
	};
	it('a non-admin PUT of a new database is refused and the store lives on', async () => {
		expect((await direct('PUT', '/crash-db')).status).toBe(401);
		expect((await direct('GET', '/')).status).toBe(200);
	});
	it('an anonymous DELETE of a database no longer poisons the store’s queue', async () => {
		expect((await direct('DELETE', `/${C01}`)).status).toBe(401);
		// The next database open (a `_users` write opens `_users`) used to be an unhandled
		// rejection that ended the process.
		const admin = await h.signIn('quantri');
		const user = await h.request('PUT', '/_users/org.couchdb.user:after.crash', {
			cookie: admin,
			body: { name: 'after.crash', password: 'mat-khau-dai', roles: ['officer', 'ou:C01'] }
		});
		expect(user.status).toBe(201);
		expect((await direct('GET', `/${C01}`)).status).toBe(401);
		expect((await h.request('GET', '/_session')).status).toBe(200);
	});
});
