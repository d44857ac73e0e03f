import { describe, expect, it } from 'vitest';
import {
	ageInPeriod,
	checkEligibility,
	eligibilityMessage,
	isUnderAge,
	type Eligibility
} from './eligibility';
import { messageText } from './messages';

describe('ageInPeriod', () => {
	it.each([
		[1958, 2026, 68],
		[2010, 2026, 16],
		[2026, 2026, 0]
	])('born %i, in %i: %i', (birthYear, period, age) =>
		expect(ageInPeriod(birthYear, period)).toBe(age)
	);
});

describe('checkEligibility (minAge 16)', () => {
	it.each<[string, number, number, Partial<Eligibility>]>([
		['turns 16 during the year: eligible', 2010, 2026, { eligible: true, age: 16 }],
		['turns 15: too young', 2011, 2026, { eligible: false, reason: 'too_young', age: 15 }],
		['turns 17: eligible', 2009, 2026, { eligible: true, age: 17 }],
		['elderly: eligible', 1940, 2026, { eligible: true, age: 86 }],
		[
			'born in the assessment year: too young',
			2026,
			2026,
			{ eligible: false, reason: 'too_young', age: 0 }
		],
		[
			'born after the assessment year: a typing mistake',
			2027,
			2026,
			{ eligible: false, reason: 'birth_year_after_period', age: -1 }
		]
	])('%s', (_, birthYear, period, expected) => {
		expect(checkEligibility(birthYear, period, 16)).toMatchObject(expected);
	});

	it('a set with minAge 0 admits anyone born by the period', () => {
		expect(checkEligibility(2026, 2026, 0)).toEqual({ eligible: true, age: 0 });
	});
});

describe('eligibilityMessage', () => {
	it.each([
		[2011, 2026, 'vi', 'Người này mới 15 tuổi trong năm 2026; cần đủ 16 tuổi mới được đánh giá.'],
		[2011, 2026, 'en', 'This person is only 15 in 2026; they must be 16 to be assessed.'],
		[2027, 2026, 'vi', 'Năm sinh 2027 sau năm đánh giá 2026. Hãy kiểm tra lại năm sinh.']
	] as const)('born %i, in %i (%s): %s', (birthYear, period, lang, text) => {
		const e = checkEligibility(birthYear, period, 16);
		if (e.eligible) throw new Error('expected a refusal');
		const { key, params } = eligibilityMessage(e);
		expect(messageText(key, lang, params)).toBe(text);
	});
});

describe('isUnderAge', () => {
	it('marks a child born 2012 in 2026 (14), not a 16-year-old, not a birth year after the period', () => {
		expect(isUnderAge(2012, 2026, 16)).toBe(true);
		expect(isUnderAge(2010, 2026, 16)).toBe(false);
		expect(isUnderAge(2030, 2026, 16)).toBe(false);
	});
});
