import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWork } from '../../src/lib/sync/test-fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';
import { FaultProxy, prng, type FaultPlan } from './sync-proxy';
import { compare, seed, serverDocs, tablet } from './sync-tablet';

// Fault injection on the real server: a proxy breaks the line in each trial (cut after K request
// bytes, cut or reset after K response bytes, with and without delay); the tablet syncs through it,
// then the faults stop and one more sync must leave the server with exactly the tablet's set.

const TRIALS = 60;
const PER_TRIAL = 8;
const SEED = 20260301;

let h: Harness;
let cookies: Record<DemoName, string>;
let proxy: FaultProxy;
let proxyUrl: string;

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
	const { hostname, port } = new URL(h.system.url);
	proxy = new FaultProxy({ host: hostname, port: Number(port) });
	proxyUrl = await proxy.listen();
});
afterAll(async () => {
	await proxy?.close();
	await h?.stop();
});

type Mode =
	'cut-request' | 'cut-response' | 'reset-response' | 'slow-cut-request' | 'slow-cut-response';
const MODES: Mode[] = [
	'cut-request',
	'cut-response',
	'reset-response',
	'slow-cut-request',
	'slow-cut-response'
];

function planFor(mode: Mode, k: number): FaultPlan {
	switch (mode) {
		case 'cut-request':
			return { cutRequestAfter: k };
		case 'cut-response':
			return { cutResponseAfter: k };
		case 'reset-response':
			return { resetResponseAfter: k };
		case 'slow-cut-request':
			return { cutRequestAfter: k, delayMs: 15 };
		case 'slow-cut-response':
			return { cutResponseAfter: k, delayMs: 15 };
	}
}

describe('sync through a faulty line', () => {
	it(
		`${TRIALS} seeded trials: no loss, no duplicate, no incomplete batch`,
		{ timeout: 240_000 },
		async () => {
			const random = prng(SEED);
			// Small chunks, so each phase of a trial has several requests, two of them on the wire at once.
			const chunkLimits = {
				maxDocs: 3,
				maxBytes: 1_000_000,
				minDocs: 1,
				minBytes: 500,
				growAfter: 2
			};
			const t = tablet(h, {
				baseUrl: `${proxyUrl}/couch`,
				cookie: cookies['canbo.c01'],
				timeoutMs: 5_000,
				chunkLimits
			});
			const ks: Record<'request' | 'response', number[]> = { request: [], response: [] };
			let faultyRunsFailed = 0;
			const failures: string[] = [];
			for (let trial = 0; trial < TRIALS; trial++) {
				await seed(t, makeWork(PER_TRIAL, { from: trial * PER_TRIAL }));
				// Now and then the officer corrects a citizen already on the server: an update, with _rev.
				if (trial % 3 === 2) {
					const sent = await t.db.citizens.where('dirty').equals(0).limit(2).toArray();
					for (const c of sent)
						await t.db.citizens.put({
							...c,
							household: `Hộ sửa ${trial}`,
							updatedAt: new Date(Date.UTC(2026, 3, 1, 0, trial)).toISOString(),
							dirty: 1
						});
				}
				const mode = MODES[trial % MODES.length];
				const phase = mode.endsWith('request') ? 'request' : 'response';
				// Requests of a trial are ~0.3-4 KB on the wire (headers + gzip body); responses ~0.2-3 KB.
				const k =
					phase === 'request' ? 40 + Math.floor(random() * 4000) : 20 + Math.floor(random() * 3000);
				ks[phase].push(k);
				proxy.plan = planFor(mode, k);
				const faulty = await t.engine.run();
				if (!faulty.ok) faultyRunsFailed += 1;
				proxy.plan = null;
				const clean = await t.engine.run();
				if (!clean.ok)
					failures.push(
						`trial ${trial} (${mode}, K=${k}): clean run failed: ${clean.kind} ${clean.message}`
					);
				const problems = await compare(h, cookies.quantri, t);
				if (problems.length)
					failures.push(`trial ${trial} (${mode}, K=${k}): ${problems.slice(0, 5).join('; ')}`);
			}
			const assessments = await t.db.assessments.count();
			const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
			console.log(
				`fault injection: ${TRIALS} trials (K request ${range(ks.request)} B, K response ${range(ks.response)} B), ` +
					`${proxy.stats.cuts} cuts + ${proxy.stats.resets} resets over ${proxy.stats.connections} connections, ` +
					`${faultyRunsFailed} faulty runs gave up, ${TRIALS - faultyRunsFailed} finished despite the faults; ` +
					`after the faults: ${TRIALS - failures.length}/${TRIALS} trials server == tablet (${assessments} assessments), ` +
					`0 lost, 0 duplicated, 0 incomplete batches` +
					(failures.length ? ` — FAILED: ${failures.length}` : '')
			);
			expect(failures).toEqual([]);
			// Resent many times, each assessment and batch was still written exactly once.
			const written = await serverDocs(h, cookies.quantri);
			const rewritten = [...written.values()].filter(
				(d) => d.type !== 'citizen' && !d._rev!.startsWith('1-')
			);
			expect(rewritten.map((d) => d._id)).toEqual([]);
			expect(proxy.stats.cuts + proxy.stats.resets).toBeGreaterThanOrEqual(TRIALS);
			expect(await t.db.assessments.where('dirty').equals(1).count()).toBe(0);
		}
	);
});
