import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { startEmbeddedStore, type EmbeddedStore } from '../../src/lib/server/store/embedded';
import { StoreUnreachable } from '../../src/lib/server/store/wait';
import { startSystem } from '../../src/lib/server/system';
import { makeWork } from '../../src/lib/sync/test-fixtures';
import { couchUnderTest, TEST_ITERATIONS } from '../store';
import { startHarness, type Harness } from './harness';
import { NodeProxy, type Upstream } from './node-proxy';
import { compare, seed, tablet } from './sync-tablet';

// COUCHDB_URL with several nodes: the gateway spreads requests over them, moves off a node that
// stops answering without failing what may safely be sent again, and takes the node back later.
// Two proxies in front of one store stand for two nodes (on CouchDB: in front of the node under
// test; embedded: in front of an embedded store started on its own); cluster.test.ts does the same
// with a real 3-node cluster.

let storeDir: string;
let embedded: EmbeddedStore | null = null;
let upstream: Upstream;
let admin: { name: string; password: string };

beforeAll(async () => {
	storeDir = await mkdtemp(join(tmpdir(), 'cdht-nodes-'));
	if (couchUnderTest) {
		const first = new URL(couchUnderTest.url.split(',')[0]);
		upstream = { host: first.hostname, port: Number(first.port) };
		admin = { name: couchUnderTest.user, password: couchUnderTest.password };
	} else {
		admin = { name: 'admin', password: 'nodes-test-admin-password' };
		embedded = await startEmbeddedStore({
			dataDir: storeDir,
			adminName: admin.name,
			adminPassword: admin.password,
			passwordIterations: TEST_ITERATIONS
		});
		upstream = { path: embedded.target.socketPath! };
	}
});
afterAll(async () => {
	await embedded?.close();
	await rm(storeDir, { recursive: true, force: true });
});

describe('start-up', () => {
	it('waits for a store that is not there yet, saying so in one line, and starts when it answers', async () => {
		const node = new NodeProxy(upstream);
		await node.start();
		const url = node.url;
		await node.stop();
		const logs: string[] = [];
		const dataDir = await mkdtemp(join(tmpdir(), 'cdht-wait-'));
		const starting = startSystem({
			dataDir,
			couchUrl: url,
			couchUser: admin.name,
			couchPassword: admin.password,
			passwordIterations: TEST_ITERATIONS,
			storeWaitSeconds: 60,
			log: (m) => logs.push(m)
		});
		await expect.poll(() => logs.length, { timeout: 10_000 }).toBeGreaterThan(0);
		expect(logs[0]).toMatch(
			/^Đang chờ máy chủ dữ liệu \(127\.0\.0\.1:\d+\): không có gì nghe ở địa chỉ này \(ECONNREFUSED\)/
		);
		await node.start();
		const system = await starting;
		try {
			expect((await fetch(`${system.url}/couch/_session`)).status).toBe(200);
			// One line per distinct problem, not one per try.
			expect(logs.filter((l) => l.startsWith('Đang chờ')).length).toBe(1);
		} finally {
			await system.close();
			await node.stop();
			await rm(dataDir, { recursive: true, force: true });
		}
	});

	it('gives up after the configured time with one sentence, no stack trace', async () => {
		const node = new NodeProxy(upstream);
		await node.start();
		await node.stop();
		const dataDir = await mkdtemp(join(tmpdir(), 'cdht-wait-'));
		try {
			const failed = startSystem({
				dataDir,
				couchUrl: node.url,
				couchUser: admin.name,
				couchPassword: admin.password,
				storeWaitSeconds: 1,
				log: () => {}
			});
			await expect(failed).rejects.toBeInstanceOf(StoreUnreachable);
			await expect(failed).rejects.toThrow(
				/^Không kết nối được máy chủ dữ liệu \(127\.0\.0\.1:\d+\): .*ECONNREFUSED.*Đã chờ 1 s\.$/
			);
		} finally {
			await rm(dataDir, { recursive: true, force: true });
		}
	});
});

describe('two nodes, one stops', () => {
	let h: Harness;
	let nodes: NodeProxy[];

	beforeAll(async () => {
		nodes = [new NodeProxy(upstream), new NodeProxy(upstream)];
		const urls = await Promise.all(nodes.map((n) => n.start()));
		h = await startHarness({
			couchUrl: urls.join(','),
			couchUser: admin.name,
			couchPassword: admin.password
		});
	});
	afterAll(async () => {
		await h?.stop();
		await Promise.all((nodes ?? []).map((n) => n.stop()));
	});

	it('spreads requests over the nodes that answer', async () => {
		const before = nodes.map((n) => n.bytesUp);
		const cookie = await h.signIn('canbo.c01');
		for (let i = 0; i < 10; i++)
			expect((await h.request('GET', `/${communeDbName('C01')}`, { cookie })).status).toBe(200);
		expect(nodes.every((n, i) => n.bytesUp > before[i])).toBe(true);
	});

	it('a push of 300 documents completes while a node dies under it: nothing lost, nothing twice; the node is used again once back', async () => {
		const cookie = await h.signIn('canbo.c01');
		const t = tablet(h, {
			cookie,
			chunkLimits: { maxDocs: 20, maxBytes: 1_000_000, minDocs: 5, minBytes: 500, growAfter: 100 }
		});
		await seed(t, makeWork(150));
		const stats = h.system.storeNodes;
		const retriesBefore = stats.retries;
		// The node dies in the middle of the push, with requests of it on the wire.
		const died = nodes[0].stopAfterBytes(20_000);
		const outcome = await t.engine.run();
		await died;
		expect(outcome, JSON.stringify(outcome)).toMatchObject({ ok: true });
		expect(await compare(h, cookie, t)).toEqual([]);
		expect(stats.downs).toBeGreaterThanOrEqual(1);
		expect(stats.retries).toBeGreaterThan(retriesBefore);

		// Reads and sign-in go on with one node.
		const again = await h.signIn('duyet.p01');
		expect(
			(await h.request('GET', `/${communeDbName('C01')}/_all_docs?limit=1`, { cookie: again }))
				.status
		).toBe(200);

		// Back: taken again once its time out is over (reads go on meanwhile).
		await nodes[0].start();
		const back = nodes[0].bytesUp;
		await expect
			.poll(
				async () => {
					await h.request('GET', `/${communeDbName('C01')}`, { cookie: again });
					return nodes[0].bytesUp > back;
				},
				{ timeout: 20_000, interval: 250 }
			)
			.toBe(true);
	});
});
