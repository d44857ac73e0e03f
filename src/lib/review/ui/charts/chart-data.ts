import type { Report } from '$lib/domain/report';
import { percent1 } from '$lib/domain/report-sheet';

// What the two charts draw, taken from the report (never counted again).

export interface RateBar {
	id: string;
	name: string;
	/** Percent with one decimal; null without a population figure. */
	ratePct: number | null;
	target: number;
	rootTarget: number;
}

export function rateBars(report: Report): RateBar[] {
	return report.rows
		.filter((r) => r.level === 'commune')
		.map((r) => ({ id: r.id, name: r.name, ratePct: percent1(r.rate), target: r.target, rootTarget: report.totals.target }));
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
		cumulativePct: percent1(m.cumulativeRate)
	}));
}
