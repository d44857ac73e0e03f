import { CouchFailure } from '$lib/net/failure';
import { w } from './words';

/** A failed load in one sentence that says what to do next. */
export function loadError(e: unknown): string {
	if (e instanceof CouchFailure) {
		if (e.kind === 'network') return w('error.offline');
		if (e.kind === 'auth') return w('error.auth');
		if (e.kind === 'forbidden') return w('error.forbidden');
	}
	return w('error.other', { reason: e instanceof Error ? e.message : String(e) });
}
