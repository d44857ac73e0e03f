import { describe, expect, it } from 'vitest';
import { buildReport, communeCountsFromRows, type UnitLike } from '$lib/domain/report';
import { rateBars, trendPoints } from './chart-data';

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
	counts: new Map([['C1', communeCountsFromRows([{ key: [2026, 'recognised', 'g', '2026-02'], value: 111 }], 2026)]])
});

describe('chart data', () => {
	it('one bar per commune: rate in percent with one decimal, its own target and the root’s', () => {
		expect(rateBars(report)).toEqual([
			{ id: 'C1', name: 'Xã Một', ratePct: 55.5, target: 70, rootTarget: 60 },
			{ id: 'C2', name: 'Xã Hai', ratePct: null, target: 60, rootTarget: 60 }
		]);
	});
	it('twelve months with short labels and the cumulative rate', () => {
		const points = trendPoints(report);
		expect(points).toHaveLength(12);
		expect(points[1]).toEqual({ month: '2026-02', label: '2/2026', recognised: 111, cumulativePct: 55.5 });
		expect(points[11].cumulativePct).toBe(55.5);
	});
});
