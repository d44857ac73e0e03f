import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'AuthSession';

export function readCookie(req: IncomingMessage, name: string): string | null {
	const header = req.headers.cookie;
	if (!header) return null;
	for (const part of header.split(';')) {
		const eq = part.indexOf('=');
		if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
	}
	return null;
}

/** HttpOnly so no script reads it, SameSite=Lax against cross-site requests, Secure under HTTPS. */
export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
	const parts = [`${SESSION_COOKIE}=${encodeURIComponent(value)}`, 'Path=/', `Max-Age=${maxAgeSeconds}`, 'HttpOnly', 'SameSite=Lax'];
	if (secure) parts.push('Secure');
	return parts.join('; ');
}

export const clearedSessionCookie = (secure: boolean) => sessionCookie('', 0, secure);
