import type { LocalDatabase } from '$lib/db/db';
import { deleteMeta, getMeta, setMeta } from '$lib/db/meta';
import { keyIdFor, newDeviceKey, publicJwkOf, type PublicJwk } from '$lib/domain/handover';

// The tablet's key for hand-over files (docs/handover.md): made once per officer and tablet, the
// private half non-extractable (IndexedDB keeps the CryptoKey object; no script can read it out),
// the public half registered with the server at the next online moment.

const META_KEY = 'handoverDeviceKey';

export interface DeviceKey {
	id: string;
	privateKey: CryptoKey;
	jwk: PublicJwk;
	/** When the server recorded it; until then a file signed with it would be refused. */
	registeredAt?: string;
	/** When the server last said it holds the key unrevoked. */
	confirmedAt?: string;
}

export const deviceKeyOf = (db: LocalDatabase) => getMeta<DeviceKey>(db, META_KEY);

/** The officer's key on this tablet, made if there is none yet. */
export async function deviceKey(db: LocalDatabase, officer: string): Promise<DeviceKey> {
	const known = await deviceKeyOf(db);
	if (known) return known;
	const pair = await newDeviceKey();
	const jwk = publicJwkOf(await crypto.subtle.exportKey('jwk', pair.publicKey));
	const key: DeviceKey = { id: await keyIdFor(officer, jwk), privateKey: pair.privateKey, jwk };
	await setMeta(db, META_KEY, key);
	return key;
}

/** How often a registered key is confirmed with the server (one small request), to learn of a revocation. */
const CONFIRM_EVERY_MS = 24 * 3600_000;

type Put = (path: string, body: unknown) => Promise<unknown>;

/**
 * Online: make sure the server holds this tablet's public key (one request, then once a day). A key
 * an administrator revoked is dropped and a new one made and registered, so the officer's next
 * file is signed with a key the server accepts (a lost tablet's files stay refused).
 */
export async function registerDeviceKey(
	db: LocalDatabase,
	officer: string,
	put: Put,
	now = new Date()
): Promise<DeviceKey> {
	let key = await deviceKey(db, officer);
	if (
		key.registeredAt &&
		now.getTime() - Date.parse(key.confirmedAt ?? key.registeredAt) < CONFIRM_EVERY_MS
	)
		return key;
	let answer = (await put('/_handover/keys', { id: key.id, jwk: key.jwk })) as {
		key?: { revokedAt?: string };
	} | null;
	if (answer?.key?.revokedAt) {
		await deleteMeta(db, META_KEY);
		key = await deviceKey(db, officer);
		answer = (await put('/_handover/keys', { id: key.id, jwk: key.jwk })) as typeof answer;
	}
	const at = now.toISOString();
	const registered = { ...key, registeredAt: key.registeredAt ?? at, confirmedAt: at };
	await setMeta(db, META_KEY, registered);
	return registered;
}
