import { adminReason } from '$lib/domain/admin-messages';
import type { Lang } from '$lib/domain/messages';
import { CouchFailure } from '$lib/net/failure';
import { language } from '$lib/state/language.svelte';
import { adminGuard } from '$lib/session/guard.svelte';
import { w } from './words';

/**
 * What a failed request means for the administrator, in one sentence: no connection (nothing
 * changed), signed out (the guard takes over), someone else's newer change, or the server's reason.
 */
export function failureText(e: unknown): string {
	if (!(e instanceof CouchFailure)) return w('error.other', { reason: String(e) });
	if (e.kind === 'network') return w('error.network');
	if (e.kind === 'auth') {
		adminGuard.forget();
		return w('error.signIn');
	}
	if (e.kind === 'conflict') return w('error.conflict');
	return w('error.other', { reason: refusalText(e, language.current) });
}

/** Keys of the administration's own refusals, which can be worded in the reader's language. */
const LOCAL_KEYS = /^(org|criteria|err)\./;

/**
 * The refusal in words. The gateway words its reasons in Vietnamese; for an English reader the
 * field issues it names are worded here again when every one of them is known on this side.
 */
export function refusalText(error: CouchFailure, lang: Lang): string {
	if (lang !== 'vi' && error.issues.length && error.issues.every((i) => LOCAL_KEYS.test(i.message)))
		return adminReason(error.issues, lang);
	return error.reason;
}
