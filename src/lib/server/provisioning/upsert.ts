import { deepEqual } from '../../domain/write-rules';
import { docPath } from '../store/paths';
import type { StoreClient } from '../store/client';

// Idempotent building blocks: each compares what is there with what should be, and writes only a
// difference, so running provisioning twice leaves the same state (same revisions included).

export async function ensureDb(store: StoreClient, name: string): Promise<'created' | 'exists'> {
	// 412 is "already exists" on both the embedded store and Apache CouchDB.
	const res = await store.ok('PUT', `/${encodeURIComponent(name)}`, undefined, [412]);
	if (res.status === 412) return 'exists';
	await store.awaitDbOnEveryNode(name);
	return 'created';
}

export interface SecurityObject {
	admins: { names: string[]; roles: string[] };
	members: { names: string[]; roles: string[] };
}

export async function ensureSecurity(
	store: StoreClient,
	db: string,
	security: SecurityObject
): Promise<boolean> {
	const path = `/${encodeURIComponent(db)}/_security`;
	// The embedded store keeps `_security` as a document, so concurrent writers can meet a 409.
	for (let attempt = 0; attempt < 3; attempt++) {
		const current = await store.ok('GET', path);
		if (deepEqual(current.body, security)) return false;
		if ((await store.ok('PUT', path, security, [409])).status !== 409) return true;
	}
	throw new Error(`PUT ${path}: still in conflict after 3 attempts`);
}

type Doc = { _id: string; _rev?: string } & Record<string, unknown>;

/**
 * Writes `doc` unless the stored version already has the same content. `keep` names stored
 * fields that the comparison ignores and the update carries over (a user's password hash).
 */
export async function ensureDoc(
	store: StoreClient,
	db: string,
	doc: Doc,
	keep: string[] = []
): Promise<boolean> {
	const path = docPath(db, doc._id);
	// Several gateway instances may start at once against one CouchDB: a 409 means another one
	// wrote in between, so compare again with what it wrote.
	for (let attempt = 0; attempt < 3; attempt++) {
		const current = await store.json<Doc>('GET', path);
		if (current.status !== 200 && current.status !== 404)
			throw new Error(`GET ${path} → ${current.status}`);
		const stored = current.status === 200 ? current.body : null;
		let next: Doc = doc;
		if (stored) {
			const { _rev, ...content } = stored;
			const carried = Object.fromEntries(
				keep.filter((k) => k in content).map((k) => [k, content[k]])
			);
			next = { ...doc, ...carried, _rev };
			const { _rev: _ignored, ...wanted } = next;
			if (deepEqual(content, wanted)) return false;
		}
		const res = await store.ok('PUT', path, next, [409]);
		if (res.status !== 409) return true;
	}
	throw new Error(`PUT ${path}: still in conflict after 3 attempts`);
}

/**
 * Writes `doc` only if no document has its id: seed data that an administrator may change later
 * (the demo org units), so a restart never undoes a rename or a move made through the app.
 */
export async function ensureExists(store: StoreClient, db: string, doc: Doc): Promise<boolean> {
	const path = docPath(db, doc._id);
	if ((await store.json('GET', path)).status === 200) return false;
	// 409: another instance created it in between, which is all this asks for.
	return (await store.ok('PUT', path, doc, [409])).status !== 409;
}
