// Offline sign-in for an officer who has used this tablet: at each online sign-in the tablet keeps
// a salted, slow hash of her password (PBKDF2-SHA-256 through WebCrypto), so that with no network
// she can sign back in with the same password. The hash stays in this browser's storage: nothing
// here is ever sent. Wrong tries are counted; after MAX_TRIES the tablet stops checking offline
// and she must sign in once with network (the server's throttle then takes over).

/** ≥ 200,000 as the brief asks; about 0.1–0.5 s on a cheap tablet, once per sign-in. */
export const ITERATIONS = 310_000;
/** Wrong passwords accepted offline before the tablet insists on an online sign-in. */
export const MAX_TRIES = 5;

export interface OfflinePass {
	v: 1;
	/** 16 random bytes, base64. */
	salt: string;
	iterations: number;
	/** PBKDF2-SHA-256 of the password, 32 bytes, base64. */
	hash: string;
	/** Wrong tries since the last good sign-in. */
	failures: number;
	/** Who she is, as the server said at that sign-in (the session reopens her database from it). */
	profile: unknown;
}

export type PassCheck =
	| { kind: 'ok'; pass: OfflinePass }
	| { kind: 'wrong'; pass: OfflinePass; left: number }
	| { kind: 'locked' };

const encode = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const decode = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
	const key = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(password),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await crypto.subtle.deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
		key,
		256
	);
	return new Uint8Array(bits);
}

/** A fresh pass for this password (new salt each time). */
export async function makePass(
	password: string,
	profile: unknown,
	iterations = ITERATIONS
): Promise<OfflinePass> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	return {
		v: 1,
		salt: encode(salt),
		iterations,
		hash: encode(await derive(password, salt, iterations)),
		failures: 0,
		profile
	};
}

/** Check a password against the pass; the pass to store afterwards comes with the answer. */
export async function checkPass(pass: OfflinePass, password: string): Promise<PassCheck> {
	if (pass.failures >= MAX_TRIES) return { kind: 'locked' };
	const got = await derive(password, decode(pass.salt), pass.iterations);
	if (sameBytes(got, decode(pass.hash))) return { kind: 'ok', pass: { ...pass, failures: 0 } };
	const failures = pass.failures + 1;
	return { kind: 'wrong', pass: { ...pass, failures }, left: MAX_TRIES - failures };
}

/** Compared in full whatever differs first. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	if (a.length !== b.length) return false;
	let diff = 0;
	for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
	return diff === 0;
}

// Where passes live: one localStorage entry per user name on this tablet.
const KEY = (name: string) => `cdht.offlinePass.${name.trim().toLowerCase()}`;

export function readPass(storage: Pick<Storage, 'getItem'>, name: string): OfflinePass | null {
	try {
		const pass = JSON.parse(storage.getItem(KEY(name)) ?? 'null') as OfflinePass | null;
		return pass?.v === 1 && typeof pass.hash === 'string' && typeof pass.salt === 'string'
			? pass
			: null;
	} catch {
		return null;
	}
}

export function writePass(
	storage: Pick<Storage, 'setItem'>,
	name: string,
	pass: OfflinePass
): void {
	storage.setItem(KEY(name), JSON.stringify(pass));
}
