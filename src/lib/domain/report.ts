import { DEFAULT_TARGET_PERCENT, type OrgUnit, type Target } from './org-unit.schema';
import { ancestorsOf, orgIndex, type OrgIndex } from './scope';
import { rollUpCounts, takenOver } from './succession';

// The periodic report: recognition of citizens 16+ against the target, for an org unit and every
// unit under it down to the communes. Counts come from one view query per commune database (the
// `_design/review/report` view, key [period, status, group, month], `_count`), so this module
// only adds up small numbers; it never sees an assessment.

/** The statuses a report counts. Drafts never leave the tablet; `ready` is a re-sent one waiting. */
export type Counted = 'pending' | 'recognised' | 'returned' | 'rejected';

export interface Tally {
	assessed: number;
	recognised: number;
	returned: number;
	rejected: number;
	/** Sent and waiting for a decision. */
	pending: number;
}

/** One commune's counts for one period, as read from its view. */
export interface CommuneCounts {
	total: Tally;
	byGroup: Record<string, Tally>;
	/** 'YYYY-MM' → counts in that month: of the decision for decided ones, of the assessment otherwise. */
	byMonth: Record<string, Tally>;
}

/** A row of the view queried with group_level=4. */
export interface ViewRow {
	key: [number, string, string, string];
	value: number;
}

export const emptyTally = (): Tally => ({
	assessed: 0,
	recognised: 0,
	returned: 0,
	rejected: 0,
	pending: 0
});

function addStatus(t: Tally, status: string, n: number): void {
	const bucket: Counted | null =
		status === 'sent' || status === 'ready'
			? 'pending'
			: status === 'recognised' || status === 'returned' || status === 'rejected'
				? status
				: null;
	if (!bucket) return;
	t[bucket] += n;
	t.assessed += n;
}

export function addTally(into: Tally, t: Tally): Tally {
	into.assessed += t.assessed;
	into.recognised += t.recognised;
	into.returned += t.returned;
	into.rejected += t.rejected;
	into.pending += t.pending;
	return into;
}

/** A commune's counts from its view rows (rows of other periods are ignored). */
export function communeCountsFromRows(rows: readonly ViewRow[], period: number): CommuneCounts {
	const counts: CommuneCounts = { total: emptyTally(), byGroup: {}, byMonth: {} };
	for (const { key, value } of rows) {
		const [rowPeriod, status, group, month] = key;
		if (rowPeriod !== period) continue;
		addStatus(counts.total, status, value);
		addStatus((counts.byGroup[group] ??= emptyTally()), status, value);
		addStatus((counts.byMonth[month] ??= emptyTally()), status, value);
	}
	return counts;
}

type TargetLike = Pick<Target, 'orgUnitId' | 'period' | 'group' | 'percentage'>;

/**
 * The target that applies to a unit: its own, else its nearest ancestor's, for the period; at each
 * unit a target for the citizen group wins over one for 'all'. 60% when none is set.
 */
export function targetFor(
	index: OrgIndex,
	targets: readonly TargetLike[],
	unitId: string,
	period: number,
	group = 'all'
): number {
	for (const id of [unitId, ...ancestorsOf(index, unitId)]) {
		const here = targets.filter((t) => t.orgUnitId === id && t.period === period);
		const hit = here.find((t) => t.group === group) ?? here.find((t) => t.group === 'all');
		if (hit) return hit.percentage;
	}
	return DEFAULT_TARGET_PERCENT;
}

export type UnitLike = Pick<
	OrgUnit,
	'id' | 'name' | 'level' | 'parentId' | 'population' | 'retired' | 'successorId'
>;

export interface ReportRow extends Tally {
	id: string;
	name: string;
	level: UnitLike['level'];
	retired: boolean;
	/** Retired communes taken over by this one, whose people it counts (succession.ts). */
	merged: { id: string; name: string }[];
	/** 0 for the unit the report is for, 1 for its children… */
	depth: number;
	/** Citizens 16+ in the period: the communes' figures added up; null when no commune has one. */
	population: number | null;
	/** Communes under this row without a population figure for the period (their rate is unknown). */
	missingPopulation: number;
	/** Recognised ÷ population, 0..1; null without a population. */
	rate: number | null;
	/** The target in percent. */
	target: number;
	/** Target minus rate, in percentage points (negative: above the target); null without a population. */
	gapPoints: number | null;
	/** How many more citizens must be recognised to reach the target; null without a population. */
	needed: number | null;
}

export interface GroupRow extends Tally {
	group: string;
	/** Recognised ÷ assessed (no population figure exists per group). */
	shareOfAssessed: number | null;
	target: number;
}

export interface MonthPoint {
	month: string;
	recognised: number;
	returned: number;
	rejected: number;
	/** Recognised from the start of the period to the end of this month. */
	cumulative: number;
	cumulativeRate: number | null;
}

export interface Report {
	period: number;
	rootId: string;
	/** The tree in reading order: each unit followed by its children (in code order, as official lists go), down to communes. */
	rows: ReportRow[];
	/** The root's figures: the totals row. */
	totals: ReportRow;
	groups: GroupRow[];
	months: MonthPoint[];
}

export interface ReportInput {
	units: readonly UnitLike[];
	targets: readonly TargetLike[];
	rootId: string;
	period: number;
	/** Counts per commune id; a commune missing here counts as nothing assessed. A retired commune's are counted under its successor. */
	counts: ReadonlyMap<string, CommuneCounts>;
}

/** Needed to reach `target`% of `population`, in whole citizens (integer arithmetic on hundredths). */
export function neededFor(population: number, target: number, recognised: number): number {
	const goal = Math.ceil((population * Math.round(target * 100)) / 10000);
	return Math.max(0, goal - recognised);
}

export function buildReport(input: ReportInput): Report {
	const units = input.units.filter((u) => u.level !== 'hamlet');
	const index = orgIndex(units);
	const byId = new Map(units.map((u) => [u.id, u]));
	const root = byId.get(input.rootId);
	if (!root) throw new Error(`Unknown org unit: ${input.rootId}`);
	const { counts, merged } = rollUpCounts(index.byId, input.counts, root.id);
	const rows: ReportRow[] = [];
	const communes: string[] = [];

	// Depth first, so each unit's row is followed by its subtree; a unit's figures are its subtree's.
	const visit = (unit: UnitLike, depth: number, seen: Set<string>): ReportRow => {
		seen.add(unit.id);
		const row: ReportRow = {
			id: unit.id,
			name: unit.name,
			level: unit.level,
			retired: unit.retired === true,
			merged: (merged.get(unit.id) ?? []).map((id) => ({ id, name: byId.get(id)?.name ?? id })),
			depth,
			...emptyTally(),
			population: null,
			missingPopulation: 0,
			rate: null,
			target: targetFor(index, input.targets, unit.id, input.period),
			gapPoints: null,
			needed: null
		};
		rows.push(row);
		if (unit.level === 'commune') {
			communes.push(unit.id);
			const c = counts.get(unit.id);
			if (c) addTally(row, c.total);
			const figure = unit.population?.[String(input.period)];
			if (figure === undefined) row.missingPopulation = 1;
			else row.population = figure;
		} else {
			const children = (index.children.get(unit.id) ?? [])
				// A retired commune taken over by another is counted there, not here as well.
				.filter((id) => !seen.has(id) && !takenOver(index.byId, id))
				.map((id) => byId.get(id)!)
				.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
			for (const child of children) {
				const sub = visit(child, depth + 1, seen);
				addTally(row, sub);
				row.missingPopulation += sub.missingPopulation;
				if (sub.population !== null) row.population = (row.population ?? 0) + sub.population;
			}
		}
		finish(row);
		return row;
	};
	const totals = visit(root, 0, new Set());

	const groupTallies = new Map<string, Tally>();
	const monthTallies = new Map<string, Tally>();
	for (const id of communes) {
		const c = counts.get(id);
		if (!c) continue;
		for (const [g, t] of Object.entries(c.byGroup))
			groupTallies.set(g, addTally(groupTallies.get(g) ?? emptyTally(), t));
		for (const [m, t] of Object.entries(c.byMonth))
			monthTallies.set(m, addTally(monthTallies.get(m) ?? emptyTally(), t));
	}
	const groups: GroupRow[] = [...groupTallies.entries()]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([group, t]) => ({
			group,
			...t,
			shareOfAssessed: t.assessed ? t.recognised / t.assessed : null,
			target: targetFor(index, input.targets, root.id, input.period, group)
		}));

	return {
		period: input.period,
		rootId: root.id,
		rows,
		totals,
		groups,
		months: monthSeries(input.period, monthTallies, totals.population)
	};
}

function finish(row: ReportRow): void {
	if (row.population === null || row.population === 0) return;
	row.rate = row.recognised / row.population;
	row.gapPoints = round1(row.target - row.rate * 100);
	row.needed = neededFor(row.population, row.target, row.recognised);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Every month of the period's year, plus any other month that holds a decision, in order. */
function monthSeries(
	period: number,
	tallies: ReadonlyMap<string, Tally>,
	population: number | null
): MonthPoint[] {
	const months = new Set<string>(
		Array.from({ length: 12 }, (_, i) => `${period}-${String(i + 1).padStart(2, '0')}`)
	);
	for (const m of tallies.keys()) if (/^\d{4}-\d{2}$/.test(m)) months.add(m);
	let cumulative = 0;
	return [...months].sort().map((month) => {
		const t = tallies.get(month) ?? emptyTally();
		cumulative += t.recognised;
		return {
			month,
			recognised: t.recognised,
			returned: t.returned,
			rejected: t.rejected,
			cumulative,
			cumulativeRate: population ? cumulative / population : null
		};
	});
}
