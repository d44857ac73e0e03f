import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment.schema';
import { defaultCriteriaSet, GROUP_FARMERS } from './criteria-default';
import { duplicateLookupKeys, findDuplicates, flagsOf, type FlagInput } from './review-flags';
import { applicableIndicators, score } from './scoring';

const best = Object.fromEntries(
	applicableIndicators(defaultCriteriaSet, GROUP_FARMERS).map((i) => [i.id, i.options[0].key])
);
const worst = Object.fromEntries(
	applicableIndicators(defaultCriteriaSet, GROUP_FARMERS).map((i) => [i.id, i.options.at(-1)!.key])
);

function assessment(
	answers: Record<string, string>,
	result = score(defaultCriteriaSet, GROUP_FARMERS, answers),
	period = 2026
): FlagInput['assessment'] {
	return { group: GROUP_FARMERS, answers, result, period } satisfies Pick<
		Assessment,
		'group' | 'answers' | 'result' | 'period'
	>;
}
const person = (id: string, fullName: string, birthYear: number, hamletId = 'C01-H01') => ({
	_id: id,
	fullName,
	birthYear,
	hamletId
});

describe('flagsOf', () => {
	const rows: { name: string; input: FlagInput; codes: string[] }[] = [
		{
			name: 'a consistent assessment of an adult with no twin has no flag',
			input: {
				assessment: assessment(best),
				citizen: person('c1', 'Nguyễn Văn An', 1962),
				criteriaSet: defaultCriteriaSet
			},
			codes: []
		},
		{
			name: 'a stored "recognised" over answers that score nothing: result mismatch',
			input: {
				assessment: assessment(worst, score(defaultCriteriaSet, GROUP_FARMERS, best)),
				citizen: person('c1', 'Nguyễn Văn An', 1962),
				criteriaSet: defaultCriteriaSet
			},
			codes: ['result_mismatch']
		},
		{
			name: 'the same total with a different reason list is still a mismatch',
			input: {
				assessment: assessment(worst, {
					...score(defaultCriteriaSet, GROUP_FARMERS, worst),
					reasons: [{ code: 'passed' }]
				}),
				citizen: person('c1', 'Nguyễn Văn An', 1962),
				criteriaSet: defaultCriteriaSet
			},
			codes: ['result_mismatch']
		},
		{
			name: 'an unknown criteria set cannot be recomputed: said so, not called a mismatch',
			input: {
				assessment: assessment(best),
				citizen: person('c1', 'Nguyễn Văn An', 1962),
				criteriaSet: null
			},
			codes: ['criteria_missing']
		},
		{
			name: '15 in the period (born 2011, assessed 2026): under age',
			input: {
				assessment: assessment(best),
				citizen: person('c1', 'Lê Minh', 2011),
				criteriaSet: defaultCriteriaSet
			},
			codes: ['under_age']
		},
		{
			name: 'exactly 16 in the period: not under age',
			input: {
				assessment: assessment(best),
				citizen: person('c1', 'Lê Minh', 2010),
				criteriaSet: defaultCriteriaSet
			},
			codes: []
		},
		{
			name: 'a birth year after the period is flagged as under age too',
			input: {
				assessment: assessment(best, undefined, 2025),
				citizen: person('c1', 'Lê Minh', 2026),
				criteriaSet: defaultCriteriaSet
			},
			codes: ['under_age']
		},
		{
			name: 'no citizen record: said so',
			input: { assessment: assessment(best), citizen: null, criteriaSet: defaultCriteriaSet },
			codes: ['citizen_missing']
		},
		{
			name: 'a twin: possible duplicate, with every flag in order',
			input: {
				assessment: assessment(worst, score(defaultCriteriaSet, GROUP_FARMERS, best)),
				citizen: person('c1', 'Lê Minh', 2012),
				criteriaSet: defaultCriteriaSet,
				duplicates: ['c9']
			},
			codes: ['result_mismatch', 'under_age', 'possible_duplicate']
		}
	];
	for (const row of rows)
		it(row.name, () => expect(flagsOf(row.input).map((f) => f.code)).toEqual(row.codes));

	it('says the age and the minimum for under age, and names the twins', () => {
		const flags = flagsOf({
			assessment: assessment(best),
			citizen: person('c1', 'Lê Minh', 2012),
			criteriaSet: defaultCriteriaSet,
			duplicates: ['c7', 'c8']
		});
		expect(flags).toEqual([
			{ code: 'under_age', age: 14, minAge: 16 },
			{ code: 'possible_duplicate', others: ['c7', 'c8'] }
		]);
	});
});

describe('findDuplicates', () => {
	const rows: {
		name: string;
		subject: ReturnType<typeof person>[];
		candidates: ReturnType<typeof person>[];
		expected: Record<string, string[]>;
	}[] = [
		{
			name: 'same name without accents and with other spacing, same year and hamlet, in an earlier batch',
			subject: [person('new', 'Nguyễn  Văn An', 1962)],
			candidates: [person('old', 'nguyen van an', 1962)],
			expected: { new: ['old'] }
		},
		{
			name: 'twins inside the same batch flag each other',
			subject: [person('a', 'Trần Thị Bình', 1970), person('b', 'Tran Thi Binh', 1970)],
			candidates: [],
			expected: { a: ['b'], b: ['a'] }
		},
		{
			name: 'the view hands back the subject itself: never its own twin',
			subject: [person('a', 'Trần Thị Bình', 1970)],
			candidates: [person('a', 'Trần Thị Bình', 1970)],
			expected: {}
		},
		{
			name: 'another birth year is another person',
			subject: [person('a', 'Lê Văn Cường', 1985)],
			candidates: [person('b', 'Lê Văn Cường', 1986)],
			expected: {}
		},
		{
			name: 'another hamlet is another person',
			subject: [person('a', 'Lê Văn Cường', 1985, 'C01-H01')],
			candidates: [person('b', 'Lê Văn Cường', 1985, 'C01-H02')],
			expected: {}
		},
		{
			name: 'Đ and D are the same letter for this purpose',
			subject: [person('a', 'Đặng Thị Hồng', 1990)],
			candidates: [person('b', 'Dang Thi Hong', 1990), person('c', 'Đặng Thị Hồng', 1990)],
			expected: { a: ['b', 'c'] }
		}
	];
	for (const row of rows)
		it(row.name, () =>
			expect(Object.fromEntries(findDuplicates(row.subject, row.candidates))).toEqual(row.expected)
		);
});

describe('duplicateLookupKeys', () => {
	it('one key per distinct hamlet and birth year, sorted', () => {
		const keys = duplicateLookupKeys([
			person('a', 'X', 1970, 'H2'),
			person('b', 'Y', 1962, 'H1'),
			person('c', 'Z', 1970, 'H2'),
			person('d', 'W', 1950, 'H2')
		]);
		expect(keys).toEqual([
			['H1', 1962],
			['H2', 1950],
			['H2', 1970]
		]);
	});
});
