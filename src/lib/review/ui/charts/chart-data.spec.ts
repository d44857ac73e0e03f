import { describe, expect, it } from 'vitest';
import { buildReport, communeCountsFromRows, type UnitLike } from '$lib/domain/report';
import { rateBars, trendPoints, trendTop } from './chart-data';

const units: UnitLike[] = [
	{ id: 'P', name: 'Tỉnh', level: 'province', parentId: null },
	{ id: 'C1', name: 'Xã Một', level: 'commune', parentId: 'P', population: { '2026': 200 } },
	{ id: 'C2', name: 'Xã Hai', level: 'commune', parentId: 'P' }
];
const report = buildReport({
	units,
	targets: [{ orgUnitId: 'C1', period: 2026, group: 'all', percentage: 70 }],
	rootId: 'P',
	period: 2026,
	counts: new Map([
		['C1', communeCountsFromRows([{ key: [2026, 'recognised', 'g', '2026-02'], value: 111 }], 2026)]
	])
});

describe('chart data', () => {
	it('one bar per commune: rate in percent (unrounded), its own target and the root’s', () => {
		expect(rateBars(report)).toEqual([
			{ id: 'C1', name: 'Xã Một', ratePct: 55.5, target: 70, rootTarget: 60 },
			{ id: 'C2', name: 'Xã Hai', ratePct: null, target: 60, rootTarget: 60 }
		]);
	});
	it('twelve months with short labels and the cumulative rate', () => {
		const points = trendPoints(report);
		expect(points).toHaveLength(12);
		expect(points[1]).toEqual({
			month: '2026-02',
			label: '2/2026',
			recognised: 111,
			cumulativePct: 55.5
		});
		expect(points[11].cumulativePct).toBe(55.5);
	});
});

describe('trend axis', () => {
	const at = (pcts: (number | null)[]) =>
		pcts.map((p, i) => ({
			month: `2026-${i + 1}`,
			label: `${i + 1}/2026`,
			recognised: 0,
			cumulativePct: p
		}));
	it('one percent axis reaching above the target, so a tiny rate sits near zero below it', () => {
		expect(trendTop(at([0.05, 0.05]), 60)).toBe(70);
		expect(trendTop(at([null]), 40)).toBe(50);
	});
	it('a rate above the target raises the top, never past 100%', () => {
		expect(trendTop(at([72.5]), 60)).toBe(80);
		expect(trendTop(at([99.5]), 60)).toBe(100);
	});
});
