import { LocalDatabase } from './db';

/** A database of its own for one spec (the spec imports 'fake-indexeddb/auto' first). */
export function freshDb(): LocalDatabase {
	return new LocalDatabase(`test-${globalThis.crypto.randomUUID()}`);
}
