// Issue #13.2: an officer's reads while someone fires wrong sign-ins at the server. Before the
// fix the 600,000-iteration pbkdf2 ran on libuv's pool, shared with the store's disk I/O, and a
// burst of 30 made reads take up to 18 s. The bench's row is bench/rows/signin-storm.ts;
// `node --import tsx bench/signin-storm.ts` prints one run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../src/lib/domain/demo-data';
import { communeDbName } from '../src/lib/domain/ids';
import { DEFAULT_PASSWORD_ITERATIONS } from '../src/lib/server/auth/work-factor';
import { startSystem } from '../src/lib/server/system';
import { quantile } from './stats';

export interface SignInStormOptions {
	/** Wrong sign-ins in the burst (30: what one address may send in a minute). */
	attempts?: number;
	/** How many of them are in flight at once (an attacker sends them all). */
	concurrency?: number;
	/** Reads measured with no burst, for comparison. */
	baselineReads?: number;
	iterations?: number;
	/** Guess one account (the throttle then refuses most at once) instead of as many names as attempts. */
	sameAccount?: boolean;
}

export interface SignInStormResult {
	/** Reads during the burst, ms. */
	p50: number;
	p99: number;
	max: number;
	reads: number;
	baselineP50: number;
	baselineP99: number;
	/** How the wrong sign-ins were answered (status → count) and how long the burst took. */
	signIns: Record<string, number>;
	burstMs: number;
	iterations: number;
}

export async function signInStorm(opts: SignInStormOptions = {}): Promise<SignInStormResult> {
	const attempts = opts.attempts ?? 30;
	const concurrency = opts.concurrency ?? attempts;
	const iterations = opts.iterations ?? DEFAULT_PASSWORD_ITERATIONS;
	const dataDir = await mkdtemp(join(tmpdir(), 'cdht-storm-'));
	const system = await startSystem({
		dataDir,
		port: 0,
		passwordIterations: iterations,
		requestsPerMinute: 100_000,
		signInsPerMinute: attempts,
		log: () => {}
	});
	try {
		const couch = `${system.url}/couch`;
		const signIn = await fetch(`${couch}/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'canbo.c01', password: DEMO_PASSWORD })
		});
		const cookie = signIn.headers.get('set-cookie')!.split(';', 1)[0];
		const db = `${couch}/${communeDbName('C01')}`;
		// What a tablet's sync reads: the database, its changes, its documents.
		const paths = [db, `${db}/_changes?limit=50`, `${db}/_all_docs?include_docs=true&limit=50`];
		let i = 0;
		const read = async (): Promise<number> => {
			const started = performance.now();
			const res = await fetch(paths[i++ % paths.length], {
				headers: { cookie, accept: 'application/json' }
			});
			await res.arrayBuffer();
			if (res.status !== 200) throw new Error(`read: ${res.status}`);
			return performance.now() - started;
		};

		const baseline: number[] = [];
		for (let n = 0; n < (opts.baselineReads ?? 30); n++) baseline.push(await read());

		const signIns: Record<string, number> = {};
		let burstDone = false;
		const burstStart = performance.now();
		const burst = (async () => {
			let next = 0;
			const worker = async () => {
				while (next < attempts) {
					const k = next++;
					const name = opts.sameAccount ? 'canbo.c02' : `khong.co.${k}`;
					const res = await fetch(`${couch}/_session`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ name, password: `sai-${k}` })
					});
					await res.arrayBuffer();
					signIns[res.status] = (signIns[res.status] ?? 0) + 1;
				}
			};
			await Promise.all(Array.from({ length: concurrency }, worker));
			burstDone = true;
		})();
		const during: number[] = [];
		// Reads one after another, as a tablet's sync makes them, until the burst has been answered.
		while (!burstDone) during.push(await read());
		await burst;
		const burstMs = performance.now() - burstStart;

		const sorted = [...during].sort((a, b) => a - b);
		const base = [...baseline].sort((a, b) => a - b);
		return {
			p50: quantile(sorted, 0.5),
			p99: quantile(sorted, 0.99),
			max: sorted[sorted.length - 1],
			reads: sorted.length,
			baselineP50: quantile(base, 0.5),
			baselineP99: quantile(base, 0.99),
			signIns,
			burstMs,
			iterations
		};
	} finally {
		await system.close();
		await rm(dataDir, { recursive: true, force: true });
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	// `--concurrency 4`: the burst at a pace the queue takes in full; `--same-account`: one account guessed.
	const at = process.argv.indexOf('--concurrency');
	const result = await signInStorm({
		sameAccount: process.argv.includes('--same-account'),
		concurrency: at > 0 ? Number(process.argv[at + 1]) : undefined
	});
	console.log(JSON.stringify(result, null, 2));
}
