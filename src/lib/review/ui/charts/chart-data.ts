import type { Report } from '$lib/domain/report';

// What the two charts draw, taken from the report (never counted again).

// Rounded to a millionth of a percent only to drop float noise (55.50000000000001).
const toPct = (fraction: number | null) =>
	fraction === null ? null : Math.round(fraction * 1e8) / 1e6;

export interface RateBar {
	id: string;
	name: string;
	/** Percent, unrounded (the text rounds it: a tiny rate is not 0); null without a population figure. */
	ratePct: number | null;
	target: number;
	rootTarget: number;
}

export function rateBars(report: Report): RateBar[] {
	return report.rows
		.filter((r) => r.level === 'commune')
		.map((r) => ({
			id: r.id,
			name: r.name,
			ratePct: toPct(r.rate),
			target: r.target,
			rootTarget: report.totals.target
		}));
}

export interface TrendPoint {
	month: string;
	/** "3/2026" */
	label: string;
	recognised: number;
	cumulativePct: number | null;
}

export function trendPoints(report: Report): TrendPoint[] {
	return report.months.map((m) => ({
		month: m.month,
		label: `${Number(m.month.slice(5))}/${m.month.slice(0, 4)}`,
		recognised: m.recognised,
		cumulativePct: toPct(m.cumulativeRate)
	}));
}

/** The top of the trend's percent axis: the target or the highest rate, whichever is higher, up to the next 10 (at most 100). */
export function trendTop(points: readonly TrendPoint[], target: number): number {
	const highest = Math.max(target, ...points.map((p) => p.cumulativePct ?? 0));
	return Math.min(100, Math.max(10, Math.ceil((highest + 1) / 10) * 10));
}
