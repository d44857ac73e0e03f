// The setup both push measurements share (scripts/sync-measure.ts, bench/rows/push.ts): the real
// server (startSystem: app gateway + embedded store, fresh data dir, or the Apache CouchDB given)
// serving the measurement page
// (scripts/sync-measure-page.ts bundled with esbuild, PouchDB 9's browser build beside it) and
// `/direct/*`, the store itself as its admin, for PouchDB's replication (no gateway checks, so
// the peer's figure is not slowed by ours); in front, tests/integration/sync-proxy.ts's FaultProxy, which
// counts the bytes the TCP line carried each way.
import { build } from 'esbuild';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startSystem, type RunningSystem } from '../src/lib/server/system';
import { readAll, storeRequest } from '../src/lib/server/store/target';
import { FaultProxy } from '../tests/integration/sync-proxy';

const ROOT = join(import.meta.dirname, '..');

export interface MeasureServer {
	system: RunningSystem;
	proxy: FaultProxy;
	/** The proxy's address: open `${origin}/` for the measurement page. */
	origin: string;
	close(): Promise<void>;
}

async function measurementPage(): Promise<{ pageJs: string; pouchJs: string }> {
	const bundle = await build({
		entryPoints: [join(ROOT, 'scripts/sync-measure-page.ts')],
		bundle: true,
		format: 'iife',
		write: false,
		alias: { $lib: join(ROOT, 'src/lib') },
		platform: 'browser',
		define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
		logLevel: 'error'
	});
	return {
		pageJs: bundle.outputFiles[0].text,
		pouchJs: await readFile(join(ROOT, 'node_modules/pouchdb/dist/pouchdb.js'), 'utf8')
	};
}

export interface MeasureServerOptions {
	passwordIterations?: number;
	/** An Apache CouchDB (its server admin) instead of the embedded store; `/direct/*` goes there too. */
	couch?: { url: string; user: string; password: string };
}

export async function startMeasureServer(
	options: MeasureServerOptions = {}
): Promise<MeasureServer> {
	const dataDir = await mkdtemp(join(tmpdir(), 'cdht-measure-'));
	const { pageJs, pouchJs } = await measurementPage();
	const { couch } = options;
	const admin = async () =>
		couch
			? `${couch.user}:${couch.password}`
			: `admin:${(await readFile(join(dataDir, '.admin-password'), 'utf8')).trim()}`;
	const adminAuth = async () => 'Basic ' + Buffer.from(await admin()).toString('base64');
	let system: RunningSystem | null = null;

	const app = async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
		const path = (req.url ?? '/').split('?', 1)[0];
		const send = (type: string, body: string) => {
			res.setHeader('content-type', type);
			res.end(body);
		};
		if (path === '/')
			return send(
				'text/html',
				'<!doctype html><meta charset="utf-8"><script src="/pouchdb.js"></script><script src="/measure.js"></script>'
			);
		if (path === '/measure.js') return send('text/javascript', pageJs);
		if (path === '/pouchdb.js') return send('text/javascript', pouchJs);
		if (path.startsWith('/direct/')) {
			const body = await readAll(req);
			const headers = { ...req.headers, authorization: await adminAuth() };
			delete headers.host;
			delete headers.cookie;
			const upstream = await storeRequest(
				system!.store,
				req.method ?? 'GET',
				(req.url ?? '/').slice('/direct'.length),
				headers,
				body.length ? body : undefined
			);
			res.writeHead(upstream.statusCode ?? 502, upstream.headers);
			upstream.pipe(res);
			return;
		}
		next();
	};

	try {
		system = await startSystem({
			dataDir,
			port: 0,
			log: () => {},
			passwordIterations: options.passwordIterations,
			...(couch
				? { couchUrl: couch.url, couchUser: couch.user, couchPassword: couch.password }
				: {}),
			requestsPerMinute: 1_000_000,
			appHandler: (req, res, next) => void app(req, res, next)
		});
		const { hostname, port } = new URL(system.url);
		const proxy = new FaultProxy({ host: hostname, port: Number(port) });
		const origin = await proxy.listen();
		const running = system;
		return {
			system: running,
			proxy,
			origin,
			async close() {
				await proxy.close();
				await running.close();
				await rm(dataDir, { recursive: true, force: true });
			}
		};
	} catch (err) {
		await system?.close();
		await rm(dataDir, { recursive: true, force: true });
		throw err;
	}
}

export interface EmulatedLine {
	/** Puts the emulated line on (kbit/s each way, RTT) or takes it off. */
	set(on: boolean): Promise<unknown>;
	/** Requests to `/couch` or `/direct` since the last reset. */
	readonly requests: number;
	reset(): void;
}

/** The page's line, emulated by Chromium (CDP Network.emulateNetworkConditions), with its sync requests counted; `upKbit` when the line is not symmetric. */
export async function emulatedLine(
	context: BrowserContext,
	page: Page,
	kbit: number,
	rttMs: number,
	upKbit = kbit
): Promise<EmulatedLine> {
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	let requests = 0;
	cdp.on('Network.requestWillBeSent', (e: { request: { url: string } }) => {
		if (/\/(couch|direct)\//.test(e.request.url)) requests += 1;
	});
	const bytesPerSecond = (kbit * 1000) / 8;
	const upBytesPerSecond = (upKbit * 1000) / 8;
	return {
		set: (on) =>
			cdp.send(
				'Network.emulateNetworkConditions',
				on
					? {
							offline: false,
							latency: rttMs,
							downloadThroughput: bytesPerSecond,
							uploadThroughput: upBytesPerSecond
						}
					: { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }
			),
		get requests() {
			return requests;
		},
		reset: () => void (requests = 0)
	};
}
