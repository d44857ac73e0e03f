import { canGzip, gzip } from './gzip';
import { bulkDocsBody, type Encoded, type WireDoc } from '$lib/sync/wire';
import { CouchFailure, failureOfAnswer, networkFailure } from './failure';
import { viewQuery } from './view-query';

// The one client for the CouchDB protocol behind `/couch`, over plain `fetch`: not PouchDB's HTTP
// adapter, which cannot gzip a request body (on a 2G line the body is the cost). It takes `fetch`
// and the base URL as arguments, so the browser uses same-origin cookies and Node callers (tests,
// measure scripts) pass a fetch that adds the session cookie. Every failure is a CouchFailure.

export interface CouchOptions {
	/** Where the CouchDB API is, e.g. `/couch` in the browser or `http://127.0.0.1:8123/couch`. */
	baseUrl: string;
	fetch?: typeof fetch;
	/** Compress `_bulk_docs` bodies (default: when the runtime can). */
	gzip?: boolean;
	/** A request that moves no answer for this long is given up (ms, plus time for its bytes); 0: never. */
	timeoutMs?: number;
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

/** Counters the measurements and the progress bar read; the client only ever adds to them. */
export interface WireStats {
	requests: number;
	/** Request body bytes as sent (compressed when gzip is on). */
	sentBytes: number;
	/** Response body characters after the browser's own decompression. */
	receivedChars: number;
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

export interface Couch extends Transport {
	get<T>(path: string): Promise<T>;
	post<T>(path: string, body: unknown): Promise<T>;
	put<T>(path: string, body: unknown): Promise<T>;
	delete<T>(path: string): Promise<T>;
	view<K = unknown, V = unknown>(db: string, ddoc: string, view: string, params?: ViewParams, keys?: readonly unknown[]): Promise<ViewAnswer<K, V>>;
	/** Documents by id, in the order asked; null for ids the database does not have. */
	docs<T>(db: string, ids: readonly string[]): Promise<(T | null)[]>;
	/** Every document whose id starts with `prefix`. */
	docsWithPrefix<T>(db: string, prefix: string): Promise<T[]>;
}

/** The least throughput we wait for before calling a request stalled: 1 KB/s, a bad 2G line. */
const MIN_BYTES_PER_MS = 1;
const ACCEPT = { Accept: 'application/json' };
const JSON_HEADERS = { 'Content-Type': 'application/json', ...ACCEPT };

interface Body {
	body: BodyInit;
	headers: Record<string, string>;
	bytes: number;
}

type AllDocsRows<T> = { rows: { key: string; doc?: T | null; value?: { deleted?: boolean }; error?: string }[] };

export function createCouch(options: CouchOptions): Couch {
	const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
	const useGzip = options.gzip ?? canGzip();
	const baseTimeout = options.timeoutMs ?? 30_000;
	const viewTimeout = options.viewTimeoutMs ?? 15 * 60_000;
	const base = options.baseUrl.replace(/\/+$/, '');
	const stats: WireStats = { requests: 0, sentBytes: 0, receivedChars: 0 };
	const dbPath = (db: string) => '/' + encodeURIComponent(db);

	async function request<T>(method: string, path: string, body?: Body, timeoutMs = baseTimeout): Promise<T> {
		const controller = new AbortController();
		const timer = timeoutMs > 0 ? setTimeout(() => controller.abort(), timeoutMs + (body?.bytes ?? 0) / MIN_BYTES_PER_MS) : undefined;
		stats.requests += 1;
		stats.sentBytes += body?.bytes ?? 0;
		let response: Response;
		let text: string;
		try {
			response = await doFetch(base + path, {
				method,
				credentials: 'same-origin',
				headers: body?.headers ?? ACCEPT,
				body: body?.body,
				signal: controller.signal
			});
			text = await response.text();
		} catch (e) {
			throw networkFailure(e);
		} finally {
			clearTimeout(timer);
		}
		stats.receivedChars += text.length;
		if (!response.ok) throw failureOfAnswer(response.status, response.statusText, text);
		try {
			return JSON.parse(text) as T;
		} catch {
			// A proxy's HTML error page, or a body cut short by a dying connection.
			throw new CouchFailure('server', 'unreadable answer', response.status);
		}
	}

	const json = (value: unknown): Body => {
		const bytes = new TextEncoder().encode(JSON.stringify(value));
		return { body: bytes, headers: JSON_HEADERS, bytes: bytes.byteLength };
	};

	async function bulkBody(items: readonly Encoded[]): Promise<Body> {
		const text = bulkDocsBody(items);
		const bytes = useGzip ? await gzip(text) : new TextEncoder().encode(text);
		return { body: bytes, headers: useGzip ? { ...JSON_HEADERS, 'Content-Encoding': 'gzip' } : JSON_HEADERS, bytes: bytes.byteLength };
	}

	return {
		stats,
		get: (path) => request('GET', path),
		post: (path, body) => request('POST', path, json(body)),
		put: (path, body) => request('PUT', path, json(body)),
		delete: (path) => request('DELETE', path),

		async bulkDocs(db, items) {
			const answer = await request<unknown>('POST', `${dbPath(db)}/_bulk_docs`, await bulkBody(items));
			if (!Array.isArray(answer)) throw new CouchFailure('server', 'unexpected _bulk_docs answer');
			return answer as BulkResult[];
		},

		async changes(db, since, limit) {
			const query = new URLSearchParams({ since: String(since), limit: String(limit), style: 'main_only' });
			const answer = await request<ChangesPage>('GET', `${dbPath(db)}/_changes?${query}`);
			if (!answer || !Array.isArray(answer.results)) throw new CouchFailure('server', 'unexpected _changes answer');
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
			return keys ? request('POST', path, json({ keys }), viewTimeout) : request('GET', path, undefined, viewTimeout);
		},

		docs: allDocs,

		async docsWithPrefix<T>(db: string, prefix: string) {
			const query = new URLSearchParams({ include_docs: 'true', startkey: JSON.stringify(prefix), endkey: JSON.stringify(prefix + '\ufff0') });
			const answer = await request<{ rows: { doc?: T }[] }>('GET', `${dbPath(db)}/_all_docs?${query}`);
			return answer.rows.flatMap((row) => (row.doc ? [row.doc] : []));
		}
	};

	/** By id, in the order asked; null for a missing or deleted id. Plain JSON: a list of ids is small. */
	async function allDocs<T>(db: string, ids: readonly string[]): Promise<(T | null)[]> {
		if (ids.length === 0) return [];
		const answer = await request<AllDocsRows<T>>('POST', `${dbPath(db)}/_all_docs?include_docs=true`, json({ keys: ids }));
		if (!answer || !Array.isArray(answer.rows)) throw new CouchFailure('server', 'unexpected _all_docs answer');
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
