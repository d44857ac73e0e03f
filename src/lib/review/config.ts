import type { CriteriaSet } from '$lib/domain/criteria-set.schema';
import { CONFIG_DB } from '$lib/domain/ids';
import type { OrgUnit, Target } from '$lib/domain/org-unit.schema';
import { reportCommunes } from '$lib/domain/succession';
import { hasRole, orgIndex, scopesOf, type OrgIndex, type UserCtx } from '$lib/domain/scope';
import type { Couch } from '$lib/net/couch';

// What every reviewer screen needs from `cdht-config`: the organisation tree (names, population
// figures), targets and criteria sets. Small (a province: a few hundred units), read once per
// visit and kept in memory.

export interface ReviewConfig {
	units: OrgUnit[];
	unitById: Map<string, OrgUnit>;
	index: OrgIndex;
	targets: Target[];
	criteriaSets: Map<string, CriteriaSet>;
}

export async function loadConfig(couch: Couch): Promise<ReviewConfig> {
	const [units, targets, sets] = await Promise.all([
		couch.docsWithPrefix<OrgUnit>(CONFIG_DB, 'orgUnit:'),
		couch.docsWithPrefix<Target>(CONFIG_DB, 'target:'),
		couch.docsWithPrefix<CriteriaSet>(CONFIG_DB, 'criteriaSet:')
	]);
	return {
		units,
		unitById: new Map(units.map((u) => [u.id, u])),
		index: orgIndex(units),
		targets,
		criteriaSets: new Map(sets.map((s) => [s._id, s]))
	};
}

/** The units a user's reports may start from: its scopes (every root unit for an administrator). */
export function scopeRoots(config: ReviewConfig, user: UserCtx): string[] {
	if (hasRole(user, 'admin'))
		return config.units.filter((u) => u.parentId === null).map((u) => u.id);
	return scopesOf(user.roles).filter((id) => config.unitById.has(id));
}

/** Every commune the user reviews: under any of its scopes, at any depth, and the retired ones they took over; each once, sorted. */
export function reviewerCommunes(config: ReviewConfig, user: UserCtx): string[] {
	return [
		...new Set(scopeRoots(config, user).flatMap((id) => reportCommunes(config.index, id)))
	].sort();
}

/** The units a report can be asked for, in tree order with their depth: the scope roots and every unit under them, hamlets aside. */
export function reportableUnits(
	config: ReviewConfig,
	user: UserCtx
): { unit: OrgUnit; depth: number }[] {
	const out: { unit: OrgUnit; depth: number }[] = [];
	const seen = new Set<string>();
	const visit = (id: string, depth: number) => {
		const unit = config.unitById.get(id);
		if (!unit || unit.level === 'hamlet' || seen.has(id)) return;
		seen.add(id);
		out.push({ unit, depth });
		for (const child of [...(config.index.children.get(id) ?? [])].sort()) visit(child, depth + 1);
	};
	for (const root of scopeRoots(config, user).sort()) visit(root, 0);
	return out;
}
