import type { Lang } from '$lib/state/language.svelte';

// The one way words are kept and looked up. A catalog holds each message in Vietnamese and English
// side by side (so a change to one is seen next to the other); keys are typed by the catalog; one
// placeholder syntax, `{name}`. There is one catalog per audience (./catalog/): the tablet's first
// screen loads the officer's words only, not the administration's or the reviewer's. This module is
// pure (no reactive state), so the server and the domain read the catalogs through it too.

export type { Lang };
export type Params = Record<string, string | number>;
export type Catalog = Record<string, readonly [vi: string, en: string]>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fill `{name}` placeholders; an unknown one stays as it is (visible, not silently empty). */
export function format(template: string, params?: Params): string {
	if (!params) return template;
	return template.replace(PLACEHOLDER, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

/** The placeholders a message uses (for the specs that check both languages agree). */
export const placeholders = (template: string) =>
	[...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

/** A message in a given language (pure: for specs and helpers that take the language). */
export function textIn<C extends Catalog>(
	catalog: C,
	lang: Lang,
	key: keyof C & string,
	params?: Params
): string {
	return format(catalog[key][lang === 'en' ? 1 : 0], params);
}
