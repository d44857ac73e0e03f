// `npm start` / `npm run serve`: the whole system on one machine — the app (SvelteKit's
// adapter-node build), the `/couch` gateway, and behind it the embedded store (or COUCHDB_URL).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { demoUsers, DEMO_PASSWORD } from '../src/lib/domain/demo-data';
import { startSystem, type AppHandler } from '../src/lib/server/system';
import { StoreUnreachable } from '../src/lib/server/store/wait';
import { t } from '../src/lib/server/words';

const env = process.env;
const flag = (value: string | undefined, fallback: boolean) =>
	value === undefined || value === '' ? fallback : !/^(0|false|no|off)$/i.test(value);
const number = (value: string | undefined, fallback: number) => {
	const n = Number(value);
	return value && Number.isInteger(n) && n >= 0 ? n : fallback;
};

/** TRUST_PROXY: a number of proxy hops, or on/true/yes (one) and off/0 (none). */
const proxyHops = (value: string | undefined) =>
	value && /^\d+$/.test(value) ? Number(value) : flag(value, false) ? 1 : 0;

const startedAt = Date.now();
// BUILD_DIR serves another adapter-node build (the e2e test of the update prompt runs two versions).
const handlerPath = process.env.BUILD_DIR
	? join(resolve(process.env.BUILD_DIR), 'handler.js')
	: fileURLToPath(new URL('../build/handler.js', import.meta.url));
let appHandler: AppHandler | undefined;
if (existsSync(handlerPath)) {
	appHandler = ((await import(pathToFileURL(handlerPath).href)) as { handler: AppHandler }).handler;
} else {
	console.warn(t('start.noBuild'));
}

const demo = flag(env.DEMO, true);
const system = await startSystem({
	storeWaitSeconds: env.COUCHDB_WAIT_SECONDS ? number(env.COUCHDB_WAIT_SECONDS, 60) : undefined,
	dataDir: env.DATA_DIR || './data',
	port: number(env.PORT, 3000),
	host: env.HOST || '127.0.0.1',
	demo,
	couchUrl: env.COUCHDB_URL || undefined,
	couchUser: env.COUCHDB_USER || undefined,
	couchPassword: env.COUCHDB_PASSWORD || undefined,
	sessionSecret: env.SESSION_SECRET || undefined,
	sessionDays: number(env.SESSION_DAYS, 30) || 30,
	trustProxy: proxyHops(env.TRUST_PROXY),
	viewCache: env.VIEW_CACHE === undefined ? undefined : flag(env.VIEW_CACHE, false),
	passwordIterations: env.PASSWORD_ITERATIONS
		? number(env.PASSWORD_ITERATIONS, 0) || undefined
		: undefined,
	admin:
		env.ADMIN_NAME && env.ADMIN_PASSWORD
			? { name: env.ADMIN_NAME, password: env.ADMIN_PASSWORD, roles: ['admin'] }
			: undefined,
	appHandler
}).catch((err: unknown) => {
	// The store could not be reached or refused the admin: one line, no stack trace.
	if (!(err instanceof StoreUnreachable)) throw err;
	console.error(err.message);
	process.exit(1);
});

console.log(t('start.running', { url: `${system.url}/`, ms: Date.now() - startedAt }));
const others = system.storeNodes.answered.length - 1;
const couch = `${system.store.hostname}:${system.store.port}`;
console.log(
	env.COUCHDB_URL
		? others > 0
			? t('start.dataCluster', { couch, others })
			: t('start.dataCouch', { couch })
		: t('start.dataDir', { dir: env.DATA_DIR || './data' })
);
if (demo) {
	console.log(t('start.demo', { password: DEMO_PASSWORD }));
	console.table(
		demoUsers.map((u) => ({
			[t('start.colName')]: u.name,
			[t('start.colRole')]: u.role,
			[t('start.colUnit')]: u.scope ?? '',
			[t('start.colAbout')]: u.description
		}))
	);
}

let stopping = false;
async function stop(signal: string) {
	if (stopping) return;
	stopping = true;
	console.log(t('start.stopping', { signal }));
	const force = setTimeout(() => process.exit(1), 10_000);
	force.unref();
	await system.close();
	process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
