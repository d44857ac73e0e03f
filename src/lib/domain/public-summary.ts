import { textIn } from '../i18n/format';
import { publicWords } from '../i18n/catalog/public';
import { rateText } from './rate-text';
import { buildReport, targetFor, type Report, type ReportInput, type ReportRow } from './report';
import { orgIndex } from './scope';
import { reportCommunes } from './succession';

// The province's public summary (issue 17.6): for every unit and year, rates by unit and by citizen
// group against the target, for the province's web portal. Built from the reviewer's report
// (buildReport, the same numbers), then small counts are hidden so nobody can be singled out:
// - primary: every count below MIN_CELL_SIZE (people 16+, recognised, assessed), zero included,
//   is published as "<10";
// - differencing: in every sum the summary shows (a unit and its children, for people and for
//   recognised; a unit and its groups; a group in a unit and in its children), a hidden cell is
//   never alone: when only one part is hidden while the total is shown, the smallest shown part is
//   hidden too ("*"), and a hidden total whose parts are all shown hides one of them; repeated until
//   nothing changes. So no hidden count equals a total minus the shown ones.
// - a rate is published only where its numerator and denominator are.
// Every unit of a province is computed at once, so a cell is hidden alike whichever unit is asked.

/** Counts below this are never published. */
export const MIN_CELL_SIZE = 10;

/** A published count: the number, "<10" (below the minimum cell size), or "*" (hidden so others cannot be worked out). */
export type PublicCount = number | '<10' | '*';

export interface PublicUnitRow {
	id: string;
	name: string;
	level: ReportRow['level'];
	retired: boolean;
	/** Target in percent (the one the reviewer's report applies). */
	target: number;
	/** People aged 16+ (null: no figure entered). */
	population: PublicCount | null;
	recognised: PublicCount;
	/** Recognised ÷ people 16+, 0..1; null where either is hidden or unknown. */
	rate: number | null;
	rateText: string | null;
	/** Retired communes whose people this unit counts (the 2025 reform). */
	mergedFrom: { id: string; name: string }[];
}

export interface PublicGroupRow {
	id: string;
	name: string;
	target: number;
	assessed: PublicCount;
	recognised: PublicCount;
	/** Recognised ÷ assessed in this group, 0..1; null where either is hidden. */
	shareOfAssessed: number | null;
	shareText: string | null;
}

export interface PublicSummary extends PublicUnitRow {
	province: { id: string; name: string };
	year: number;
	generatedAt: string;
	minCellSize: number;
	children: PublicUnitRow[];
	groups: PublicGroupRow[];
	legend: Record<'<10' | '*', string>;
}

export const PUBLIC_LEGEND: PublicSummary['legend'] = {
	'<10': textIn(publicWords, 'vi', 'legend.small', { min: MIN_CELL_SIZE }),
	'*': textIn(publicWords, 'vi', 'legend.hidden', { min: MIN_CELL_SIZE })
};

type Cells = Map<string, { value: number; shown: PublicCount }>;
interface SumSet {
	total: string;
	parts: string[];
}

const pop = (id: string) => `p:${id}`;
const rec = (id: string) => `r:${id}`;
const gAssessed = (id: string, g: string) => `ga:${id}:${g}`;
const gRecognised = (id: string, g: string) => `gr:${id}:${g}`;

/** Primary then secondary suppression over the sums; pure, exported for its table-driven spec. */
export function suppress(
	values: ReadonlyMap<string, number>,
	sums: readonly SumSet[],
	min = MIN_CELL_SIZE
): Map<string, PublicCount> {
	const cells: Cells = new Map(
		[...values].map(([k, v]) => [k, { value: v, shown: v < min ? '<10' : v }])
	);
	const hidden = (k: string) => typeof cells.get(k)?.shown !== 'number';
	const hide = (k: string) => (cells.get(k)!.shown = '*');
	const smallestShown = (keys: string[]) =>
		keys
			.filter((k) => !hidden(k))
			.sort((a, b) => cells.get(a)!.value - cells.get(b)!.value || (a < b ? -1 : 1))[0];
	for (let changed = true; changed;) {
		changed = false;
		for (const { total, parts } of sums) {
			const present = parts.filter((k) => cells.has(k));
			if (!cells.has(total) || present.length === 0) continue;
			const hiddenParts = present.filter(hidden).length;
			if (!hidden(total) && hiddenParts === 1) {
				const next = smallestShown(present);
				hide(next ?? total);
				changed = true;
			} else if (hidden(total) && hiddenParts === 0) {
				hide(smallestShown(present)!);
				changed = true;
			}
		}
	}
	return new Map([...cells].map(([k, c]) => [k, c.shown]));
}

export interface PublicInput extends Omit<ReportInput, 'rootId'> {
	provinceId: string;
	groupName: (id: string) => string;
	generatedAt: Date;
}

/** Every unit's public summary in a province, by unit id (taken-over communes have none: they are counted under their successor). */
export function publicSummaries(input: PublicInput): Map<string, PublicSummary> {
	const units = input.units.filter((u) => u.level !== 'hamlet');
	const index = orgIndex(units);
	const full = buildReport({ ...input, units, rootId: input.provinceId });
	// Each unit's own report reads only the communes it counts (a province of 200 communes: ~0.6 s → well under).
	const countsOf = (rootId: string) =>
		new Map(
			reportCommunes(index, rootId).flatMap((id) =>
				input.counts.has(id) ? [[id, input.counts.get(id)!] as const] : []
			)
		);
	const reports = new Map<string, Report>(
		full.rows.map((r) => [
			r.id,
			r.id === full.rootId
				? full
				: buildReport({ ...input, units, counts: countsOf(r.id), rootId: r.id })
		])
	);
	const groupIds = full.groups.map((g) => g.group);

	const values = new Map<string, number>();
	const sums: SumSet[] = [];
	for (const [id, report] of reports) {
		const t = report.totals;
		if (t.population !== null) values.set(pop(id), t.population);
		values.set(rec(id), t.recognised);
		const groups = new Map(report.groups.map((g) => [g.group, g]));
		for (const g of groupIds) {
			values.set(gAssessed(id, g), groups.get(g)?.assessed ?? 0);
			values.set(gRecognised(id, g), groups.get(g)?.recognised ?? 0);
		}
		sums.push({ total: rec(id), parts: groupIds.map((g) => gRecognised(id, g)) });
		const children = report.rows.filter((r) => r.depth === 1).map((r) => r.id);
		if (!children.length) continue;
		sums.push(
			{ total: pop(id), parts: children.map(pop) },
			{ total: rec(id), parts: children.map(rec) }
		);
		for (const g of groupIds)
			sums.push(
				{ total: gAssessed(id, g), parts: children.map((c) => gAssessed(c, g)) },
				{ total: gRecognised(id, g), parts: children.map((c) => gRecognised(c, g)) }
			);
	}
	const shown = suppress(values, sums);
	const count = (key: string) => shown.get(key)!;
	const ratio = (num: PublicCount | null, den: PublicCount | null) =>
		typeof num === 'number' && typeof den === 'number' && den > 0 ? num / den : null;

	const unitRow = (r: ReportRow): PublicUnitRow => {
		const population = r.population === null ? null : count(pop(r.id));
		const recognised = count(rec(r.id));
		const rate = ratio(recognised, population);
		return {
			id: r.id,
			name: r.name,
			level: r.level,
			retired: r.retired,
			target: r.target,
			population,
			recognised,
			rate,
			rateText: rateText(rate, 'vi'),
			mergedFrom: r.merged
		};
	};
	const out = new Map<string, PublicSummary>();
	for (const [id, report] of reports) {
		out.set(id, {
			...unitRow(report.totals),
			province: { id: full.rootId, name: full.totals.name },
			year: input.period,
			generatedAt: input.generatedAt.toISOString(),
			minCellSize: MIN_CELL_SIZE,
			children: report.rows.filter((r) => r.depth === 1).map(unitRow),
			groups: groupIds.map((g) => {
				const assessed = count(gAssessed(id, g));
				const recognised = count(gRecognised(id, g));
				const share = ratio(recognised, assessed);
				return {
					id: g,
					name: input.groupName(g),
					target: targetFor(index, input.targets, id, input.period, g),
					assessed,
					recognised,
					shareOfAssessed: share,
					shareText: rateText(share, 'vi')
				};
			}),
			legend: PUBLIC_LEGEND
		});
	}
	return out;
}
