import { toWire } from '$lib/db/records';
import { canonicalJson } from '$lib/domain/canonical-json';

export { canonicalJson };

// The document as it travels, and the one notion of "the same content" the whole sync uses: two
// versions are the same when every field but CouchDB's bookkeeping is equal, whatever the key order
// (the server may hand fields back in another order than we sent them).

/** Any CouchDB document: what `_bulk_docs` takes and `_changes` / `_all_docs` give back. */
export interface WireDoc {
	_id: string;
	_rev?: string;
	_deleted?: boolean;
	type?: string;
	[field: string]: unknown;
}

/** Fields CouchDB adds or manages: never part of a document's content. */
const BOOKKEEPING = new Set([
	'_rev',
	'_revisions',
	'_conflicts',
	'_deleted_conflicts',
	'_revs_info',
	'_local_seq',
	'_attachments'
]);

/** The content of a document: the wire form without CouchDB's bookkeeping and without local fields. */
export function content(doc: object): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(toWire(doc)))
		if (!BOOKKEEPING.has(k) && v !== undefined) out[k] = v;
	return out;
}

export function sameContent(a: object, b: object): boolean {
	return canonicalJson(content(a)) === canonicalJson(content(b));
}

/** Only the named fields, for comparing one side of a document (the officer's, the reviewer's). */
export function pick(
	doc: Record<string, unknown>,
	fields: readonly string[]
): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const f of fields) if (doc[f] !== undefined) out[f] = doc[f];
	return out;
}

const utf8 = new TextEncoder();

/** A document serialised once, with its size: the chunker bounds requests by these bytes. */
export interface Encoded<T extends WireDoc = WireDoc> {
	doc: T;
	json: string;
	bytes: number;
}

export function encode<T extends WireDoc>(doc: T): Encoded<T> {
	const json = JSON.stringify(doc);
	return { doc, json, bytes: utf8.encode(json).byteLength };
}

/** The `_bulk_docs` body for already-serialised documents. */
export function bulkDocsBody(items: readonly Encoded[]): string {
	return `{"docs":[${items.map((i) => i.json).join(',')}]}`;
}
