// The two stores the push and report rows measure side by side, behind the same gateway: the
// embedded one (what `npm start` runs without COUCHDB_URL) and Apache CouchDB (production).
import type { BenchCouch } from './couchdb';
import type { BenchContext } from './types';

export interface BenchStore {
	/** Appended to the row ids: push / push-couchdb, report / report-couchdb. */
	suffix: '' | '-couchdb';
	/** Said in the figure… */
	name: string;
	/** …and in the conditions: "through the gateway to ___". */
	where: string;
	/** The CouchDB to start the system on, emptied; undefined for the embedded store (a fresh data dir). */
	open(ctx: BenchContext): Promise<BenchCouch | undefined>;
}

export const EMBEDDED: BenchStore = {
	suffix: '',
	name: 'embedded store',
	where: 'the embedded store',
	open: async () => undefined
};
export const COUCHDB: BenchStore = {
	suffix: '-couchdb',
	name: 'Apache CouchDB',
	where: 'Apache CouchDB (one node)',
	open: (ctx) => ctx.couch()
};
