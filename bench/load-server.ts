// The server the many-officers row loads, in a child process of its own so that its CPU time and
// memory are its alone (/proc/<pid>/stat): startSystem on a fresh data directory (the embedded
// store in this process), or in front of the Apache CouchDB given by COUCHDB_URL/USER/PASSWORD.
// Prints `URL=…` once it answers; stops on SIGTERM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSystem } from '../src/lib/server/system';

const dataDir = await mkdtemp(join(tmpdir(), 'cdht-load-'));
const couch = process.env.COUCHDB_URL;
const system = await startSystem({
	dataDir,
	port: 0,
	log: () => {},
	passwordIterations: 1000,
	// Fifty tablets behind one address (loopback): no per-address limit may stand in for the store's speed.
	requestsPerMinute: 10_000_000,
	signInsPerMinute: 100_000,
	...(couch
		? {
				couchUrl: couch,
				couchUser: process.env.COUCHDB_USER,
				couchPassword: process.env.COUCHDB_PASSWORD
			}
		: {})
});
const stop = async () => {
	await system.close();
	await rm(dataDir, { recursive: true, force: true });
	process.exit(0);
};
process.once('SIGTERM', () => void stop());
console.log(`URL=${system.url}`);
