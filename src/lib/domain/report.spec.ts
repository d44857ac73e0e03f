import { describe, expect, it } from 'vitest';
import {
	buildReport,
	communeCountsFromRows,
	neededFor,
	targetFor,
	type CommuneCounts,
	type UnitLike,
	type ViewRow
} from './report';
import { orgIndex } from './scope';

// A province after the 2025 reform: two communes straight under it (two tiers), and a legacy
// district, retired, still holding two communes of older data; one commune without a population
// figure; hamlets, which reports never show.
const units: UnitLike[] = [
	{ id: 'P', name: 'Tỉnh', level: 'province', parentId: null },
	{ id: 'C1', name: 'Xã An Bình', level: 'commune', parentId: 'P', population: { '2026': 1000 } },
	{
		id: 'C2',
		name: 'Xã Hòa Lợi',
		level: 'commune',
		parentId: 'P',
		population: { '2026': 400, '2025': 390 }
	},
	{ id: 'D', name: 'Huyện Cũ', level: 'district', parentId: 'P', retired: true },
	{ id: 'C3', name: 'Xã Tân Phú', level: 'commune', parentId: 'D', population: { '2026': 600 } },
	{ id: 'C4', name: 'Xã Bình Minh', level: 'commune', parentId: 'D' },
	{ id: 'C1-H1', name: 'Thôn Đông', level: 'hamlet', parentId: 'C1' }
];
const targets = [
	{ orgUnitId: 'P', period: 2026, group: 'all', percentage: 65 },
	{ orgUnitId: 'P', period: 2026, group: 'nong-dan', percentage: 55 },
	{ orgUnitId: 'D', period: 2026, group: 'all', percentage: 50 },
	{ orgUnitId: 'P', period: 2025, group: 'all', percentage: 40 }
];

const row = (
	status: string,
	n: number,
	group = 'nong-dan',
	month = '2026-03',
	period = 2026
): ViewRow => ({ key: [period, status, group, month], value: n });

const counts = new Map<string, CommuneCounts>([
	[
		'C1',
		communeCountsFromRows(
			[
				row('recognised', 500, 'nong-dan', '2026-03'),
				row('recognised', 150, 'cong-dong', '2026-04'),
				row('returned', 20),
				row('sent', 30, 'cong-dong', '2026-05'),
				row('recognised', 9, 'nong-dan', '2025-12', 2025)
			],
			2026
		)
	],
	[
		'C2',
		communeCountsFromRows([row('recognised', 100), row('rejected', 10), row('ready', 5)], 2026)
	],
	[
		'C3',
		communeCountsFromRows([row('recognised', 300, 'nong-dan', '2026-04'), row('sent', 50)], 2026)
	],
	['C4', communeCountsFromRows([row('recognised', 40, 'nong-dan', '2026-06')], 2026)]
]);

describe('communeCountsFromRows', () => {
	it('adds statuses into the five columns, by group and by month, and ignores other periods and drafts', () => {
		const c = communeCountsFromRows(
			[
				row('recognised', 3),
				row('sent', 2, 'cong-dong', '2026-04'),
				row('ready', 1),
				row('draft', 7),
				row('recognised', 9, 'nong-dan', '2025-12', 2025)
			],
			2026
		);
		expect(c.total).toEqual({ assessed: 6, recognised: 3, returned: 0, rejected: 0, pending: 3 });
		expect(c.byGroup['cong-dong']).toEqual({
			assessed: 2,
			recognised: 0,
			returned: 0,
			rejected: 0,
			pending: 2
		});
		expect(Object.keys(c.byMonth).sort()).toEqual(['2026-03', '2026-04']);
	});
});

describe('targetFor', () => {
	const index = orgIndex(units);
	const rows: [string, number, string, number][] = [
		['the province’s own target', 2026, 'all', 65],
		['a commune straight under the province takes the province’s', 2026, 'all', 65],
		[
			'a commune under the legacy district takes the district’s (nearest ancestor)',
			2026,
			'all',
			50
		],
		['a group target wins over “all” at the same unit', 2026, 'nong-dan', 55],
		['a group without its own target falls back to “all”', 2026, 'cong-dong', 65],
		['another period has its own target', 2025, 'all', 40],
		['no target for the period: 60%', 2024, 'all', 60]
	];
	const unitOf = ['P', 'C1', 'C3', 'C2', 'C2', 'C1', 'C1'];
	rows.forEach(([name, period, group, expected], i) =>
		it(name, () => expect(targetFor(index, targets, unitOf[i], period, group)).toBe(expected))
	);
	it('the legacy district’s group target is absent, so its “all” applies before the province’s group target', () =>
		expect(targetFor(index, targets, 'C3', 2026, 'nong-dan')).toBe(50));
});

describe('neededFor', () => {
	const rows: [number, number, number, number][] = [
		[1000, 60, 500, 100],
		[1000, 60, 600, 0],
		[1000, 60, 700, 0],
		[333, 60, 0, 200], // 199.8 rounds up: 200 people
		[10, 33.33, 0, 4] // 3.333 → 4
	];
	for (const [population, target, recognised, expected] of rows)
		it(`${target}% of ${population} with ${recognised} recognised → ${expected} more`, () =>
			expect(neededFor(population, target, recognised)).toBe(expected));
});

describe('buildReport over a province with two-tier communes and a legacy district', () => {
	const report = buildReport({ units, targets, rootId: 'P', period: 2026, counts });
	const byId = Object.fromEntries(report.rows.map((r) => [r.id, r]));

	it('lists the tree in reading order, children in code order, hamlets left out', () => {
		expect(report.rows.map((r) => `${'  '.repeat(r.depth)}${r.id}`)).toEqual([
			'P',
			'  C1',
			'  C2',
			'  D',
			'    C3',
			'    C4'
		]);
	});

	const table: { id: string; expect: Record<string, unknown> }[] = [
		{
			id: 'C1',
			expect: {
				assessed: 700,
				recognised: 650,
				returned: 20,
				rejected: 0,
				pending: 30,
				population: 1000,
				rate: 0.65,
				target: 65,
				gapPoints: 0,
				needed: 0
			}
		},
		{
			id: 'C2',
			expect: {
				assessed: 115,
				recognised: 100,
				rejected: 10,
				pending: 5,
				population: 400,
				rate: 0.25,
				target: 65,
				gapPoints: 40,
				needed: 160
			}
		},
		{
			id: 'C3',
			expect: {
				assessed: 350,
				recognised: 300,
				pending: 50,
				population: 600,
				rate: 0.5,
				target: 50,
				gapPoints: 0,
				needed: 0
			}
		},
		// No population figure: counted, but no rate, and the row says a figure is missing.
		{
			id: 'C4',
			expect: {
				assessed: 40,
				recognised: 40,
				population: null,
				rate: null,
				gapPoints: null,
				needed: null,
				missingPopulation: 1
			}
		},
		// The legacy district adds up its communes; its rate is over the communes with a figure.
		{
			id: 'D',
			expect: {
				assessed: 390,
				recognised: 340,
				population: 600,
				target: 50,
				missingPopulation: 1,
				retired: true
			}
		},
		{
			id: 'P',
			expect: {
				assessed: 1205,
				recognised: 1090,
				returned: 20,
				rejected: 10,
				pending: 85,
				population: 2000,
				rate: 0.545,
				target: 65,
				gapPoints: 10.5,
				needed: 210,
				missingPopulation: 1
			}
		}
	];
	for (const { id, expect: want } of table)
		it(`${id}: ${JSON.stringify(want)}`, () => expect(byId[id]).toMatchObject(want));

	it('the totals row is the root’s figures', () => expect(report.totals).toBe(byId.P));

	it('breaks the root down by citizen group, each with its target', () => {
		expect(report.groups).toEqual([
			{
				group: 'cong-dong',
				assessed: 180,
				recognised: 150,
				returned: 0,
				rejected: 0,
				pending: 30,
				shareOfAssessed: 150 / 180,
				target: 65
			},
			{
				group: 'nong-dan',
				assessed: 1025,
				recognised: 940,
				returned: 20,
				rejected: 10,
				pending: 55,
				shareOfAssessed: 940 / 1025,
				target: 55
			}
		]);
	});

	it('gives twelve months of the period with decisions per month and the cumulative rate', () => {
		expect(report.months).toHaveLength(12);
		const m = Object.fromEntries(report.months.map((p) => [p.month, p]));
		expect(m['2026-03']).toMatchObject({ recognised: 600, cumulative: 600, cumulativeRate: 0.3 });
		expect(m['2026-04']).toMatchObject({ recognised: 450, cumulative: 1050 });
		expect(m['2026-06']).toMatchObject({ recognised: 40, cumulative: 1090, cumulativeRate: 0.545 });
		expect(m['2026-12']).toMatchObject({ recognised: 0, cumulative: 1090 });
	});

	it('a report for the legacy district covers only its communes', () => {
		const d = buildReport({ units, targets, rootId: 'D', period: 2026, counts });
		expect(d.rows.map((r) => r.id)).toEqual(['D', 'C3', 'C4']);
		expect(d.totals).toMatchObject({ recognised: 340, population: 600, depth: 0 });
	});

	it('a commune with nothing assessed yet shows zeros and the whole target to reach', () => {
		const c = buildReport({ units, targets, rootId: 'C2', period: 2026, counts: new Map() });
		expect(c.totals).toMatchObject({
			assessed: 0,
			recognised: 0,
			rate: 0,
			gapPoints: 65,
			needed: 260
		});
	});

	it('refuses an unknown root', () =>
		expect(() => buildReport({ units, targets, rootId: 'X', period: 2026, counts })).toThrow(/X/));
});
