import { describe, expect, it } from 'vitest';
import {
	appliedTarget,
	parsePercentage,
	targetChange,
	targetDoc,
	targetRows,
	targetYears,
	type TargetDoc,
	type TargetSource,
	type TargetUnit
} from './admin-targets';
import { validateDocument } from './schemas';
import { buildReport, targetFor } from './report';
import { orgIndex } from './scope';

// A province after the 2025 reform: two communes straight under it, a legacy district (retired)
// between the province and a commune of older data, hamlets (which never carry a target). C01
// has its own target; a group's target and other years' stay out of the 'all' rows.
const units: TargetUnit[] = [
	{ id: 'P01', name: 'Tỉnh Demo', level: 'province', parentId: null },
	{ id: 'C02', name: 'Xã Hòa Lợi', level: 'commune', parentId: 'P01' },
	{ id: 'C01', name: 'Xã An Bình', level: 'commune', parentId: 'P01' },
	{ id: 'D01', name: 'Huyện Cũ', level: 'district', parentId: 'P01', retired: true },
	{ id: 'C03', name: 'Xã Tân Phú', level: 'commune', parentId: 'D01' },
	{ id: 'C01-H01', name: 'Thôn Đông', level: 'hamlet', parentId: 'C01' }
];
const t = (orgUnitId: string, period: number, percentage: number, group = 'all'): TargetDoc => ({
	_id: `target:${orgUnitId}:${period}:${group}`,
	_rev: '1-a',
	orgUnitId,
	period,
	group,
	percentage
});
const targets = [
	t('P01', 2026, 65),
	t('C01', 2026, 70),
	t('C02', 2026, 40, 'nong-dan'),
	t('D01', 2025, 50),
	t('P01', 2027, 62.5)
];

const own: TargetSource = { kind: 'own' };
const fromUnit = (unitId: string): TargetSource => ({ kind: 'ancestor', unitId });
const byDefault: TargetSource = { kind: 'default' };

describe('targetRows', () => {
	it('lists province, legacy district and communes depth first in code order, never a hamlet', () => {
		expect(targetRows(units, targets, 2026).map((r) => [r.unit.id, r.depth])).toEqual([
			['P01', 0],
			['C01', 1],
			['C02', 1],
			['D01', 1],
			['C03', 2]
		]);
	});

	it.each([
		// year, unit, own, applied, source
		[2026, 'P01', 65, 65, own],
		[2026, 'C01', 70, 70, own],
		[2026, 'C02', null, 65, fromUnit('P01')], // its group target does not count for 'all'
		[2026, 'D01', null, 65, fromUnit('P01')],
		[2026, 'C03', null, 65, fromUnit('P01')], // through the legacy district
		[2025, 'P01', null, 60, byDefault],
		[2025, 'D01', 50, 50, own],
		[2025, 'C03', null, 50, fromUnit('D01')], // the district's own, nearer than the province
		[2025, 'C01', null, 60, byDefault],
		[2027, 'C03', null, 62.5, fromUnit('P01')],
		[2028, 'C01', null, 60, byDefault]
	] as const)('%i, %s: own %s, applies %s', (year, id, ownPercent, applied, source) => {
		const row = targetRows(units, targets, year).find((r) => r.unit.id === id)!;
		expect(row.own?.percentage ?? null).toBe(ownPercent);
		expect(row.applied).toBe(applied);
		expect(row.source).toEqual(source);
	});

	it('applies what the reviewer’s report applies, row for row', () => {
		const withPopulation = units.map((u) => ({ ...u, population: {} }));
		for (const year of [2025, 2026, 2027, 2028]) {
			const report = buildReport({
				units: withPopulation,
				targets,
				rootId: 'P01',
				period: year,
				counts: new Map()
			});
			expect(targetRows(units, targets, year).map((r) => [r.unit.id, r.applied])).toEqual(
				report.rows.map((r) => [r.id, r.target])
			);
		}
	});

	it('a unit whose parent is missing is shown at the top', () => {
		expect(
			targetRows([{ id: 'C9', name: 'Xã Lạc', level: 'commune', parentId: 'GONE' }], [], 2026)
		).toMatchObject([{ depth: 0, applied: 60, source: byDefault }]);
	});
});

describe('appliedTarget', () => {
	const index = orgIndex(units);
	it.each([
		['C03', 2026, 'all', 'P01'],
		['C02', 2026, 'nong-dan', 'C02'],
		['C01', 2026, 'nong-dan', 'C01'], // no group target here: C01's own for every group
		['C03', 2024, 'all', null]
	] as const)('%s in %i for %s is taken from %s, as targetFor says', (unit, year, group, from) => {
		const hit = appliedTarget(index, targets, unit, year, group);
		expect(hit.from?.orgUnitId ?? null).toBe(from);
		expect(hit.percentage).toBe(targetFor(index, targets, unit, year, group));
	});

	it('tells a target of exactly the default apart from the default', () => {
		expect(appliedTarget(index, [t('P01', 2026, 60)], 'C01', 2026)).toMatchObject({
			percentage: 60,
			from: { orgUnitId: 'P01' }
		});
	});
});

describe('targetChange', () => {
	it.each([
		// unit, new percentage, its applied after, source after, followers (units below whose target changes)
		['P01', 75, 75, own, ['C02', 'D01', 'C03']], // C01 keeps its own 70
		['P01', null, 60, byDefault, ['C02', 'D01', 'C03']],
		['P01', 65, 65, own, []],
		['D01', 55, 55, own, ['C03']],
		['C01', null, 65, fromUnit('P01'), []],
		['C01', 80, 80, own, []]
	] as const)(
		'%s set to %s: applies %s, followed by %j',
		(unit, percentage, applied, source, followers) => {
			const change = targetChange(units, targets, 2026, unit, percentage);
			expect(change.before.unit.id).toBe(unit);
			expect(change.after.applied).toBe(applied);
			expect(change.after.source).toEqual(source);
			expect(change.followers.map((r) => r.unit.id)).toEqual(followers);
		}
	);
});

describe('the form', () => {
	it.each([
		['70', 70],
		[' 62,5 ', 62.5],
		['62.5', 62.5],
		['0', 0],
		['100', 100],
		['120', 120], // a number: the schema says it is out of range
		['', null]
	] as const)('%j reads as %s', (text, value) =>
		expect(parsePercentage(text)).toEqual({ ok: true, value })
	);

	it.each(['62,55', '-5', 'bảy mươi', '70%', '1e2', '.5'])('%j is not a percentage', (text) =>
		expect(parsePercentage(text)).toEqual({ ok: false, problem: 'format' })
	);

	it('makes a document the shared schema accepts, over the stored revision, and one it refuses above 100', () => {
		const doc = targetDoc('C01', 2026, 70, { _rev: '3-x' });
		expect(doc).toEqual({
			_id: 'target:C01:2026:all',
			_rev: '3-x',
			type: 'target',
			orgUnitId: 'C01',
			period: 2026,
			group: 'all',
			percentage: 70
		});
		expect(validateDocument(doc).ok).toBe(true);
		expect(validateDocument(targetDoc('C01', 2026, 120, null))).toEqual({
			ok: false,
			issues: [{ path: 'percentage', message: 'err.percentage' }]
		});
	});

	it('offers last, this and next year and every year with a target', () => {
		expect(targetYears(targets, 2026)).toEqual([2025, 2026, 2027]);
		expect(targetYears([{ period: 2020 }], 2026)).toEqual([2020, 2025, 2026, 2027]);
	});
});

describe('targets per citizen group (677/QĐ-TTg: 60% officials and workers, 40% other adults)', () => {
	const officials = 'can-bo-cong-chuc';
	const farmers = 'nong-dan';
	const byGroup = [t('P01', 2026, 60, officials), t('P01', 2026, 40, farmers), t('C01', 2026, 70)];

	it('a group’s rows show its own targets and what applies to it, unit by unit', () => {
		const rows = targetRows(units, byGroup, 2026, farmers);
		expect(
			rows.map((r) => [r.unit.id, r.own?.percentage ?? null, r.applied, r.fromAllGroups])
		).toEqual([
			['P01', 40, 40, false],
			['C01', null, 70, true], // C01's target for every group is nearer than the province's for farmers
			['C02', null, 40, false],
			['D01', null, 40, false],
			['C03', null, 40, false]
		]);
	});

	it('the document and the change are the group’s; the report’s group rows use them', () => {
		expect(targetDoc('C02', 2026, 45, null, farmers)).toMatchObject({
			_id: 'target:C02:2026:nong-dan',
			group: farmers,
			percentage: 45
		});
		const change = targetChange(units, byGroup, 2026, 'P01', 35, farmers);
		expect(change.followers.map((r) => r.unit.id)).toEqual(['C02', 'D01', 'C03']);
		const report = buildReport({
			units: units.map((u) => ({ ...u, population: {} })),
			targets: byGroup,
			rootId: 'P01',
			period: 2026,
			counts: new Map([
				[
					'C02',
					{
						total: { assessed: 2, recognised: 2, returned: 0, rejected: 0, pending: 0 },
						byGroup: {
							[officials]: { assessed: 1, recognised: 1, returned: 0, rejected: 0, pending: 0 },
							[farmers]: { assessed: 1, recognised: 1, returned: 0, rejected: 0, pending: 0 }
						},
						byMonth: {}
					}
				]
			])
		});
		expect(report.groups.map((g) => [g.group, g.target])).toEqual([
			[officials, 60],
			[farmers, 40]
		]);
	});
});
