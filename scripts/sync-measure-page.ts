// The browser side of scripts/sync-measure.ts, bundled by it: seeds a fresh tablet database with
// n citizens + n ready assessments, then pushes them with the real stages (Dexie, outbox, chunker,
// gzip transport) or, for comparison, replicates the same documents with PouchDB's defaults.
import { LocalDatabase } from '../src/lib/db/db';
import { toWire, type CitizenRecord } from '../src/lib/db/records';
import { newDocId } from '../src/lib/domain/ids';
import { startChunker, type ChunkLimits } from '../src/lib/sync/chunker';
import { SyncEngine } from '../src/lib/sync/engine';
import { gzip } from '../src/lib/net/gzip';
import { applyOutcomes, type OutItem, type Outcome } from '../src/lib/sync/ledger';
import {
	assessmentItem,
	citizenItem,
	finalizeBatch,
	prepareBatches,
	unsentCitizens,
	unsentMembers
} from '../src/lib/sync/outbox';
import { pushAll } from '../src/lib/sync/push-run';
import { onAck } from '../src/lib/sync/apply';
import { bulkDocsBody } from '../src/lib/sync/wire';
import { createCouch } from '../src/lib/net/couch';
import { realisticWork } from './sync-measure-docs';

// PouchDB 9's own browser build (pouchdb/dist/pouchdb.js: the pouchdb-browser preset — IndexedDB,
// HTTP, replication — in one script), loaded by the page before this one. pouchdb-browser's ES
// module imports Node's `events`, which no installed package provides for a browser bundle.
declare const PouchDB: {
	new (
		name: string,
		options?: object
	): { bulkDocs(docs: object[]): Promise<unknown>; destroy(): Promise<unknown> };
	replicate(
		from: unknown,
		to: unknown,
		options?: object
	): Promise<{ docs_written: number; ok: boolean }>;
	version: string;
};

async function seeded(name: string, from: number, n: number): Promise<LocalDatabase> {
	const db = new LocalDatabase(name);
	const work = realisticWork(from, n, communeOf(name));
	await db.transaction('rw', db.citizens, db.assessments, async () => {
		await db.citizens.bulkAdd(work.citizens);
		await db.assessments.bulkAdd(work.assessments);
	});
	return db;
}
const communeOf = (name: string) => (name.includes('c02') ? 'C02' : 'C01');

const api = {
	/** Our push alone, with the given chunk bounds. */
	async ours(from: number, n: number, limits: ChunkLimits) {
		const db = await seeded(`measure-c01-${from}`, from, n);
		const transport = createCouch({ baseUrl: '/couch' });
		// Time with at least one request on the wire, i.e. waiting for the line and the server.
		let waiting = 0;
		let open = 0;
		let since = 0;
		const bulkDocs = transport.bulkDocs.bind(transport);
		transport.bulkDocs = async (db, items) => {
			if (open++ === 0) since = performance.now();
			try {
				return await bulkDocs(db, items);
			} finally {
				if (--open === 0) waiting += performance.now() - since;
			}
		};
		const started = performance.now();
		const report = await pushAll({
			db,
			transport,
			remoteDb: 'cdht-c-c01',
			communeId: 'C01',
			officer: 'canbo.c01',
			now: () => new Date(),
			newBatchId: () => newDocId('batch', 'C01'),
			chunker: { state: startChunker(limits), limits }
		});
		return {
			ms: performance.now() - started,
			waitingMs: waiting,
			report,
			stats: { ...transport.stats }
		};
	},

	/**
	 * Our push on a line that cuts: pushAll again and again with the same chunker (as the engine
	 * keeps it between runs) until nothing is left; a run that gives up is started again at once
	 * (the app would wait its backoff). Returns the ids the tablet holds as acknowledged.
	 */
	async oursUntilDone(from: number, n: number, limits: ChunkLimits) {
		const db = await seeded(`measure-c01-cut-${from}`, from, n);
		const transport = createCouch({ baseUrl: '/couch' });
		const chunker = { state: startChunker(limits), limits };
		const started = performance.now();
		let runs = 0;
		let failures = 0;
		for (;;) {
			runs += 1;
			try {
				const report = await pushAll({
					db,
					transport,
					remoteDb: 'cdht-c-c01',
					communeId: 'C01',
					officer: 'canbo.c01',
					now: () => new Date(),
					newBatchId: () => newDocId('batch', 'C01'),
					chunker
				});
				if (report.refused) throw new Error(`refused: ${JSON.stringify(report)}`);
				const left =
					(await db.citizens.where('dirty').equals(1).count()) +
					(await db.assessments.where('dirty').equals(1).count());
				if (left === 0) break;
			} catch (e) {
				if (String(e).startsWith('Error: refused')) throw e;
				failures += 1;
				if (runs > 200) throw e;
			}
		}
		const ms = performance.now() - started;
		const citizens = (await db.citizens.toArray()).map((c) => c._id);
		const assessments = (await db.assessments.toArray()).map((a) => ({
			id: a._id,
			batchId: a.batchId
		}));
		const batches = (await db.batches.toArray()).map((b) => ({
			id: b._id,
			members: b.assessmentIds,
			status: b.status
		}));
		return { ms, runs, failures, citizens, assessments, batches, stats: { ...transport.stats } };
	},

	/**
	 * A new tablet restores its commune: the app's own engine run (nothing to push; the commune's
	 * changes, then the configuration's) into an empty database. Each page of changes is written in
	 * its own transaction, so the screens (which read the local database) offer what has arrived:
	 * the first page written is the first usable screen.
	 */
	async restore(name: string, communeId: string, officer: string) {
		const db = new LocalDatabase(name);
		const transport = createCouch({ baseUrl: '/couch' });
		const started = performance.now();
		let firstMs: number | null = null;
		const engine = new SyncEngine({
			transport,
			context: () => ({ db, communeId, officer }),
			onEvent: (e) => {
				if (e.type === 'pulling' && firstMs === null) firstMs = performance.now() - started;
			}
		});
		const outcome = await engine.run();
		const ms = performance.now() - started;
		if (!outcome.ok) throw new Error(`restore: ${outcome.kind} ${outcome.message}`);
		return {
			ms,
			firstMs: firstMs ?? ms,
			pulled: outcome.pulled,
			citizens: await db.citizens.count(),
			assessments: await db.assessments.count(),
			stats: { ...transport.stats }
		};
	},

	/** PouchDB's own pull of the same database into an empty local one (its defaults), as the store's admin. */
	async pouchPull(remoteUrl: string, name: string) {
		const local = new PouchDB(name);
		const started = performance.now();
		const result = await PouchDB.replicate(new PouchDB(remoteUrl), local);
		return { ms: performance.now() - started, written: result.docs_written, ok: result.ok };
	},

	/** The whole engine run as the app does it (push, then pull commune + configuration). */
	async engine(from: number, n: number) {
		const db = await seeded(`measure-c02-${from}`, from, n);
		const transport = createCouch({ baseUrl: '/couch' });
		const engine = new SyncEngine({
			transport,
			context: () => ({ db, communeId: 'C02', officer: 'canbo.c02' })
		});
		const started = performance.now();
		const outcome = await engine.run();
		return { ms: performance.now() - started, outcome, stats: { ...transport.stats } };
	},

	/** The same documents (as the server ends up holding them), replicated by PouchDB with defaults. */
	async pouch(from: number, n: number, remoteUrl: string) {
		const work = realisticWork(from, n, 'C01');
		const batchId = newDocId('batch', 'C01');
		const docs = [
			...work.citizens.map((c) => toWire(c)),
			...work.assessments.map((a) => ({ ...toWire(a), status: 'sent', batchId }))
		];
		const local = new PouchDB(`bench-src-${from}`);
		await local.bulkDocs(docs);
		const remote = new PouchDB(remoteUrl);
		const started = performance.now();
		const result = await PouchDB.replicate(local, remote);
		return { ms: performance.now() - started, written: result.docs_written, ok: result.ok };
	},

	/** The tablet's own work for a push, stage by stage, without any network (acknowledgements made up). */
	async profile(from: number, n: number) {
		const db = await seeded(`measure-c01-profile-${from}`, from, n);
		const times: Record<string, number> = {};
		const timed = async <T>(name: string, f: () => Promise<T> | T): Promise<T> => {
			const t = performance.now();
			const r = await f();
			times[name] = (times[name] ?? 0) + performance.now() - t;
			return r;
		};
		const ctx = {
			db,
			communeId: 'C01',
			officer: 'canbo.c01',
			now: () => new Date(),
			newBatchId: () => newDocId('batch', 'C01')
		};
		const batches = await timed('prepareBatches', () => prepareBatches(ctx));
		const citizens = await timed('unsentCitizens', () => unsentCitizens(db, 'C01'));
		const citizenItems = await timed('encode citizens', () => citizens.map(citizenItem));
		const ack = (items: OutItem[]): Outcome[] =>
			items.map((item) => ({ item, kind: 'ack', rev: '1-0123456789abcdef0123456789abcdef' }));
		for (let i = 0; i < citizenItems.length; i += 500)
			await timed('applyOutcomes', () =>
				applyOutcomes(db, ack(citizenItems.slice(i, i + 500)), new Date().toISOString())
			);
		// As pushAll calls it: the citizens this run sends are taken as on the server, not read again.
		const coming = new Set(citizens.map((c) => c._id));
		for (const b of batches) {
			const members = await timed('unsentMembers', () => unsentMembers(db, b, coming));
			const items = await timed('encode assessments', () =>
				members.map((a) => assessmentItem(a, b._id))
			);
			await timed('gzip', () => gzip(bulkDocsBody(items)));
			for (let i = 0; i < items.length; i += 500)
				await timed('applyOutcomes', () =>
					applyOutcomes(db, ack(items.slice(i, i + 500)), new Date().toISOString())
				);
			await timed('finalizeBatch', () => finalizeBatch(db, b._id, new Date()));
		}
		return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)]));
	},

	/** applyOutcomes of the citizens' acknowledgements taken apart: the read, the JS, the write (in 500s, as pushAll does). */
	async applyParts(from: number, n: number) {
		const db = await seeded(`measure-c01-parts-${from}`, from, n);
		const items = (await unsentCitizens(db, 'C01')).map(citizenItem);
		const parts = { read: 0, js: 0, write: 0, whole: 0 };
		for (let i = 0; i < items.length; i += 500) {
			const slice = items.slice(i, i + 500);
			await db.transaction('rw', db.citizens, async () => {
				let t = performance.now();
				const current = await db.citizens.bulkGet(slice.map((o) => o.doc._id));
				parts.read += performance.now() - t;
				t = performance.now();
				const puts = current.map(
					(c, k) => onAck(c!, slice[k], '1-0123456789abcdef0123456789abcdef') as CitizenRecord
				);
				parts.js += performance.now() - t;
				t = performance.now();
				await db.citizens.bulkPut(puts);
				parts.write += performance.now() - t;
			});
		}
		// The same records written again whole, as applyOutcomes does (reset to unsent first).
		await db.citizens.toCollection().modify({ dirty: 1 });
		const again = (await unsentCitizens(db, 'C01')).map(citizenItem);
		const t = performance.now();
		for (let i = 0; i < again.length; i += 500)
			await applyOutcomes(
				db,
				again
					.slice(i, i + 500)
					.map((item) => ({ item, kind: 'ack', rev: '2-0123456789abcdef0123456789abcdef' })),
				new Date().toISOString()
			);
		parts.whole = performance.now() - t;
		return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, Math.round(v)]));
	},

	/** JSON and gzip sizes of the documents, for the physical limit. */
	async sizes(from: number, n: number) {
		const work = realisticWork(from, n, 'C01');
		const json = JSON.stringify({
			docs: [
				...work.citizens.map((c) => toWire(c)),
				...work.assessments.map((a) => ({ ...toWire(a), status: 'sent' }))
			]
		});
		const raw = new TextEncoder().encode(json).byteLength;
		const gz = await new Response(
			new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'))
		).arrayBuffer();
		return { raw, gzip: gz.byteLength };
	}
};

(globalThis as unknown as { measure: typeof api }).measure = api;
