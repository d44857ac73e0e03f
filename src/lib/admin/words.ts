import { admin } from '$lib/i18n/catalog/admin';
import { lookup, textIn, type Lang, type Params } from '$lib/i18n/text';

// The administration screens' words: src/lib/i18n/catalog/admin.ts.

export type AdminWord = keyof typeof admin;

/** An administration word in a given language (pure: for specs and helpers that take the language). */
export const wordIn = (lang: Lang, key: AdminWord, params?: Params) =>
	textIn(admin, lang, key, params);

/** An administration word in the reader's language. */
export const w = lookup(admin);
