import { describe, expect, it } from 'vitest';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { childLevels, communesUnder, parentChoices, scopeChoices, treeRows } from './tree';

const unit = (id: string) => demoOrgUnits.find((u) => u.id === id)!;

describe('the unit tree on screen', () => {
	it('reads depth-first, names in Vietnamese order', () => {
		const rows = treeRows(demoOrgUnits).map((r) => `${'  '.repeat(r.depth)}${r.unit.id}`);
		expect(rows.slice(0, 6)).toEqual([
			'P01',
			'  D01',
			'    C03',
			'      C03-H01',
			'      C03-H02',
			'  C01'
		]);
		expect(rows).toHaveLength(demoOrgUnits.length);
	});
	it('keeps a unit whose parent is missing, at the top', () => {
		const orphan = { ...unit('C01'), id: 'C09', _id: 'orgUnit:C09', parentId: 'P99' };
		expect(treeRows([...demoOrgUnits, orphan]).find((r) => r.unit.id === 'C09')?.depth).toBe(0);
	});
	it('offers the levels that fit under a parent', () => {
		expect(childLevels(null)).toEqual(['province']);
		expect(childLevels(unit('P01'))).toEqual(['district', 'commune']);
		expect(childLevels(unit('C01'))).toEqual(['hamlet']);
	});
	it('a commune may move to the province, and stays offered its retired district', () => {
		expect(parentChoices(demoOrgUnits, 'commune', unit('C03')).map((u) => u.id)).toEqual([
			'D01',
			'P01'
		]);
		// A new commune is not placed under a retired district.
		expect(parentChoices(demoOrgUnits, 'commune', null).map((u) => u.id)).toEqual(['P01']);
	});
	it('a move touches the communes of the moved subtree', () => {
		expect(communesUnder(demoOrgUnits, 'D01')).toEqual(['C03']);
		expect(communesUnder(demoOrgUnits, 'P01')).toEqual(['C01', 'C02', 'C03']);
	});
	it('scopes: communes for officers, any unit but hamlets for reviewers', () => {
		expect(scopeChoices(demoOrgUnits, 'commune').map((r) => r.unit.id)).toEqual([
			'C03',
			'C01',
			'C02'
		]);
		expect(scopeChoices(demoOrgUnits, 'any').map((r) => r.unit.id)).toEqual([
			'P01',
			'D01',
			'C03',
			'C01',
			'C02'
		]);
	});
});
