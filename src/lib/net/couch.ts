import { bulkDocsBody, type Encoded, type WireDoc } from '$lib/sync/wire';
import { CouchFailure } from './failure';
import { canGzip, gzip } from './gzip';
import {
	createRequests,
	JSON_HEADERS,
	jsonBody,
	type Body,
	type RequestOptions,
	type Requests,
	type WireStats
} from './request';
import { viewQuery } from './view-query';

export type { WireStats };

// The one client for the CouchDB protocol behind `/couch`, over plain `fetch` (./request.ts): not
// PouchDB's HTTP adapter, which cannot gzip a request body (on a 2G line the body is the cost). It
// takes `fetch` and the base URL as arguments, so the browser uses same-origin cookies and Node
// callers (tests, measure scripts) pass a fetch that adds the session cookie. Every failure is a
// CouchFailure.

export interface CouchOptions extends RequestOptions {
	/** Compress `_bulk_docs` bodies (default: when the runtime can). */
	gzip?: boolean;
	/**
	 * For view queries: the first query after documents arrived builds the index on the way, which
	 * on the embedded store takes minutes for a big commune (see scripts/report-measure.ts).
	 */
	viewTimeoutMs?: number;
}

/** What one `_bulk_docs` answer says about one document. */
export interface BulkResult {
	id: string;
	rev?: string;
	ok?: boolean;
	error?: string;
	reason?: string;
	/** Some gateways add the field rules the document broke. */
	issues?: { path: string; message: string }[];
}

export interface ChangesPage {
	results: { seq: string | number; id: string; changes: { rev: string }[]; deleted?: boolean }[];
	last_seq: string | number;
}

/** What the sync engine and the reviewer's decision queue need: the replication calls. */
export interface Transport {
	readonly stats: WireStats;
	bulkDocs(db: string, items: readonly Encoded[]): Promise<BulkResult[]>;
	changes(db: string, since: string | number, limit: number): Promise<ChangesPage>;
	/** Current winning versions; null for ids the server does not have (or has deleted). */
	getDocs(db: string, ids: readonly string[]): Promise<Map<string, WireDoc | null>>;
}

export interface ViewParams {
	startkey?: unknown;
	endkey?: unknown;
	key?: unknown;
	group_level?: number;
	reduce?: boolean;
	descending?: boolean;
	include_docs?: boolean;
	limit?: number;
}

export interface ViewAnswer<K = unknown, V = unknown> {
	rows: { id?: string; key: K; value: V; doc?: unknown }[];
}

export interface Couch extends Transport, Requests {
	view<K = unknown, V = unknown>(
		db: string,
		ddoc: string,
		view: string,
		params?: ViewParams,
		keys?: readonly unknown[]
	): Promise<ViewAnswer<K, V>>;
	/** Documents by id, in the order asked; null for ids the database does not have. */
	docs<T>(db: string, ids: readonly string[]): Promise<(T | null)[]>;
	/** Every document whose id starts with `prefix`. */
	docsWithPrefix<T>(db: string, prefix: string): Promise<T[]>;
}

type AllDocsRows<T> = {
	rows: { key: string; doc?: T | null; value?: { deleted?: boolean }; error?: string }[];
};

export function createCouch(options: CouchOptions): Couch {
	const requests = createRequests(options);
	const request = requests.send;
	const useGzip = options.gzip ?? canGzip();
	const viewTimeout = options.viewTimeoutMs ?? 15 * 60_000;
	const dbPath = (db: string) => '/' + encodeURIComponent(db);

	async function bulkBody(items: readonly Encoded[]): Promise<Body> {
		const text = bulkDocsBody(items);
		const bytes = useGzip ? await gzip(text) : new TextEncoder().encode(text);
		return {
			body: bytes,
			headers: useGzip ? { ...JSON_HEADERS, 'Content-Encoding': 'gzip' } : JSON_HEADERS,
			bytes: bytes.byteLength
		};
	}

	return {
		...requests,

		async bulkDocs(db, items) {
			const answer = await request<unknown>(
				'POST',
				`${dbPath(db)}/_bulk_docs`,
				await bulkBody(items)
			);
			if (!Array.isArray(answer)) throw new CouchFailure('server', 'unexpected _bulk_docs answer');
			return answer as BulkResult[];
		},

		async changes(db, since, limit) {
			const query = new URLSearchParams({
				since: String(since),
				limit: String(limit),
				style: 'main_only'
			});
			const answer = await request<ChangesPage>('GET', `${dbPath(db)}/_changes?${query}`);
			if (!answer || !Array.isArray(answer.results))
				throw new CouchFailure('server', 'unexpected _changes answer');
			return answer;
		},

		async getDocs(db, ids) {
			const found = new Map<string, WireDoc | null>();
			for (const [i, doc] of (await allDocs<WireDoc>(db, ids)).entries()) found.set(ids[i], doc);
			return found;
		},

		view(db, ddoc, view, params = {}, keys) {
			const query = viewQuery(params);
			const path = `${dbPath(db)}/_design/${ddoc}/_view/${view}${query ? '?' + query : ''}`;
			// Keys go in a POST body: a long list does not fit a URL.
			return keys
				? request('POST', path, jsonBody({ keys }), viewTimeout)
				: request('GET', path, undefined, viewTimeout);
		},

		docs: allDocs,

		async docsWithPrefix<T>(db: string, prefix: string) {
			const query = new URLSearchParams({
				include_docs: 'true',
				startkey: JSON.stringify(prefix),
				endkey: JSON.stringify(prefix + '\ufff0')
			});
			const answer = await request<{ rows: { doc?: T }[] }>(
				'GET',
				`${dbPath(db)}/_all_docs?${query}`
			);
			return answer.rows.flatMap((row) => (row.doc ? [row.doc] : []));
		}
	};

	/** By id, in the order asked; null for a missing or deleted id. Plain JSON: a list of ids is small. */
	async function allDocs<T>(db: string, ids: readonly string[]): Promise<(T | null)[]> {
		if (ids.length === 0) return [];
		const answer = await request<AllDocsRows<T>>(
			'POST',
			`${dbPath(db)}/_all_docs?include_docs=true`,
			jsonBody({ keys: ids })
		);
		if (!answer || !Array.isArray(answer.rows))
			throw new CouchFailure('server', 'unexpected _all_docs answer');
		return answer.rows.map((row) => (row.doc && !row.value?.deleted ? row.doc : null));
	}
}

/** For Node callers: a fetch that carries one user's session cookie. */
export function fetchWithCookie(cookie: string): typeof fetch {
	return (input, init = {}) => {
		const headers = new Headers(init.headers);
		headers.set('cookie', cookie);
		return fetch(input, { ...init, headers });
	};
}
