import { canGzip, gzip } from './gzip';
import { bulkDocsBody, type Encoded, type WireDoc } from './wire';

// The CouchDB protocol over plain `fetch`, not PouchDB's HTTP adapter: that adapter cannot gzip a
// request body, and on a 2G line the body is the cost. It takes `fetch` and the base URL as
// arguments, so the browser uses same-origin cookies and the Node tests pass a fetch that adds the
// session cookie. Every failure becomes a `SyncFailure` with a `kind` the engine decides on.

export type FailureKind =
	/** The request did not complete: no connection, cut, reset, timed out. The outcome is unknown. */
	| 'network'
	/** 401: the session expired (tablets stay offline for days). Stop and ask to sign in. */
	| 'auth'
	/** 403 on the whole request: this account may not use this database. */
	| 'forbidden'
	/** 413: the body is too large for the server; a smaller chunk may pass. */
	| 'tooLarge'
	/** 5xx / 429 / an unreadable answer: try again later. */
	| 'server'
	/** Another 4xx: the server refuses this request as it is. */
	| 'rejected';

export class SyncFailure extends Error {
	constructor(
		readonly kind: FailureKind,
		message: string,
		readonly status?: number
	) {
		super(message);
		this.name = 'SyncFailure';
	}
}

export interface TransportOptions {
	/** Where the CouchDB API is, e.g. `/couch` in the browser or `http://127.0.0.1:8123/couch`. */
	baseUrl: string;
	fetch?: typeof fetch;
	/** Compress request bodies (default: when the runtime can). */
	gzip?: boolean;
	/** A request that moves no answer for this long is given up (ms, plus time for its bytes). */
	timeoutMs?: number;
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

/** Counters the measurements and the progress bar read; the transport only ever adds to them. */
export interface WireStats {
	requests: number;
	/** Request body bytes as sent (compressed when gzip is on). */
	sentBytes: number;
	/** Response body characters after the browser's own decompression. */
	receivedChars: number;
}

export interface Transport {
	readonly stats: WireStats;
	bulkDocs(db: string, items: readonly Encoded[]): Promise<BulkResult[]>;
	changes(db: string, since: string | number, limit: number): Promise<ChangesPage>;
	/** Current winning versions; null for ids the server does not have (or has deleted). */
	getDocs(db: string, ids: readonly string[]): Promise<Map<string, WireDoc | null>>;
}

/** The least throughput we wait for before calling a request stalled: 1 KB/s, a bad 2G line. */
const MIN_BYTES_PER_MS = 1;

export function createTransport(options: TransportOptions): Transport {
	const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
	const useGzip = options.gzip ?? canGzip();
	const baseTimeout = options.timeoutMs ?? 30_000;
	const base = options.baseUrl.replace(/\/+$/, '');
	const stats: WireStats = { requests: 0, sentBytes: 0, receivedChars: 0 };
	const dbUrl = (db: string, path: string) => `${base}/${encodeURIComponent(db)}/${path}`;

	async function request(url: string, init: RequestInit & { bodyBytes?: number }): Promise<unknown> {
		const controller = new AbortController();
		const timer = setTimeout(() => controller.abort(), baseTimeout + (init.bodyBytes ?? 0) / MIN_BYTES_PER_MS);
		stats.requests += 1;
		stats.sentBytes += init.bodyBytes ?? 0;
		let response: Response;
		let text: string;
		try {
			response = await doFetch(url, { ...init, credentials: 'same-origin', signal: controller.signal });
			text = await response.text();
		} catch (e) {
			throw new SyncFailure('network', e instanceof Error ? e.message : String(e));
		} finally {
			clearTimeout(timer);
		}
		stats.receivedChars += text.length;
		if (!response.ok) throw new SyncFailure(kindOfStatus(response.status), reasonOf(text) ?? response.statusText, response.status);
		try {
			return JSON.parse(text);
		} catch {
			// A proxy's HTML error page, or a body cut short by a dying connection.
			throw new SyncFailure('server', 'unreadable answer', response.status);
		}
	}

	async function jsonBody(text: string, compress: boolean): Promise<{ body: BodyInit; headers: Record<string, string>; bodyBytes: number }> {
		const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
		if (!compress) {
			const bytes = new TextEncoder().encode(text);
			return { body: bytes, headers, bodyBytes: bytes.byteLength };
		}
		const bytes = await gzip(text);
		return { body: bytes, headers: { ...headers, 'Content-Encoding': 'gzip' }, bodyBytes: bytes.byteLength };
	}

	return {
		stats,

		async bulkDocs(db, items) {
			const { body, headers, bodyBytes } = await jsonBody(bulkDocsBody(items), useGzip);
			const answer = await request(dbUrl(db, '_bulk_docs'), { method: 'POST', headers, body, bodyBytes });
			if (!Array.isArray(answer)) throw new SyncFailure('server', 'unexpected _bulk_docs answer');
			return answer as BulkResult[];
		},

		async changes(db, since, limit) {
			const query = new URLSearchParams({ since: String(since), limit: String(limit), style: 'main_only' });
			const answer = (await request(dbUrl(db, `_changes?${query}`), { method: 'GET', headers: { Accept: 'application/json' } })) as ChangesPage;
			if (!answer || !Array.isArray(answer.results)) throw new SyncFailure('server', 'unexpected _changes answer');
			return answer;
		},

		async getDocs(db, ids) {
			const found = new Map<string, WireDoc | null>();
			if (ids.length === 0) return found;
			// Plain: gzip'd bodies are promised for `_bulk_docs` only, and a list of ids is small.
			const { body, headers, bodyBytes } = await jsonBody(JSON.stringify({ keys: ids }), false);
			const answer = (await request(dbUrl(db, '_all_docs?include_docs=true'), { method: 'POST', headers, body, bodyBytes })) as {
				rows?: { key: string; doc?: WireDoc | null; value?: { deleted?: boolean }; error?: string }[];
			};
			if (!answer || !Array.isArray(answer.rows)) throw new SyncFailure('server', 'unexpected _all_docs answer');
			for (const row of answer.rows) found.set(row.key, row.doc && !row.value?.deleted ? row.doc : null);
			return found;
		}
	};
}

function kindOfStatus(status: number): FailureKind {
	if (status === 401) return 'auth';
	if (status === 403) return 'forbidden';
	if (status === 413) return 'tooLarge';
	if (status === 429 || status >= 500) return 'server';
	return 'rejected';
}

function reasonOf(text: string): string | undefined {
	try {
		const body = JSON.parse(text) as { reason?: unknown; error?: unknown };
		return typeof body.reason === 'string' ? body.reason : typeof body.error === 'string' ? body.error : undefined;
	} catch {
		return undefined;
	}
}
