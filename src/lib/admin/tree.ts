import { PARENT_LEVELS } from '$lib/domain/admin-org';
import { orgUnitLevels, type OrgUnit, type OrgUnitLevel } from '$lib/domain/org-unit.schema';
import { communesInScope, isWithin, orgIndex } from '$lib/domain/scope';

// The org tree as the administration screens show it: rows in reading order with their depth,
// the parents a unit may be placed under, the communes a move touches. Pure, so it is tested alone.

export interface TreeRow {
	unit: OrgUnit;
	depth: number;
}

const byName = (a: OrgUnit, b: OrgUnit) => a.name.localeCompare(b.name, 'vi');

/** Depth-first from the top units; a unit whose parent is missing is shown at the top, not lost. */
export function treeRows(units: readonly OrgUnit[]): TreeRow[] {
	const ids = new Set(units.map((u) => u.id));
	const children = new Map<string | null, OrgUnit[]>();
	for (const u of units) {
		const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
		children.set(parent, [...(children.get(parent) ?? []), u]);
	}
	const rows: TreeRow[] = [];
	const seen = new Set<string>();
	const walk = (parent: string | null, depth: number) => {
		for (const unit of [...(children.get(parent) ?? [])].sort(byName)) {
			if (seen.has(unit.id)) continue;
			seen.add(unit.id);
			rows.push({ unit, depth });
			walk(unit.id, depth + 1);
		}
	};
	walk(null, 0);
	return rows;
}

/** Levels a new unit may have under `parent` (null: at the top). */
export function childLevels(parent: OrgUnit | null): OrgUnitLevel[] {
	return orgUnitLevels.filter((level) => PARENT_LEVELS[level].includes(parent?.level ?? null));
}

/**
 * Units that `unit` (of `level`) may sit under: of a fitting level, not the unit nor anything
 * under it, not retired unless it is where the unit already is.
 */
export function parentChoices(
	units: readonly OrgUnit[],
	level: OrgUnitLevel,
	unit: Pick<OrgUnit, 'id' | 'parentId'> | null
): OrgUnit[] {
	const index = orgIndex(units);
	return units
		.filter((u) => PARENT_LEVELS[level].includes(u.level))
		.filter((u) => !unit || !isWithin(index, unit.id, u.id))
		.filter((u) => !u.retired || u.id === unit?.parentId)
		.sort(byName);
}

/** The communes whose readers change when `unitId` moves: its own subtree's. */
export function communesUnder(units: readonly OrgUnit[], unitId: string): string[] {
	return communesInScope(orgIndex(units), unitId);
}

/**
 * Units an account's scope may name, in tree order: a commune for an officer, any unit but a
 * hamlet for a reviewer (retired ones too: a legacy district's reviewer still reviews its communes).
 */
export function scopeChoices(units: readonly OrgUnit[], level: 'commune' | 'any'): TreeRow[] {
	return treeRows(units).filter(({ unit }) =>
		level === 'commune' ? unit.level === 'commune' : unit.level !== 'hamlet'
	);
}
