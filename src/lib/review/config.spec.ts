import { describe, expect, it } from 'vitest';
import { defaultCriteriaSet } from '$lib/domain/criteria-default';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { orgIndex } from '$lib/domain/scope';
import { reportableUnits, reviewerCommunes, scopeRoots, type ReviewConfig } from './config';

const config: ReviewConfig = {
	units: demoOrgUnits,
	unitById: new Map(demoOrgUnits.map((u) => [u.id, u])),
	index: orgIndex(demoOrgUnits),
	targets: [],
	criteriaSets: new Map([[defaultCriteriaSet._id, defaultCriteriaSet]])
};

describe('what a reviewer sees', () => {
	const rows: {
		who: string;
		roles: string[];
		roots: string[];
		communes: string[];
		units: string[];
	}[] = [
		{
			who: 'province reviewer',
			roles: ['reviewer', 'ou:P01'],
			roots: ['P01'],
			communes: ['C01', 'C02', 'C03'],
			units: ['P01', '-C01', '-C02', '-D01', '--C03']
		},
		{
			who: 'legacy district reviewer',
			roles: ['reviewer', 'ou:D01'],
			roots: ['D01'],
			communes: ['C03'],
			units: ['D01', '-C03']
		},
		{
			who: 'commune-level reviewer',
			roles: ['reviewer', 'ou:C02'],
			roots: ['C02'],
			communes: ['C02'],
			units: ['C02']
		},
		{
			who: 'administrator: every root',
			roles: ['admin'],
			roots: ['P01'],
			communes: ['C01', 'C02', 'C03'],
			units: ['P01', '-C01', '-C02', '-D01', '--C03']
		},
		{
			who: 'a scope the tree does not know',
			roles: ['reviewer', 'ou:X99'],
			roots: [],
			communes: [],
			units: []
		}
	];
	for (const row of rows)
		it(row.who, () => {
			const user = { name: 'x', roles: row.roles };
			expect(scopeRoots(config, user)).toEqual(row.roots);
			expect(reviewerCommunes(config, user)).toEqual(row.communes);
			expect(
				reportableUnits(config, user).map(({ unit, depth }) => '-'.repeat(depth) + unit.id)
			).toEqual(row.units);
		});
});

describe('a reviewer of a successor', () => {
	it('reviews the retired commune it took over too (its officer may still send)', () => {
		const units = demoOrgUnits.map((u) =>
			u.id === 'C03' ? { ...u, retired: true, successorId: 'C02' } : u
		);
		const taken: ReviewConfig = {
			...config,
			units,
			unitById: new Map(units.map((u) => [u.id, u])),
			index: orgIndex(units)
		};
		expect(reviewerCommunes(taken, { name: 'r', roles: ['reviewer', 'ou:C02'] })).toEqual([
			'C02',
			'C03'
		]);
		expect(reviewerCommunes(taken, { name: 'r', roles: ['reviewer', 'ou:C01'] })).toEqual(['C01']);
	});
});
