import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from './assessment.schema';
import { changedSinceReturn, isResent, returnBeingFixed } from './resent';

const returned: ReviewEntry = {
	by: 'duyet.p01',
	at: '2026-03-01T08:00:00.000Z',
	decision: 'returned',
	comment: 'Câu 2 chưa đúng'
};

describe('returnBeingFixed', () => {
	it.each([
		['returned', returned],
		['draft', returned],
		['ready', returned],
		['sent', null],
		['recognised', null]
	] as const)('status %s after a return → %o', (status, expected) => {
		expect(returnBeingFixed({ status, review: returned })).toEqual(expected);
	});
	it('a draft never returned has none', () => {
		expect(returnBeingFixed({ status: 'draft' })).toBeNull();
		expect(
			returnBeingFixed({ status: 'draft', review: { ...returned, decision: 'recognised' } })
		).toBeNull();
	});
});

describe('isResent', () => {
	it('sent with the latest decision a return: re-sent; a first send or a decided one: not', () => {
		expect(isResent({ status: 'sent', review: returned })).toBe(true);
		expect(isResent({ status: 'sent' })).toBe(false);
		expect(
			isResent({ status: 'recognised', review: { ...returned, decision: 'recognised' } })
		).toBe(false);
	});
});

describe('changedSinceReturn', () => {
	it('names the answers changed, added or removed; nothing when the returned answers are not known', () => {
		const returnedAnswers = { a: 'x', b: 'y', c: 'z' };
		expect(
			[...changedSinceReturn({ answers: { a: 'x', b: 'w', d: 'v' }, returnedAnswers })].sort()
		).toEqual(['b', 'c', 'd']);
		expect(changedSinceReturn({ answers: { a: 'x' } }).size).toBe(0);
	});
});
