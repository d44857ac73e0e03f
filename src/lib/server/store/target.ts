import { request, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** Where the CouchDB-protocol store listens: the embedded one's Unix socket, or an Apache CouchDB URL. */
export interface StoreTarget {
	socketPath?: string;
	protocol: 'http:' | 'https:';
	hostname: string;
	port: number;
	/** A path prefix when CouchDB sits under one, e.g. `/couchdb`; '' otherwise. */
	basePath: string;
}

/** COUCHDB_URL: one node's URL, or several nodes' URLs separated by commas (a cluster). */
export function targetsFromUrl(urls: string): StoreTarget[] {
	const list = urls
		.split(',')
		.map((u) => u.trim())
		.filter(Boolean);
	if (list.length === 0) throw new Error('COUCHDB_URL is empty.');
	return list.map(targetFromUrl);
}

export function targetFromUrl(url: string): StoreTarget {
	const u = new URL(url);
	if (u.protocol !== 'http:' && u.protocol !== 'https:')
		throw new Error(`COUCHDB_URL: http(s) only, got ${u.protocol}`);
	return {
		protocol: u.protocol,
		hostname: u.hostname,
		port: Number(u.port) || (u.protocol === 'https:' ? 443 : 80),
		basePath: u.pathname.replace(/\/+$/, '')
	};
}

// A node that does not even accept the connection in this time is taken as down (a stopped or
// unreachable machine; loopback refuses at once, a lost network route hangs).
const CONNECT_TIMEOUT_MS = 5000;

/** One raw HTTP exchange with the store; the caller reads or pipes the response. */
export function storeRequest(
	target: StoreTarget,
	method: string,
	path: string,
	headers: OutgoingHttpHeaders,
	body?: Buffer,
	connectTimeoutMs = CONNECT_TIMEOUT_MS,
	/** Ends the exchange, the store's side included (the client it was for went away). */
	signal?: AbortSignal
): Promise<IncomingMessage> {
	return new Promise((resolve, reject) => {
		const send = target.protocol === 'https:' ? httpsRequest : request;
		const req = send(
			{
				socketPath: target.socketPath,
				hostname: target.socketPath ? undefined : target.hostname,
				port: target.socketPath ? undefined : target.port,
				method,
				path: target.basePath + path,
				headers: body ? { ...headers, 'content-length': body.length } : headers,
				signal
			},
			resolve
		);
		req.on('error', reject);
		req.on('socket', (socket) => {
			if (!socket.connecting) return;
			const timer = setTimeout(
				() =>
					req.destroy(
						Object.assign(new Error(`No connection to ${target.hostname}:${target.port}`), {
							code: 'ECONNECT_TIMEOUT'
						})
					),
				connectTimeoutMs
			);
			socket.once('connect', () => clearTimeout(timer));
			socket.once('close', () => clearTimeout(timer));
		});
		req.end(body);
	});
}

export async function readAll(res: IncomingMessage): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of res) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}
