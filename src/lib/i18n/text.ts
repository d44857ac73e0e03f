import { language } from '$lib/state/language.svelte';
import { textIn, type Catalog, type Params } from './format';

// The reactive side of ./format.ts (which says how catalogs are kept): a catalog's lookup in the
// reader's language, for the screens.

export { format, placeholders, textIn, type Catalog, type Lang, type Params } from './format';

/** A catalog's lookup in the reader's language; reactive, since it reads the language state. */
export function lookup<C extends Catalog>(
	catalog: C
): (key: keyof C & string, params?: Params) => string {
	return (key, params) => textIn(catalog, language.current, key, params);
}
