// A stable identity per imported person, so importing a file twice, or again after the tablet died
// half-way, adds nobody twice. The id is derived from the commune and the register's duplicate key
// (hamlet, birth year, accent-free name: search-key.ts), hashed to the 26 characters of a ULID's
// alphabet: `citizen:C01:<26>` like any id made on the device. Two tablets importing the same file
// make the same ids, so the server stores one person, not two.

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Four independent 32-bit FNV-1a-style lanes with a final avalanche: 128 bits, not cryptographic. */
function hash128(text: string): number[] {
	const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
	const primes = [0x01000193, 0x5bd1e995, 0x27d4eb2d, 0x165667b1];
	return seeds.map((seed, lane) => {
		let h = seed >>> 0;
		for (let i = 0; i < text.length; i++) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, primes[lane]) >>> 0;
			h ^= h >>> 13;
		}
		h ^= h >>> 16;
		h = Math.imul(h, 0x85ebca6b) >>> 0;
		h ^= h >>> 13;
		h = Math.imul(h, 0xc2b2ae35) >>> 0;
		return (h ^ (h >>> 16)) >>> 0;
	});
}

export function importedCitizenId(communeId: string, dupKey: string): string {
	let out = '';
	for (const lane of hash128(`${communeId}|${dupKey}`)) {
		let v = lane;
		for (let i = 0; i < 7; i++) {
			out += CROCKFORD[v % 32];
			v = Math.floor(v / 32);
		}
	}
	return `citizen:${communeId}:${out.slice(0, 26)}`;
}
