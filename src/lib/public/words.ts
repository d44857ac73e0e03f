import { publicWords } from '$lib/i18n/catalog/public';
import { lookup } from '$lib/i18n/text';

// The public page's words: src/lib/i18n/catalog/public.ts.
export type PublicWord = keyof typeof publicWords;
export const w = lookup(publicWords);
