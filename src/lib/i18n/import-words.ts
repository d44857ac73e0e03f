import { importWords } from './catalog/import';
import { lookup } from './text';

/** The import and export screens' words (the officer's and theirs) in the reader's language. */
export const t = lookup(importWords);
export type ImportKey = keyof typeof importWords;
