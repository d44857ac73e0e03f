import type { OrgUnit, OrgUnitLevel } from './org-unit.schema';

// Who sees what follows the organisation tree, of any depth: a reviewer's scope is a subtree (a
// province, a legacy district, a commune). Pure, so the gateway, provisioning (which builds each
// commune's `_security` from it) and the client answer the same.

export type OrgUnitLike = Pick<OrgUnit, 'id' | 'parentId' | 'level'> &
	Partial<Pick<OrgUnit, 'retired' | 'successorId'>>;

/** The org units indexed once, so scope questions do not rescan the whole list. */
export interface OrgIndex {
	readonly byId: ReadonlyMap<string, OrgUnitLike>;
	readonly children: ReadonlyMap<string, readonly string[]>;
}

export function orgIndex(units: readonly OrgUnitLike[]): OrgIndex {
	const byId = new Map<string, OrgUnitLike>();
	const children = new Map<string, string[]>();
	for (const unit of units) byId.set(unit.id, unit);
	for (const unit of byId.values()) {
		if (unit.parentId === null) continue;
		const list = children.get(unit.parentId);
		if (list) list.push(unit.id);
		else children.set(unit.parentId, [unit.id]);
	}
	return { byId, children };
}

/** The unit's ancestors, nearest first. A cycle in bad data ends the walk instead of looping. */
export function ancestorsOf(index: OrgIndex, unitId: string): string[] {
	const seen = new Set([unitId]);
	const result: string[] = [];
	let parent = index.byId.get(unitId)?.parentId ?? null;
	while (parent !== null && !seen.has(parent)) {
		result.push(parent);
		seen.add(parent);
		parent = index.byId.get(parent)?.parentId ?? null;
	}
	return result;
}

/**
 * Where a commune's people are counted today: the commune itself, or, for a retired commune that
 * another took over (`successorId`), the end of that chain. A broken or circular chain stops where
 * it breaks, so every commune is counted under exactly one unit.
 */
export function countedUnder(byId: ReadonlyMap<string, OrgUnitLike>, communeId: string): string {
	const seen = new Set<string>();
	let id = communeId;
	for (;;) {
		const unit = byId.get(id);
		const next = unit?.retired === true ? unit.successorId : undefined;
		if (next === undefined || seen.has(next) || !byId.has(next)) return id;
		seen.add(id);
		id = next;
	}
}

/**
 * The units whose reviewers oversee a commune: its ancestors, and for a retired commune taken over
 * by another, that successor and its ancestors too (they count its people now, so they read them).
 */
export function overseersOf(index: OrgIndex, communeId: string): string[] {
	const out = ancestorsOf(index, communeId);
	const successor = countedUnder(index.byId, communeId);
	if (successor !== communeId)
		for (const id of [successor, ...ancestorsOf(index, successor)])
			if (id !== communeId && !out.includes(id)) out.push(id);
	return out;
}

/** Whether a reviewer scoped to `scopeId` oversees the commune (the commune itself, an ancestor, or its successor's side). */
export function oversees(index: OrgIndex, scopeId: string, communeId: string): boolean {
	if (!index.byId.has(communeId) || !index.byId.has(scopeId)) return false;
	return scopeId === communeId || overseersOf(index, communeId).includes(scopeId);
}

/** Whether `unitId` is `scopeId` itself or lies anywhere below it. Unknown units are in no scope. */
export function isWithin(index: OrgIndex, scopeId: string, unitId: string): boolean {
	if (!index.byId.has(unitId) || !index.byId.has(scopeId)) return false;
	return unitId === scopeId || ancestorsOf(index, unitId).includes(scopeId);
}

/** Units of one level inside a scope (the scope itself included when it has that level). */
export function unitsInScope(index: OrgIndex, scopeId: string, level: OrgUnitLevel): string[] {
	const result: string[] = [];
	const seen = new Set<string>();
	const stack = index.byId.has(scopeId) ? [scopeId] : [];
	while (stack.length) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		if (index.byId.get(id)?.level === level) result.push(id);
		stack.push(...(index.children.get(id) ?? []));
	}
	return result.sort();
}

export const communesInScope = (index: OrgIndex, scopeId: string) =>
	unitsInScope(index, scopeId, 'commune');

// Roles on a `_users` document: what the user does, and where (`ou:<orgUnitId>`).
export const APP_ROLES = ['officer', 'reviewer', 'admin'] as const;
export type AppRole = (typeof APP_ROLES)[number];
export const SCOPE_ROLE_PREFIX = 'ou:';

export const scopeRole = (orgUnitId: string) => SCOPE_ROLE_PREFIX + orgUnitId;

/** The org units a user's roles name. */
export function scopesOf(roles: readonly string[]): string[] {
	return roles
		.filter((r) => r.startsWith(SCOPE_ROLE_PREFIX))
		.map((r) => r.slice(SCOPE_ROLE_PREFIX.length));
}

export interface UserCtx {
	name: string;
	roles: readonly string[];
}

export const hasRole = (user: UserCtx, role: AppRole) => user.roles.includes(role);

/**
 * The communes whose data a user may read: an administrator every one, a reviewer every commune
 * under any of its scopes, an officer only the commune its scope names (an officer's scope is a
 * commune, never a wider unit).
 */
export function canReadCommune(index: OrgIndex, user: UserCtx, communeId: string): boolean {
	if (index.byId.get(communeId)?.level !== 'commune') return false;
	if (hasRole(user, 'admin')) return true;
	const scopes = scopesOf(user.roles);
	if (hasRole(user, 'reviewer') && scopes.some((s) => oversees(index, s, communeId))) return true;
	return hasRole(user, 'officer') && scopes.includes(communeId);
}

/** The `ou:` roles admitted to a commune's database: its own and every overseer's (ancestors, a successor's). */
export function memberRolesOf(index: OrgIndex, communeId: string): string[] {
	return [communeId, ...overseersOf(index, communeId)].map(scopeRole);
}
