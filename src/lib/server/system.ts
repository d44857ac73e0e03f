import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { resolve } from 'node:path';
import { DEFAULT_PASSWORD_ITERATIONS } from './auth/work-factor';
import {
	FOREIGN_ORIGIN_REASON,
	isForeignOrigin,
	isSecure,
	setSecurityHeaders
} from './browser-guards';
import { SessionSigner } from './auth/session-token';
import { defaultPoolOptions, type PoolOptions } from './auth/password-pool';
import type { ThrottleOptions } from './auth/throttle';
import { BasicAuth } from './gateway/basic-auth';
import { PasswordGate } from './gateway/password-gate';
import { ConfigCache } from './gateway/config-cache';
import type { GatewayContext } from './gateway/context';
import { ViewCache } from './gateway/view-cache';
import { reportQuery, RULES, VIEWS, viewQuery } from '../review/views';
import { createGateway } from './gateway/gateway';
import { provision, provisionUnits, type ProvisionReport } from './provisioning/provision';
import type { NewUser } from './provisioning/users';
import { StoreClient } from './store/client';
import type { NodeStats } from './store/nodes';
import type { OrgUnit } from '../domain/org-unit.schema';
import { startEmbeddedStore, type EmbeddedStore } from './store/embedded';
import { ensurePrivateDir, loadOrCreateSecret } from './store/secrets';
import { targetsFromUrl, type StoreTarget } from './store/target';
import { waitForStore } from './store/wait';
import { t } from './words';

export type AppHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export interface SystemOptions {
	dataDir: string;
	port?: number;
	host?: string;
	/** Demo organisation and accounts (default on). Off: demo accounts are removed. */
	demo?: boolean;
	/** An existing Apache CouchDB 3 (its server admin below); nothing embedded starts then. Several nodes: comma-separated. */
	couchUrl?: string;
	/** How long start-up waits for COUCHDB_URL to answer before giving up (default 60 s). */
	storeWaitSeconds?: number;
	couchUser?: string;
	/** The server admin's password; embedded: generated into `<dataDir>/.admin-password` if absent. */
	couchPassword?: string;
	/** Signs session cookies; generated into `<dataDir>/.session-secret` if absent. Share it between instances. */
	sessionSecret?: string;
	sessionDays?: number;
	/** The SvelteKit adapter-node handler; without it only `/couch` is served. */
	appHandler?: AppHandler;
	/** Embedded store's pbkdf2 work factor; tests lower it to stay fast. */
	passwordIterations?: number;
	/** An administrator account to make sure of at start (for a start without demo data). */
	admin?: NewUser;
	/** Reverse proxies in front whose `X-Forwarded-*` are believed: a count of hops (true: one). */
	trustProxy?: boolean | number;
	requestsPerMinute?: number;
	/** Password checks (sign-in, HTTP Basic) per client address per minute. */
	signInsPerMinute?: number;
	/** pbkdf2 worker threads and how many checks may wait for one (auth/password-pool.ts). */
	passwordChecks?: Partial<PoolOptions>;
	/** Waits and locks after wrong passwords (auth/throttle.ts); tests make them small. */
	signInThrottle?: Partial<ThrottleOptions>;
	/**
	 * Keep view answers by update_seq (gateway/view-cache.ts). Default: on for the embedded store,
	 * which re-reduces every row at every query; off for Apache CouchDB, which keeps reductions.
	 */
	viewCache?: boolean;
	/**
	 * Without keeping answers, still run the report's queries in the background after writes, so the
	 * store builds its view indexes then rather than for the first reviewer. Default: on for Apache
	 * CouchDB (its indexer builds only when asked); implied where answers are kept.
	 */
	viewWarmUp?: boolean;
	/** Quiet time after a write before the kept view answers of that database are refreshed. */
	viewRefreshDelayMs?: number;
	log?: (msg: string) => void;
}

export interface RunningSystem {
	url: string;
	close(): Promise<void>;
	provisioning: ProvisionReport;
	/** Where the store listens (the embedded store's Unix socket), for tests of its own rules. */
	store: StoreTarget;
	timings: { storeMs: number; provisionMs: number; totalMs: number };
	/** The gateway's kept view answers (null when off), for tests and the bench to read its counts. */
	views: ViewCache | null;
	/** Store nodes found not answering, and requests sent again to another node. */
	storeNodes: NodeStats;
}

// Headers sent past this are refused with 431 by Node before any of our code runs.
const MAX_HEADER_BYTES = 16 * 1024;
const NO_CACHE = /^\/(sw\.js|registerSW\.js|manifest\.webmanifest)$/;

/** Starts the store (embedded unless couchUrl), provisions it, and serves the app and `/couch` on one port. */
export async function startSystem(opts: SystemOptions): Promise<RunningSystem> {
	const started = Date.now();
	const log = opts.log ?? ((msg: string) => console.log(msg));
	const dataDir = resolve(opts.dataDir);
	await ensurePrivateDir(dataDir);
	const iterations = opts.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS;

	let embedded: EmbeddedStore | null = null;
	let store: StoreClient;
	if (opts.couchUrl) {
		if (!opts.couchUser || !opts.couchPassword)
			throw new Error('COUCHDB_URL needs COUCHDB_USER and COUCHDB_PASSWORD (its server admin).');
		store = new StoreClient(targetsFromUrl(opts.couchUrl), opts.couchUser, opts.couchPassword);
		await waitForStore(store, { timeoutMs: (opts.storeWaitSeconds ?? 60) * 1000, log });
	} else {
		const adminName = opts.couchUser ?? 'admin';
		const adminPassword = await loadOrCreateSecret(dataDir, '.admin-password', opts.couchPassword);
		embedded = await startEmbeddedStore({
			dataDir,
			adminName,
			adminPassword,
			passwordIterations: iterations,
			log
		});
		store = new StoreClient(embedded.target, adminName, adminPassword);
	}
	const storeMs = Date.now() - started;

	try {
		const provisioning = await provision(store, {
			demo: opts.demo ?? true,
			admin: opts.admin,
			log
		});
		const provisionMs = Date.now() - started - storeMs;
		const secret = await loadOrCreateSecret(dataDir, '.session-secret', opts.sessionSecret);
		const config = new ConfigCache(store);
		const keepViews = opts.viewCache ?? !opts.couchUrl;
		const views =
			keepViews || (opts.viewWarmUp ?? !!opts.couchUrl)
				? new ViewCache(store, {
						maxEntryBytes: 256 * 1024,
						maxTotalBytes: 64 * 1024 * 1024,
						refreshDelayMs: opts.viewRefreshDelayMs ?? 3000,
						maxQueriesPerDb: 16,
						// The report of this year, what reviewers open first; other grouped queries are learnt as asked.
						shapes: [
							{
								view: `/_design/${RULES}/_view/${VIEWS.report}`,
								query: viewQuery(reportQuery(new Date().getFullYear()))
							}
						],
						maxShapes: 4,
						keep: keepViews,
						log
					})
				: null;
		const passwords = new PasswordGate({
			signInsPerMinute: opts.signInsPerMinute ?? 30,
			decoyIterations: iterations,
			pool: { ...defaultPoolOptions(), ...opts.passwordChecks },
			throttle: opts.signInThrottle
		});
		const ctx: GatewayContext = {
			store,
			config,
			views,
			signer: new SessionSigner(secret),
			passwords,
			basic: new BasicAuth({ ttlMs: 60_000, maxEntries: 1000 }),
			serverUuid: createHash('sha256')
				.update(`cdht-server-uuid:${secret}`)
				.digest('hex')
				.slice(0, 32),
			options: {
				sessionDays: opts.sessionDays ?? 30,
				trustProxy: Number(opts.trustProxy ?? 0),
				// The tablet's chunks are ≤ 512 KB of JSON (≤ 500 documents), a criteria set ≤ 512 KB.
				maxRequestBytes: 4 * 1024 * 1024,
				maxDocBytes: 64 * 1024,
				maxDocsPerRequest: 1000,
				requestsPerMinute: opts.requestsPerMinute ?? 1200,
				signInsPerMinute: opts.signInsPerMinute ?? 30,
				passwordIterations: iterations,
				log,
				onOrgUnitsChanged: (ids, written) => provisionUnits(store, ids, written as OrgUnit[])
			}
		};
		const gateway = createGateway(ctx);
		const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
			const path = (req.url ?? '/').split('?', 1)[0];
			if (path === '/couch' || path.startsWith('/couch/')) {
				void gateway(req, res);
				return;
			}
			setSecurityHeaders(
				res,
				path.startsWith('/cong-khai/') ? 'public-page' : 'page',
				isSecure(req, ctx.options.trustProxy)
			);
			// The app has no form actions (every page is prerendered); a foreign POST here is refused all the same.
			if (isForeignOrigin(req, ctx.options.trustProxy)) {
				res.statusCode = 403;
				res.setHeader('content-type', 'text/plain; charset=utf-8');
				res.end(FOREIGN_ORIGIN_REASON);
				return;
			}
			// adapter-node sends no Cache-Control for these; without it an update could go unseen.
			if (NO_CACHE.test(path)) res.setHeader('cache-control', 'no-cache');
			const notFound = () => {
				res.statusCode = 404;
				res.setHeader('content-type', 'text/plain; charset=utf-8');
				res.end(t('server.pageNotFound'));
			};
			if (opts.appHandler) opts.appHandler(req, res, notFound);
			else notFound();
		});
		server.on('clientError', answerClientError);
		await new Promise<void>((ok, fail) => {
			server.once('error', fail);
			server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => ok());
		});
		const address = server.address() as AddressInfo;
		const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
		return {
			url: `http://${host}:${address.port}`,
			provisioning,
			store: store.target,
			timings: { storeMs, provisionMs, totalMs: Date.now() - started },
			views,
			storeNodes: store.nodes.stats,
			async close() {
				views?.close();
				await passwords.close();
				await new Promise<void>((ok) => {
					server.close(() => ok());
					server.closeAllConnections();
				});
				await embedded?.close();
			}
		};
	} catch (err) {
		await embedded?.close();
		throw err;
	}
}

/**
 * Requests Node refuses before any handler runs (headers over the bound, malformed HTTP) still get
 * a status and a reason, in the gateway's JSON shape, instead of Node's empty answer.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
	if (!socket.writable) {
		socket.destroy();
		return;
	}
	const [status, text, reason] =
		err.code === 'HPE_HEADER_OVERFLOW'
			? [431, 'Request Header Fields Too Large', t('server.headersTooBig')]
			: [400, 'Bad Request', t('server.badHttp')];
	const body = JSON.stringify({ error: 'bad_request', reason });
	socket.end(
		`HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json; charset=utf-8\r\n` +
			`Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`
	);
}
