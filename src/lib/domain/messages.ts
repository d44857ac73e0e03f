import type { Reason } from './assessment.schema';
import type { CriteriaSet } from './criteria-set.schema';
import type { FieldIssue } from './schemas';
import {
	domainMessages,
	fieldLabelWords,
	listItemWords,
	reasonWords
} from '../i18n/catalog/domain';
import { format, type Catalog as WordCatalog } from '../i18n/format';

// Schemas, scoring and the repositories speak in message keys; this module turns them into words
// for a reader who may be past 65 and not at ease with technology: plain Vietnamese first, short
// sentences that say what to do next, no codes. It is pure, so the gateway can name a refusal the
// same way the tablet does. The words are in i18n/catalog/domain.ts, Vietnamese and English side by side.

export type Lang = 'vi' | 'en';
export type MessageParams = Record<string, string | number>;

type Catalog = Record<string, string>;

/** A side-by-side catalog as one table per language: the lookups below read one language at a time. */
function byLang(catalog: WordCatalog): Record<Lang, Catalog> {
	const pick = (i: 0 | 1) =>
		Object.fromEntries(Object.entries(catalog).map(([key, pair]) => [key, pair[i]]));
	return { vi: pick(0), en: pick(1) };
}

const catalogs = byLang(domainMessages);
const vi = catalogs.vi;

/** Every key this module knows, for specs and for the UI's own checks. */
export const messageKeys: readonly string[] = Object.keys(vi);

/** Numbers as the reader writes them: "12,5" in Vietnamese, "12.5" in English; at most 2 decimals. */
export function formatNumber(n: number, lang: Lang): string {
	const text = String(Math.round(n * 100) / 100);
	return lang === 'vi' ? text.replace('.', ',') : text;
}

const fill = (template: string, lang: Lang, params?: MessageParams) =>
	template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = params?.[name];
		if (value === undefined) return whole;
		// Years and ids are not amounts: "2026", not "2.026".
		return typeof value === 'number' && !Number.isInteger(value)
			? formatNumber(value, lang)
			: String(value);
	});

/** The text for a message key; an unknown key falls back to the key itself, so nothing is blank. */
export function messageText(key: string, lang: Lang, params?: MessageParams): string {
	const template = Object.hasOwn(catalogs[lang], key) ? catalogs[lang][key] : undefined;
	return template === undefined ? key : fill(template, lang, params);
}

export const isMessageKey = (key: string) => Object.hasOwn(vi, key);

const quote = (text: string, lang: Lang) => (lang === 'vi' ? `“${text}”` : `"${text}"`);

function findIndicator(set: CriteriaSet, id: string | undefined) {
	for (const c of set.criteria) for (const i of c.indicators) if (i.id === id) return i;
	return undefined;
}

export function criterionTitle(set: CriteriaSet, id: string | undefined, lang: Lang): string {
	const c = set.criteria.find((x) => x.id === id);
	if (!c) return id ?? '';
	return lang === 'en' && c.titleEn ? c.titleEn : c.title;
}

export function indicatorText(set: CriteriaSet, id: string | undefined, lang: Lang): string {
	const i = findIndicator(set, id);
	if (!i) return id ?? '';
	return lang === 'en' && i.textEn ? i.textEn : i.text;
}

export function groupName(set: CriteriaSet, id: string, lang: Lang): string {
	const g = set.groups.find((x) => x.id === id);
	if (!g) return id;
	return lang === 'en' && g.nameEn ? g.nameEn : g.name;
}

/** One reason of a result in a plain sentence, e.g. "Tổng điểm 45/100, cần ít nhất 50 điểm để được công nhận." */
export function reasonText(reason: Reason, set: CriteriaSet, lang: Lang): string {
	const n = (x: number | undefined) => formatNumber(x ?? 0, lang);
	const say = (key: keyof typeof reasonWords, params?: MessageParams) =>
		format(reasonWords[key][lang === 'en' ? 1 : 0], params);
	switch (reason.code) {
		case 'passed':
			return say('passed');
		case 'total_below':
			return say('totalBelow', { got: n(reason.got), max: n(reason.max), need: n(reason.need) });
		case 'criterion_below':
			return say('criterionBelow', {
				title: quote(criterionTitle(set, reason.criterionId, lang), lang),
				got: n(reason.got),
				max: n(reason.max),
				need: n(reason.need)
			});
		case 'required_missed':
			return say('requiredMissed', {
				text: quote(indicatorText(set, reason.indicatorId, lang), lang)
			});
		case 'unanswered':
			return say('unanswered', { text: quote(indicatorText(set, reason.indicatorId, lang), lang) });
		case 'no_indicators':
			return say('noIndicators');
	}
}

// Field names as the form shows them. Looked up by the whole dotted path first (numbers as "*"),
// then by the last named segment, so "review.comment" and "comment" can read differently.
const fieldLabels = byLang(fieldLabelWords);

// Lists whose items are numbered for people: "Tiêu chí 2", "Chỉ tiêu 3".
const listItems = byLang(listItemWords);

/** The field a dotted path names, in words: "fullName" → "Họ và tên", "criteria.0.indicators.2.text" → "Tiêu chí 1, Chỉ tiêu 3, Nội dung". */
export function fieldLabel(path: string, lang: Lang): string {
	if (path === '') return '';
	const labels = fieldLabels[lang];
	const whole = path.replace(/\.\d+/g, '.*');
	if (Object.hasOwn(labels, whole)) return labels[whole];
	const segments = path.split('.');
	const parts: string[] = [];
	for (let i = 0; i < segments.length; i++) {
		const seg = segments[i];
		const next = segments[i + 1];
		if (Object.hasOwn(listItems[lang], seg) && next !== undefined && /^\d+$/.test(next)) {
			parts.push(`${listItems[lang][seg]} ${Number(next) + 1}`);
			i++;
		} else if (seg === 'answers' && next !== undefined) {
			parts.push(`${labels.answers} ${quote(next, lang)}`);
			i++;
		} else if (i === segments.length - 1 || !Object.hasOwn(labels, `${seg}.${next}`)) {
			if (/^\d+$/.test(seg)) parts.push(`#${Number(seg) + 1}`);
			else parts.push(Object.hasOwn(labels, seg) ? labels[seg] : seg);
		} else {
			parts.push(labels[`${seg}.${next}`]);
			i++;
		}
	}
	return parts.join(', ');
}

/**
 * A refusal in words that name the field: "Họ và tên: Không được để trống". A message that is not
 * one of our keys (a library's own English text) is shown as the generic "not valid" message
 * rather than leaking English jargon to the officer.
 */
export function issueText(issue: FieldIssue, lang: Lang): string {
	const message = messageText(isMessageKey(issue.message) ? issue.message : 'err.invalid', lang);
	const field = fieldLabel(issue.path, lang);
	return field ? `${field}: ${message}` : message;
}
