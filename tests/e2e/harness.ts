// Shared by the browser tests: the real server on a free loopback port, Debian's Chromium, and
// helpers that wait for conditions (never for fixed times).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { couchUnderTest, resetCouch, storeEnv, TEST_ITERATIONS } from '../store';

export const ROOT = join(import.meta.dirname, '..', '..');

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
}

/**
 * A browser with an on-disk profile. Chromium reports every incognito context (what
 * `browser.newContext()` makes) as not installable, so the installability check needs this one.
 */
export async function launchPersistent(): Promise<{
	context: BrowserContext;
	close(): Promise<void>;
}> {
	const dir = await mkdtemp(join(tmpdir(), 'cdht-profile-'));
	const context = await chromium.launchPersistentContext(dir, {
		executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS,
		viewport: { width: 800, height: 1280 },
		locale: 'vi-VN'
	});
	return {
		context,
		async close() {
			await context.close();
			await rm(dir, { recursive: true, force: true });
		}
	};
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

let running = 0;

export interface RunningServer {
	url: string;
	stop(): Promise<void>;
}

/** The production server, as `npm start` runs it: server/main.ts bundled by `npm run build`. */
const SERVER = join('build-server', 'main.js');

/**
 * The app as users get it: the built server/main.ts (app + /couch gateway + embedded store, fresh
 * DATA_DIR, demo accounts). `npm run test:e2e` builds first. `buildDir` serves another adapter-node build (a
 * second version of the app); `port` reuses an origin.
 */
export async function startServer(
	options: { port?: number; buildDir?: string } = {}
): Promise<RunningServer> {
	if (!existsSync(join(ROOT, 'build', 'index.js')) || !existsSync(join(ROOT, SERVER)))
		throw new Error('No build: run `npm run build` first.');
	const port = options.port ?? (await freePort());
	const dataDir = await mkdtemp(join(tmpdir(), 'cdht-e2e-'));
	// A second server beside a running one is a second gateway on the same CouchDB: keep its data.
	if (couchUnderTest && running === 0) await resetCouch(couchUnderTest);
	const child = spawn(process.execPath, [SERVER], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			...storeEnv(),
			// Sign-ins in tests need not cost 600,000 pbkdf2 rounds each.
			PASSWORD_ITERATIONS: String(TEST_ITERATIONS),
			...(options.buildDir ? { BUILD_DIR: options.buildDir } : {})
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (d) => (output += d));
	child.stderr?.on('data', (d) => (output += d));
	const url = `http://127.0.0.1:${port}`;
	try {
		await waitUntilAnswers(url, child, () => output);
	} catch (e) {
		child.kill('SIGKILL');
		await rm(dataDir, { recursive: true, force: true });
		throw e;
	}
	running++;
	return {
		url,
		async stop() {
			running--;
			await stopProcess(child);
			await rm(dataDir, { recursive: true, force: true });
		}
	};
}

async function waitUntilAnswers(
	url: string,
	child: ChildProcess,
	output: () => string
): Promise<void> {
	const deadline = Date.now() + 60_000;
	let exited = false;
	child.once('exit', () => (exited = true));
	while (Date.now() < deadline) {
		if (exited) throw new Error(`The server exited before answering:\n${output()}`);
		try {
			const res = await fetch(url + '/', { signal: AbortSignal.timeout(2000) });
			if (res.ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`The server did not answer within 60 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => {
		const force = setTimeout(() => child.kill('SIGKILL'), 5000);
		child.once('exit', () => {
			clearTimeout(force);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/** A fresh browser profile (its own IndexedDB and service worker). */
export function newContext(
	browser: Browser,
	viewport = { width: 800, height: 1280 }
): Promise<BrowserContext> {
	return browser.newContext({ viewport, locale: 'vi-VN', serviceWorkers: 'allow' });
}

/**
 * Open the app and wait until its service worker controls the page and has precached the shell.
 * A tablet nobody has signed in on lands on /login: sign in there as `user` (through the form, as
 * an officer would), then open `url`.
 */
export async function openControlled(page: Page, url: string, user = 'canbo.c01'): Promise<void> {
	await page.goto(url);
	await waitForAppReady(page);
	if (await page.locator('main.login').count()) {
		await signInWithForm(page, user);
		if (new URL(page.url()).href !== new URL(url).href) await page.goto(url);
	}
	await waitForServiceWorker(page);
	await waitForAppReady(page);
}

/** Until the service worker controls the page and is activated (the shell is then precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
		timeout: 60_000
	});
	await page.evaluate(async () => {
		const registration = await navigator.serviceWorker.ready;
		const worker = registration.active;
		if (worker && worker.state !== 'activated')
			await new Promise<void>((resolve) =>
				worker.addEventListener('statechange', () => worker.state === 'activated' && resolve())
			);
	});
}

/** The officer screens say when the local database is open: wait for that, not for a time. */
export async function waitForAppReady(page: Page): Promise<void> {
	await page
		.locator('main[data-ready="true"], main#main')
		.first()
		.waitFor({ state: 'visible', timeout: 30_000 });
	await page.locator('[data-loading="true"]').waitFor({ state: 'detached', timeout: 30_000 });
}

/** Sign in through the app's own form and wait for the role's home screen. */
export async function signInWithForm(
	page: Page,
	user: string,
	password = DEMO_PASSWORD
): Promise<void> {
	if (new URL(page.url()).pathname !== '/login')
		await page.goto(new URL('/login', page.url()).href);
	await page.getByLabel('Tên đăng nhập').fill(user);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await page.waitForURL((u) => u.pathname !== '/login', { timeout: 30_000 });
	await waitForAppReady(page);
}
