import { review } from '$lib/i18n/catalog/review';
import { lookup, textIn, type Lang, type Params } from '$lib/i18n/text';

// The reviewer's words: src/lib/i18n/catalog/review.ts. Status and decision words are the ones of
// UI.md, the same on every screen.

export type WordKey = keyof typeof review;
export const wordKeys = Object.keys(review) as WordKey[];

export const wordIn = (lang: Lang, key: WordKey, params?: Params) =>
	textIn(review, lang, key, params);

/** The reviewer's word for `key` in the reader's language; reactive (reads the language state). */
export const w = lookup(review);
