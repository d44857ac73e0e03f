import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { makeWork } from '../../src/lib/sync/test-fixtures';
import { couchUnderTest } from '../store';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';
import { compare, seed, tablet } from './sync-tablet';

// A real 3-node Apache CouchDB cluster (n = 3 copies of every shard) with node 1 stopped in the
// middle of an officer's push, as `couchdb.sh stop-node` does. Runs in CI's cluster pass, where
// TEST_COUCHDB_CLUSTER_DIR names the cluster's folder and TEST_COUCHDB_URL lists its nodes; on
// one node or the embedded store there is no node to lose (store-nodes.test.ts covers the
// gateway's part with proxies there).

const clusterDir = process.env.TEST_COUCHDB_CLUSTER_DIR;
const script =
	process.env.TEST_COUCHDB_SH ??
	join(import.meta.dirname, '..', '..', '..', 'shared', 'couchdb', 'couchdb.sh');
const run = promisify(execFile);
const node = (action: 'stop-node' | 'start-node', k: number) =>
	run('bash', [script, action, String(k), '--dir', clusterDir!]);

describe.runIf(clusterDir && couchUnderTest && couchUnderTest.url.split(',').length >= 3)(
	'a 3-node cluster loses a node',
	() => {
		let h: Harness;
		let cookies: Record<DemoName, string>;

		beforeAll(async () => {
			h = await startHarness();
			cookies = await signInAll(h);
		});
		afterAll(async () => {
			await node('start-node', 1).catch(() => {});
			await h?.stop();
		});

		const chunkLimits = {
			maxDocs: 20,
			maxBytes: 1_000_000,
			minDocs: 5,
			minBytes: 500,
			growAfter: 100
		};

		it(
			'an officer’s push goes on while node 1 stops; nothing lost or twice; reads and sign-in go on; the node is used again',
			{ timeout: 180_000 },
			async () => {
				// Baseline: the same push with every node up, on another commune.
				const calm = tablet(h, {
					officer: 'canbo.c02',
					communeId: 'C02',
					cookie: cookies['canbo.c02'],
					chunkLimits
				});
				await seed(calm, makeWork(200, { communeId: 'C02' }));
				let started = Date.now();
				expect(await calm.engine.run()).toMatchObject({ ok: true });
				const calmMs = Date.now() - started;
				expect(await compare(h, cookies['canbo.c02'], calm)).toEqual([]);

				const t = tablet(h, { cookie: cookies['canbo.c01'], chunkLimits });
				await seed(t, makeWork(200));
				const stats = h.system.storeNodes;
				const before = { retries: stats.retries, downs: stats.downs };
				started = Date.now();
				const pushing = t.engine.run();
				// Stop node 1 once the push is under way (some citizens acknowledged).
				await expect
					.poll(() => t.db.citizens.filter((c) => !!c._rev).count(), {
						timeout: 60_000,
						interval: 20
					})
					.toBeGreaterThan(0);
				await node('stop-node', 1);
				const outcome = await pushing;
				const lossMs = Date.now() - started;
				expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
				expect(await compare(h, cookies['canbo.c01'], t)).toEqual([]);
				expect(stats.downs).toBeGreaterThan(before.downs);
				console.log(
					`cluster: push of 400 documents ${calmMs} ms with every node up, ${lossMs} ms with node 1 stopped mid-way; ` +
						`${stats.retries - before.retries} requests sent again to another node`
				);

				// Reads and sign-in on the two nodes left.
				const reviewer = await h.signIn('duyet.p01');
				const read = await h.request('GET', `/${communeDbName('C01')}/_all_docs?limit=1`, {
					cookie: reviewer
				});
				expect(read.status).toBe(200);

				// Node 1 back: used again once its time out is over.
				await node('start-node', 1);
				const answeredBefore = stats.answered[0];
				await expect
					.poll(
						async () => {
							await h.request('GET', `/${communeDbName('C01')}`, { cookie: reviewer });
							return stats.answered[0] > answeredBefore;
						},
						{ timeout: 60_000, interval: 250 }
					)
					.toBe(true);
			}
		);
	}
);
