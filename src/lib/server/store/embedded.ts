import express from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb';
import { createConnection } from 'node:net';
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { hashAdminPassword } from '../auth/password';
import type { StoreTarget } from './target';

export interface EmbeddedStoreOptions {
	dataDir: string;
	adminName: string;
	adminPassword: string;
	/** pbkdf2 iterations the store uses when it hashes a `_users` password. */
	passwordIterations: number;
}

export interface EmbeddedStore {
	target: StoreTarget;
	close(): Promise<void>;
}

// Parts of express-pouchdb that nothing of ours calls. Left out, they cannot be reached even by a
// process that finds the socket: Fauxton, _find/_index/_explain (they bypass _security), _config
// (configuration is the file written below), replication, temp views, test-only auth.
const EXCLUDED_PARTS = [
	'routes/fauxton',
	'routes/find',
	'routes/config',
	'routes/replicate',
	'replicator',
	'routes/active-tasks',
	'routes/db-updates',
	'routes/temp-views',
	'routes/special-test-auth',
	'routes/uuids',
	'routes/log',
	'routes/http-log',
	'routes/cluster',
	'routes/cluster-rewrite',
	'routes/stats'
];

// A Unix socket path is limited to ~107 bytes; a deep DATA_DIR falls back to a private temp dir.
const MAX_SOCKET_PATH = 100;

/**
 * Starts express-pouchdb on LevelDB under `<dataDir>/store`, listening on a Unix socket in the
 * owner-only data dir, never on a TCP port: its known holes (STACK.md) are reachable only through
 * the gateway. The server admin is in the config file before the store exists, so there is no
 * "admin party", not even for the first request.
 */
export async function startEmbeddedStore(opts: EmbeddedStoreOptions): Promise<EmbeddedStore> {
	const storeDir = join(opts.dataDir, 'store');
	await mkdir(storeDir, { recursive: true, mode: 0o700 });
	const config = {
		admins: { [opts.adminName]: await hashAdminPassword(opts.adminPassword, opts.passwordIterations) },
		chttpd_auth: { iterations: opts.passwordIterations, timeout: 3600 },
		log: { file: join(storeDir, 'log.txt'), level: 'warning' }
	};
	// Rewritten on every start: the admin password may have changed in the environment.
	await writeFile(join(storeDir, 'config.json'), JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });

	const Pouch = PouchDB.defaults({ prefix: storeDir + '/' });
	const app = express();
	app.disable('x-powered-by');
	app.use(
		expressPouchDB(Pouch, {
			configPath: join(storeDir, 'config.json'),
			logPath: join(storeDir, 'log.txt'),
			overrideMode: { exclude: EXCLUDED_PARTS }
		})
	);

	let socketPath = join(opts.dataDir, 'store.sock');
	let tempSocketDir: string | null = null;
	if (socketPath.length > MAX_SOCKET_PATH) {
		tempSocketDir = await mkdtemp(join(tmpdir(), 'cdht-'));
		socketPath = join(tempSocketDir, 'store.sock');
	} else {
		await removeStaleSocket(socketPath);
	}
	const server: Server = await new Promise((resolve, reject) => {
		const s = app.listen(socketPath, () => resolve(s));
		s.on('error', reject);
	});

	return {
		target: { socketPath, protocol: 'http:', hostname: 'localhost', port: 0, basePath: '' },
		async close() {
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
			ignoreClosedDatabaseRejections();
			// Release LevelDB's locks so the same data dir can be opened again in this process.
			const cache = (Pouch as unknown as { __dbCacheMap?: Map<string, { close(): Promise<void> }> }).__dbCacheMap;
			await Promise.allSettled([...(cache?.values() ?? [])].map((db) => db.close()));
			cache?.clear();
			if (tempSocketDir) await rm(tempSocketDir, { recursive: true, force: true });
		}
	};
}

/**
 * PouchDB's view indexer keeps working after its database is closed (a report query or the
 * gateway's background refresh in flight at shutdown) and its next step rejects "database is
 * closed" with nobody listening, which would end the process with an error after a clean stop.
 * Those rejections, and only those, are dropped once a store has closed; any other unhandled
 * rejection is thrown as before.
 */
let ignoringClosed = false;
function ignoreClosedDatabaseRejections(): void {
	if (ignoringClosed) return;
	ignoringClosed = true;
	process.on('unhandledRejection', (reason) => {
		if (reason instanceof Error && reason.message === 'database is closed') return;
		throw reason;
	});
}

/** A socket file left by a killed process blocks listen(); one that still answers is a running server. */
async function removeStaleSocket(path: string): Promise<void> {
	const alive = await new Promise<boolean>((resolve) => {
		const probe = createConnection(path);
		probe.once('connect', () => {
			probe.destroy();
			resolve(true);
		});
		probe.once('error', () => resolve(false));
	});
	if (alive) throw new Error(`Another server is already using this data directory (${path}).`);
	await unlink(path).catch((err: NodeJS.ErrnoException) => {
		if (err.code !== 'ENOENT') throw err;
	});
}
