import type { ServerResponse } from 'node:http';
import type { UserCtx } from '../../domain/scope';
import { passwordFingerprint } from '../auth/session-token';
import { activeUser, loadUser, sessionEpochOf, type UserDoc } from '../auth/users';
import { basicCredentials } from './basic-auth';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import type { Call, GatewayContext } from './context';
import { HttpError } from './errors';

const DAY_MS = 24 * 60 * 60 * 1000;
// A session in use is renewed at most once a day, so a tablet that syncs keeps signed in.
const RENEW_AFTER_MS = DAY_MS;

/**
 * The user behind a request — its session cookie, or HTTP Basic credentials (curl -u, nano,
 * CouchDB's replicator) — or null. The user document is read again on every request (not
 * cached), so a disabled account, emptied roles, a changed password or a raised `sessionEpoch`
 * (signed out) are refused at the very next request, whatever cookie the client still holds.
 */
export async function authenticate(call: Call): Promise<UserCtx | null> {
	const { ctx, req, res, secure } = call;
	const basic = basicCredentials(req);
	if (basic) {
		const user = await ctx.basic.authenticate(call, basic);
		// CouchDB answers wrong Basic credentials with 401 on every path, even an anonymous one.
		if (!user) throw new HttpError(401, 'unauthorized', 'Name or password is incorrect.');
		call.via = 'basic';
		return user;
	}
	const token = readCookie(req, SESSION_COOKIE);
	if (!token) return null;
	const claims = ctx.signer.verify(token);
	const doc = claims ? await loadUser(ctx.store, claims.name) : null;
	const user = activeUser(doc);
	if (
		!claims ||
		!doc ||
		!user ||
		passwordFingerprint(doc) !== claims.key ||
		sessionEpochOf(doc) !== (claims.epoch ?? 0)
	) {
		// Tell the browser to drop a cookie that will never work again.
		res.setHeader('set-cookie', clearedSessionCookie(secure));
		return null;
	}
	if (Date.now() - claims.issuedAt > RENEW_AFTER_MS) issueSession(ctx, res, doc, secure);
	call.via = 'cookie';
	return user;
}

export function issueSession(
	ctx: GatewayContext,
	res: ServerResponse,
	doc: UserDoc,
	secure: boolean
): void {
	const lifetimeMs = ctx.options.sessionDays * DAY_MS;
	const now = Date.now();
	const token = ctx.signer.sign({
		name: doc.name,
		issuedAt: now,
		expires: now + lifetimeMs,
		key: passwordFingerprint(doc),
		epoch: sessionEpochOf(doc)
	});
	res.setHeader('set-cookie', sessionCookie(token, Math.floor(lifetimeMs / 1000), secure));
}
