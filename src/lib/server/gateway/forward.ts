import type { OutgoingHttpHeaders } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import type { Call } from './context';
import { acceptsGzip } from './respond';

/** A store path from raw segments, each encoded (ids hold `:`; `_design/x` and `_local/x` are two segments). */
export const storePath = (...segments: string[]) => '/' + segments.map(encodeURIComponent).join('/');

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
	const upstream = await call.ctx.store.raw(method, opts.path + (query ? `?${query}` : ''), headers, opts.body);

	const { res, req } = call;
	res.statusCode = upstream.statusCode ?? 502;
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
}
