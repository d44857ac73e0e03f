// The push of N over a line that cuts: the same setup as the push row (bench/rows/push.ts), with the
// byte-counting proxy (tests/integration/sync-proxy.ts FaultProxy, cutLineEvery) dropping the line
// every `cutEveryBytes` sent: the connection that carries the byte past each mark is cut, counted
// over all connections. The tablet runs pushAll again until nothing is left (page measure.oursUntilDone); then the server's database is read around the proxy: the new
// documents must be exactly the tablet's citizens, assessments and batches, each assessment in the
// batch the tablet holds, each batch naming exactly its members.
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { DEFAULT_LIMITS } from '../../src/lib/sync/chunker';
import {
	emulatedLine,
	startMeasureServer,
	type MeasureServer
} from '../../scripts/sync-measure-server';
import { kb, num, ratio, seconds } from '../stats';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';
import { KBIT, MIN_ROUND_TRIPS, RTT_MS } from './push';

interface CutRun {
	ms: number;
	runs: number;
	failures: number;
	citizens: string[];
	assessments: { id: string; batchId?: string }[];
	batches: { id: string; members: string[]; status: string }[];
}

type ServerDoc = { id: string; doc: { _rev: string; batchId?: string; assessmentIds?: string[] } };

/** What is wrong between what the tablet holds as sent and the documents the server gained: nothing → []. */
export function compareSets(tablet: CutRun, gained: ServerDoc[]): string[] {
	const wrong: string[] = [];
	const server = new Map(gained.map((r) => [r.id, r.doc]));
	const expected = [
		...tablet.citizens,
		...tablet.assessments.map((a) => a.id),
		...tablet.batches.map((b) => b.id)
	];
	const missing = expected.filter((id) => !server.has(id));
	const extra = [...server.keys()].filter((id) => !expected.includes(id));
	if (missing.length) wrong.push(`${missing.length} missing (${missing[0]}…)`);
	if (extra.length) wrong.push(`${extra.length} unexpected (${extra[0]}…)`);
	for (const a of tablet.assessments)
		if (server.has(a.id) && server.get(a.id)!.batchId !== a.batchId)
			wrong.push(`${a.id} in batch ${server.get(a.id)!.batchId}, tablet says ${a.batchId}`);
	for (const b of tablet.batches) {
		if (b.status !== 'sent') wrong.push(`batch ${b.id} still ${b.status}`);
		const members = server.get(b.id)?.assessmentIds ?? [];
		const inIt = tablet.assessments.filter((a) => a.batchId === b.id).map((a) => a.id);
		if (members.length !== inIt.length || members.some((m) => !inIt.includes(m)))
			wrong.push(`batch ${b.id} names ${members.length} members, ${inIt.length} are in it`);
	}
	return wrong;
}

export const pushCut: RowModule = {
	ids: ['push-cut'],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const N = ctx.options.sizes.pushAssessments;
		const cut = ctx.options.sizes.cutEveryBytes;
		const base = {
			id: 'push-cut',
			figure: `Push ${N.toLocaleString('en-US')} assessments on a line that cuts`,
			conditions: `${KBIT} kbit/s each way, ${RTT_MS} ms RTT (CDP); the line drops every ${kb(cut)} sent: the connection carrying that byte is cut (FaultProxy cutLineEvery); the app's pushAll with the default chunk bounds, run again at once after a run gives up (the app waits its backoff) until nothing is left; embedded store; the server's documents compared with the tablet's afterwards`,
			budget: 'completes, nothing lost or duplicated; ours/limit ≤ 3'
		};
		let server: MeasureServer | null = null;
		const context = await (await ctx.browser()).newContext();
		try {
			server = await startMeasureServer({ passwordIterations: 1000 });
			const { proxy, origin, system } = server;
			const page = await context.newPage();
			page.setDefaultTimeout(30 * 60_000);
			await page.goto(origin + '/');
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
			// The server's documents, read around the proxy (as the store's admin).
			const serverDocs = async () =>
				(
					(await (
						await fetch(`${system.url}/direct/cdht-c-c01/_all_docs?include_docs=true`)
					).json()) as { rows: ServerDoc[] }
				).rows;
			const before = new Set((await serverDocs()).map((r) => r.id));

			const line = await emulatedLine(context, page, KBIT, RTT_MS);
			await line.set(true);
			proxy.stats.bytesUp = proxy.stats.bytesDown = proxy.stats.cuts = 0;
			proxy.plan = { cutLineEvery: cut };
			const run = await m<CutRun>('oursUntilDone', N, N, DEFAULT_LIMITS);
			proxy.plan = null;
			await line.set(false);
			const { cuts, bytesUp, bytesDown } = proxy.stats;
			const gained = (await serverDocs()).filter((r) => !before.has(r.id));
			const wrong = compareSets(run, gained);
			const rewritten = gained.filter((r) => !r.doc._rev.startsWith('1-')).length;
			const r = run.ms / limitMs;
			const complete =
				wrong.length === 0 && run.citizens.length === N && run.assessments.length === N;
			return [
				{
					...base,
					result: `${seconds(run.ms / 1000)}; limit ${seconds(limitMs / 1000)}, ours/limit ${ratio(r)}; ${cuts} cuts, ${run.runs} runs; ${kb(bytesUp + bytesDown)} (${kb(bytesUp)} up); ${complete ? `server holds exactly the ${num(gained.length)} documents` : `WRONG: ${wrong.join('; ')}`}`,
					verdict: complete && r <= 3 ? 'met' : 'missed',
					note: `Documents ${kb(sizes.gzip)} gzip. ${rewritten} of the server's documents have more than one revision (a write repeated after a cut, reconciled as the same content). ${run.failures} runs gave up on the cuts before everything went.`
				}
			];
		} catch (e) {
			return [notRun(base, (e as Error).message.split('\n')[0])];
		} finally {
			await context.close();
			await server?.close();
		}
	}
};
