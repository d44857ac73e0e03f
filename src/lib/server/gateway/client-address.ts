import type { IncomingMessage } from 'node:http';

// Behind reverse proxies, each one appends the address it received the request from to
// `X-Forwarded-For`; whatever the client sent itself stands to the left of those. So with
// `hops` trusted proxies the client is the entry `hops` places from the right (the socket peer
// being the nearest proxy), and anything further left is the client's own claim, never believed.

/** The value `hops` entries from the right of a comma-separated forwarding header; the leftmost if fewer. */
export function forwardedValue(header: string | string[] | undefined, hops: number): string {
	if (hops < 1 || header === undefined) return '';
	const entries = (Array.isArray(header) ? header.join(',') : header)
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	if (entries.length === 0) return '';
	return entries[Math.max(0, entries.length - hops)];
}

/** The address the rate bounds count: the socket's peer, or with trusted proxies the one they saw. */
export function clientAddress(req: IncomingMessage, hops: number): string {
	return (
		forwardedValue(req.headers['x-forwarded-for'], hops) || req.socket.remoteAddress || 'unknown'
	);
}
