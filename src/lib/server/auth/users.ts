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
}

/** Fields that must never leave the server: with them a password can be attacked offline. */
export const SECRET_USER_FIELDS = ['derived_key', 'salt', 'iterations', 'password_scheme', 'pbkdf2_prf', 'password_sha', 'password'] as const;

export function withoutSecrets<T extends object>(doc: T): Partial<T> {
	const copy: Record<string, unknown> = { ...(doc as Record<string, unknown>) };
	for (const field of SECRET_USER_FIELDS) delete copy[field];
	return copy as Partial<T>;
}

export async function loadUser(store: StoreClient, name: string): Promise<UserDoc | null> {
	if (!name) return null;
	const res = await store.json<UserDoc>('GET', `/${USERS_DB}/${encodeURIComponent(userDocId(name))}`);
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
