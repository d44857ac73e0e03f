import { describe, expect, it } from 'vitest';
import { reportQuery, viewQuery } from '../../review/views';
import { canonicalQuery } from './view-cache';

describe('canonicalQuery: one spelling per view query', () => {
	it.each([
		['sorted by name', 'startkey=%5B2026%5D&group_level=4', 'group_level=4&startkey=%5B2026%5D'],
		[
			'JSON values re-serialised',
			'startkey=%5B%202026%20%5D&group_level=%204',
			'group_level=4&startkey=%5B2026%5D'
		],
		[
			'a value that is not JSON kept as sent',
			'group_level=abc&stale=ok',
			'group_level=abc&stale=ok'
		],
		['empty', '', ''],
		['strings keep their accents', 'key=%22Nguy%E1%BB%85n%22', 'key=%22Nguy%E1%BB%85n%22']
	])('%s', (_, raw, canonical) => {
		expect(canonicalQuery(raw)).toBe(canonical);
	});

	it("is the same for the browser's report query however its parameters were ordered", () => {
		const browser = viewQuery(reportQuery(2026));
		const reordered = viewQuery({ group_level: 4, endkey: [2026, {}], startkey: [2026] });
		expect(canonicalQuery(browser)).toBe(canonicalQuery(reordered));
		expect(canonicalQuery(canonicalQuery(browser))).toBe(canonicalQuery(browser));
	});
});
