// Push of N assessments (each with its citizen) on a bad line, ours beside PouchDB.replicate, and
// the physical limit. Reuses the sync engineer's measurement page, scripts/sync-measure-page.ts
// (its `measure.ours` seeds a fresh tablet database and times the app's pushAll with the default
// chunk bounds; `measure.pouch` replicates the same documents with PouchDB 9's browser build and
// default options; `measure.sizes` gives their JSON and gzip sizes), on the same setup as
// scripts/sync-measure.ts (scripts/sync-measure-server.ts: the real server behind a byte-counting
// TCP proxy), and Chromium's CDP Network.emulateNetworkConditions.
// PouchDB replication goes to the same store directly as its admin (no gateway checks: a handicap
// for us, not for it). The gateway now takes its new_edits=false writes too (checked revision by
// revision); the direct path keeps the figure comparable with earlier runs.
// Measured once per store (bench/stores.ts): the embedded one, then Apache CouchDB (`-couchdb` rows).
// Times are the in-page times of the push alone (seeding the local database is not counted).
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { DEFAULT_LIMITS } from '../../src/lib/sync/chunker';
import {
	emulatedLine,
	startMeasureServer,
	type MeasureServer
} from '../../scripts/sync-measure-server';
import { kb, median, num, ratio, seconds, spread, summarize } from '../stats';
import { COUCHDB, EMBEDDED, type BenchStore } from '../stores';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

export const KBIT = 400;
export const RTT_MS = 400;
/** TCP connect + one request and its answer: the fewest round trips any push can take. */
export const MIN_ROUND_TRIPS = 2;

interface Run {
	ms: number;
	/** Time with at least one request on the wire (the page's measure.ours reports it). */
	waitingMs?: number;
	up: number;
	down: number;
	requests: number;
}

export const pushOn = (store: BenchStore): RowModule => ({
	ids: ['push', 'push-peer', 'push-limit'].map((id) => id + store.suffix),
	async measure(ctx: BenchContext): Promise<Row[]> {
		const N = ctx.options.sizes.pushAssessments;
		const n = N.toLocaleString('en-US');
		const line = `${KBIT} kbit/s each way, ${RTT_MS} ms RTT (CDP Network.emulateNetworkConditions)`;
		const on = ` — ${store.name}`;
		const bases = {
			push: {
				id: 'push' + store.suffix,
				figure: `Push ${n} assessments${on}`,
				conditions: `${line}; ${n} assessments + their citizens, realistic names and answers; the app's pushAll, default chunk bounds (${DEFAULT_LIMITS.maxDocs} docs / ${kb(DEFAULT_LIMITS.maxBytes)}), through the /couch gateway to ${store.where}; bytes both ways on the TCP line, HTTP headers included`,
				budget: 'report'
			},
			peer: {
				id: 'push-peer' + store.suffix,
				figure: `Same push by PouchDB.replicate${on}`,
				conditions: `pouchdb-browser 9 (PouchDB's browser build), default options; same documents, same store, same line, same run; straight to the store as its admin (no gateway checks)`,
				budget: 'ours/peer ≤ 0.5 for time and bytes'
			},
			limit: {
				id: 'push-limit' + store.suffix,
				figure: `Physical limit of that push${on}`,
				conditions: `gzip bytes of the documents ÷ ${KBIT} kbit/s + ${RTT_MS} ms × ${MIN_ROUND_TRIPS} round trips (TCP connect, one request)`,
				budget: 'ours/limit, goal ≤ 1.5'
			}
		};
		let server: MeasureServer | null = null;
		const context = await (await ctx.browser()).newContext();
		try {
			server = await startMeasureServer({ passwordIterations: 1000, couch: await store.open(ctx) });
			const { proxy, origin } = server;

			const page = await context.newPage();
			page.setDefaultTimeout(30 * 60_000);
			await page.goto(origin + '/');
			const line = await emulatedLine(context, page, KBIT, RTT_MS);
			const measured = async (work: () => Promise<{ ms: number }>): Promise<Run> => {
				await line.set(true);
				proxy.stats.bytesUp = proxy.stats.bytesDown = 0;
				line.reset();
				const { ms, waitingMs } = (await work()) as { ms: number; waitingMs?: number };
				const run = {
					ms,
					waitingMs,
					up: proxy.stats.bytesUp,
					down: proxy.stats.bytesDown,
					requests: line.requests
				};
				await line.set(false);
				return run;
			};
			const m = <T>(fn: string, ...args: unknown[]) =>
				page.evaluate(([fn, args]) => (globalThis as any).measure[fn](...args), [
					fn,
					args
				] as const) as Promise<T>;

			const sizes = await m<{ raw: number; gzip: number }>('sizes', 0, N);
			const limitMs = ((sizes.gzip * 8) / (KBIT * 1000)) * 1000 + MIN_ROUND_TRIPS * RTT_MS;
			const signIn = await page.evaluate(
				async ([name, password]) =>
					(
						await fetch('/couch/_session', {
							method: 'POST',
							headers: { 'content-type': 'application/json' },
							body: JSON.stringify({ name, password })
						})
					).status,
				['canbo.c01', DEMO_PASSWORD] as const
			);
			if (signIn !== 200) throw new Error(`sign-in canbo.c01: ${signIn}`);

			let from = 0;
			const ours: Run[] = [];
			for (let r = 0; r < ctx.options.runs; r++) {
				const f = (from += N);
				ours.push(
					await measured(async () => {
						const result = await m<{
							ms: number;
							report: { refused: number; acknowledged: number; batchesSent: unknown[] };
						}>('ours', f, N, DEFAULT_LIMITS);
						if (
							result.report.refused ||
							result.report.acknowledged !== 2 * N + result.report.batchesSent.length
						)
							throw new Error(`our push was incomplete: ${JSON.stringify(result.report)}`);
						return result;
					})
				);
				ctx.log(
					`push ours run ${r + 1}: ${seconds(ours.at(-1)!.ms / 1000)}, ${kb(ours.at(-1)!.up + ours.at(-1)!.down)}, ${ours.at(-1)!.requests} requests`
				);
			}
			const peer: Run[] = [];
			for (let r = 0; r < ctx.options.peerRuns; r++) {
				const f = (from += N);
				peer.push(
					await measured(async () => {
						const result = await m<{ ms: number; written: number }>(
							'pouch',
							f,
							N,
							`${origin}/direct/bench-pouch-${r}`
						);
						if (result.written !== 2 * N)
							throw new Error(`PouchDB wrote ${result.written} of ${2 * N} documents`);
						return result;
					})
				);
				ctx.log(
					`push PouchDB run ${r + 1}: ${seconds(peer.at(-1)!.ms / 1000)}, ${kb(peer.at(-1)!.up + peer.at(-1)!.down)}, ${peer.at(-1)!.requests} requests`
				);
			}

			// Without the emulated line: the tablet's and the server's own work on this machine.
			const bare = await m<{ ms: number; waitingMs?: number }>(
				'ours',
				(from += N),
				N,
				DEFAULT_LIMITS
			);
			const stages = await page
				.evaluate(
					([f, n]) => {
						const api = (globalThis as any).measure;
						return typeof api.profile === 'function'
							? (api.profile(f, n) as Promise<Record<string, number>>)
							: null;
					},
					[(from += N), N] as const
				)
				.catch(() => null);
			ctx.log(`push without the line: ${seconds(bare.ms / 1000)}`);

			const time = (runs: Run[]) => summarize(runs.map((x) => x.ms / 1000));
			const bytes = (runs: Run[]) => summarize(runs.map((x) => x.up + x.down));
			const words = (runs: Run[]) =>
				`${spread(time(runs), seconds)}; ${kb(bytes(runs).median)} (${kb(median(runs.map((x) => x.up)))} up, ${kb(median(runs.map((x) => x.down)))} down); ${num(median(runs.map((x) => x.requests)))} requests`;
			const timeRatio = time(ours).median / time(peer).median;
			const bytesRatio = bytes(ours).median / bytes(peer).median;
			const limitRatio = summarize(ours.map((x) => x.ms / limitMs));
			const perRequest = (runs: Run[]) => (median(runs.map((x) => x.requests)) * RTT_MS) / 1000;
			return [
				{
					...bases.push,
					result: words(ours),
					verdict: 'report',
					note: `Documents: ${kb(sizes.raw)} JSON, ${kb(sizes.gzip)} gzip.${ours[0].waitingMs !== undefined ? ` A request was on the wire for ${seconds(median(ours.map((x) => x.waitingMs!)) / 1000)} of the push.` : ''} Of the median ${seconds(time(ours).median)}: the bytes up alone take ${seconds((median(ours.map((x) => x.up)) * 8) / (KBIT * 1000))} on this line (down ${seconds((median(ours.map((x) => x.down)) * 8) / (KBIT * 1000))}, in parallel), and one RTT per request ${seconds(perRequest(ours))} (requests partly overlap).`
				},
				{
					...bases.peer,
					result: `${words(peer)}; ours/peer: time ${ratio(timeRatio)}, bytes ${ratio(bytesRatio)}`,
					verdict: timeRatio <= 0.5 && bytesRatio <= 0.5 ? 'met' : 'missed',
					note: `PouchDB sends uncompressed bodies and ${num(median(peer.map((x) => x.requests)))} requests (${seconds(perRequest(peer))} of round trips alone).`
				},
				{
					...bases.limit,
					result: `${seconds(limitMs / 1000)}; ours/limit ${spread(limitRatio, ratio)}`,
					verdict: limitRatio.median <= 1.5 ? 'met' : 'missed',
					note:
						`The same push without the emulated line takes ${seconds(bare.ms / 1000)} here${bare.waitingMs !== undefined ? ` (${seconds(bare.waitingMs / 1000)} of it with a request at the server)` : ''}: the tablet's and the server's own work, which the line's time overlaps only in part.` +
						(stages
							? ` The tablet's stages without network (scripts/sync-measure-page.ts measure.profile): ${Object.entries(
									stages
								)
									.sort((a, b) => b[1] - a[1])
									.map(([k, v]) => `${k} ${v} ms`)
									.join(', ')}.`
							: '')
				}
			];
		} catch (e) {
			const reason = (e as Error).message.split('\n')[0];
			return [notRun(bases.push, reason), notRun(bases.peer, reason), notRun(bases.limit, reason)];
		} finally {
			await context.close();
			await server?.close();
		}
	}
});

export const push = pushOn(EMBEDDED);
export const pushCouch = pushOn(COUCHDB);
