import { send } from '$lib/i18n/catalog/send';
import { textIn, type Lang, type Params } from '$lib/i18n/text';
import type { RunOutcome } from './engine';

// The sending words (src/lib/i18n/catalog/send.ts): the send screen and the header's problem line
// share them.

export type SyncWord = keyof typeof send;

export function syncWord(lang: Lang, key: SyncWord, params: Params = {}): string {
	return textIn(send, lang, key, params);
}

/** The sentence for a run that did not finish, or null when it did. */
export function outcomeProblem(lang: Lang, outcome: RunOutcome | null): string | null {
	if (!outcome || outcome.ok) return null;
	return syncWord(lang, `fail.${outcome.kind}` as SyncWord);
}
