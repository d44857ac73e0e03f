import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { citizen } from './fixtures';
import { startHarness, type Harness } from './harness';
import { couchUnderTest, resetCouch, storeEnv } from '../store';

describe('restart (in process)', () => {
	let h: Harness;
	const logs: string[] = [];
	beforeAll(async () => {
		h = await startHarness({ log: (m) => logs.push(m) });
	});
	afterAll(() => h?.stop());

	it('keeps data and sign-ins', async () => {
		const cookie = await h.signIn('canbo.c01');
		const doc = citizen('C01');
		const path = `/${communeDbName('C01')}/${encodeURIComponent(doc._id)}`;
		expect((await h.request('PUT', path, { cookie, body: doc })).status).toBe(201);

		await h.restart();
		const read = await h.request('GET', path, { cookie });
		expect(read.status).toBe(200);
		expect(read.body.fullName).toBe(doc.fullName);
		expect((await h.request('GET', '/_session', { cookie })).body.userCtx.name).toBe('canbo.c01');
		expect(h.system.provisioning.changes).toBe(0);
	});

	it('keeps its secrets owner-only and out of the logs', async () => {
		expect((await stat(h.dataDir)).mode & 0o777).toBe(0o700);
		expect((await stat(join(h.dataDir, '.session-secret'))).mode & 0o777).toBe(0o600);
		const { password } = await h.storeAdmin();
		expect(logs.join('\n')).not.toContain(password);
		if (couchUnderTest) {
			// The operator's CouchDB admin password is taken from the environment, never written down.
			expect(existsSync(join(h.dataDir, '.admin-password'))).toBe(false);
			return;
		}
		expect((await stat(join(h.dataDir, '.admin-password'))).mode & 0o777).toBe(0o600);
		expect(password.length).toBeGreaterThanOrEqual(32);
		// The store's own config holds a pbkdf2 hash of it, never the password.
		expect(await readFile(join(h.dataDir, 'store', 'config.json'), 'utf8')).not.toContain(password);
	});
});

describe('server/main.ts', () => {
	let dataDir: string;
	beforeAll(async () => {
		dataDir = await mkdtemp(join(tmpdir(), 'cdht-main-'));
		if (couchUnderTest) await resetCouch(couchUnderTest);
	});
	afterAll(() => rm(dataDir, { recursive: true, force: true }));

	/** Starts the real entry point, waits for its URL, returns it with a way to stop it. */
	async function launch(): Promise<{
		url: string;
		output: () => string;
		stop: (signal: NodeJS.Signals) => Promise<number | null>;
	}> {
		const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
			env: {
				...process.env,
				...storeEnv(),
				DATA_DIR: dataDir,
				PORT: '0',
				HOST: '127.0.0.1',
				PASSWORD_ITERATIONS: '1000'
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const exited = new Promise<number | null>((resolve) =>
			child.on('exit', (code) => resolve(code))
		);
		const url = await new Promise<string>((resolve, reject) => {
			const timer = setInterval(() => {
				const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
				if (m) {
					clearInterval(timer);
					resolve(m[1]);
				}
			}, 50);
			void exited.then(() => reject(new Error(`main.ts exited early:\n${output}`)));
		});
		return { url, output: () => output, stop: (signal) => (child.kill(signal), exited) };
	}

	it('starts, prints the URL and demo accounts, and stops cleanly on SIGINT and SIGTERM', async () => {
		for (const signal of ['SIGINT', 'SIGTERM'] as const) {
			const run = await launch();
			// The banner's lines reach the pipe in several writes: wait for the table, not just the URL.
			await expect.poll(run.output, { timeout: 10_000 }).toContain('canbo.c01');
			const session = await fetch(`${run.url}/couch/_session`);
			expect(session.status, run.output()).toBe(200);
			expect(await run.stop(signal), run.output()).toBe(0);
			// Nothing left behind: the store's socket is gone and the server no longer answers.
			expect(existsSync(join(dataDir, 'store.sock')), run.output()).toBe(false);
			await expect(fetch(`${run.url}/couch/_session`), run.output()).rejects.toThrow();
			const password =
				couchUnderTest?.password ??
				(await readFile(join(dataDir, '.admin-password'), 'utf8')).trim();
			expect(run.output()).not.toContain(password);
		}
	});
});
