import { describe, expect, it } from 'vitest';
import { MIN_CELL_SIZE, publicSummaries, suppress, type PublicCount } from './public-summary';
import {
	buildReport,
	communeCountsFromRows,
	type CommuneCounts,
	type UnitLike,
	type ViewRow
} from './report';

describe('suppress', () => {
	const cases: [
		string,
		Record<string, number>,
		{ total: string; parts: string[] }[],
		Record<string, PublicCount>
	][] = [
		[
			'counts at or above the minimum are published as they are',
			{ T: 30, A: 10, B: 20 },
			[{ total: 'T', parts: ['A', 'B'] }],
			{ T: 30, A: 10, B: 20 }
		],
		[
			'below the minimum is "<10", zero included',
			{ T: 9, A: 9, B: 0 },
			[{ total: 'T', parts: ['A', 'B'] }],
			{ T: '<10', A: '<10', B: '<10' }
		],
		[
			'one small part would be total minus the other: the other is hidden too',
			{ T: 25, A: 20, B: 5 },
			[{ total: 'T', parts: ['A', 'B'] }],
			{ T: 25, A: '*', B: '<10' }
		],
		[
			'the smallest shown part is the one hidden beside it',
			{ T: 40, A: 20, B: 12, C: 8 },
			[{ total: 'T', parts: ['A', 'B', 'C'] }],
			{ T: 40, A: 20, B: '*', C: '<10' }
		],
		[
			'two small parts already hide each other',
			{ T: 40, A: 30, B: 6, C: 4 },
			[{ total: 'T', parts: ['A', 'B', 'C'] }],
			{ T: 40, A: 30, B: '<10', C: '<10' }
		],
		[
			'a total hidden as a part, whose parts are all shown, hides one of them (down the tree)',
			{ P: 100, D: 30, C: 65, E: 5, D1: 15, D2: 15 },
			[
				{ total: 'P', parts: ['D', 'C', 'E'] },
				{ total: 'D', parts: ['D1', 'D2'] }
			],
			{ P: 100, D: '*', C: 65, E: '<10', D1: '*', D2: 15 }
		],
		[
			'a cell hidden beside a small one is hidden with a neighbour in the other sums it is in (a group in a commune and in the province)',
			{ R: 50, G1: 45, G2: 5, X: 100, Y1: 55 },
			[
				{ total: 'R', parts: ['G1', 'G2'] },
				{ total: 'X', parts: ['G1', 'Y1'] }
			],
			{ R: 50, G1: '*', G2: '<10', X: 100, Y1: '*' }
		],
		[
			'a single part equal to its total is hidden with it',
			{ T: 12, A: 12, B: 0 },
			[
				{ total: 'T', parts: ['A'] },
				{ total: 'A', parts: ['B'] }
			],
			{ T: '*', A: '*', B: '<10' }
		],
		[
			'a part that is not a published cell (no population figure) is left out of the sum',
			{ T: 50, A: 45 },
			[{ total: 'T', parts: ['A', 'B'] }],
			{ T: 50, A: 45 }
		]
	];
	it.each(cases)('%s', (_name, values, sums, expected) => {
		expect(Object.fromEntries(suppress(new Map(Object.entries(values)), sums))).toEqual(expected);
	});
	it('no sum is left with exactly one hidden part under a shown total', () => {
		// A random province: whatever the numbers, the rule holds everywhere when it stops.
		let seed = 7;
		const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let run = 0; run < 50; run++) {
			const values = new Map<string, number>();
			const sums: { total: string; parts: string[] }[] = [];
			for (let u = 0; u < 5; u++) {
				const parts = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, i) => `u${u}p${i}`);
				parts.forEach((p) => values.set(p, Math.floor(rand() * 40)));
				values.set(
					`u${u}`,
					parts.reduce((n, p) => n + values.get(p)!, 0)
				);
				sums.push({ total: `u${u}`, parts });
			}
			values.set(
				'all',
				[0, 1, 2, 3, 4].reduce((n, u) => n + values.get(`u${u}`)!, 0)
			);
			sums.push({ total: 'all', parts: [0, 1, 2, 3, 4].map((u) => `u${u}`) });
			const shown = suppress(values, sums);
			for (const { total, parts } of sums) {
				const hidden = parts.filter((p) => typeof shown.get(p) !== 'number').length;
				if (typeof shown.get(total) === 'number') expect(hidden).not.toBe(1);
				else if (parts.length) expect(hidden).toBeGreaterThan(0);
			}
			for (const [k, v] of values) if (v < MIN_CELL_SIZE) expect(shown.get(k)).toBe('<10');
		}
	});
});

describe('publicSummaries', () => {
	const units: UnitLike[] = [
		{ id: 'P', name: 'Tỉnh Demo', level: 'province', parentId: null },
		{ id: 'C1', name: 'Xã An Bình', level: 'commune', parentId: 'P', population: { '2026': 1000 } },
		{ id: 'C2', name: 'Xã Hòa Lợi', level: 'commune', parentId: 'P', population: { '2026': 400 } },
		{ id: 'C3', name: 'Xã Nhỏ', level: 'commune', parentId: 'P', population: { '2026': 300 } },
		{
			id: 'C4',
			name: 'Xã Tân Phú',
			level: 'commune',
			parentId: 'P',
			retired: true,
			successorId: 'C1',
			population: { '2026': 600 }
		},
		{ id: 'C1-H1', name: 'Thôn Đông', level: 'hamlet', parentId: 'C1' }
	];
	const row = (status: string, n: number, group = 'nong-dan'): ViewRow => ({
		key: [2026, status, group, '2026-03'],
		value: n
	});
	const counts = new Map<string, CommuneCounts>([
		[
			'C1',
			communeCountsFromRows(
				[row('recognised', 300), row('recognised', 120, 'cong-dong'), row('sent', 40)],
				2026
			)
		],
		[
			'C2',
			communeCountsFromRows([row('recognised', 150), row('recognised', 30, 'cong-dong')], 2026)
		],
		['C3', communeCountsFromRows([row('recognised', 4), row('recognised', 60, 'cong-dong')], 2026)],
		['C4', communeCountsFromRows([row('recognised', 25)], 2026)]
	]);
	const input = {
		units,
		targets: [{ orgUnitId: 'P', period: 2026, group: 'nong-dan', percentage: 40 }],
		period: 2026,
		counts
	};
	const all = publicSummaries({
		...input,
		provinceId: 'P',
		groupName: (g) => (g === 'nong-dan' ? 'Nông dân' : 'Cộng đồng'),
		generatedAt: new Date('2026-12-04T10:00:00Z')
	});
	const reviewer = buildReport({ ...input, rootId: 'P' });

	it('has one summary per unit of today, hamlets and taken-over communes aside', () => {
		expect([...all.keys()].sort()).toEqual(['C1', 'C2', 'C3', 'P']);
	});
	it('publishes the reviewer report’s numbers where nothing is hidden', () => {
		const p = all.get('P')!;
		expect(p).toMatchObject({
			id: 'P',
			year: 2026,
			minCellSize: 10,
			population: reviewer.totals.population,
			recognised: reviewer.totals.recognised,
			rate: reviewer.totals.rate,
			target: reviewer.totals.target
		});
		const c1 = reviewer.rows.find((r) => r.id === 'C1')!;
		expect(p.children.find((c) => c.id === 'C1')).toMatchObject({
			recognised: c1.recognised,
			population: 1000,
			rate: c1.rate,
			rateText: '44,5%',
			mergedFrom: [{ id: 'C4', name: 'Xã Tân Phú' }]
		});
		expect(p.groups.map((g) => [g.id, g.assessed, g.recognised, g.target])).toEqual([
			['cong-dong', 210, 210, 60],
			['nong-dan', 519, 479, 40]
		]);
	});
	it('hides a small group cell and its neighbour in every sum it is in', () => {
		const c3 = all.get('C3')!;
		expect(c3.groups.find((g) => g.id === 'nong-dan')).toMatchObject({
			assessed: '<10',
			recognised: '<10',
			shareOfAssessed: null
		});
		// C3's recognised = nông dân + cộng đồng: the other group is hidden so 4 cannot be worked out.
		expect(c3.groups.find((g) => g.id === 'cong-dong')).toMatchObject({
			recognised: '*',
			shareOfAssessed: null
		});
		// and across communes: nông dân in the province = C1 + C2 + C3, so another commune's nông dân is hidden too.
		const nd = ['C1', 'C2'].map(
			(id) => all.get(id)!.groups.find((g) => g.id === 'nong-dan')!.recognised
		);
		expect(nd.filter((v) => typeof v !== 'number').length).toBeGreaterThan(0);
	});
	it('is the same cell whichever unit is asked', () => {
		for (const child of all.get('P')!.children)
			expect(child).toEqual(
				Object.fromEntries(
					Object.keys(child).map((k) => [k, all.get(child.id)![k as keyof typeof child]])
				)
			);
	});
	it('carries the stable fields and nothing else', () => {
		expect(Object.keys(all.get('P')!).sort()).toEqual(
			[
				'children',
				'generatedAt',
				'groups',
				'id',
				'legend',
				'level',
				'mergedFrom',
				'minCellSize',
				'name',
				'population',
				'province',
				'rate',
				'rateText',
				'recognised',
				'retired',
				'target',
				'year'
			].sort()
		);
		expect(all.get('P')!.generatedAt).toBe('2026-12-04T10:00:00.000Z');
	});
});
