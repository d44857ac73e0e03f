// Many officers at once: tablets pushing concurrently to one server, from a load generator in Node
// (plain fetch, the app's gzip'd `_bulk_docs` bodies: citizens, then assessments in their batch,
// the batch document last), not browsers. The server runs in a child process (bench/load-server.ts)
// so its CPU and memory are read apart from the generator's (/proc); on Apache CouchDB the store's
// own processes are counted too. Measured on each store (bench/stores.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../tests/e2e/harness';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { communeDbName, newDocId } from '../../src/lib/domain/ids';
import { serverDocs } from '../../scripts/sync-measure-docs';
import { watchProcesses } from '../proc-stats';
import { mb, ms, num, quantile } from '../stats';
import { COUCHDB, EMBEDDED, type BenchStore } from '../stores';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

/** Documents per request: the app's chunk at its smallest (a flaky line), as measured in the issue. */
export const CHUNK_DOCS = 10;
const COMMUNES = ['C01', 'C02', 'C03'];

async function startLoadServer(
	env: NodeJS.ProcessEnv
): Promise<{ url: string; child: ChildProcess }> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load-server.ts'], {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	const url = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`load server did not start: ${out.slice(-300)}`)),
			60_000
		);
		const onData = (d: Buffer) => {
			out += d;
			const m = /URL=(\S+)/.exec(out);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		child.stdout!.on('data', onData);
		child.stderr!.on('data', (d) => (out += d));
		child.once('exit', (code) =>
			reject(new Error(`load server exited (${code}): ${out.slice(-300)}`))
		);
	});
	return { url, child };
}

export const manyOfficersOn = (store: BenchStore): RowModule => ({
	ids: ['many-officers' + store.suffix],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const { officers, officerAssessments: per } = ctx.options.sizes;
		const base = {
			id: 'many-officers' + store.suffix,
			figure: `${officers} officers pushing at once — ${store.name}`,
			conditions: `${officers} tablets from a Node load generator, of canbo.c01–c03 in turn (one session per officer, shared by its tablets), each pushing ${num(per)} assessments + their citizens + its batch document in gzip'd _bulk_docs requests of ${CHUNK_DOCS} documents, one request at a time per tablet, all tablets at once; through the /couch gateway to ${store.where}, loopback, no line emulation; server in a child process (bench/load-server.ts), its CPU and memory from /proc`,
			budget: 'report'
		};
		let server: { url: string; child: ChildProcess } | null = null;
		try {
			const couch = await store.open(ctx);
			server = await startLoadServer(
				couch
					? { COUCHDB_URL: couch.url, COUCHDB_USER: couch.user, COUCHDB_PASSWORD: couch.password }
					: {}
			);
			const couchUrl = `${server.url}/couch`;
			// One sign-in per officer, its cookie shared by its tablets: 50 sign-ins at once would meet
			// the password checks' queue (auth/password-pool.ts), which is not what this row measures.
			const cookies = new Map<string, string>();
			for (const commune of COMMUNES) {
				const name = `canbo.${commune.toLowerCase()}`;
				const res = await fetch(`${couchUrl}/_session`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ name, password: DEMO_PASSWORD })
				});
				if (res.status !== 200) throw new Error(`sign-in ${name}: ${res.status}`);
				cookies.set(commune, res.headers.get('set-cookie')!.split(';', 1)[0]);
			}
			const tablets = await Promise.all(
				Array.from({ length: officers }, async (_, i) => {
					const commune = COMMUNES[i % COMMUNES.length];
					const docs = serverDocs(1000 + i * per, per, commune, {
						batchId: () => newDocId('batch', commune)
					});
					const all = [...docs.citizens, ...docs.assessments];
					const bodies: Uint8Array<ArrayBuffer>[] = [];
					const gz = (docs: object[]) => new Uint8Array(gzipSync(JSON.stringify({ docs })));
					for (let k = 0; k < all.length; k += CHUNK_DOCS)
						bodies.push(gz(all.slice(k, k + CHUNK_DOCS)));
					bodies.push(...docs.batches.map((b) => gz([b])));
					return {
						cookie: cookies.get(commune)!,
						db: communeDbName(commune),
						bodies,
						docs: all.length + docs.batches.length
					};
				})
			);
			const pids = [server.child.pid!, ...(couch?.pids() ?? [])];
			const latencies: number[] = [];
			let refused = 0;
			const watch = watchProcesses(pids);
			const started = performance.now();
			await Promise.all(
				tablets.map(async (t) => {
					for (const body of t.bodies) {
						const t0 = performance.now();
						const res = await fetch(`${couchUrl}/${t.db}/_bulk_docs`, {
							method: 'POST',
							headers: {
								cookie: t.cookie,
								'content-type': 'application/json',
								'content-encoding': 'gzip'
							},
							body
						});
						const answer = (await res.json()) as
							{ error?: string }[] | { error: string; reason: string };
						latencies.push(performance.now() - t0);
						if (res.status !== 201 || !Array.isArray(answer))
							throw new Error(`_bulk_docs: ${res.status} ${JSON.stringify(answer).slice(0, 200)}`);
						refused += answer.filter((a) => a.error).length;
					}
				})
			);
			const seconds = (performance.now() - started) / 1000;
			const usage = watch.stop();
			const docs = tablets.reduce((a, t) => a + t.docs, 0);
			if (refused) throw new Error(`${refused} of ${docs} documents refused`);
			const sorted = latencies.sort((a, b) => a - b);
			return [
				{
					...base,
					result: `${num(docs / seconds)} docs/s (${num(docs)} in ${num(seconds)} s); per request p50 ${ms(quantile(sorted, 0.5))}, p99 ${ms(quantile(sorted, 0.99))} (${num(sorted.length)} requests)${usage ? `; server CPU ${num(usage.meanCores, 2)} cores mean, ${num(usage.peakCores, 2)} peak; memory peak ${mb(usage.peakRssBytes)}` : ''}`,
					verdict: 'report',
					note: usage
						? `The server's processes used ${num(usage.cpuSeconds)} CPU s in ${num(usage.seconds)} s${couch ? " (the gateway and CouchDB's Erlang VM together)" : ' (gateway and embedded store: one Node process)'}.`
						: 'No /proc on this machine: CPU and memory not read.'
				}
			];
		} catch (e) {
			return [notRun(base, (e as Error).message.split('\n')[0])];
		} finally {
			if (server) {
				const exited = new Promise((ok) => server!.child.once('exit', ok));
				server.child.kill('SIGTERM');
				await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))]);
				if (server.child.exitCode === null) server.child.kill('SIGKILL');
			}
		}
	}
});

export const manyOfficers = manyOfficersOn(EMBEDDED);
export const manyOfficersCouch = manyOfficersOn(COUCHDB);
