import { APP_ROLES, scopeRole, scopesOf, type AppRole } from '$lib/domain/scope';
import { accountDocId } from '$lib/domain/admin-account';
import { couch } from '$lib/net/site';

// Accounts as the administration sees them. The gateway never returns password hashes; a new
// password is sent in `password` and hashed by the store, which also ends the person's sessions.

export interface Account {
	_id: string;
	_rev?: string;
	type: 'user';
	name: string;
	roles: string[];
	fullName?: string;
	disabled?: boolean;
	/** Fields the app does not set (e.g. `demo`) travel back unchanged. */
	[field: string]: unknown;
}

export const userPath = (name: string) => `/_users/${encodeURIComponent(accountDocId(name))}`;

export async function listAccounts(): Promise<Account[]> {
	const res = await couch.get<{ rows: { doc?: Account }[] }>('/_users/_all_docs');
	return res.rows
		.flatMap((r) => (r.doc ? [r.doc] : []))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getAccount(name: string): Promise<Account> {
	return couch.get<Account>(userPath(name));
}

/** `currentPassword`: one's own password is changed only with the current one (checked, never stored). */
export async function saveAccount(account: Account, currentPassword?: string): Promise<string> {
	return (
		await couch.put<{ rev: string }>(
			userPath(account.name),
			currentPassword === undefined ? account : { ...account, currentPassword }
		)
	).rev;
}

/** The one app role an account holds (the gateway allows exactly one), or null. */
export function roleOf(roles: readonly string[]): AppRole | null {
	return APP_ROLES.find((r) => roles.includes(r)) ?? null;
}

/** Roles for a role and its scope: officer → one commune; reviewer → one unit; admin → optional. */
export function rolesFor(role: AppRole, scope: string): string[] {
	return [role, ...(scope ? [scopeRole(scope)] : [])];
}

export const scopeOf = (roles: readonly string[]) => scopesOf(roles)[0] ?? '';
