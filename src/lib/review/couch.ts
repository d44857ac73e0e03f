import { SyncFailure, type FailureKind } from '$lib/sync/transport';
import { viewQuery } from './views';

// The reviewer's reads over `/couch`: plain fetch, same-origin cookie in the browser, an explicit
// cookie in Node (the measure script, tests). Failures carry the sync engine's kinds, so a screen
// tells "no connection" from "sign in again" from "not allowed" the same way the officer's does.

export interface CouchOptions {
	/** `/couch` in the browser, `http://127.0.0.1:…/couch` in Node. */
	baseUrl: string;
	fetch?: typeof fetch;
	timeoutMs?: number;
	/**
	 * For view queries: the first query after documents arrived builds the index on the way, which
	 * on the embedded store takes minutes for a big commune (see scripts/report-measure.ts).
	 */
	viewTimeoutMs?: number;
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

export interface Couch {
	get<T>(path: string): Promise<T>;
	post<T>(path: string, body: unknown): Promise<T>;
	view<K = unknown, V = unknown>(db: string, ddoc: string, view: string, params?: ViewParams, keys?: readonly unknown[]): Promise<ViewAnswer<K, V>>;
	/** Documents by id, in the order asked; null for ids the database does not have. */
	docs<T>(db: string, ids: readonly string[]): Promise<(T | null)[]>;
	/** Every document whose id starts with `prefix`. */
	docsWithPrefix<T>(db: string, prefix: string): Promise<T[]>;
}

function kindOf(status: number): FailureKind {
	if (status === 401) return 'auth';
	if (status === 403) return 'forbidden';
	if (status === 413) return 'tooLarge';
	if (status === 429 || status >= 500) return 'server';
	return 'rejected';
}

export function createCouch(options: CouchOptions): Couch {
	const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
	const base = options.baseUrl.replace(/\/+$/, '');
	const timeout = options.timeoutMs ?? 60_000;
	const viewTimeout = options.viewTimeoutMs ?? 15 * 60_000;

	async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown, timeoutMs = timeout): Promise<T> {
		let response: Response;
		let text: string;
		try {
			response = await doFetch(base + path, {
				method,
				credentials: 'same-origin',
				headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
				body: body === undefined ? undefined : JSON.stringify(body),
				signal: AbortSignal.timeout(timeoutMs)
			});
			text = await response.text();
		} catch (e) {
			throw new SyncFailure('network', e instanceof Error ? e.message : String(e));
		}
		let parsed: unknown;
		try {
			parsed = JSON.parse(text);
		} catch {
			throw new SyncFailure('server', 'unreadable answer', response.status);
		}
		if (!response.ok) {
			const reason = (parsed as { reason?: unknown })?.reason;
			throw new SyncFailure(kindOf(response.status), typeof reason === 'string' ? reason : response.statusText, response.status);
		}
		return parsed as T;
	}

	const dbPath = (db: string) => '/' + encodeURIComponent(db);

	return {
		get: (path) => request('GET', path),
		post: (path, body) => request('POST', path, body),

		view(db, ddoc, view, params = {}, keys) {
			const query = viewQuery(params);
			const path = `${dbPath(db)}/_design/${ddoc}/_view/${view}${query ? '?' + query : ''}`;
			// Keys go in a POST body: a long list does not fit a URL.
			return keys ? request('POST', path, { keys }, viewTimeout) : request('GET', path, undefined, viewTimeout);
		},

		async docs<T>(db: string, ids: readonly string[]) {
			if (ids.length === 0) return [];
			const answer = await request<{ rows: { key: string; doc?: T | null; value?: { deleted?: boolean }; error?: string }[] }>(
				'POST',
				`${dbPath(db)}/_all_docs?include_docs=true`,
				{ keys: ids }
			);
			return answer.rows.map((row) => (row.doc && !row.value?.deleted ? row.doc : null));
		},

		async docsWithPrefix<T>(db: string, prefix: string) {
			const query = new URLSearchParams({ include_docs: 'true', startkey: JSON.stringify(prefix), endkey: JSON.stringify(prefix + '\ufff0') });
			const answer = await request<{ rows: { doc?: T }[] }>('GET', `${dbPath(db)}/_all_docs?${query}`);
			return answer.rows.flatMap((row) => (row.doc ? [row.doc] : []));
		}
	};
}

/** For Node callers: a fetch that carries one user's session cookie. */
export function fetchWithCookie(cookie: string): typeof fetch {
	return (input, init = {}) => {
		const headers = new Headers(init.headers);
		headers.set('cookie', cookie);
		return fetch(input, { ...init, headers });
	};
}
