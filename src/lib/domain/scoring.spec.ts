import { describe, expect, it } from 'vitest';
import type { Reason, ScoreResult } from './assessment.schema';
import { criteriaSetSchema, type CriteriaSet, type Indicator } from './criteria-set.schema';
import { applicableIndicators, criteriaForGroup, score, sameResult } from './scoring';

const yesNo = (yes: number) => [
	{ key: 'yes', label: 'Đạt', points: yes },
	{ key: 'no', label: 'Chưa đạt', points: 0 }
];
const ind = (
	id: string,
	groups: string[],
	options: Indicator['options'],
	required?: boolean
): Indicator => ({
	id,
	text: `Chỉ tiêu ${id}`,
	groups,
	options,
	...(required ? { required } : {})
});

/**
 * Group a: c1 (i1, i2), c2 (i3)          max 30, passes at 15.
 * Group b: c1 (i1), c2 (i3, i4), c3 (i5) max 50, passes at 25.
 */
function fixture(passPercent = 50): CriteriaSet {
	return criteriaSetSchema.parse({
		_id: 'criteriaSet:test:v1',
		type: 'criteriaSet',
		code: 'TEST',
		slug: 'test',
		version: 1,
		title: 'Bộ thử',
		source: 'Dùng cho kiểm thử',
		verified: false,
		minAge: 16,
		groups: [
			{ id: 'a', name: 'Nhóm A' },
			{ id: 'b', name: 'Nhóm B' }
		],
		criteria: [
			{
				id: 'c1',
				title: 'Tiêu chí 1',
				minPercent: 50,
				indicators: [ind('i1', [], yesNo(10)), ind('i2', ['a'], yesNo(10))]
			},
			{
				id: 'c2',
				title: 'Tiêu chí 2',
				indicators: [
					ind(
						'i3',
						[],
						[
							{ key: 'often', label: 'Thường xuyên', points: 10 },
							{ key: 'sometimes', label: 'Thỉnh thoảng', points: 5 },
							{ key: 'never', label: 'Chưa', points: 0 }
						],
						true
					),
					ind(
						'i4',
						['b'],
						[
							{ key: 'yes', label: 'Đạt', points: 20 },
							{ key: 'partly', label: 'Một phần', points: 9 },
							{ key: 'no', label: 'Chưa đạt', points: 0 }
						]
					)
				]
			},
			{ id: 'c3', title: 'Tiêu chí 3', indicators: [ind('i5', ['b'], yesNo(10))] }
		],
		rule: { passPercent }
	});
}

const unanswered = (criterionId: string, indicatorId: string): Reason => ({
	code: 'unanswered',
	criterionId,
	indicatorId
});

interface Row {
	name: string;
	group: string;
	answers: Record<string, string>;
	passPercent?: number;
	total: number;
	max: number;
	perCriterion: ScoreResult['perCriterion'];
	reasons: Reason[];
}

const rows: Row[] = [
	{
		name: 'group a, every answer at the top: recognised',
		group: 'a',
		answers: { i1: 'yes', i2: 'yes', i3: 'often' },
		total: 30,
		max: 30,
		perCriterion: { c1: { score: 20, max: 20 }, c2: { score: 10, max: 10 } },
		reasons: [{ code: 'passed' }]
	},
	{
		name: 'group a, total exactly at the threshold (15/30 at 50%): recognised',
		group: 'a',
		answers: { i1: 'yes', i2: 'no', i3: 'sometimes' },
		total: 15,
		max: 30,
		perCriterion: { c1: { score: 10, max: 20 }, c2: { score: 5, max: 10 } },
		reasons: [{ code: 'passed' }]
	},
	{
		name: 'group a, the same answers just below a 51% threshold: need rounds up to a whole point',
		group: 'a',
		answers: { i1: 'yes', i2: 'no', i3: 'sometimes' },
		passPercent: 51,
		total: 15,
		max: 30,
		perCriterion: { c1: { score: 10, max: 20 }, c2: { score: 5, max: 10 } },
		reasons: [{ code: 'total_below', got: 15, need: 16, max: 30 }]
	},
	{
		name: 'group a, the same answers above a 49% threshold: recognised',
		group: 'a',
		answers: { i1: 'yes', i2: 'no', i3: 'sometimes' },
		passPercent: 49,
		total: 15,
		max: 30,
		perCriterion: { c1: { score: 10, max: 20 }, c2: { score: 5, max: 10 } },
		reasons: [{ code: 'passed' }]
	},
	{
		name: 'group b, 24/50 is one point below 25: not recognised',
		group: 'b',
		answers: { i1: 'yes', i3: 'sometimes', i4: 'partly', i5: 'no' },
		total: 24,
		max: 50,
		perCriterion: {
			c1: { score: 10, max: 10 },
			c2: { score: 14, max: 30 },
			c3: { score: 0, max: 10 }
		},
		reasons: [{ code: 'total_below', got: 24, need: 25, max: 50 }]
	},
	{
		name: 'group b, 25/50 is exactly the threshold: recognised',
		group: 'b',
		answers: { i1: 'yes', i3: 'sometimes', i4: 'no', i5: 'yes' },
		total: 25,
		max: 50,
		perCriterion: {
			c1: { score: 10, max: 10 },
			c2: { score: 5, max: 30 },
			c3: { score: 10, max: 10 }
		},
		reasons: [{ code: 'passed' }]
	},
	{
		name: 'group b, a criterion under its minimum fails even with a passing total',
		group: 'b',
		answers: { i1: 'no', i3: 'often', i4: 'yes', i5: 'no' },
		total: 30,
		max: 50,
		perCriterion: {
			c1: { score: 0, max: 10 },
			c2: { score: 30, max: 30 },
			c3: { score: 0, max: 10 }
		},
		reasons: [{ code: 'criterion_below', criterionId: 'c1', got: 0, need: 5, max: 10 }]
	},
	{
		name: 'group a, a criterion exactly at its minimum (10/20 at 50%) passes',
		group: 'a',
		answers: { i1: 'no', i2: 'yes', i3: 'often' },
		total: 20,
		max: 30,
		perCriterion: { c1: { score: 10, max: 20 }, c2: { score: 10, max: 10 } },
		reasons: [{ code: 'passed' }]
	},
	{
		name: 'group b, a required indicator answered "Chưa" fails even with a high total',
		group: 'b',
		answers: { i1: 'yes', i3: 'never', i4: 'yes', i5: 'yes' },
		total: 40,
		max: 50,
		perCriterion: {
			c1: { score: 10, max: 10 },
			c2: { score: 20, max: 30 },
			c3: { score: 10, max: 10 }
		},
		reasons: [{ code: 'required_missed', criterionId: 'c2', indicatorId: 'i3' }]
	},
	{
		name: 'group a, a required indicator partly reached ("Thỉnh thoảng") counts as reached',
		group: 'a',
		answers: { i1: 'yes', i2: 'yes', i3: 'sometimes' },
		total: 25,
		max: 30,
		perCriterion: { c1: { score: 20, max: 20 }, c2: { score: 5, max: 10 } },
		reasons: [{ code: 'passed' }]
	},
	{
		name: 'group a, an unanswered indicator scores 0 and blocks recognition though the total passes',
		group: 'a',
		answers: { i1: 'yes', i2: 'yes' },
		total: 20,
		max: 30,
		perCriterion: { c1: { score: 20, max: 20 }, c2: { score: 0, max: 10 } },
		reasons: [unanswered('c2', 'i3')]
	},
	{
		name: 'group a, an answer key the indicator does not offer counts as unanswered',
		group: 'a',
		answers: { i1: 'yes', i2: 'yes', i3: 'maybe' },
		total: 20,
		max: 30,
		perCriterion: { c1: { score: 20, max: 20 }, c2: { score: 0, max: 10 } },
		reasons: [unanswered('c2', 'i3')]
	},
	{
		name: 'group b, nothing answered: every indicator listed, then the shortfalls',
		group: 'b',
		answers: {},
		total: 0,
		max: 50,
		perCriterion: {
			c1: { score: 0, max: 10 },
			c2: { score: 0, max: 30 },
			c3: { score: 0, max: 10 }
		},
		reasons: [
			unanswered('c1', 'i1'),
			unanswered('c2', 'i3'),
			unanswered('c2', 'i4'),
			unanswered('c3', 'i5'),
			{ code: 'criterion_below', criterionId: 'c1', got: 0, need: 5, max: 10 },
			{ code: 'total_below', got: 0, need: 25, max: 50 }
		]
	},
	{
		name: 'group a, answers to indicators of group b only are ignored (i4, i5)',
		group: 'a',
		answers: { i1: 'no', i2: 'no', i3: 'often', i4: 'yes', i5: 'yes' },
		total: 10,
		max: 30,
		perCriterion: { c1: { score: 0, max: 20 }, c2: { score: 10, max: 10 } },
		reasons: [
			{ code: 'criterion_below', criterionId: 'c1', got: 0, need: 10, max: 20 },
			{ code: 'total_below', got: 10, need: 15, max: 30 }
		]
	},
	{
		name: 'a group the set does not list has no indicators',
		group: 'z',
		answers: { i1: 'yes', i3: 'often' },
		total: 0,
		max: 0,
		perCriterion: {},
		reasons: [{ code: 'no_indicators' }]
	}
];

describe('score', () => {
	it.each(rows)('$name', (row) => {
		const result = score(fixture(row.passPercent), row.group, row.answers);
		expect(result).toEqual({
			total: row.total,
			max: row.max,
			perCriterion: row.perCriterion,
			recognised: row.reasons[0].code === 'passed',
			reasons: row.reasons
		});
	});

	it('a group whose every indicator belongs to another group is not recognised (no_indicators)', () => {
		// The schema refuses such a set (err.emptyGroup); scoring must still not recognise anyone.
		const set = { ...fixture(), groups: [...fixture().groups, { id: 'c', name: 'Nhóm C' }] };
		set.criteria = set.criteria.map((c) => ({
			...c,
			indicators: c.indicators.map((i) => ({ ...i, groups: i.groups.length ? i.groups : ['a'] }))
		}));
		expect(score(set, 'c', {})).toEqual({
			total: 0,
			max: 0,
			perCriterion: {},
			recognised: false,
			reasons: [{ code: 'no_indicators' }]
		});
	});

	it('70% of 10 is reached by exactly 7 points (0.7 * 10 is 7.000000000000001 in floating point)', () => {
		const set = fixture(70);
		set.groups = [{ id: 'a', name: 'A' }];
		set.criteria = [
			{
				id: 'c',
				title: 'C',
				indicators: [ind('x', [], [...yesNo(10), { key: 'seven', label: '7', points: 7 }])]
			}
		];
		expect(score(set, 'a', { x: 'seven' })).toMatchObject({ total: 7, max: 10, recognised: true });
	});

	it('fractional points add up exactly (0.1 + 0.2 is 0.3, at a 100% threshold)', () => {
		const set = fixture(100);
		set.groups = [{ id: 'a', name: 'A' }];
		set.criteria = [
			{
				id: 'c',
				title: 'C',
				minPercent: 100,
				indicators: [ind('x', [], yesNo(0.1)), ind('y', [], yesNo(0.2))]
			}
		];
		const result = score(set, 'a', { x: 'yes', y: 'yes' });
		expect(result).toMatchObject({ total: 0.3, max: 0.3, recognised: true });
		expect(result.perCriterion.c).toEqual({ score: 0.3, max: 0.3 });
		expect(score(set, 'a', { x: 'yes', y: 'no' }).reasons).toEqual([
			{ code: 'criterion_below', criterionId: 'c', got: 0.1, need: 0.3, max: 0.3 },
			{ code: 'total_below', got: 0.1, need: 0.3, max: 0.3 }
		]);
	});

	it('does not read answers through the prototype ("constructor" is not an answer)', () => {
		const set = fixture();
		set.criteria[0].indicators[0] = { ...set.criteria[0].indicators[0], id: 'constructor' };
		expect(score(set, 'a', {}).reasons[0]).toEqual(unanswered('c1', 'constructor'));
	});
});

describe('applicableIndicators', () => {
	it.each([
		['a', ['i1', 'i2', 'i3']],
		['b', ['i1', 'i3', 'i4', 'i5']],
		['z', []]
	])('group %s gets %j', (group, ids) => {
		expect(applicableIndicators(fixture(), group).map((i) => i.id)).toEqual(ids);
	});
});

describe('criteriaForGroup', () => {
	it.each([
		['a', { c1: ['i1', 'i2'], c2: ['i3'] }],
		['b', { c1: ['i1'], c2: ['i3', 'i4'], c3: ['i5'] }],
		['z', {}]
	])('group %s: criteria in order, each with only its applicable indicators', (group, expected) => {
		const got = Object.fromEntries(
			criteriaForGroup(fixture(), group).map((c) => [c.id, c.indicators.map((i) => i.id)])
		);
		expect(got).toEqual(expected);
		expect(Object.keys(got)).toEqual(Object.keys(expected));
	});
});

describe('sameResult', () => {
	const base = score(fixture(), 'b', {});

	it('a result equals itself after a JSON round trip', () => {
		expect(sameResult(base, JSON.parse(JSON.stringify(base)))).toBe(true);
	});

	it('the order of reasons does not matter', () => {
		expect(sameResult(base, { ...base, reasons: [...base.reasons].reverse() })).toBe(true);
	});

	it.each<[string, (r: ScoreResult) => ScoreResult]>([
		['another total', (r) => ({ ...r, total: r.total + 1 })],
		['another max', (r) => ({ ...r, max: r.max - 1 })],
		['recognised flipped', (r) => ({ ...r, recognised: !r.recognised })],
		[
			'a criterion score changed',
			(r) => ({ ...r, perCriterion: { ...r.perCriterion, c1: { score: 10, max: 10 } } })
		],
		[
			'a criterion missing',
			(r) => ({ ...r, perCriterion: { c1: r.perCriterion.c1, c2: r.perCriterion.c2 } })
		],
		[
			'a criterion renamed',
			(r) => ({
				...r,
				perCriterion: { c1: r.perCriterion.c1, c2: r.perCriterion.c2, cX: r.perCriterion.c3 }
			})
		],
		['a reason dropped', (r) => ({ ...r, reasons: r.reasons.slice(1) })],
		[
			'a reason altered',
			(r) => ({ ...r, reasons: [{ ...r.reasons[0], indicatorId: 'i9' }, ...r.reasons.slice(1)] })
		],
		[
			'reasons replaced by passed',
			(r) => ({ ...r, reasons: [{ code: 'passed' }, ...r.reasons.slice(1)] })
		]
	])('differs when %s', (_, change) => {
		expect(sameResult(base, change(base))).toBe(false);
	});
});
