import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import type { Call } from './context';
import { acceptsGzip, sendJson } from './respond';
import { t } from '../words';

/** A store path from raw segments, each encoded (ids hold `:`; `_design/x` and `_local/x` are two segments). */
export const storePath = (...segments: string[]) =>
	'/' + segments.map(encodeURIComponent).join('/');

// Only these response headers reach the client. Never `set-cookie`: that is the server admin's
// session with the store.
const PASSED_HEADERS = ['content-type', 'etag', 'cache-control'];

export interface ForwardOptions {
	method?: string;
	path: string;
	/** Query string without `?`; the client's by default. */
	query?: string;
	body?: Buffer;
}

/**
 * Sends an already-authorised request to the store as server admin and streams the answer back,
 * gzip-compressed when the client accepts it. The client's own cookies, credentials and encodings
 * never reach the store: the body, if any, is the inflated and checked one.
 */
export async function forward(call: Call, opts: ForwardOptions): Promise<void> {
	const method = opts.method ?? call.req.method ?? 'GET';
	const query = opts.query ?? call.rawQuery;
	const headers: OutgoingHttpHeaders = { accept: 'application/json' };
	if (opts.body) headers['content-type'] = 'application/json';
	const { res, req } = call;
	// A client that goes away (an aborted long-poll above all) ends the store's request too, so
	// nothing keeps running for nobody.
	const gone = new AbortController();
	const onClose = () => {
		if (!res.writableFinished) gone.abort();
	};
	res.once('close', onClose);
	try {
		const upstream = await call.ctx.store.raw(
			method,
			opts.path + (query ? `?${query}` : ''),
			headers,
			opts.body,
			gone.signal
		);
		const status = upstream.statusCode ?? 502;
		if (status >= 400 && method !== 'HEAD') return await answerStoreError(call, status, upstream);

		res.statusCode = status;
		for (const name of PASSED_HEADERS) {
			const value = upstream.headers[name];
			if (value !== undefined) res.setHeader(name, value);
		}
		res.setHeader('vary', 'Accept-Encoding');
		if (method === 'HEAD' || res.statusCode === 304) {
			upstream.resume();
			res.end();
			return;
		}
		if (acceptsGzip(req)) {
			res.setHeader('content-encoding', 'gzip');
			// SYNC_FLUSH passes each chunk on at once: a long-poll `_changes` and its heartbeats are
			// not held back in the compressor.
			await pipeline(upstream, createGzip({ flush: constants.Z_SYNC_FLUSH }), res);
		} else {
			const length = upstream.headers['content-length'];
			if (length) res.setHeader('content-length', length);
			await pipeline(upstream, res);
		}
	} finally {
		res.off('close', onClose);
	}
}

// Error answers are small; anything longer is not one of the store's.
const MAX_ERROR_BYTES = 64 * 1024;
// Absolute file paths (the store's data directory, a stack frame) never reach a client.
const PATHS = /(?:[A-Za-z]:)?(?:[\\/][\w.@$()+-]+){2,}/g;

/**
 * A refusal or failure of the store, passed on in CouchDB's JSON shape `{error, reason}` with its
 * status, never as the store sent it: an HTML page (Express's own error page carries a stack
 * trace) becomes a plain reason, and a server error's reason is logged here, not shown.
 */
async function answerStoreError(
	call: Call,
	status: number,
	upstream: IncomingMessage
): Promise<void> {
	const raw = await readBounded(upstream, MAX_ERROR_BYTES);
	let parsed: { error?: unknown; reason?: unknown } | null = null;
	try {
		parsed = JSON.parse(raw.toString('utf8'));
	} catch {
		parsed = null;
	}
	const error =
		typeof parsed?.error === 'string'
			? parsed.error.slice(0, 100)
			: status >= 500
				? 'store_error'
				: 'bad_request';
	let reason =
		typeof parsed?.reason === 'string' ? parsed.reason.replace(PATHS, '…').slice(0, 500) : error;
	if (status >= 500) {
		call.ctx.options.log(
			`gateway: ${call.req.method} ${call.req.url?.split('?')[0]}: the store answered ${status} ${raw.toString('utf8').slice(0, 500)}`
		);
		reason = t('store.failed');
	}
	sendJson(call.req, call.res, status, { error, reason });
}

async function readBounded(stream: IncomingMessage, maxBytes: number): Promise<Buffer> {
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of stream) {
		total += (chunk as Buffer).length;
		if (total > maxBytes) {
			stream.destroy();
			break;
		}
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}
