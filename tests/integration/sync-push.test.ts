import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWork } from '../../src/lib/sync/test-fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';
import { compare, seed, serverDocs, tablet } from './sync-tablet';

let h: Harness;
let cookies: Record<DemoName, string>;

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

describe('push against the real server', () => {
	it('2,000 assessments with their citizens reach the server in batches, exactly them', async () => {
		const t = tablet(h, { cookie: cookies['canbo.c01'] });
		await seed(t, makeWork(2000));
		const started = performance.now();
		const outcome = await t.engine.run();
		const ms = performance.now() - started;
		expect(outcome).toMatchObject({ ok: true, push: { refused: 0, conflicts: 0 } });
		if (!outcome.ok) return;
		expect(outcome.push.acknowledged).toBe(4000 + outcome.push.batchesSent.length);
		expect(outcome.push.batchesSent.map((b) => b.count).reduce((a, b) => a + b, 0)).toBe(2000);
		expect(await compare(h, cookies.quantri, t)).toEqual([]);
		const server = await serverDocs(h, cookies.quantri);
		expect([...server.values()].filter((d) => d.type === 'assessment')).toHaveLength(2000);
		expect(
			(await t.db.assessments.toArray()).every((a) => a.status === 'sent' && a.dirty === 0)
		).toBe(true);
		console.log(
			`push of 2,000 assessments + 2,000 citizens: ${Math.round(ms)} ms, ${t.transport.stats.requests} requests, ${Math.round(t.transport.stats.sentBytes / 1024)} KB sent (gzip)`
		);
		// A second run has nothing to send: one changes request per database, nothing else.
		const before = t.transport.stats.requests;
		const again = await t.engine.run();
		expect(again).toMatchObject({ ok: true, push: { acknowledged: 0 } });
		expect(t.transport.stats.requests - before).toBe(2);
	});
});
