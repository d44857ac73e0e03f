import { activeUser, endSessions, loadUser } from '../auth/users';
import { isPlainObject, parseBody, readBody } from './body';
import { clearedSessionCookie } from './cookies';
import type { Call } from './context';
import { issueSession } from './authenticate';
import { badRequest, HttpError } from './errors';
import { sendJson } from './respond';
import { t } from '../words';

const MAX_SIGN_IN_BYTES = 4096;

const FORM_TYPE = /^application\/x-www-form-urlencoded\s*(;|$)/i;

function isNonBrowserForm(call: Call): boolean {
	const h = call.req.headers;
	return FORM_TYPE.test(String(h['content-type'] ?? '')) && !h.origin && !h['sec-fetch-site'];
}

/** `GET /_session`, shaped as CouchDB answers it, so PouchDB and the app read it unchanged. */
export async function getSession(call: Call): Promise<void> {
	const { user } = call;
	sendJson(call.req, call.res, 200, {
		ok: true,
		userCtx: { name: user?.name ?? null, roles: user ? [...user.roles] : [] },
		info: {
			authentication_handlers: ['cookie', 'default'],
			// CouchDB's names: `default` is HTTP Basic.
			...(user ? { authenticated: call.via === 'basic' ? 'default' : 'cookie' } : {})
		}
	});
}

/**
 * `POST /_session` with `{name, password}` as JSON. A form (urlencoded) is what a cross-site page
 * can send without asking, so from a browser it is refused with 415; CouchDB's own clients (nano's
 * `auth()`, CouchDB's replicator) send exactly such a form, and are no browser: a request with none
 * of the headers every browser adds to a page's request (`Origin`, `Sec-Fetch-Site`; Node's fetch sends `Sec-Fetch-Mode` too) may. The password
 * goes through the password gate (rate, throttle, bounded pbkdf2 pool), then the gateway's signed
 * cookie is issued.
 */
export async function signIn(call: Call): Promise<void> {
	const raw = await readBody(call.req, { maxBytes: MAX_SIGN_IN_BYTES });
	const body = isNonBrowserForm(call)
		? Object.fromEntries(new URLSearchParams(raw.toString('utf8')))
		: parseBody(call.req, raw);
	const name = isPlainObject(body) ? (body.name ?? body.username) : undefined;
	const password = isPlainObject(body) ? body.password : undefined;
	if (
		typeof name !== 'string' ||
		typeof password !== 'string' ||
		!name ||
		name.length > 200 ||
		password.length > 1024
	)
		throw badRequest(t('auth.nameAndPassword'));

	const doc = await loadUser(call.ctx.store, name);
	const valid = await call.ctx.passwords.check(name, call.client, doc, password);
	if (!doc || !valid) throw new HttpError(401, 'unauthorized', t('auth.badCredentials'));
	const user = activeUser(doc);
	// Still 401 as CouchDB answers, with its own error name so the app can say why in words.
	if (!user) throw new HttpError(401, 'account_disabled', t('auth.disabled'));

	issueSession(call.ctx, call.res, doc, call.secure);
	sendJson(call.req, call.res, 200, { ok: true, name: user.name, roles: user.roles });
}

/**
 * `DELETE /_session`: clears the cookie and, for a signed-in user, raises their session epoch, so
 * a copy of the cookie (another tab, a stolen one) stops working too — on every device of that
 * user, since the gateway keeps no per-session state.
 */
export async function signOut(call: Call): Promise<void> {
	if (call.user && call.via === 'cookie') await endSessions(call.ctx.store, call.user.name);
	call.res.setHeader('set-cookie', clearedSessionCookie(call.secure));
	sendJson(call.req, call.res, 200, { ok: true });
}
