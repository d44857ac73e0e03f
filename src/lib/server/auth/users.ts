import type { HandoverKey } from '../../domain/handover';
import { APP_ROLES, type UserCtx } from '../../domain/scope';
import type { StoreClient } from '../store/client';
import type { StoredPassword } from './password';

export const USERS_DB = '_users';
export const USER_ID_PREFIX = 'org.couchdb.user:';
export const userDocId = (name: string) => USER_ID_PREFIX + name;

/** A CouchDB `_users` document as this app writes it. */
export interface UserDoc extends StoredPassword {
	_id: string;
	_rev?: string;
	type: 'user';
	name: string;
	roles: string[];
	/** Set by an administrator to refuse the account at its next request, without deleting it. */
	disabled?: boolean;
	fullName?: string;
	/** Marks the demo accounts, so that turning demo mode off removes them. */
	demo?: boolean;
	/**
	 * Raised by the gateway on sign-out, password change and disabling; a session cookie carries
	 * the value it began with and is refused once they differ. Set only by the gateway.
	 */
	sessionEpoch?: number;
	/** The officer's tablets' public keys for hand-over files (docs/handover.md): added by the gateway, revoked by administrators. */
	handoverKeys?: HandoverKey[];
}

/** Fields that must never leave the server: with them a password can be attacked offline. */
export const SECRET_USER_FIELDS = [
	'derived_key',
	'salt',
	'iterations',
	'password_scheme',
	'pbkdf2_prf',
	'password_sha',
	'password'
] as const;

export function withoutSecrets<T extends object>(doc: T): Partial<T> {
	const copy: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
	for (const field of SECRET_USER_FIELDS) delete copy[field];
	return copy as Partial<T>;
}

export async function loadUser(store: StoreClient, name: string): Promise<UserDoc | null> {
	if (!name) return null;
	const res = await store.json<UserDoc>(
		'GET',
		`/${USERS_DB}/${encodeURIComponent(userDocId(name))}`
	);
	if (res.status === 404) return null;
	if (res.status !== 200) throw new Error(`Reading user ${name}: ${res.status}`);
	return res.body;
}

/** The user as the rules see them, or null for an account that may not use the app right now. */
export function activeUser(doc: UserDoc | null): UserCtx | null {
	if (!doc || doc.disabled === true || !Array.isArray(doc.roles)) return null;
	if (!doc.roles.some((r) => (APP_ROLES as readonly string[]).includes(r))) return null;
	return { name: doc.name, roles: [...doc.roles] };
}

export const sessionEpochOf = (doc: Pick<UserDoc, 'sessionEpoch'>): number =>
	Number.isInteger(doc.sessionEpoch) && doc.sessionEpoch! >= 0 ? doc.sessionEpoch! : 0;

/**
 * Ends every session of `name` (sign-out): raises the user document's `sessionEpoch`, retrying
 * when another write got in between. The gateway reads the user document on every request, so
 * this instance and every other one refuse the older cookies at their very next request.
 */
export async function endSessions(store: StoreClient, name: string): Promise<void> {
	const path = `/${USERS_DB}/${encodeURIComponent(userDocId(name))}`;
	for (let attempt = 0; attempt < 5; attempt++) {
		const doc = await loadUser(store, name);
		if (!doc) return;
		const res = await store.json('PUT', path, { ...doc, sessionEpoch: sessionEpochOf(doc) + 1 });
		if (res.status === 201 || res.status === 202) return;
		if (res.status !== 409) throw new Error(`Ending the sessions of ${name}: ${res.status}`);
	}
	throw new Error(`Ending the sessions of ${name}: conflicts`);
}
