import { t } from '../words';

/** A refusal with CouchDB's error shape (`{error, reason}`) and a status; thrown, then sent. */
export class HttpError extends Error {
	/** Sent as `Retry-After` with a 429 or 503 (default 10 s for a 429). */
	retryAfterSeconds?: number;

	constructor(
		readonly status: number,
		readonly error: string,
		readonly reason: string,
		readonly extra: Record<string, unknown> = {}
	) {
		super(reason);
	}
}

export const badRequest = (reason: string, extra?: Record<string, unknown>) =>
	new HttpError(400, 'bad_request', reason, extra);
export const unauthorized = () => new HttpError(401, 'unauthorized', t('auth.signIn'));
export const forbidden = (reason: string, extra?: Record<string, unknown>) =>
	new HttpError(403, 'forbidden', reason, extra);
export const notFound = (reason = t('path.notFound')) => new HttpError(404, 'not_found', reason);
export const tooLarge = (reason: string) => new HttpError(413, 'too_large', reason);
export const unsupportedMedia = (reason: string) => new HttpError(415, 'bad_content_type', reason);
