import { language, type Lang } from '$lib/state/language.svelte';
import { officer } from './catalog/officer';
import { lookup } from './text';

export { format, type Params } from './text';
export type MessageKey = keyof typeof officer;

/** The officer's words in the reader's language; reactive, since it reads the language state. */
export const t = lookup(officer);

/** Pick the reader's language from a bilingual pair in data (criteria sets), falling back to Vietnamese. */
export function pick(vietnamese: string, english?: string): string {
	return language.current === 'en' && english ? english : vietnamese;
}

const numberFormat = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
export function num(n: number): string {
	return numberFormat[language.current].format(n);
}

// One formatter per language, made on first use: `toLocaleString` builds a new Intl.DateTimeFormat
// on every call (≈ 1 ms on a cheap tablet), which a list of dates pays once per row.
const dateTimeFormat: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
	hour: '2-digit',
	minute: '2-digit',
	day: '2-digit',
	month: '2-digit',
	year: 'numeric'
};

/** A date and time the way people say it here: "14:05, 23/11/2026". */
export function when(iso: string | null | undefined): string {
	if (!iso) return '';
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return '';
	const lang = language.current;
	const format = (dateTimeFormat[lang] ??= new Intl.DateTimeFormat(
		lang === 'vi' ? 'vi-VN' : 'en-GB',
		DATE_TIME_OPTIONS
	));
	return format.format(d);
}
