import { afterEach, describe, expect, it } from 'vitest';
import { language } from '$lib/state/language.svelte';
import { when } from './index';

const OPTIONS: Intl.DateTimeFormatOptions = {
	hour: '2-digit',
	minute: '2-digit',
	day: '2-digit',
	month: '2-digit',
	year: 'numeric'
};

describe('when', () => {
	afterEach(() => {
		language.set('vi');
	});

	it.each([
		['vi', 'vi-VN', '2026-11-23T07:05:00.000Z'],
		['en', 'en-GB', '2026-11-23T07:05:00.000Z'],
		['vi', 'vi-VN', '2026-01-02T23:59:59.999Z'],
		['en', 'en-GB', '1999-12-31T00:00:00.000Z']
	] as const)('in %s reads as toLocaleString(%s) did', (lang, locale, iso) => {
		language.set(lang);
		expect(when(iso)).toBe(new Date(iso).toLocaleString(locale, OPTIONS));
	});

	it.each([[undefined], [null], [''], ['not a date']])('is empty for %j', (iso) => {
		expect(when(iso)).toBe('');
	});
});
