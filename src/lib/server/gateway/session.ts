import { verifyPassword, type StoredPassword } from '../auth/password';
import { passwordFingerprint } from '../auth/session-token';
import { activeUser, loadUser } from '../auth/users';
import { isPlainObject, parseBody, readBody } from './body';
import { clearedSessionCookie } from './cookies';
import type { Call } from './context';
import { issueSession } from './authenticate';
import { badRequest, HttpError } from './errors';
import { sendJson } from './respond';

const MAX_SIGN_IN_BYTES = 4096;

/** `GET /_session`, shaped as CouchDB answers it, so PouchDB and the app read it unchanged. */
export async function getSession(call: Call): Promise<void> {
	const { user } = call;
	sendJson(call.req, call.res, 200, {
		ok: true,
		userCtx: { name: user?.name ?? null, roles: user ? [...user.roles] : [] },
		info: { authentication_handlers: ['cookie'], ...(user ? { authenticated: 'cookie' } : {}) }
	});
}

/**
 * `POST /_session` with `{name, password}` (JSON or form). The password is verified here against
 * the `_users` document's own pbkdf2 parameters, then the gateway's signed cookie is issued.
 */
export async function signIn(call: Call): Promise<void> {
	const body = parseBody(call.req, await readBody(call.req, { maxBytes: MAX_SIGN_IN_BYTES }), { form: true });
	const name = isPlainObject(body) ? (body.name ?? body.username) : undefined;
	const password = isPlainObject(body) ? body.password : undefined;
	if (typeof name !== 'string' || typeof password !== 'string' || !name || name.length > 200 || password.length > 1024)
		throw badRequest('Hãy gửi tên đăng nhập (name) và mật khẩu (password).');

	const doc = await loadUser(call.ctx.store, name);
	// Without an account the same pbkdf2 work is done, so the answer time does not tell which
	// names exist.
	const valid = await verifyPassword(doc ?? decoy(call), password);
	if (!doc || !valid) throw new HttpError(401, 'unauthorized', 'Tên đăng nhập hoặc mật khẩu không đúng.');
	const user = activeUser(doc);
	// Still 401 as CouchDB answers, with its own error name so the app can say why in words.
	if (!user) throw new HttpError(401, 'account_disabled', 'Tài khoản này đã bị khoá hoặc chưa được cấp quyền. Hãy liên hệ quản trị viên.');

	issueSession(call.ctx, call.res, user.name, passwordFingerprint(doc), call.secure);
	sendJson(call.req, call.res, 200, { ok: true, name: user.name, roles: user.roles });
}

export async function signOut(call: Call): Promise<void> {
	call.res.setHeader('set-cookie', clearedSessionCookie(call.secure));
	sendJson(call.req, call.res, 200, { ok: true });
}

function decoy(call: Call): StoredPassword {
	return {
		password_scheme: 'pbkdf2',
		salt: 'decoy-salt-for-unknown-users',
		derived_key: '00'.repeat(32),
		iterations: call.ctx.options.passwordIterations,
		pbkdf2_prf: 'sha256'
	};
}
