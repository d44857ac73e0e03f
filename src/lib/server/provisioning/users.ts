import { demoUsers, DEMO_PASSWORD } from '../../domain/demo-data';
import { scopeRole } from '../../domain/scope';
import { SECRET_USER_FIELDS, USERS_DB, userDocId, type UserDoc } from '../auth/users';
import type { StoreClient } from '../store/client';
import { ensureDoc } from './upsert';

export interface NewUser {
	name: string;
	password: string;
	roles: string[];
	fullName?: string;
	demo?: boolean;
}

/**
 * Creates the user, or brings its roles and name up to date. The password is given to the store
 * in `password`, which it hashes with its own work factor; an existing user keeps the password it
 * has (it may have been changed since), so a second run changes nothing.
 */
export async function ensureUser(store: StoreClient, user: NewUser): Promise<boolean> {
	const path = `/${USERS_DB}/${encodeURIComponent(userDocId(user.name))}`;
	const doc: UserDoc & Record<string, unknown> = {
		_id: userDocId(user.name),
		type: 'user',
		name: user.name,
		roles: user.roles,
		...(user.fullName ? { fullName: user.fullName } : {}),
		...(user.demo ? { demo: true } : {})
	};
	const exists = (await store.json('GET', path)).status === 200;
	// 409: another instance created it in between; then it is only brought up to date.
	if (
		!exists &&
		(await store.ok('PUT', path, { ...doc, password: user.password }, [409])).status !== 409
	)
		return true;
	return ensureDoc(store, USERS_DB, doc, [...SECRET_USER_FIELDS, 'disabled']);
}

export const demoUserDocs = (): NewUser[] =>
	demoUsers.map((u) => ({
		name: u.name,
		password: DEMO_PASSWORD,
		roles: [u.role, ...(u.scope ? [scopeRole(u.scope)] : [])],
		fullName: u.fullName ?? u.description,
		demo: true
	}));

/** With demo mode off, accounts with the public demo password must not exist. */
export async function removeDemoUsers(store: StoreClient): Promise<string[]> {
	const removed: string[] = [];
	for (const { name } of demoUsers) {
		const path = `/${USERS_DB}/${encodeURIComponent(userDocId(name))}`;
		const res = await store.json<UserDoc>('GET', path);
		if (res.status !== 200 || res.body.demo !== true) continue;
		await store.ok('DELETE', `${path}?rev=${encodeURIComponent(res.body._rev!)}`);
		removed.push(name);
	}
	return removed;
}
