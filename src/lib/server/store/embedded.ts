import express, { type NextFunction, type Request, type Response } from 'express';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb';
import { createConnection } from 'node:net';
import { chmod, mkdir, mkdtemp, readdir, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { hashAdminPassword } from '../auth/password';
import type { StoreTarget } from './target';
import { t } from '../words';

export interface EmbeddedStoreOptions {
	dataDir: string;
	adminName: string;
	adminPassword: string;
	/** pbkdf2 iterations the store uses when it hashes a `_users` password. */
	passwordIterations: number;
	/** Where a failure inside the store that nobody awaited is reported (one line, no stack). */
	log?: (msg: string) => void;
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
	ownerOnlyFiles(opts.log ?? console.error);
	await mkdir(storeDir, { recursive: true, mode: 0o700 });
	guardStoreRejections(opts.log ?? console.error);
	const config = {
		admins: {
			[opts.adminName]: await hashAdminPassword(opts.adminPassword, opts.passwordIterations)
		},
		chttpd_auth: { iterations: opts.passwordIterations, timeout: 3600 },
		log: { file: join(storeDir, 'log.txt'), level: 'warning' }
	};
	// Rewritten on every start: the admin password may have changed in the environment.
	await writeFile(join(storeDir, 'config.json'), JSON.stringify(config, null, 2) + '\n', {
		mode: 0o600
	});

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
	app.use(jsonErrors);
	// Files written before (an older version, a copied data dir) are tightened too.
	await restrictTree(opts.dataDir);

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
			storesClosed = true;
			// Release LevelDB's locks so the same data dir can be opened again in this process.
			const cache = (Pouch as unknown as { __dbCacheMap?: Map<string, { close(): Promise<void> }> })
				.__dbCacheMap;
			await Promise.allSettled([...(cache?.values() ?? [])].map((db) => db.close()));
			cache?.clear();
			if (tempSocketDir) await rm(tempSocketDir, { recursive: true, force: true });
		}
	};
}

/**
 * An exception thrown in one of the store's routes fails that request with CouchDB's JSON shape,
 * never Express's default HTML page, which carries a stack trace and the server's file paths.
 */
function jsonErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
	if (res.headersSent) return next(err);
	const status = (err as { status?: unknown })?.status;
	const code = typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
	res
		.status(code)
		.json({ error: code >= 500 ? 'store_error' : 'bad_request', reason: t('store.refused') });
}

/**
 * Failures inside the store that nothing awaits must not end the process (issue #13: one
 * `_changes` request killed the server through an error PouchDB re-emitted to no listener,
 * patches/pouchdb-changeslike-wrapper*). Such a rejection is a PouchDB error (`error: true` and a
 * status): it is logged in one line and dropped; its request has its answer through its own
 * promise. So is "database is closed" from the view indexer once a store has closed (a report
 * query or the background refresh in flight at shutdown). Any other unhandled rejection is thrown
 * as before.
 */
let guarded = false;
let storesClosed = false;
let reportRejection: (msg: string) => void = console.error;
function guardStoreRejections(log: (msg: string) => void): void {
	reportRejection = log;
	if (guarded) return;
	guarded = true;
	process.on('unhandledRejection', (reason) => {
		if (storesClosed && reason instanceof Error && reason.message === 'database is closed') return;
		if (isPouchError(reason)) {
			reportRejection(
				`store: an unawaited ${reason.name} (${reason.status}) was dropped: ${reason.message}`
			);
			return;
		}
		throw reason;
	});
}

const isPouchError = (reason: unknown): reason is Error & { status: number } =>
	reason instanceof Error &&
	(reason as { error?: unknown }).error === true &&
	typeof (reason as { status?: unknown }).status === 'number';

/**
 * LevelDB writes its files with the process's umask (0644 by default), the admin's hash in
 * config.json among them: from here on, everything this process creates is its owner's only.
 * Worker threads cannot change the umask; there the tree walk at start is all there is.
 */
function ownerOnlyFiles(log: (msg: string) => void): void {
	try {
		process.umask(0o077);
	} catch (err) {
		log(`store: umask not set (${(err as Error).message}); files are tightened at start only`);
	}
}

/** Directories 0700 and files 0600 under `dir` (its socket included). */
async function restrictTree(dir: string): Promise<void> {
	await chmod(dir, 0o700);
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) await restrictTree(path).catch(ignoreGone);
		else if (!entry.isSymbolicLink()) await chmod(path, 0o600).catch(ignoreGone);
	}
}

// LevelDB replaces its files as it goes (the store is already opening `_users`): one gone
// between the listing and the chmod needs nothing.
const ignoreGone = (err: NodeJS.ErrnoException) => {
	if (err.code !== 'ENOENT') throw err;
};

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
