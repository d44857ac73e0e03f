// Ids are made on the device and never change: `<type>:<communeId>:<ulid>`. A document sent twice is
// the same document, which is what makes re-sending after a crash safe.

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID: 48-bit time + 80 random bits, Crockford base32, sorts by creation time. */
export function ulid(
	now: number = Date.now(),
	random: (n: number) => Uint8Array = randomBytes
): string {
	let time = '';
	let t = now;
	for (let i = 0; i < 10; i++) {
		time = CROCKFORD[t % 32] + time;
		t = Math.floor(t / 32);
	}
	const bytes = random(16);
	let rand = '';
	for (let i = 0; i < 16; i++) rand += CROCKFORD[bytes[i] % 32];
	return time + rand;
}

function randomBytes(n: number): Uint8Array {
	const bytes = new Uint8Array(n);
	globalThis.crypto.getRandomValues(bytes);
	return bytes;
}

export type DocType =
	'citizen' | 'assessment' | 'batch' | 'hamlet' | 'orgUnit' | 'criteriaSet' | 'target';

/** Documents owned by a commune live in its database and carry its id in theirs. */
export function newDocId(
	type: 'citizen' | 'assessment' | 'batch' | 'hamlet',
	communeId: string,
	now?: number
): string {
	return `${type}:${communeId}:${ulid(now)}`;
}

export const orgUnitDocId = (orgUnitId: string) => `orgUnit:${orgUnitId}`;
export const criteriaSetDocId = (slug: string, version: number) =>
	`criteriaSet:${slug}:v${version}`;
export const targetDocId = (orgUnitId: string, period: number, group: string) =>
	`target:${orgUnitId}:${period}:${group}`;

/** The type a document id announces, or null for ids that follow no known shape. */
export function docTypeOfId(id: string): DocType | null {
	const type = id.split(':', 1)[0];
	return (
		(
			['citizen', 'assessment', 'batch', 'hamlet', 'orgUnit', 'criteriaSet', 'target'] as const
		).find((t) => t === type) ?? null
	);
}

/** The commune id embedded in a commune-owned document id (`citizen:C01:…` → `C01`). */
export function communeOfId(id: string): string | null {
	const parts = id.split(':');
	return parts.length === 3 && ['citizen', 'assessment', 'batch', 'hamlet'].includes(parts[0])
		? parts[1]
		: null;
}

// Apache CouchDB accepts only these database names (STACK.md); the embedded store accepts anything,
// so every name goes through this one function and is checked against the pattern.
export const DB_NAME_PATTERN = /^[a-z][a-z0-9_$()+/-]*$/;
export const CONFIG_DB = 'cdht-config';
export const COMMUNE_DB_PREFIX = 'cdht-c-';

export function communeDbName(communeId: string): string {
	const name = COMMUNE_DB_PREFIX + communeId.toLowerCase();
	if (!DB_NAME_PATTERN.test(name))
		throw new Error(`Mã đơn vị không hợp lệ cho tên cơ sở dữ liệu: ${communeId}`);
	return name;
}
