// A new tablet restores its commune: N citizens + N reviewed assessments (and their batches) on
// the server, pulled by the app's own engine (src/lib/sync: push of nothing, the commune's
// changes page by page, the configuration) into a fresh browser profile at 4× CPU, on the
// emulated 2G-like line and on a 3G-like one; beside the physical limit (the documents' gzip bytes
// ÷ the line's download rate + the round trips of one connection and one request) and beside
// PouchDB.replicate pulling the same database (its defaults, as the store's admin) on each line.
// The server is the one of the push rows (scripts/sync-measure-server.ts), embedded store.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { CONFIG_DB } from '../../src/lib/domain/ids';
import { serverDocs } from '../../scripts/sync-measure-docs';
import {
	emulatedLine,
	startMeasureServer,
	type MeasureServer
} from '../../scripts/sync-measure-server';
import { kb, median, num, ratio, seconds, spread, summarize } from '../stats';
import { throttleCpu } from '../throttle';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';
import { KBIT, MIN_ROUND_TRIPS, RTT_MS } from './push';

const CPU_SLOWDOWN = 4;
const DB = 'cdht-c-c01';

interface Line {
	id: string;
	name: string;
	down: number;
	up: number;
	rtt: number;
}
export const LINES: readonly Line[] = [
	{ id: 'restore', name: `${KBIT} kbit/s, ${RTT_MS} ms`, down: KBIT, up: KBIT, rtt: RTT_MS },
	{
		id: 'restore-3g',
		name: '3G-like: 1.6 Mbit/s down, 750 kbit/s up, 150 ms',
		down: 1600,
		up: 750,
		rtt: 150
	}
];

interface Pull {
	ms: number;
	firstMs?: number;
	down: number;
	up: number;
	requests: number;
}

/** Fill the commune's database on the server, as its admin (not on any emulated line). */
async function seedServer(
	server: MeasureServer,
	n: number
): Promise<{ docs: number; onServer: number; gzip: number }> {
	const work = serverDocs(0, n, 'C01', { reviewed: true });
	const all = [...work.citizens, ...work.assessments, ...work.batches];
	for (let i = 0; i < all.length; i += 1000) {
		const res = await fetch(`${server.system.url}/direct/${DB}/_bulk_docs`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ docs: all.slice(i, i + 1000) })
		});
		if (res.status !== 201)
			throw new Error(`seeding the server: ${res.status} ${(await res.text()).slice(0, 200)}`);
	}
	// PouchDB also copies what the server had before (its design documents): it must write them all.
	const info = (await (await fetch(`${server.system.url}/direct/${DB}`)).json()) as {
		doc_count: number;
	};
	// The engine pulls the configuration too (criteria, organisation): its documents count in the limit.
	const config = (await (
		await fetch(`${server.system.url}/direct/${CONFIG_DB}/_all_docs?include_docs=true`)
	).json()) as { rows: { id: string; doc: object }[] };
	const configDocs = config.rows.filter((r) => !r.id.startsWith('_design/')).map((r) => r.doc);
	return {
		docs: all.length,
		onServer: info.doc_count,
		gzip: gzipSync(JSON.stringify([...all, ...configDocs])).byteLength
	};
}

/** One pull in a fresh profile (a new browser context) at 4× CPU on `line`. */
async function pullOnce(
	browser: Browser,
	server: MeasureServer,
	line: Line,
	what: 'ours' | 'peer',
	k: number,
	expected: Expected
): Promise<Pull> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		page.setDefaultTimeout(30 * 60_000);
		await page.goto(server.origin + '/');
		const status = await page.evaluate(
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
		if (status !== 200) throw new Error(`sign-in canbo.c01: ${status}`);
		const cpu = await throttleCpu(page, CPU_SLOWDOWN);
		const emulated = await emulatedLine(context, page, line.down, line.rtt, line.up);
		await emulated.set(true);
		server.proxy.stats.bytesUp = server.proxy.stats.bytesDown = 0;
		emulated.reset();
		try {
			const r =
				what === 'ours'
					? await page.evaluate(
							([name]) => (globalThis as any).measure.restore(name, 'C01', 'canbo.c01'),
							[`restore-${k}`] as const
						)
					: await page.evaluate(([url, name]) => (globalThis as any).measure.pouchPull(url, name), [
							`${server.origin}/direct/${DB}`,
							`peer-${k}`
						] as const);
			check(r, expected);
			return {
				ms: r.ms,
				firstMs: r.firstMs,
				down: server.proxy.stats.bytesDown,
				up: server.proxy.stats.bytesUp,
				requests: emulated.requests
			};
		} finally {
			await emulated.set(false);
			await cpu.release();
		}
	} finally {
		await context.close();
	}
}
/** What a complete pull holds: the tablet's citizens and assessments, PouchDB's documents. */
interface Expected {
	citizens: number;
	assessments: number;
	docs: number;
}
function check(
	r: { citizens?: number; assessments?: number; written?: number },
	expected: Expected
): void {
	if (r.written !== undefined && r.written !== expected.docs)
		throw new Error(`PouchDB wrote ${r.written} of ${expected.docs} documents`);
	if (
		r.citizens !== undefined &&
		(r.citizens !== expected.citizens || r.assessments !== expected.assessments)
	)
		throw new Error(
			`the tablet holds ${r.citizens} citizens and ${r.assessments} assessments of ${expected.citizens} + ${expected.assessments}`
		);
}

export const restore: RowModule = {
	ids: [...LINES.map((l) => l.id), 'restore-peer'],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const N = ctx.options.sizes.restoreCitizens;
		const n = N.toLocaleString('en-US');
		const bases = LINES.map((line) => ({
			id: line.id,
			figure: `New tablet restores its commune (${line.id === 'restore' ? '2G-like' : '3G-like'} line)`,
			conditions: `${n} citizens + ${n} reviewed assessments (+ batches) on the server; the app's engine run (src/lib/sync/engine.ts: pull of the commune page by page, then the configuration) into a fresh browser profile, ${CPU_SLOWDOWN}× CPU (CDP), ${line.name} (CDP); embedded store; usable = the first page of changes written (the screens read the local database, so search and assessment offer what has arrived)`,
			budget: 'ours/limit ≤ 2; usable ≤ 10 s'
		}));
		const peerBase = {
			id: 'restore-peer',
			figure: 'Same restore by PouchDB.replicate',
			conditions: `pouchdb-browser 9, default options, pulling the same database straight from the store as its admin, fresh profile, ${CPU_SLOWDOWN}× CPU, on each line`,
			budget: 'report (ours/peer)'
		};
		let server: MeasureServer | null = null;
		try {
			server = await startMeasureServer({ passwordIterations: 1000 });
			const seeded = await seedServer(server, N);
			const expected: Expected = { citizens: N, assessments: N, docs: seeded.onServer };
			ctx.log(`restore: server holds ${seeded.docs} documents, ${kb(seeded.gzip)} gzip`);
			const browser = await ctx.browser();
			const rows: Row[] = [];
			const peerWords: string[] = [];
			let k = 0;
			for (const [i, line] of LINES.entries()) {
				const ours: Pull[] = [];
				const peer: Pull[] = [];
				for (let r = 0; r < ctx.options.runs; r++)
					ours.push(await pullOnce(browser, server, line, 'ours', k++, expected));
				// Tiny (the smoke test): PouchDB's many round trips on the 2G-like line alone take seconds; the 3G-like one shows it runs.
				const peerHere = ctx.options.size !== 'tiny' || line.id !== 'restore';
				for (let r = 0; peerHere && r < ctx.options.peerRuns; r++)
					peer.push(await pullOnce(browser, server, line, 'peer', k++, expected));
				const limitMs =
					((seeded.gzip * 8) / (line.down * 1000)) * 1000 + MIN_ROUND_TRIPS * line.rtt;
				const time = summarize(ours.map((p) => p.ms / 1000));
				const usable = summarize(ours.map((p) => (p.firstMs ?? p.ms) / 1000));
				const toLimit = time.median / (limitMs / 1000);
				const bytes = (p: Pull[]) =>
					`${kb(median(p.map((x) => x.down + x.up)))} (${kb(median(p.map((x) => x.down)))} down), ${num(median(p.map((x) => x.requests)))} requests`;
				ctx.log(
					`${line.id}: complete ${seconds(time.median)}, usable ${seconds(usable.median)}${peer.length ? `, PouchDB ${seconds(median(peer.map((p) => p.ms)) / 1000)}` : ''}`
				);
				rows.push({
					...bases[i],
					result: `complete ${spread(time, seconds)}, usable ${seconds(usable.median)}; ${bytes(ours)}; limit ${seconds(limitMs / 1000)}, ours/limit ${ratio(toLimit)}`,
					verdict: toLimit <= 2 && usable.median <= 10 ? 'met' : 'missed',
					note: `${num(seeded.docs)} documents of the commune, ${kb(seeded.gzip)} gzip with the configuration's. The configuration (criteria, organisation) is pulled after the whole commune: on a fresh tablet, assessing with the province's own criteria waits for it.`
				});
				if (peer.length === 0) continue;
				const pt = median(peer.map((p) => p.ms)) / 1000;
				peerWords.push(
					`${line.id === 'restore' ? '2G-like' : '3G-like'}: ${seconds(pt)}, ${bytes(peer)}; ours/peer time ${ratio(time.median / pt)}`
				);
			}
			rows.push({ ...peerBase, result: peerWords.join('; '), verdict: 'report' });
			return rows;
		} catch (e) {
			const reason = (e as Error).message.split('\n')[0];
			return [...bases.map((b) => notRun(b, reason)), notRun(peerBase, reason)];
		} finally {
			await server?.close();
		}
	}
};
