// The Apache CouchDB the CouchDB rows measure on: one node started from ../shared/couchdb/couchdb.sh
// (beside the repository, as CI's second pass uses it) with its own Erlang port mapper and a
// temporary directory, emptied before each row, stopped and removed when the run ends — also when
// it fails or is interrupted. Absent (as on a user's machine): those rows say so and do not run.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../tests/e2e/harness';
import { resetCouch, type CouchUnderTest } from '../tests/store';
import type { BenchOptions } from './options';
import { run } from './spawn';

/** couchdb.sh as the options name it (default ../shared/couchdb/couchdb.sh), from the repository's root. */
export const couchdbScript = (o: BenchOptions) => resolve(ROOT, o.couchdbSh);
/** Why the CouchDB rows cannot run on this machine, or null when they can. */
export const couchAbsent = (o: BenchOptions): string | null =>
	existsSync(couchdbScript(o))
		? null
		: `Apache CouchDB is not on this machine (no ${o.couchdbSh} from the repository's root)`;

export interface BenchCouch extends CouchUnderTest {
	/** What GET / answers, e.g. "Apache CouchDB 3.5.0". */
	version: string;
	/** Empties it, as a fresh data dir is an empty embedded store (tests/store.ts resetCouch). */
	reset(): Promise<void>;
	/** Its operating-system processes (the Erlang VM and its port mapper), for CPU and memory. */
	pids(): number[];
	stop(): void;
}

function portFree(port: number): Promise<boolean> {
	return new Promise((done) => {
		const probe = createServer()
			.once('error', () => done(false))
			.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
	});
}

/** Processes whose command line starts with `prefix` (a path only this run uses). */
function pidsOf(prefix: string): number[] {
	try {
		return execFileSync('pgrep', ['-f', `^${prefix}`], { encoding: 'utf8' })
			.split('\n')
			.filter(Boolean)
			.map(Number);
	} catch {
		return []; // pgrep exits 1 when nothing matches
	}
}

export async function startCouch(o: BenchOptions, log: (m: string) => void): Promise<BenchCouch> {
	const absent = couchAbsent(o);
	if (absent) throw new Error(absent);
	const [script, port, epmdPort] = [couchdbScript(o), o.couchdbPort, o.couchdbEpmdPort];
	if (!(await portFree(port)))
		throw new Error(
			`Apache CouchDB did not start: port ${port} is in use (another CouchDB? --couchdb-port=N picks another)`
		);
	const dir = await mkdtemp(join(tmpdir(), 'cdht-bench-couchdb-'));
	// couchdb.sh names its nodes node1@127.0.0.1: a mapper of our own keeps other CouchDBs apart.
	const env = { ERL_EPMD_PORT: String(epmdPort) };
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
		try {
			execFileSync('bash', [script, 'stop', '--dir', dir], {
				env: { ...process.env, ...env },
				stdio: 'ignore',
				timeout: 60_000
			});
			// The port mapper Erlang started from our release outlives the node (epmd -daemon): ours alone, by its path.
			for (const pid of pidsOf(`${dir}/release/`)) process.kill(pid, 'SIGTERM');
		} catch (e) {
			log(`Apache CouchDB in ${dir} may still run: ${(e as Error).message.split('\n')[0]}`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};
	// CouchDB runs in a session of its own (setsid): an interrupted bench must stop it itself.
	const onSignal = (signal: NodeJS.Signals) => {
		stop();
		process.kill(process.pid, signal);
	};
	process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
	try {
		log(`starting Apache CouchDB on 127.0.0.1:${port} (ERL_EPMD_PORT=${epmdPort}, ${dir})…`);
		const out = await run(
			'bash',
			[script, 'start', '--port', String(port), '--dir', dir, '--iterations', '1000'],
			{ env, timeoutMs: 180_000 }
		);
		const vars = Object.fromEntries(
			[...out.matchAll(/\b(COUCHDB_\w+)=(\S+)/g)].map((m) => [m[1], m[2]])
		);
		if (!vars.COUCHDB_URL) throw new Error(`couchdb.sh printed no COUCHDB_URL: ${out.slice(-300)}`);
		const couch: CouchUnderTest = {
			url: vars.COUCHDB_URL,
			user: vars.COUCHDB_USER ?? 'admin',
			password: vars.COUCHDB_PASSWORD ?? 'adminpw'
		};
		const welcome = (await (await fetch(couch.url)).json()) as { version?: string };
		return {
			...couch,
			version: `Apache CouchDB ${welcome.version ?? '(version unknown)'}`,
			reset: () => resetCouch(couch),
			pids: () => pidsOf(`${dir}/release/`),
			stop
		};
	} catch (e) {
		stop();
		// run()'s message is the command, then its output: couchdb.sh says why on its last line.
		const lines = (e as Error).message.trim().split('\n');
		throw new Error(`Apache CouchDB did not start: ${lines.at(-1)}`);
	}
}
