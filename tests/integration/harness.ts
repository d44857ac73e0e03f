import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { StoreClient } from '../../src/lib/server/store/client';
import { startSystem, type RunningSystem, type SystemOptions } from '../../src/lib/server/system';
import { couchUnderTest, resetCouch, TEST_ITERATIONS } from '../store';

export { TEST_ITERATIONS };

// The real stack on a free loopback port with a fresh data dir; requests go through `/couch`
// exactly as a tablet's, with plain fetch and explicit cookies (one cookie jar per user).

export interface Harness {
	system: RunningSystem;
	dataDir: string;
	couch: string;
	signIn(name: string, password?: string): Promise<string>;
	request(method: string, path: string, opts?: RequestOptions): Promise<Reply>;
	restart(extra?: Partial<SystemOptions>): Promise<void>;
	stop(): Promise<void>;
	/** The store's server admin (embedded: generated into the data dir; CouchDB: the test's). */
	storeAdmin(): Promise<{ name: string; password: string }>;
	/** The store as its server admin, the way provisioning talks to it (around the gateway). */
	adminClient(): Promise<StoreClient>;
}

export interface RequestOptions {
	cookie?: string | null;
	/** JSON-encoded unless a Buffer/string (then sent as is). */
	body?: unknown;
	headers?: Record<string, string>;
	gzip?: boolean;
}

export interface Reply {
	status: number;
	headers: Headers;
	/** Parsed JSON; `any` so tests can reach into CouchDB's varied answers without casts. */
	body: any;
	text: string;
}

// Harnesses alive in this process: a second one started beside the first is a second gateway
// instance on the same CouchDB, so the store is emptied only when none is alive.
let alive = 0;

export async function startHarness(extra: Partial<SystemOptions> = {}): Promise<Harness> {
	const dataDir = await mkdtemp(join(tmpdir(), 'cdht-it-'));
	if (couchUnderTest && alive === 0) await resetCouch(couchUnderTest);
	const options = (more: Partial<SystemOptions>): SystemOptions => ({
		dataDir,
		...(couchUnderTest
			? {
					couchUrl: couchUnderTest.url,
					couchUser: couchUnderTest.user,
					couchPassword: couchUnderTest.password
				}
			: {}),
		port: 0,
		host: '127.0.0.1',
		passwordIterations: TEST_ITERATIONS,
		requestsPerMinute: 100_000,
		signInsPerMinute: 100_000,
		log: () => {},
		...extra,
		...more
	});
	let system = await startSystem(options({}));
	alive++;
	const harness: Harness = {
		system,
		dataDir,
		get couch() {
			return `${system.url}/couch`;
		},
		async request(method, path, opts = {}) {
			const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
			if (opts.cookie) headers.cookie = opts.cookie;
			let body: Buffer | string | undefined;
			if (opts.body !== undefined) {
				body =
					Buffer.isBuffer(opts.body) || typeof opts.body === 'string'
						? opts.body
						: JSON.stringify(opts.body);
				headers['content-type'] ??= 'application/json';
				if (opts.gzip) {
					body = gzipSync(body);
					headers['content-encoding'] = 'gzip';
				}
			}
			// A Buffer is a Uint8Array, which fetch sends as is.
			const res = await fetch(`${system.url}/couch${path}`, {
				method,
				headers,
				body: body as BodyInit | undefined
			});
			const text = await res.text();
			let parsed: unknown = null;
			try {
				parsed = text ? JSON.parse(text) : null;
			} catch {
				parsed = text;
			}
			return { status: res.status, headers: res.headers, body: parsed, text };
		},
		async signIn(name, password = DEMO_PASSWORD) {
			const res = await fetch(`${system.url}/couch/_session`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ name, password })
			});
			const cookie = res.headers.get('set-cookie');
			if (res.status !== 200 || !cookie)
				throw new Error(`sign-in of ${name}: ${res.status} ${await res.text()}`);
			return cookie.split(';', 1)[0];
		},
		async restart(more = {}) {
			await system.close();
			system = await startSystem(options(more));
			harness.system = system;
		},
		async storeAdmin() {
			if (couchUnderTest) return { name: couchUnderTest.user, password: couchUnderTest.password };
			return {
				name: 'admin',
				password: (await readFile(join(dataDir, '.admin-password'), 'utf8')).trim()
			};
		},
		async adminClient() {
			const { name, password } = await harness.storeAdmin();
			return new StoreClient(system.store, name, password);
		},
		async stop() {
			alive--;
			await system.close();
			await rm(dataDir, { recursive: true, force: true });
		}
	};
	return harness;
}

export const DEMO_NAMES = [
	'canbo.c01',
	'canbo.c02',
	'canbo.c03',
	'duyet.p01',
	'duyet.d01',
	'quantri'
] as const;
export type DemoName = (typeof DEMO_NAMES)[number];

/** A cookie per demo account, signed in once. */
export async function signInAll(h: Harness): Promise<Record<DemoName, string>> {
	const entries = await Promise.all(
		DEMO_NAMES.map(async (name) => [name, await h.signIn(name)] as const)
	);
	return Object.fromEntries(entries) as Record<DemoName, string>;
}
