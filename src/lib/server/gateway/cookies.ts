import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'AuthSession';

export function readCookie(req: IncomingMessage, name: string): string | null {
	const header = req.headers.cookie;
	if (!header) return null;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name)
			return decodeURIComponent(part.slice(eq + 1).trim());
	}
	return null;
}

/**
 * HttpOnly so no script reads it, SameSite=Lax against cross-site requests, Secure under HTTPS.
 * Both Max-Age and Expires: some cookie jars (nano 11's) drop a cookie that has neither, and old
 * ones read only Expires.
 */
export function sessionCookie(
	value: string,
	maxAgeSeconds: number,
	secure: boolean,
	now = Date.now()
): string {
	const expires = new Date(maxAgeSeconds > 0 ? now + maxAgeSeconds * 1000 : 0).toUTCString();
	const parts = [
		`${SESSION_COOKIE}=${encodeURIComponent(value)}`,
		'Path=/',
		`Max-Age=${maxAgeSeconds}`,
		`Expires=${expires}`,
		'HttpOnly',
		'SameSite=Lax'
	];
	if (secure) parts.push('Secure');
	return parts.join('; ');
}

export const clearedSessionCookie = (secure: boolean) => sessionCookie('', 0, secure);
