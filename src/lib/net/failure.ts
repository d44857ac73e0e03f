import type { FieldIssue } from '$lib/domain/schemas';

// Every way a request to `/couch` can fail, once, for the sync engine, the reviewer, the
// administrator and sign-in alike: each screen decides what a kind means for its reader.

export type FailureKind =
	/** The request did not complete: no connection, cut, reset, timed out. The outcome is unknown. */
	| 'network'
	/** 401: not signed in, or the session expired (tablets stay offline for days). */
	| 'auth'
	/** 403: this account may not do this. */
	| 'forbidden'
	/** 409: someone else's newer version stands in the way. */
	| 'conflict'
	/** 413: the body is too large for the server; a smaller one may pass. */
	| 'tooLarge'
	/** 5xx / 429 / an unreadable answer: the server is down or busy; try again later. */
	| 'server'
	/** Another 4xx: the server refuses this request as it is, and says why. */
	| 'rejected';

export class CouchFailure extends Error {
	constructor(
		readonly kind: FailureKind,
		message: string,
		/** The HTTP status; 0 when no answer came. */
		readonly status = 0,
		/** The gateway's reason as it wrote it ('' when it gave none). */
		readonly reason = '',
		/** CouchDB's error code (`account_disabled`, `conflict`, …), '' when none. */
		readonly error = '',
		/** For a refused document: the field rules it broke. */
		readonly issues: FieldIssue[] = []
	) {
		super(message);
		this.name = 'CouchFailure';
	}
}

export function kindOfStatus(status: number): FailureKind {
	if (status === 401) return 'auth';
	if (status === 403) return 'forbidden';
	if (status === 409) return 'conflict';
	if (status === 413) return 'tooLarge';
	if (status === 429 || status >= 500) return 'server';
	return 'rejected';
}

/** The failure a non-2xx answer stands for, with the reason its body gives (CouchDB's `{error, reason}`). */
export function failureOfAnswer(status: number, statusText: string, text: string): CouchFailure {
	const body = parseObject(text);
	const reason = typeof body?.reason === 'string' ? body.reason : '';
	const error = typeof body?.error === 'string' ? body.error : '';
	const issues = Array.isArray(body?.issues) ? (body.issues as FieldIssue[]) : [];
	return new CouchFailure(
		kindOfStatus(status),
		reason || error || statusText,
		status,
		reason,
		error,
		issues
	);
}

export function networkFailure(e: unknown): CouchFailure {
	return new CouchFailure('network', e instanceof Error ? e.message : String(e));
}

export const isFailure = (e: unknown, ...kinds: FailureKind[]): e is CouchFailure =>
	e instanceof CouchFailure && (kinds.length === 0 || kinds.includes(e.kind));

function parseObject(text: string): Record<string, unknown> | null {
	try {
		const value: unknown = JSON.parse(text);
		return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
	} catch {
		return null;
	}
}
