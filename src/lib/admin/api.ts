import { adminReason } from '$lib/domain/admin-messages';
import type { Lang } from '$lib/domain/messages';
import type { FieldIssue } from '$lib/domain/schemas';

// The administration screens talk to the same `/couch` gateway as the tablets, online only (an
// administrator works at a desk; nothing here is kept in the browser). Every refusal comes back
// as an ApiError carrying the gateway's reason and, for a refused document, its field issues.

export class ApiError extends Error {
	constructor(
		/** 0 when the server could not be reached. */
		readonly status: number,
		readonly reason: string,
		readonly issues: FieldIssue[] = []
	) {
		super(reason || `HTTP ${status}`);
	}
}

export async function couch<T>(method: string, path: string, body?: unknown): Promise<T> {
	let res: Response;
	try {
		res = await fetch(`/couch${path}`, {
			method,
			credentials: 'same-origin',
			headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	} catch {
		throw new ApiError(0, '');
	}
	const data = (await res.json().catch(() => null)) as (T & { reason?: string; issues?: FieldIssue[] }) | null;
	if (!res.ok) throw new ApiError(res.status, data?.reason ?? '', Array.isArray(data?.issues) ? data.issues : []);
	return data as T;
}

/** A CouchDB query value (keys are JSON). */
export const jsonParam = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/** Keys of the administration's own refusals, which can be worded in the reader's language. */
const LOCAL_KEYS = /^(org|criteria|err)\./;

/**
 * The refusal in words. The gateway words its reasons in Vietnamese; for an English reader the
 * field issues it names are worded here again when every one of them is known on this side.
 */
export function refusalText(error: ApiError, lang: Lang): string {
	if (lang !== 'vi' && error.issues.length && error.issues.every((i) => LOCAL_KEYS.test(i.message))) return adminReason(error.issues, lang);
	return error.reason;
}
