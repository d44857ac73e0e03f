import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const pbkdf2Async = promisify(pbkdf2);

/**
 * The password fields of a CouchDB `_users` document. The store hashes `password` on write; the
 * document then carries everything needed to verify it again, so the gateway verifies with the
 * document's own parameters, whatever the store's current setting.
 */
export interface StoredPassword {
	password_scheme?: string;
	derived_key?: string;
	salt?: string;
	iterations?: number;
	/** Apache CouchDB ≥ 3.4 names the PRF; documents without it were hashed with SHA-1. */
	pbkdf2_prf?: string;
}

const PRF: Record<string, string> = {
	sha: 'sha1',
	sha1: 'sha1',
	sha224: 'sha224',
	sha256: 'sha256',
	sha384: 'sha384',
	sha512: 'sha512'
};

export type Derive = (
	password: string,
	salt: string,
	iterations: number,
	keylen: number,
	digest: string
) => Promise<Buffer>;

/**
 * Verifies a password against a stored pbkdf2 hash; constant-time, and false for anything
 * malformed. The gateway passes its PasswordPool's `derive`, so the work stays off libuv's pool.
 */
export async function verifyPassword(
	stored: StoredPassword,
	password: string,
	derive: Derive = pbkdf2Async
): Promise<boolean> {
	const { password_scheme, derived_key, salt, iterations } = stored;
	const digest = PRF[stored.pbkdf2_prf ?? 'sha1'];
	if (
		password_scheme !== 'pbkdf2' ||
		!digest ||
		!salt ||
		!derived_key ||
		!/^[0-9a-f]+$/i.test(derived_key)
	)
		return false;
	if (!Number.isInteger(iterations) || iterations! < 1 || iterations! > 10_000_000) return false;
	const expected = Buffer.from(derived_key, 'hex');
	const actual = await derive(password, salt, iterations!, expected.length, digest);
	if (actual.length !== expected.length) return false;
	return timingSafeEqual(actual, expected);
}

/**
 * The `[admins]` entry format both CouchDB and the embedded store read (`-pbkdf2-key,salt,iterations`,
 * SHA-1 as they expect there), so the plain password never has to be written into a config file.
 */
export async function hashAdminPassword(password: string, iterations: number): Promise<string> {
	const salt = randomBytes(16).toString('hex');
	const key = await pbkdf2Async(password, salt, iterations, 20, 'sha1');
	return `-pbkdf2-${key.toString('hex')},${salt},${iterations}`;
}
