import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UserCtx } from '../../domain/scope';
import { passwordFingerprint } from '../auth/session-token';
import { activeUser, loadUser } from '../auth/users';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import type { GatewayContext } from './context';

const DAY_MS = 24 * 60 * 60 * 1000;
// A session in use is renewed at most once a day, so a tablet that syncs keeps signed in.
const RENEW_AFTER_MS = DAY_MS;

/**
 * The user behind a request's session cookie, or null. The user document is read again on every
 * request (not cached), so a disabled account, emptied roles or a changed password are refused at
 * the very next request, whatever cookie the tablet still holds.
 */
export async function authenticate(
	ctx: GatewayContext,
	req: IncomingMessage,
	res: ServerResponse,
	secure: boolean
): Promise<UserCtx | null> {
	const token = readCookie(req, SESSION_COOKIE);
	if (!token) return null;
	const claims = ctx.signer.verify(token);
	const doc = claims ? await loadUser(ctx.store, claims.name) : null;
	const user = activeUser(doc);
	if (!claims || !doc || !user || passwordFingerprint(doc) !== claims.key) {
		// Tell the browser to drop a cookie that will never work again.
		res.setHeader('set-cookie', clearedSessionCookie(secure));
		return null;
	}
	if (Date.now() - claims.issuedAt > RENEW_AFTER_MS) issueSession(ctx, res, doc.name, claims.key, secure);
	return user;
}

export function issueSession(ctx: GatewayContext, res: ServerResponse, name: string, key: string, secure: boolean): void {
	const lifetimeMs = ctx.options.sessionDays * DAY_MS;
	const now = Date.now();
	const token = ctx.signer.sign({ name, issuedAt: now, expires: now + lifetimeMs, key });
	res.setHeader('set-cookie', sessionCookie(token, Math.floor(lifetimeMs / 1000), secure));
}
