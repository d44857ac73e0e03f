import type { UserCtx } from '$lib/domain/scope';

// The three calls the app makes to `/couch/_session` (same origin, so the gateway's HttpOnly
// cookie goes with them and never reaches script). Every failure is classified, so each one gets
// its own plain message on screen.

export type SignInResult =
	| { kind: 'ok'; user: UserCtx }
	| { kind: 'wrong' }
	| { kind: 'disabled' }
	| { kind: 'tooMany' }
	| { kind: 'unreachable' }
	| { kind: 'serverError'; status: number };

export type SessionCheck = { kind: 'signedIn'; user: UserCtx } | { kind: 'anonymous' } | { kind: 'unreachable' };

const SESSION_URL = '/couch/_session';
const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

export async function signInOnServer(name: string, password: string, fetcher: typeof fetch = fetch): Promise<SignInResult> {
	let response: Response;
	try {
		response = await fetcher(SESSION_URL, {
			method: 'POST',
			credentials: 'same-origin',
			headers: JSON_HEADERS,
			body: JSON.stringify({ name: name.trim(), password })
		});
	} catch {
		return { kind: 'unreachable' };
	}
	const body = (await response.json().catch(() => null)) as { name?: string; roles?: string[]; error?: string } | null;
	if (response.ok && body?.name) return { kind: 'ok', user: { name: body.name, roles: body.roles ?? [] } };
	if (response.status === 401) return { kind: body?.error === 'account_disabled' ? 'disabled' : 'wrong' };
	if (response.status === 429) return { kind: 'tooMany' };
	// A service worker answering for a server that is down, or a proxy's gateway error.
	if (response.status === 502 || response.status === 503 || response.status === 504) return { kind: 'unreachable' };
	return { kind: 'serverError', status: response.status };
}

/** Who the server's cookie says is signed in. */
export async function checkServerSession(fetcher: typeof fetch = fetch): Promise<SessionCheck> {
	try {
		const response = await fetcher(SESSION_URL, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
		if (!response.ok) return { kind: 'unreachable' };
		const body = (await response.json()) as { userCtx?: { name: string | null; roles?: string[] } };
		const name = body.userCtx?.name;
		return name ? { kind: 'signedIn', user: { name, roles: body.userCtx?.roles ?? [] } } : { kind: 'anonymous' };
	} catch {
		return { kind: 'unreachable' };
	}
}

/** Best effort: offline, the cookie simply stays until it expires; the tablet forgets the user anyway. */
export async function signOutOnServer(fetcher: typeof fetch = fetch): Promise<void> {
	try {
		await fetcher(SESSION_URL, { method: 'DELETE', credentials: 'same-origin' });
	} catch {
		// nothing to do: signing out on the tablet must not depend on the network
	}
}
