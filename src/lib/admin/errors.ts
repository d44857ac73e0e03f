import { language } from '$lib/state/language.svelte';
import { ApiError, refusalText } from './api';
import { adminSession } from './session.svelte';
import { w } from './words';

/**
 * What a failed request means for the administrator, in one sentence: no connection (nothing
 * changed), signed out (the guard takes over), someone else's newer change, or the server's reason.
 */
export function failureText(e: unknown): string {
	if (!(e instanceof ApiError)) return w('error.other', { reason: String(e) });
	if (e.status === 0) return w('error.network');
	if (e.status === 401) {
		adminSession.lost();
		return w('error.signIn');
	}
	if (e.status === 409) return w('error.conflict');
	return w('error.other', { reason: refusalText(e, language.current) });
}
