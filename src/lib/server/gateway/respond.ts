import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

// Tablets pull whole communes over slow lines; JSON shrinks ~10× with gzip (DESIGN §4). Apache
// CouchDB does not compress, so the gateway does, for every client that says it accepts it.
const MIN_COMPRESS_BYTES = 1024;

export function acceptsGzip(req: IncomingMessage): boolean {
	const header = req.headers['accept-encoding'];
	return typeof header === 'string' && /\bgzip\b(?!\s*;\s*q=0(\.0*)?\s*(,|$))/i.test(header);
}

export function sendJson(
	req: IncomingMessage,
	res: ServerResponse,
	status: number,
	body: unknown
): void {
	res.setHeader('cache-control', 'no-store');
	sendBytes(
		req,
		res,
		status,
		'application/json; charset=utf-8',
		Buffer.from(JSON.stringify(body) + '\n')
	);
}

/** An answer already in hand, gzip-compressed when it is worth it and the client accepts it. */
export function sendBytes(
	req: IncomingMessage,
	res: ServerResponse,
	status: number,
	contentType: string,
	payload: Buffer
): void {
	res.statusCode = status;
	res.setHeader('content-type', contentType);
	res.setHeader('vary', 'Accept-Encoding');
	if (payload.length >= MIN_COMPRESS_BYTES && acceptsGzip(req)) {
		payload = gzipSync(payload);
		res.setHeader('content-encoding', 'gzip');
	}
	res.setHeader('content-length', payload.length);
	res.end(req.method === 'HEAD' ? undefined : payload);
}
