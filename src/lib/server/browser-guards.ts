import type { IncomingMessage, ServerResponse } from 'node:http';
import { forwardedValue } from './gateway/client-address';
import { t } from './words';

/**
 * Defences for what a browser does on a user's behalf, shared by `/couch` and the app's pages.
 * Headers are set in the Node server around both (system.ts, gateway.ts), not in a SvelteKit
 * hook: every page is prerendered and served as a static file, which hooks never see.
 */

/** `/couch` answers JSON only: nothing in it may run, load or be framed. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
// The pages' full policy comes from kit.csp (svelte.config.js) as a <meta> tag, which browsers
// ignore frame-ancestors in; so that one directive travels as a header.
const PAGE_CSP = "frame-ancestors 'none'";

/**
 * The public summary pages (/cong-khai/…) may be framed by the province's portal: read-only, no
 * form, nothing done with a session, so no click can be stolen there. (They are rendered at request
 * time, and SvelteKit then sends kit.csp's own header in place of this one: no frame-ancestors.)
 */
const PUBLIC_PAGE_CSP = 'frame-ancestors *';

export function setSecurityHeaders(
	res: ServerResponse,
	kind: 'api' | 'page' | 'public-page',
	secure: boolean
): void {
	res.setHeader(
		'content-security-policy',
		kind === 'api' ? API_CSP : kind === 'public-page' ? PUBLIC_PAGE_CSP : PAGE_CSP
	);
	if (kind !== 'public-page') res.setHeader('x-frame-options', 'DENY');
	res.setHeader('x-content-type-options', 'nosniff');
	res.setHeader('referrer-policy', 'same-origin');
	// Only over TLS: over plain HTTP (a commune's LAN box) the header would be a lie browsers ignore.
	if (secure) res.setHeader('strict-transport-security', 'max-age=31536000');
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether a state-changing request comes from a page of another site: its `Origin` names another
 * host than the one it was sent to (or is `null`: a sandboxed frame, a file). Clients that are not
 * browsers (curl, nano, CouchDB's replicator) send no Origin and are not concerned.
 */
export function isForeignOrigin(req: IncomingMessage, trustProxy: number): boolean {
	if (!STATE_CHANGING.has(req.method ?? 'GET')) return false;
	const origin = req.headers.origin;
	if (origin === undefined) return false;
	let originHost: string;
	try {
		originHost = new URL(origin).host;
	} catch {
		return true;
	}
	const forwardedHost = forwardedValue(req.headers['x-forwarded-host'], trustProxy);
	const hosts = [req.headers.host, forwardedHost].filter(Boolean).map((h) => h!.toLowerCase());
	return !originHost || !hosts.includes(originHost.toLowerCase());
}

export const FOREIGN_ORIGIN_REASON = t('access.foreignOrigin');

/**
 * True when the request is secure (TLS here, or a trusted proxy says `X-Forwarded-Proto: https`);
 * with `trustProxy` hops the value is the one the outermost trusted proxy wrote, as for the client.
 */
export function isSecure(req: IncomingMessage, trustProxy: number): boolean {
	if ((req.socket as { encrypted?: boolean }).encrypted) return true;
	return forwardedValue(req.headers['x-forwarded-proto'], trustProxy) === 'https';
}
