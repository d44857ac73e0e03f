import { describe, expect, it } from 'vitest';
import { demoOrgUnits } from './demo-data';
import {
	ancestorsOf,
	canReadCommune,
	communesInScope,
	isWithin,
	memberRolesOf,
	orgIndex,
	scopesOf
} from './scope';

const index = orgIndex(demoOrgUnits);

describe('ancestorsOf', () => {
	it('walks up to the root, nearest first, through a legacy district', () => {
		expect(ancestorsOf(index, 'C03-H01')).toEqual(['C03', 'D01', 'P01']);
		expect(ancestorsOf(index, 'C01')).toEqual(['P01']);
		expect(ancestorsOf(index, 'P01')).toEqual([]);
	});
	it('stops on a cycle instead of looping forever', () => {
		const cyclic = orgIndex([
			{ id: 'A', parentId: 'B', level: 'district' },
			{ id: 'B', parentId: 'A', level: 'province' }
		]);
		expect(ancestorsOf(cyclic, 'A')).toEqual(['B']);
	});
});

describe('isWithin', () => {
	it.each([
		['P01', 'C01', true],
		['P01', 'C03', true],
		['D01', 'C03', true],
		['D01', 'C01', false],
		['C01', 'C01', true],
		['C01', 'C01-H02', true],
		['C02', 'C01-H02', false],
		['P01', 'NOPE', false],
		['NOPE', 'C01', false]
	])('%s contains %s: %s', (scope, unit, expected) => {
		expect(isWithin(index, scope, unit)).toBe(expected);
	});
});

describe('communesInScope', () => {
	it.each([
		['P01', ['C01', 'C02', 'C03']],
		['D01', ['C03']],
		['C02', ['C02']],
		['C01-H01', []],
		['NOPE', []]
	])('%s → %j', (scope, expected) => {
		expect(communesInScope(index, scope)).toEqual(expected);
	});
});

describe('canReadCommune', () => {
	const user = (...roles: string[]) => ({ name: 'u', roles });
	it.each([
		[user('officer', 'ou:C01'), 'C01', true],
		[user('officer', 'ou:C01'), 'C02', false],
		// An officer is bound to its commune even if someone gave it a wider scope.
		[user('officer', 'ou:P01'), 'C01', false],
		[user('reviewer', 'ou:D01'), 'C03', true],
		[user('reviewer', 'ou:D01'), 'C01', false],
		[user('reviewer', 'ou:P01'), 'C02', true],
		[user('admin'), 'C02', true],
		// A scope role without a role that uses it grants nothing.
		[user('ou:P01'), 'C01', false],
		[user('admin'), 'C01-H01', false],
		[user('admin'), 'P01', false]
	])('%j reads %s: %s', (u, commune, expected) => {
		expect(canReadCommune(index, u, commune)).toBe(expected);
	});
});

describe('memberRolesOf / scopesOf', () => {
	it('admits the commune and every unit above it', () => {
		expect(memberRolesOf(index, 'C03')).toEqual(['ou:C03', 'ou:D01', 'ou:P01']);
	});
	it('reads the org units out of roles', () => {
		expect(scopesOf(['officer', 'ou:C01', 'ou:X'])).toEqual(['C01', 'X']);
	});
});
