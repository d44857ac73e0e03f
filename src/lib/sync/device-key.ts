import type { LocalDatabase } from '$lib/db/db';
import { getMeta, setMeta } from '$lib/db/meta';
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

/** Online: make sure the server holds this tablet's public key (one request, once). */
export async function registerDeviceKey(db: LocalDatabase, officer: string, put: (path: string, body: unknown) => Promise<unknown>): Promise<DeviceKey> {
	const key = await deviceKey(db, officer);
	if (key.registeredAt) return key;
	await put('/_handover/keys', { id: key.id, jwk: key.jwk });
	const registered = { ...key, registeredAt: new Date().toISOString() };
	await setMeta(db, META_KEY, registered);
	return registered;
}
