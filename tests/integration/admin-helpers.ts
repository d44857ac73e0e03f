import { expect } from 'vitest';
import type { AuditEntry, AuditKind } from '../../src/lib/domain/audit.schema';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { readAll, storeRequest } from '../../src/lib/server/store/target';
import type { Harness } from './harness';

// Shared by the administration tests: the journal as the admin screens read it, and requests
// sent straight to the embedded store (the second line, as a client on a LAN would meet it).

/** The newest journal entries, of one kind or all, as the admin screen lists them. */
export async function journal(
	h: Harness,
	cookie: string,
	kind?: AuditKind,
	limit = 10
): Promise<AuditEntry[]> {
	const path = kind
		? `/cdht-audit/_design/audit/_view/by_kind?descending=true&include_docs=true&limit=${limit}` +
			`&startkey=${encodeURIComponent(JSON.stringify([kind, {}]))}&endkey=${encodeURIComponent(JSON.stringify([kind]))}`
		: `/cdht-audit/_all_docs?descending=true&include_docs=true&limit=${limit}&startkey=${encodeURIComponent('"audit:\ufff0"')}&endkey=${encodeURIComponent('"audit:"')}`;
	const res = await h.request('GET', path, { cookie });
	expect(res.status, res.text).toBe(200);
	return res.body.rows.map((r: { doc: AuditEntry }) => r.doc);
}

/** What the store itself holds at `path`, read as its server admin (design documents, `_security`). */
export async function storeGet(h: Harness, path: string): Promise<any> {
	const { name, password } = await h.storeAdmin();
	return (
		await direct(h, 'GET', path, `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`)
	).body;
}

export const storeSecurity = (h: Harness, db: string) => storeGet(h, `/${db}/_security`);

/** A request straight to the store, signed in with the store's own session of `name`. */
export async function directAs(
	h: Harness,
	name: string,
	method: string,
	path: string,
	body?: unknown,
	password = DEMO_PASSWORD
) {
	const session = await direct(h, 'POST', '/_session', undefined, { name, password });
	expect(session.status).toBe(200);
	return direct(h, method, path, undefined, body, session.cookie);
}

async function direct(
	h: Harness,
	method: string,
	path: string,
	authorization?: string,
	body?: unknown,
	cookie?: string
) {
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		accept: 'application/json'
	};
	if (authorization) headers.authorization = authorization;
	if (cookie) headers.cookie = cookie;
	const res = await storeRequest(
		h.system.store,
		method,
		path,
		headers,
		body === undefined ? undefined : Buffer.from(JSON.stringify(body))
	);
	const text = (await readAll(res)).toString();
	return {
		status: res.statusCode ?? 0,
		body: text ? JSON.parse(text) : null,
		cookie: res.headers['set-cookie']?.[0]?.split(';', 1)[0]
	};
}
