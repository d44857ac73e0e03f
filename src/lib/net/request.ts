import { CouchFailure, failureOfAnswer, networkFailure } from './failure';

// The core of the one client for `/couch`: a request over plain `fetch` with a timeout that allows
// for slow lines, byte counters, and every failure as a CouchFailure. The sign-in form needs only
// this (net/session-api.ts), so the first screen of a new tablet loads no more; ./couch.ts adds the
// CouchDB calls on top of it.

export interface RequestOptions {
	/** Where the CouchDB API is, e.g. `/couch` in the browser or `http://127.0.0.1:8123/couch`. */
	baseUrl: string;
	fetch?: typeof fetch;
	/** A request that moves no answer for this long is given up (ms, plus time for its bytes); 0: never. */
	timeoutMs?: number;
}

/** Counters the measurements and the progress bar read; the client only ever adds to them. */
export interface WireStats {
	requests: number;
	/** Request body bytes as sent (compressed when gzip is on). */
	sentBytes: number;
	/** Response body characters after the browser's own decompression. */
	receivedChars: number;
}

/** A request body, already encoded, with its size. */
export interface Body {
	body: BodyInit;
	headers: Record<string, string>;
	bytes: number;
}

export interface Requests {
	readonly stats: WireStats;
	send<T>(method: string, path: string, body?: Body, timeoutMs?: number): Promise<T>;
	get<T>(path: string): Promise<T>;
	post<T>(path: string, body: unknown): Promise<T>;
	put<T>(path: string, body: unknown): Promise<T>;
	delete<T>(path: string): Promise<T>;
}

/** The least throughput we wait for before calling a request stalled: 1 KB/s, a bad 2G line. */
const MIN_BYTES_PER_MS = 1;
const ACCEPT = { Accept: 'application/json' };
export const JSON_HEADERS = { 'Content-Type': 'application/json', ...ACCEPT };

export function jsonBody(value: unknown): Body {
	const bytes = new TextEncoder().encode(JSON.stringify(value));
	return { body: bytes, headers: JSON_HEADERS, bytes: bytes.byteLength };
}

export function createRequests(options: RequestOptions): Requests {
	const doFetch =
		options.fetch ??
		((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
	const baseTimeout = options.timeoutMs ?? 30_000;
	const base = options.baseUrl.replace(/\/+$/, '');
	const stats: WireStats = { requests: 0, sentBytes: 0, receivedChars: 0 };

	async function send<T>(
		method: string,
		path: string,
		body?: Body,
		timeoutMs = baseTimeout
	): Promise<T> {
		const controller = new AbortController();
		const timer =
			timeoutMs > 0
				? setTimeout(() => controller.abort(), timeoutMs + (body?.bytes ?? 0) / MIN_BYTES_PER_MS)
				: undefined;
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

	return {
		stats,
		send,
		get: (path) => send('GET', path),
		post: (path, body) => send('POST', path, jsonBody(body)),
		put: (path, body) => send('PUT', path, jsonBody(body)),
		delete: (path) => send('DELETE', path)
	};
}
