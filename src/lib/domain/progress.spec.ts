import { describe, expect, it } from 'vitest';
import { demoOrgUnits } from './demo-data';
import { communeProgress } from './progress';
import { orgIndex } from './scope';

const index = orgIndex(demoOrgUnits);
const c01 = demoOrgUnits.find((u) => u.id === 'C01')!; // 4,250 people 16+ in 2026

describe('communeProgress', () => {
	it('uses the target that applies, as the reviewer’s report does (the province’s, else 60%)', () => {
		expect(communeProgress(index, [], c01, 12, 2026)).toEqual({
			period: 2026,
			recognised: 12,
			population: 4250,
			target: 60,
			targetPeople: 2550,
			needed: 2538,
			countedIn: null
		});
		const targets = [{ orgUnitId: 'P01', period: 2026, group: 'all', percentage: 65 }];
		expect(communeProgress(index, targets, c01, 12, 2026)).toMatchObject({
			target: 65,
			targetPeople: 2763
		});
		const own = [...targets, { orgUnitId: 'C01', period: 2026, group: 'all', percentage: 50 }];
		expect(communeProgress(index, own, c01, 2200, 2026)).toMatchObject({
			target: 50,
			targetPeople: 2125,
			needed: 0
		});
	});

	it('a retired commune taken over by another says where its people are counted now', () => {
		const units = demoOrgUnits.map((u) =>
			u.id === 'C03' ? { ...u, retired: true, successorId: 'C02' } : u
		);
		const c03 = units.find((u) => u.id === 'C03')!;
		expect(communeProgress(orgIndex(units), [], c03, 4, 2026).countedIn).toBe('Xã Hòa Lợi');
	});

	it('without a population figure for the year, no share and no gap, only the count', () => {
		expect(communeProgress(index, [], c01, 3, 2031)).toEqual({
			period: 2031,
			recognised: 3,
			population: null,
			target: 60,
			targetPeople: null,
			needed: null,
			countedIn: null
		});
	});
});
