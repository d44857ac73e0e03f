import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { StoredPassword } from './password';

/**
 * The gateway's own session cookie: `{name, issuedAt, expires, key, epoch}` signed with
 * HMAC-SHA256. Nothing is kept in memory, so sessions survive restarts and any number of gateway
 * instances that share the secret verify them. `key` fingerprints the stored password hash:
 * changing the password ends every session issued before. `epoch` is the user document's
 * `sessionEpoch` when the session began: signing out, a password change or disabling the account
 * raises it, which ends every session issued before (users.ts, sessionEpochOf).
 */
export interface SessionClaims {
	name: string;
	issuedAt: number;
	expires: number;
	key: string;
	/** Absent in cookies issued before epochs existed: read as 0. */
	epoch?: number;
}

export function passwordFingerprint(stored: StoredPassword): string {
	return createHash('sha256')
		.update(`${stored.salt ?? ''}:${stored.derived_key ?? ''}`)
		.digest('base64url')
		.slice(0, 16);
}

export class SessionSigner {
	readonly #secret: Buffer;

	constructor(secret: string) {
		// A separate key per purpose: the same secret also derives the server's public uuid.
		this.#secret = createHmac('sha256', secret).update('cdht-session-v1').digest();
	}

	sign(claims: SessionClaims): string {
		const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
		return `${payload}.${this.#mac(payload)}`;
	}

	/** The claims of a well-signed, unexpired token; null for anything else. */
	verify(token: string, now = Date.now()): SessionClaims | null {
		const dot = token.indexOf('.');
		if (dot < 1 || token.length > 2048) return null;
		const payload = token.slice(0, dot);
		const mac = Buffer.from(token.slice(dot + 1));
		const expected = Buffer.from(this.#mac(payload));
		if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return null;
		try {
			const claims = JSON.parse(
				Buffer.from(payload, 'base64url').toString('utf8')
			) as SessionClaims;
			const valid =
				typeof claims.name === 'string' &&
				typeof claims.key === 'string' &&
				Number.isFinite(claims.issuedAt) &&
				Number.isFinite(claims.expires) &&
				(claims.epoch === undefined || Number.isInteger(claims.epoch));
			return valid && claims.expires > now ? claims : null;
		} catch {
			return null;
		}
	}

	#mac(payload: string): string {
		return createHmac('sha256', this.#secret).update(payload).digest('base64url');
	}
}
