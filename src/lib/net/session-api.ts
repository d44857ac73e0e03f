import type { UserCtx } from '$lib/domain/scope';
import { CouchFailure, isFailure } from './failure';
import type { Requests } from './request';

// The three calls the app makes to `/couch/_session` (same origin, so the gateway's HttpOnly
// cookie goes with them and never reaches script). Failures are CouchFailures like any other.

interface SessionAnswer {
	userCtx?: { name: string | null; roles?: string[] };
}

/** Sign in; the user the server now knows, or a CouchFailure (see signInProblem). */
export async function signIn(server: Requests, name: string, password: string): Promise<UserCtx> {
	const body = await server.post<{ name?: string; roles?: string[] }>('/_session', {
		name: name.trim(),
		password
	});
	if (!body?.name) throw new CouchFailure('server', 'no user in the answer', 200);
	return { name: body.name, roles: body.roles ?? [] };
}

/** Who the server's cookie says is signed in; null for nobody. Throws when the server cannot say. */
export async function currentUser(server: Requests): Promise<UserCtx | null> {
	const ctx = (await server.get<SessionAnswer>('/_session')).userCtx;
	return ctx?.name ? { name: ctx.name, roles: ctx.roles ?? [] } : null;
}

/** The display name the administrator set on one's own account (`fullName`), if any. */
export async function ownFullName(server: Requests, name: string): Promise<string | undefined> {
	const doc = await server.get<{ fullName?: unknown }>(
		`/_users/${encodeURIComponent('org.couchdb.user:' + name)}`
	);
	return typeof doc?.fullName === 'string' && doc.fullName.trim() ? doc.fullName.trim() : undefined;
}

/** Best effort: offline, the cookie simply stays until it expires; the device forgets the user anyway. */
export async function signOut(server: Requests): Promise<void> {
	await server.delete('/_session').catch(() => undefined);
}

export type SignInProblem = 'wrong' | 'disabled' | 'tooMany' | 'unreachable' | 'serverError';

/** What a failed sign-in means for the person at the sign-in form. */
export function signInProblem(e: unknown): SignInProblem {
	if (!isFailure(e) || e.kind === 'network') return 'unreachable';
	if (e.kind === 'auth') return e.error === 'account_disabled' ? 'disabled' : 'wrong';
	if (e.status === 429) return 'tooMany';
	// A service worker answering for a server that is down, or a proxy's gateway error.
	if (e.status === 502 || e.status === 503 || e.status === 504) return 'unreachable';
	return 'serverError';
}
