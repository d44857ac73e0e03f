import { scopesOf, type AppRole, type UserCtx } from './scope';

/** What the app needs to know of a signed-in user, read from the roles the server gives. */
export interface Account {
	name: string;
	roles: string[];
	/** An account has exactly one working role; an administrator's outranks the others. */
	role: AppRole;
	/** The org unit the account works in: an officer's commune, a reviewer's subtree. */
	scope: string | null;
}

const RANK: readonly AppRole[] = ['admin', 'reviewer', 'officer'];

/** The account behind a CouchDB-shaped userCtx, or null when it has no role this app serves. */
export function accountOf(user: UserCtx | null | undefined): Account | null {
	if (!user?.name) return null;
	const role = RANK.find((r) => user.roles.includes(r));
	if (!role) return null;
	const scope = scopesOf(user.roles)[0] ?? null;
	// An officer works for one commune: without it there is nothing to record for.
	if (role === 'officer' && !scope) return null;
	return { name: user.name, roles: [...user.roles], role, scope };
}

/** Where each role starts. */
export function homePathOf(role: AppRole): string {
	return role === 'officer' ? '/' : `/${role === 'reviewer' ? 'review' : 'admin'}`;
}
