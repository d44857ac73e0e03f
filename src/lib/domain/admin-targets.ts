import { targetDocId } from './ids';
import type { OrgUnit, Target } from './org-unit.schema';
import { targetFor } from './report';
import { isWithin, orgIndex, type OrgIndex } from './scope';

// The targets screen: every unit that can carry a target (province, legacy district, commune;
// hamlets do not), its own target for a year and the one that applies, with where that one comes
// from. Which target applies is `targetFor`'s business (report.ts) and nobody else's: this module
// only asks it, so the screen and the reviewer's report can never disagree.

/** A target for every citizen group; a group's own target (its group id) wins over it at the same unit (`targetFor`). */
export const ALL_GROUPS = 'all';

export type TargetUnit = Pick<OrgUnit, 'id' | 'name' | 'level' | 'parentId' | 'retired'>;
export type TargetDoc = Pick<
	Target,
	'_id' | '_rev' | 'orgUnitId' | 'period' | 'group' | 'percentage'
>;
type TargetLike = Pick<Target, 'orgUnitId' | 'period' | 'group' | 'percentage'>;

/** Where the target that applies comes from: the unit's own, an ancestor's, or the default. */
export type TargetSource =
	{ kind: 'own' } | { kind: 'ancestor'; unitId: string } | { kind: 'default' };

export interface TargetRow {
	unit: TargetUnit;
	/** 0 for a top unit, 1 for its children… */
	depth: number;
	/** Its own target for the year and the group shown ('all': every group), or null. */
	own: TargetDoc | null;
	/** The target that applies, in percent. */
	applied: number;
	source: TargetSource;
	/** Viewing one group: the target that applies is a target for every group (not the group's own). */
	fromAllGroups: boolean;
}

/**
 * The target that applies and the document it was taken from (null: the default). Asked of
 * `targetFor` itself: with each document's percentage replaced by minus its position (minus one),
 * a negative answer names the document it took, any other answer is the default.
 */
export function appliedTarget<T extends TargetLike>(
	index: OrgIndex,
	targets: readonly T[],
	unitId: string,
	period: number,
	group = ALL_GROUPS
): { percentage: number; from: T | null } {
	const tagged = targets.map((t, i) => ({
		orgUnitId: t.orgUnitId,
		period: t.period,
		group: t.group,
		percentage: -(i + 1)
	}));
	const answer = targetFor(index, tagged, unitId, period, group);
	if (answer >= 0) return { percentage: answer, from: null };
	const from = targets[-answer - 1];
	return { percentage: from.percentage, from };
}

const byCode = (a: TargetUnit, b: TargetUnit) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The units that can carry a target, depth first from the top, children in code order (as the report lists them). */
export function targetRows(
	units: readonly TargetUnit[],
	targets: readonly TargetDoc[],
	year: number,
	group = ALL_GROUPS
): TargetRow[] {
	const shown = units.filter((u) => u.level !== 'hamlet');
	const index = orgIndex(shown);
	const byId = new Map(shown.map((u) => [u.id, u]));
	const rows: TargetRow[] = [];
	const seen = new Set<string>();
	const visit = (unit: TargetUnit, depth: number) => {
		if (seen.has(unit.id)) return;
		seen.add(unit.id);
		const { percentage, from } = appliedTarget(index, targets, unit.id, year, group);
		const own =
			targets.find((t) => t.orgUnitId === unit.id && t.period === year && t.group === group) ??
			null;
		const source: TargetSource = !from
			? { kind: 'default' }
			: from.orgUnitId === unit.id
				? { kind: 'own' }
				: { kind: 'ancestor', unitId: from.orgUnitId };
		rows.push({
			unit,
			depth,
			own,
			applied: percentage,
			source,
			fromAllGroups: group !== ALL_GROUPS && from?.group === ALL_GROUPS
		});
		for (const child of (index.children.get(unit.id) ?? []).map((id) => byId.get(id)!).sort(byCode))
			visit(child, depth + 1);
	};
	// A unit whose parent is missing is shown at the top, not lost.
	for (const top of shown.filter((u) => u.parentId === null || !byId.has(u.parentId)).sort(byCode))
		visit(top, 0);
	return rows;
}

/** The years to choose from: last year, this year, next year, and every year that has a target. */
export function targetYears(
	targets: readonly Pick<Target, 'period'>[],
	thisYear: number
): number[] {
	return [...new Set([thisYear - 1, thisYear, thisYear + 1, ...targets.map((t) => t.period)])].sort(
		(a, b) => a - b
	);
}

/**
 * A percentage as typed: empty is "no own target" (null); a number with at most one decimal, with
 * a point or a comma ("62,5"), is that number (its range is the schema's business); anything else
 * is not a percentage ('format').
 */
export function parsePercentage(
	text: string
): { ok: true; value: number | null } | { ok: false; problem: 'format' } {
	const trimmed = text.trim();
	if (trimmed === '') return { ok: true, value: null };
	if (!/^\d{1,3}([.,]\d)?$/.test(trimmed)) return { ok: false, problem: 'format' };
	return { ok: true, value: Number(trimmed.replace(',', '.')) };
}

/** The document that sets a unit's own target for a year and a group (over its stored revision, if any). */
export function targetDoc(
	unitId: string,
	year: number,
	percentage: number,
	stored: Pick<Target, '_rev'> | null,
	group = ALL_GROUPS
): Target {
	return {
		_id: targetDocId(unitId, year, group),
		...(stored?._rev ? { _rev: stored._rev } : {}),
		type: 'target',
		orgUnitId: unitId,
		period: year,
		group,
		percentage
	};
}

export interface TargetChange {
	before: TargetRow;
	after: TargetRow;
	/** Units below this one whose applied target changes with it (they follow it). */
	followers: TargetRow[];
}

/** What setting (a number) or clearing (null) a unit's own target for a year changes, before it is saved. */
export function targetChange(
	units: readonly TargetUnit[],
	targets: readonly TargetDoc[],
	year: number,
	unitId: string,
	percentage: number | null,
	group = ALL_GROUPS
): TargetChange {
	const others = targets.filter(
		(t) => !(t.orgUnitId === unitId && t.period === year && t.group === group)
	);
	const proposed =
		percentage === null ? others : [...others, targetDoc(unitId, year, percentage, null, group)];
	const before = targetRows(units, targets, year, group);
	const after = targetRows(units, proposed, year, group);
	const index = orgIndex(units.filter((u) => u.level !== 'hamlet'));
	const beforeOf = new Map(before.map((r) => [r.unit.id, r]));
	const row = (rows: TargetRow[]) => rows.find((r) => r.unit.id === unitId)!;
	return {
		before: row(before),
		after: row(after),
		followers: after.filter(
			(r) =>
				r.unit.id !== unitId &&
				isWithin(index, unitId, r.unit.id) &&
				r.applied !== beforeOf.get(r.unit.id)?.applied
		)
	};
}
