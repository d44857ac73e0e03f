import { describe, expect, it } from 'vitest';
import {
	buildReport,
	communeCountsFromRows,
	type CommuneCounts,
	type UnitLike,
	type ViewRow
} from './report';
import { periodicDocument } from './periodic-report';
import { canReadCommune, countedUnder, memberRolesOf, orgIndex } from './scope';
import { reportCommunes, rollUpCounts } from './succession';

// After the 2025 reform: C3 and C4 (under the retired district D) were taken over, C3 by C1 and C4
// by C5, which was itself later taken over by C2 (a chain); C6 is retired without a successor
// (its people stay where they are, as history). X1/X2 point at each other (bad data).
const units: UnitLike[] = [
	{ id: 'P', name: 'Tỉnh', level: 'province', parentId: null },
	{ id: 'C1', name: 'Xã An Bình', level: 'commune', parentId: 'P', population: { '2026': 1000 } },
	{ id: 'C2', name: 'Xã Hòa Lợi', level: 'commune', parentId: 'P', population: { '2026': 400 } },
	{ id: 'D', name: 'Huyện Cũ', level: 'district', parentId: 'P', retired: true },
	{
		id: 'C3',
		name: 'Xã Tân Phú',
		level: 'commune',
		parentId: 'D',
		retired: true,
		successorId: 'C1',
		population: { '2026': 600 }
	},
	{
		id: 'C4',
		name: 'Xã Bình Minh',
		level: 'commune',
		parentId: 'D',
		retired: true,
		successorId: 'C5'
	},
	{
		id: 'C5',
		name: 'Xã Bình Tây',
		level: 'commune',
		parentId: 'D',
		retired: true,
		successorId: 'C2'
	},
	{ id: 'C6', name: 'Xã Cũ', level: 'commune', parentId: 'D', retired: true },
	{ id: 'X1', name: 'Xã X1', level: 'commune', parentId: 'P', retired: true, successorId: 'X2' },
	{ id: 'X2', name: 'Xã X2', level: 'commune', parentId: 'P', retired: true, successorId: 'X1' }
];
const index = orgIndex(units);
const row = (status: string, n: number, group = 'nong-dan', month = '2026-03'): ViewRow => ({
	key: [2026, status, group, month],
	value: n
});
const of = (...rows: ViewRow[]) => communeCountsFromRows(rows, 2026);
const counts = new Map<string, CommuneCounts>([
	['C1', of(row('recognised', 100))],
	['C2', of(row('recognised', 50, 'cong-dong'))],
	['C3', of(row('recognised', 30), row('sent', 5))],
	['C4', of(row('recognised', 7, 'cong-dong', '2026-05'))],
	['C5', of(row('recognised', 3))],
	['C6', of(row('recognised', 2))]
]);

describe('countedUnder', () => {
	it.each([
		['a commune in use counts as itself', 'C1', 'C1'],
		['a retired commune counts under its successor', 'C3', 'C1'],
		['a chain is followed to its end', 'C4', 'C2'],
		['a retired commune without a successor stays', 'C6', 'C6'],
		['a circular chain stops where it would loop', 'X1', 'X2'],
		['an unknown commune is itself', 'C99', 'C99']
	])('%s', (_name, id, expected) => expect(countedUnder(index.byId, id)).toBe(expected));
});

describe('rollUpCounts', () => {
	const rolled = rollUpCounts(index.byId, counts);
	it.each([
		['the successor adds the retired commune’s recognised', 'C1', 130],
		['through a chain, both retired communes land on the last', 'C2', 60],
		['a retired commune without a successor keeps its own', 'C6', 2]
	])('%s', (_name, id, recognised) =>
		expect(rolled.counts.get(id)?.total.recognised).toBe(recognised)
	);
	it('leaves no counts under a taken-over commune, so nothing is counted twice', () => {
		expect([...rolled.counts.keys()].sort()).toEqual(['C1', 'C2', 'C6']);
		const sum = (m: ReadonlyMap<string, CommuneCounts>) =>
			[...m.values()].reduce((n, c) => n + c.total.assessed, 0);
		expect(sum(rolled.counts)).toBe(sum(counts));
		expect(rolled.merged).toEqual(
			new Map([
				['C1', ['C3']],
				['C2', ['C4', 'C5']]
			])
		);
	});
	it('keeps the groups and months of the retired commune', () => {
		expect(rolled.counts.get('C2')!.byGroup['cong-dong'].recognised).toBe(57);
		expect(rolled.counts.get('C2')!.byMonth['2026-05'].recognised).toBe(7);
	});
	it('does not change the counts it was given', () =>
		expect(counts.get('C1')!.total.recognised).toBe(100));
	it('a report asked of the retired commune itself keeps its own history', () => {
		expect(rollUpCounts(index.byId, counts, 'C3').counts.get('C3')?.total.recognised).toBe(30);
	});
});

describe('reportCommunes', () => {
	it.each([
		['the province: everything once', 'P', ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'X1', 'X2']],
		['a successor: itself and the communes it took over, wherever they sit', 'C1', ['C1', 'C3']],
		['the end of a chain takes the whole chain', 'C2', ['C2', 'C4', 'C5']],
		['the legacy district: its communes (their counts go elsewhere)', 'D', ['C3', 'C4', 'C5', 'C6']]
	])('%s', (_name, root, expected) => expect(reportCommunes(index, root)).toEqual(expected));
});

describe('buildReport with taken-over communes', () => {
	const report = buildReport({ units, targets: [], rootId: 'P', period: 2026, counts });
	const r = (id: string) => report.rows.find((x) => x.id === id);
	it('counts them under today’s units and their parents, once', () => {
		expect(r('C1')).toMatchObject({
			recognised: 130,
			pending: 5,
			merged: [{ id: 'C3', name: 'Xã Tân Phú' }],
			population: 1000
		});
		expect(r('C2')).toMatchObject({
			recognised: 60,
			merged: [
				{ id: 'C4', name: 'Xã Bình Minh' },
				{ id: 'C5', name: 'Xã Bình Tây' }
			]
		});
		expect(report.totals.recognised).toBe(100 + 50 + 30 + 7 + 3 + 2);
		expect(report.groups.map((g) => [g.group, g.recognised])).toEqual([
			['cong-dong', 57],
			['nong-dan', 135]
		]);
	});
	it('shows no row for a taken-over commune; its district keeps only what stays there', () => {
		expect(r('C3')).toBeUndefined();
		expect(r('C4')).toBeUndefined();
		expect(r('D')).toMatchObject({ recognised: 2 });
	});
	it('the successor’s population is its own figure (today’s unit), not the retired one’s added', () => {
		expect(report.totals.population).toBe(1400);
	});
	it('the periodic report names the former commune in its successor’s row', () => {
		const doc = periodicDocument(report, 2026, new Date('2026-12-04T03:00:00Z'), (g) => g);
		expect(doc.units.rows.find((r) => r.cells[1] === 'C1')!.cells.slice(0, 4)).toEqual([
			'Xã An Bình (gồm cả Xã Tân Phú cũ)',
			'C1',
			'1.000',
			'130'
		]);
	});
	it('a report over the successor alone includes the retired commune', () => {
		expect(
			buildReport({ units, targets: [], rootId: 'C1', period: 2026, counts }).totals.recognised
		).toBe(130);
	});
});

describe('who reads a taken-over commune', () => {
	it.each([
		['a reviewer of the successor', ['reviewer', 'ou:C1'], 'C3', true],
		['a reviewer of the old district still', ['reviewer', 'ou:D'], 'C3', true],
		['a reviewer of another commune', ['reviewer', 'ou:C2'], 'C3', false],
		['a reviewer at the end of a chain reads the whole chain', ['reviewer', 'ou:C2'], 'C4', true],
		['the successor’s officer does not', ['officer', 'ou:C1'], 'C3', false],
		['the retired commune’s own officer still does', ['officer', 'ou:C3'], 'C3', true]
	])('%s', (_name, roles, commune, expected) =>
		expect(canReadCommune(index, { name: 'u', roles }, commune)).toBe(expected)
	);
	it('its database admits the successor’s side too', () => {
		expect(memberRolesOf(index, 'C3')).toEqual(['ou:C3', 'ou:D', 'ou:P', 'ou:C1']);
	});
});
