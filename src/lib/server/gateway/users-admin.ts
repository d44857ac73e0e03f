import { ACCOUNT_NAME_PATTERN, MIN_PASSWORD_LENGTH } from '../../domain/admin-account';
import { hasRole, APP_ROLES, scopesOf } from '../../domain/scope';
import {
	loadUser,
	SECRET_USER_FIELDS,
	sessionEpochOf,
	USER_ID_PREFIX,
	USERS_DB,
	withoutSecrets,
	type UserDoc
} from '../auth/users';
import { deepEqual } from '../../domain/write-rules';
import { readAll } from '../store/target';
import type { Call } from './context';
import { badRequest, forbidden } from './errors';
import { recordAudit } from './audit';
import { issueSession } from './authenticate';
import { storePath } from './forward';
import { keysOf } from './handover';
import { isPlainObject } from './body';
import type { HandoverKey } from '../../domain/handover';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { t } from '../words';

// `sessionEpoch` may come back from a GET; it is always set here, never taken from the client
// (an old value sent back would revive ended sessions). `currentPassword` is checked, not stored.
const USER_FIELDS = new Set([
	'_id',
	'_rev',
	'type',
	'name',
	'roles',
	'password',
	'disabled',
	'fullName',
	'sessionEpoch',
	'currentPassword',
	'handoverKeys'
]);

/** `GET /_users/org.couchdb.user:{name}`: one's own account, or any for an administrator; never the hash. */
export async function getUser(call: Call): Promise<void> {
	const res = await call.ctx.store.json<UserDoc>('GET', storePath(USERS_DB, call.params.userdoc));
	sendJson(
		call.req,
		call.res,
		res.status,
		res.status === 200 ? withoutSecrets(res.body) : res.body
	);
}

/** `GET /_users/_all_docs`: the account list for the administration screens, hashes removed. */
export async function listUsers(call: Call): Promise<void> {
	const query = new URLSearchParams(call.rawQuery);
	query.set('include_docs', 'true');
	const upstream = await call.ctx.store.raw('GET', `${storePath(USERS_DB, '_all_docs')}?${query}`, {
		accept: 'application/json'
	});
	const body = JSON.parse((await readAll(upstream)).toString('utf8')) as {
		rows?: { id: string; doc?: Partial<UserDoc> }[];
	};
	if (Array.isArray(body.rows))
		body.rows = body.rows
			.filter((row) => row.id.startsWith(USER_ID_PREFIX))
			.map((row) => (row.doc ? { ...row, doc: withoutSecrets(row.doc) } : row));
	sendJson(call.req, call.res, upstream.statusCode ?? 502, body);
}

/**
 * `PUT /_users/org.couchdb.user:{name}`. Administrators create accounts and set roles, scope and
 * `disabled`; a user may only change their own password, and must give the current one
 * (`currentPassword`), so a cookie stolen from an open tablet cannot take the account over.
 * Without a new password the stored hash is carried over, so a role change never locks the
 * account out. A new password or disabling raises `sessionEpoch`: every earlier session ends, and
 * enabling the account again does not bring them back.
 */
export async function putUser(call: Call): Promise<void> {
	const body = await jsonObjectBody(call, 64 * 1024);
	const name = call.params.userdoc.slice(USER_ID_PREFIX.length);
	const current = await call.ctx.store.json<UserDoc>(
		'GET',
		storePath(USERS_DB, call.params.userdoc)
	);
	const stored = current.status === 200 ? current.body : null;
	const isAdmin = hasRole(call.user!, 'admin');

	// Fields the app does not set are refused, unless they come back unchanged from a GET (`demo`).
	const storedFields = (stored ?? {}) as Record<string, unknown>;
	for (const key of Object.keys(body))
		if (!USER_FIELDS.has(key) && !deepEqual(body[key], storedFields[key]))
			throw badRequest(t('user.field', { key }));
	if (
		body.password !== undefined &&
		(typeof body.password !== 'string' || body.password.length < MIN_PASSWORD_LENGTH)
	)
		throw badRequest(t('user.passwordShort', { min: MIN_PASSWORD_LENGTH }));

	const { currentPassword, sessionEpoch: _ignored, ...fields } = body;
	void _ignored;
	if (stored && name === call.user!.name && fields.password !== undefined)
		await checkCurrentPassword(call, stored, currentPassword);

	let doc: Record<string, unknown>;
	if (isAdmin) {
		if (!ACCOUNT_NAME_PATTERN.test(name)) throw badRequest(t('user.name'));
		if (!stored && body.password === undefined) throw badRequest(t('user.passwordNew'));
		await checkRoles(call, body.roles);
		// An administrator cannot lock themselves out: someone must be left to undo a mistake.
		if (
			name === call.user!.name &&
			(body.disabled === true || !(body.roles as string[]).includes('admin'))
		)
			throw forbidden(t('user.selfAdmin'));
		if (body.disabled !== undefined && typeof body.disabled !== 'boolean')
			throw badRequest(t('user.disabled'));
		if (
			body.fullName !== undefined &&
			(typeof body.fullName !== 'string' || body.fullName.length > 120)
		)
			throw badRequest(t('user.fullName'));
		doc = {
			...fields,
			_id: call.params.userdoc,
			type: 'user',
			name,
			...handoverKeysAfter(stored, body.handoverKeys)
		};
	} else {
		// Only reachable for one's own account (the route's `self-or-admin`).
		if (!stored) throw forbidden(t('user.createAdmin'));
		const changesOtherThanPassword = [
			'roles',
			'disabled',
			'fullName',
			'name',
			'type',
			'handoverKeys'
		].some((k) => body[k] !== undefined && !deepEqual(body[k], storedFields[k]));
		if (changesOtherThanPassword || typeof body.password !== 'string')
			throw forbidden(t('user.ownPassword'));
		doc = { ...stored, _rev: body._rev ?? stored._rev, password: body.password };
	}
	if (stored && doc.password === undefined)
		for (const field of SECRET_USER_FIELDS) if (field in stored) doc[field] = storedFields[field];
	if (stored && doc._rev === undefined) doc._rev = stored._rev;
	const epoch = stored ? sessionEpochOf(stored) : 0;
	const endsSessions =
		doc.password !== undefined || (doc.disabled === true && stored?.disabled !== true);
	doc.sessionEpoch = endsSessions && stored ? epoch + 1 : epoch;
	const res = await call.ctx.store.json('PUT', storePath(USERS_DB, call.params.userdoc), doc);
	// One's own new password ends every other session, not this one: a fresh cookie for the new epoch.
	if (res.status < 300 && endsSessions && name === call.user!.name && call.via === 'cookie') {
		const fresh = await loadUser(call.ctx.store, name);
		if (fresh) issueSession(call.ctx, call.res, fresh, call.secure);
	}
	// An administrator's change of any account is journalled (the password only as "a new one was set").
	if (isAdmin && res.status < 300)
		await recordAudit(call, [
			{
				kind: 'user',
				target: name,
				db: USERS_DB,
				before: stored ? withoutSecrets(stored) : null,
				after: doc
			}
		]);
	sendJson(call.req, call.res, res.status, res.body);
}

async function checkCurrentPassword(
	call: Call,
	stored: UserDoc,
	currentPassword: unknown
): Promise<void> {
	if (typeof currentPassword !== 'string' || !currentPassword)
		throw forbidden(t('user.currentPassword'), {
			issues: [{ path: 'currentPassword', message: 'required' }]
		});
	if (!(await call.ctx.passwords.check(stored.name, call.client, stored, currentPassword)))
		throw forbidden(t('user.currentWrong'), {
			issues: [{ path: 'currentPassword', message: 'wrong' }]
		});
}

async function checkRoles(call: Call, roles: unknown): Promise<void> {
	if (!Array.isArray(roles) || !roles.every((r) => typeof r === 'string'))
		throw badRequest(t('user.rolesList'));
	const appRoles = roles.filter((r) => (APP_ROLES as readonly string[]).includes(r));
	if (appRoles.length !== 1) throw badRequest(t('user.oneRole'));
	const scopes = scopesOf(roles);
	if (roles.length !== 1 + scopes.length) throw badRequest(t('user.roleWords'));
	const { index } = await call.ctx.config.org();
	for (const scope of scopes)
		if (!index.byId.has(scope)) throw badRequest(t('user.noUnit', { unit: scope }));
	if (
		appRoles[0] === 'officer' &&
		(scopes.length !== 1 || index.byId.get(scopes[0])?.level !== 'commune')
	)
		throw badRequest(t('user.officerUnit'));
	if (appRoles[0] === 'reviewer' && scopes.length === 0) throw badRequest(t('user.reviewerUnit'));
}

/**
 * Device keys (docs/handover.md) are added only by the officer's tablet (`PUT /_handover/keys`); an
 * administrator may only revoke one (`revokedAt`) or remove it. Left out of the body, they stay.
 */
function handoverKeysAfter(
	stored: UserDoc | null,
	sent: unknown
): { handoverKeys?: HandoverKey[] } {
	const before = stored ? keysOf(stored) : [];
	if (sent === undefined) return before.length ? { handoverKeys: before } : {};
	if (!Array.isArray(sent)) throw badRequest(t('user.keysList'));
	const after = sent.map((k) => {
		const old = before.find((b) => isPlainObject(k) && b.id === k.id);
		if (!old || !isPlainObject(k)) throw badRequest(t('user.keysNoAdd'));
		const { revokedAt, ...rest } = k;
		if (
			!deepEqual(rest, { ...old, revokedAt: undefined }) ||
			(revokedAt !== undefined &&
				(typeof revokedAt !== 'string' || Number.isNaN(Date.parse(revokedAt))))
		)
			throw badRequest(t('user.keysRevokeOnly'));
		if (old.revokedAt && revokedAt === undefined) throw badRequest(t('user.keysRevoked'));
		return revokedAt === undefined ? old : { ...old, revokedAt: revokedAt as string };
	});
	return { handoverKeys: after };
}
