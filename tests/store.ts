// Which store the integration and e2e tests run on: the embedded one (default), or the Apache
// CouchDB named by TEST_COUCHDB_URL (one node, or a cluster's nodes comma-separated), as CI's
// second pass does with ../shared/couchdb. Every test asserts one answer for both.

export interface CouchUnderTest {
	/** As COUCHDB_URL takes it: one URL, or several nodes' URLs separated by commas. */
	url: string;
	user: string;
	password: string;
}

export const couchUnderTest: CouchUnderTest | null = process.env.TEST_COUCHDB_URL
	? {
			url: process.env.TEST_COUCHDB_URL,
			user: process.env.TEST_COUCHDB_USER ?? 'admin',
			password: process.env.TEST_COUCHDB_PASSWORD ?? 'adminpw'
		}
	: null;

export const storeName = couchUnderTest ? 'Apache CouchDB' : 'embedded store';

/** Sign-ins in tests need not cost 600,000 pbkdf2 rounds each. */
export const TEST_ITERATIONS = 1000;

const SYSTEM_DBS = new Set(['_users', '_replicator', '_global_changes']);

async function admin(
	couch: CouchUnderTest,
	method: string,
	path: string,
	body?: unknown
): Promise<any> {
	const base = couch.url.split(',')[0].replace(/\/+$/, '');
	const res = await fetch(base + path, {
		method,
		headers: {
			authorization: 'Basic ' + Buffer.from(`${couch.user}:${couch.password}`).toString('base64'),
			'content-type': 'application/json',
			accept: 'application/json'
		},
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	const text = await res.text();
	if (!res.ok && res.status !== 404) throw new Error(`${method} ${path} → ${res.status} ${text}`);
	return text ? JSON.parse(text) : null;
}

/**
 * An empty CouchDB as a fresh data dir is an empty embedded store: every database the app made is
 * deleted, every user removed, and CouchDB told to hash new passwords with the tests' work factor.
 */
export async function resetCouch(couch: CouchUnderTest): Promise<void> {
	await admin(
		couch,
		'PUT',
		'/_node/_local/_config/chttpd_auth/iterations',
		String(TEST_ITERATIONS)
	);
	const dbs: string[] = await admin(couch, 'GET', '/_all_dbs');
	for (const db of dbs)
		if (!SYSTEM_DBS.has(db)) await admin(couch, 'DELETE', `/${encodeURIComponent(db)}`);
	const users: { rows: { id: string; value: { rev: string } }[] } = await admin(
		couch,
		'GET',
		'/_users/_all_docs'
	);
	const gone = users.rows
		.filter((r) => !r.id.startsWith('_design/'))
		.map((r) => ({ _id: r.id, _rev: r.value.rev, _deleted: true }));
	if (gone.length) await admin(couch, 'POST', '/_users/_bulk_docs', { docs: gone });
}

/** The environment `server/main.ts` reads to use the store under test (empty for the embedded one). */
export function storeEnv(): Record<string, string> {
	return couchUnderTest
		? {
				COUCHDB_URL: couchUnderTest.url,
				COUCHDB_USER: couchUnderTest.user,
				COUCHDB_PASSWORD: couchUnderTest.password
			}
		: {};
}
