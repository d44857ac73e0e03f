import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LocalDatabase } from '$lib/db/db';
import type { AssessmentRecord } from '$lib/db/records';
import { freshDb } from '$lib/db/test-db';
import { startChunker, type ChunkLimits } from './chunker';
import { prepareBatches } from './outbox';
import { pushAll, type PushDeps } from './push-run';
import { TestCouch } from './test-couch';
import { makeWork, withAnswers } from './test-fixtures';
import type { WireDoc } from './wire';

const REMOTE = 'cdht-c-c01';
const small: ChunkLimits = {
	maxDocs: 4,
	maxBytes: 1_000_000,
	minDocs: 1,
	minBytes: 1000,
	growAfter: 2
};

async function setup(n: number) {
	const db = freshDb();
	const work = makeWork(n);
	await db.citizens.bulkAdd(work.citizens);
	await db.assessments.bulkAdd(work.assessments);
	return { db, couch: new TestCouch(), ...work };
}

let batchNumber = 0;

function deps(db: LocalDatabase, couch: TestCouch, limits: ChunkLimits = small): PushDeps {
	let t = Date.parse('2026-03-10T00:00:00.000Z');
	return {
		db,
		transport: couch,
		remoteDb: REMOTE,
		communeId: 'C01',
		officer: 'canbo.c01',
		now: () => new Date((t += 1000)),
		newBatchId: () => `batch:C01:B${String(++batchNumber).padStart(4, '0')}`,
		chunker: { state: startChunker(limits), limits }
	};
}

/** Every batch on the server names only members the server holds, and each member says so. */
function expectBatchesComplete(couch: TestCouch) {
	const docs = new Map(couch.docs(REMOTE).map((d) => [d._id, d]));
	for (const batch of couch.docs(REMOTE).filter((d) => d.type === 'batch')) {
		for (const id of batch.assessmentIds as string[])
			expect(docs.get(id)).toMatchObject({ batchId: batch._id, status: 'sent' });
		for (const id of batch.citizenIds as string[]) expect(docs.has(id)).toBe(true);
		expect(batch.count).toBe((batch.assessmentIds as string[]).length);
	}
}

describe('pushAll', () => {
	it('sends citizens, then assessments, then the batch document after every member was acknowledged', async () => {
		const { db, couch } = await setup(10);
		batchNumber = 0;
		const report = await pushAll(deps(db, couch));
		expect(report).toMatchObject({
			acknowledged: 21,
			refused: 0,
			conflicts: 0,
			batchesSent: [{ id: 'batch:C01:B0001', count: 10 }]
		});
		const order = couch.bulkLog.flat().map((d) => d.type);
		expect(order).toEqual([...Array(10).fill('citizen'), ...Array(10).fill('assessment'), 'batch']);
		expect(couch.bulkLog.every((chunk) => chunk.length <= 4)).toBe(true);
		// The batch document went alone, after the last member's request was answered.
		expect(couch.bulkLog.at(-1)!.map((d) => d.type)).toEqual(['batch']);
		expectBatchesComplete(couch);
		const local = await db.assessments.toArray();
		expect(
			local.every(
				(a) => a.status === 'sent' && a.dirty === 0 && a.batchId === 'batch:C01:B0001' && a._rev
			)
		).toBe(true);
		expect(await db.batches.get('batch:C01:B0001')).toMatchObject({
			status: 'sent',
			dirty: 0,
			count: 10
		});
		expect(couch.docs(REMOTE).find((d) => d.type === 'batch')).toMatchObject({
			status: 'sent',
			sentAt: expect.any(String)
		});
	});

	it('the next batch’s members do not wait for a batch to finish; its document goes once its members were answered', async () => {
		const { db, couch } = await setup(3);
		const d = deps(db, couch);
		const [first] = await prepareBatches(d);
		const more = makeWork(2, { from: 50 });
		await db.citizens.bulkAdd(more.citizens);
		await db.assessments.bulkAdd(more.assessments);
		await pushAll(d);
		const requestOf = (id: string) =>
			couch.bulkLog.findIndex((chunk) => chunk.some((doc) => doc._id === id));
		const firstMembers = first.assessmentIds.map(requestOf);
		const secondMembers = more.assessments.map((a) => requestOf(a._id));
		expect(requestOf(first._id)).toBeGreaterThan(Math.max(...firstMembers));
		// A member of the second batch shared a request with the first batch's members.
		expect(Math.min(...secondMembers)).toBeLessThanOrEqual(Math.max(...firstMembers));
		const batches = couch.docs(REMOTE).filter((doc) => doc.type === 'batch');
		expect(batches.map((b) => b._id).sort()).toEqual(
			[first._id, couch.bulkLog.at(-1)!.at(-1)!._id].sort()
		);
		expect(requestOf(first._id)).toBeLessThan(couch.bulkLog.length - 1);
		expectBatchesComplete(couch);
	});

	it('a member goes as soon as its citizen was answered, while later citizens are still on the wire', async () => {
		const { db, couch, citizens } = await setup(12);
		const real = couch.bulkDocs.bind(couch);
		const last = citizens.at(-1)!._id;
		let lastCitizensAnswered = false;
		let memberSentBefore = false;
		let memberSent = () => {};
		const aMemberWent = new Promise<void>((resolve) => (memberSent = resolve));
		couch.bulkDocs = async (name, items) => {
			if (items.some((i) => i.doc.type === 'assessment') && !lastCitizensAnswered) {
				memberSentBefore = true;
				memberSent();
			}
			if (items.some((i) => i.doc._id === last)) {
				// The last citizens' answer is held back until a member went (or, if none ever goes
				// meanwhile, for long enough to fail the test rather than hang it): no race with the clock.
				await Promise.race([aMemberWent, new Promise((r) => setTimeout(r, 5000))]);
				const answer = await real(name, items);
				lastCitizensAnswered = true;
				return answer;
			}
			return real(name, items);
		};
		const report = await pushAll(deps(db, couch));
		expect(memberSentBefore).toBe(true);
		expect(report).toMatchObject({ acknowledged: 25, refused: 0 });
		// Each member went after its own citizen was acknowledged.
		const requestOf = (id: string) =>
			couch.bulkLog.findIndex((chunk) => chunk.some((doc) => doc._id === id));
		for (const a of await db.assessments.toArray())
			expect(requestOf(a._id)).toBeGreaterThan(requestOf(a.citizenId));
		expectBatchesComplete(couch);
	});

	it('a refused citizen’s member waits for the citizen’s answer, then stays on the tablet; the progress total drops it', async () => {
		const { db, couch, citizens, assessments } = await setup(6);
		couch.refuse = (doc) => (doc._id === citizens[5]._id ? 'Năm sinh không đúng' : null);
		const seen: { docsDone: number; docsTotal: number }[] = [];
		const report = await pushAll({ ...deps(db, couch), onProgress: (p) => seen.push(p) });
		expect(report).toMatchObject({ refused: 1, acknowledged: 5 + 5 + 1 });
		expect(couch.bulkLog.flat().some((d) => d._id === assessments[5]._id)).toBe(false);
		expect(await db.assessments.get(assessments[5]._id)).toMatchObject({
			status: 'ready',
			dirty: 1
		});
		expect(seen.at(-1)).toMatchObject({ docsDone: 12, docsTotal: 12 });
		expectBatchesComplete(couch);
	});

	it('reports progress in documents and bytes, ending at the total', async () => {
		const { db, couch } = await setup(5);
		const seen: { docsDone: number; docsTotal: number; bytesDone: number; bytesTotal: number }[] =
			[];
		await pushAll({ ...deps(db, couch), onProgress: (p) => seen.push(p) });
		const last = seen.at(-1)!;
		expect(last.docsDone).toBe(11);
		expect(last.docsTotal).toBe(11);
		expect(last.bytesDone).toBe(last.bytesTotal);
		expect(seen.map((p) => p.docsDone)).toEqual(
			[...seen.map((p) => p.docsDone)].sort((a, b) => a - b)
		);
	});

	it('an answer lost after the server wrote the chunk: the resend adopts the server’s revisions, nothing doubles', async () => {
		const { db, couch } = await setup(6);
		couch.faults = [
			{ when: 'before', kind: 'network' },
			{ when: 'after', kind: 'network' }
		];
		const report = await pushAll(deps(db, couch));
		expect(report.refused).toBe(0);
		expect(couch.docs(REMOTE)).toHaveLength(13);
		expect(couch.docs(REMOTE).every((d) => d._rev!.startsWith('1-'))).toBe(true);
		expect(
			(await db.assessments.toArray()).every((a) => a.dirty === 0 && a.status === 'sent')
		).toBe(true);
		expectBatchesComplete(couch);
	});

	it('gives up after repeated failures, marking nothing it was not told about, and the next run finishes', async () => {
		const { db, couch } = await setup(6);
		const d = deps(db, couch);
		couch.faults = [
			{ when: 'after', kind: 'network' },
			{ when: 'before', kind: 'server' },
			{ when: 'after', kind: 'network' }
		];
		await expect(pushAll(d)).rejects.toMatchObject({ kind: 'network' });
		expect(d.chunker.state.maxDocs).toBeLessThan(small.maxDocs);
		const unsent = await db.assessments.where('dirty').equals(1).count();
		expect(unsent).toBe(6);
		await pushAll(d);
		expect(couch.docs(REMOTE)).toHaveLength(13);
		expect(await db.batches.count()).toBe(1);
		expectBatchesComplete(couch);
	});

	it('a document refused in the middle of a chunk stays on the tablet, marked; its batch goes without it', async () => {
		const { db, couch, assessments } = await setup(4);
		const bad = assessments[1]._id;
		couch.refuse = (doc) =>
			doc._id === bad ? 'Kết quả không khớp với kết quả tính lại từ câu trả lời (result)' : null;
		const report = await pushAll(deps(db, couch, { ...small, maxDocs: 10 }));
		expect(report.refused).toBe(1);
		const kept = (await db.assessments.get(bad))!;
		expect(kept).toMatchObject({
			status: 'ready',
			dirty: 1,
			syncError: { reason: expect.stringContaining('Kết quả') }
		});
		expect(kept.batchId).toBeUndefined();
		const batch = couch.docs(REMOTE).find((d) => d.type === 'batch')!;
		expect(batch.assessmentIds).not.toContain(bad);
		expect(batch.count).toBe(3);
		expectBatchesComplete(couch);
		// Not sent again as it is; sent again once the officer fixed it.
		couch.refuse = () => null;
		couch.bulkLog.length = 0;
		await pushAll(deps(db, couch));
		expect(couch.bulkLog.flat()).toHaveLength(0);
		await db.assessments.put(withAnswers(kept, 3, '2026-03-11T00:00:00.000Z'));
		await pushAll(deps(db, couch));
		expect(couch.docs(REMOTE).find((d) => d._id === bad)).toMatchObject({ status: 'sent' });
		expectBatchesComplete(couch);
	});

	it('a refused citizen holds back its assessment: no batch names a citizen the server lacks', async () => {
		const { db, couch, citizens, assessments } = await setup(3);
		couch.refuse = (doc) => (doc._id === citizens[0]._id ? 'Năm sinh không đúng' : null);
		await pushAll(deps(db, couch));
		expect(couch.docs(REMOTE).some((d) => d._id === assessments[0]._id)).toBe(false);
		expect(await db.assessments.get(assessments[0]._id)).toMatchObject({
			status: 'ready',
			dirty: 1
		});
		expect(couch.docs(REMOTE).find((d) => d.type === 'batch')!.count).toBe(2);
		expectBatchesComplete(couch);
	});

	it('the server refusing a whole request: halves down to the one document, marks it, sends the rest', async () => {
		const { db, couch, assessments } = await setup(4);
		const huge = assessments[2]._id;
		const real = couch.bulkDocs.bind(couch);
		couch.bulkDocs = async (name, items) => {
			if (items.some((i) => i.doc._id === huge)) {
				couch.stats.requests += 1;
				throw Object.assign(
					new (await import('$lib/net/failure')).CouchFailure('tooLarge', 'Dữ liệu quá lớn', 413)
				);
			}
			return real(name, items);
		};
		await pushAll(deps(db, couch));
		expect(await db.assessments.get(huge)).toMatchObject({
			dirty: 1,
			syncError: { reason: 'Dữ liệu quá lớn' }
		});
		expect(couch.docs(REMOTE).filter((d) => d.type === 'assessment')).toHaveLength(3);
		expectBatchesComplete(couch);
	});

	it('an expired session stops the run at once and marks nothing', async () => {
		const { db, couch } = await setup(3);
		couch.faults = [{ when: 'before', kind: 'auth' }];
		await expect(pushAll(deps(db, couch))).rejects.toMatchObject({ kind: 'auth' });
		expect(couch.docs(REMOTE)).toHaveLength(0);
		expect(await db.citizens.where('dirty').equals(1).count()).toBe(3);
	});

	it('an edit made while the chunk was on the wire stays unsent, on the new revision', async () => {
		const { db, couch, assessments } = await setup(1);
		const real = couch.bulkDocs.bind(couch);
		couch.bulkDocs = async (name, items) => {
			if (items.some((i) => i.doc.type === 'assessment'))
				await db.assessments.put(
					withAnswers(
						(await db.assessments.get(assessments[0]._id))!,
						10,
						'2026-03-12T00:00:00.000Z'
					)
				);
			return real(name, items);
		};
		await pushAll(deps(db, couch));
		const local = (await db.assessments.get(assessments[0]._id)) as AssessmentRecord;
		expect(local).toMatchObject({ dirty: 1, status: 'ready', _rev: expect.stringMatching(/^1-/) });
		expect(local.answers).not.toEqual(couch.docs(REMOTE).find((d) => d._id === local._id)!.answers);
	});

	it('a reviewer returned an assessment while the officer edited it: comment and status land, the edit is kept, nothing is resent', async () => {
		const { db, couch, assessments } = await setup(1);
		await pushAll(deps(db, couch));
		const onServer = couch.docs(REMOTE).find((d) => d._id === assessments[0]._id)!;
		const review = {
			by: 'duyet.p01',
			at: '2026-03-12T00:00:00.000Z',
			decision: 'returned',
			comment: 'Hỏi lại câu 3'
		};
		couch.put(REMOTE, { ...onServer, status: 'returned', review, history: [review] } as WireDoc);
		// Offline edit on the old revision, marked ready again.
		const local = (await db.assessments.get(assessments[0]._id))!;
		await db.assessments.put({
			...withAnswers(local, 2, '2026-03-13T00:00:00.000Z'),
			status: 'ready'
		});
		const report = await pushAll(deps(db, couch));
		expect(report.conflicts).toBe(1);
		const after = (await db.assessments.get(assessments[0]._id))!;
		expect(after).toMatchObject({
			status: 'returned',
			review,
			dirty: 1,
			_rev: expect.stringMatching(/^2-/)
		});
		expect(after.answers).toEqual(withAnswers(local, 2, 'x').answers);
		expect(couch.docs(REMOTE).find((d) => d._id === after._id)).toMatchObject({
			status: 'returned',
			_rev: after._rev
		});
		expect(await db.batches.where('status').equals('sending').count()).toBe(0);
	});
});

describe('a gateway that refuses a stale write before the store sees the conflict', () => {
	it('takes the refusal for a conflict when the server holds another revision, and settles it by rule', async () => {
		const { db, couch, assessments } = await setup(1);
		await pushAll(deps(db, couch));
		const onServer = couch.docs(REMOTE).find((d) => d._id === assessments[0]._id)!;
		const review = {
			by: 'duyet.p01',
			at: '2026-03-12T00:00:00.000Z',
			decision: 'returned',
			comment: 'Thiếu câu 4'
		};
		couch.put(REMOTE, { ...onServer, status: 'returned', review, history: [review] } as WireDoc);
		couch.refuse = (doc) => {
			const current = couch.db(REMOTE).get(doc._id)?.doc;
			return current && current._rev !== doc._rev
				? 'Cán bộ xã không được sửa phần duyệt (review)'
				: null;
		};
		const local = (await db.assessments.get(assessments[0]._id))!;
		await db.assessments.put({
			...withAnswers(local, 2, '2026-03-13T00:00:00.000Z'),
			status: 'ready'
		});
		const report = await pushAll(deps(db, couch));
		expect(report).toMatchObject({ refused: 0, conflicts: 1 });
		const after = (await db.assessments.get(local._id))!;
		expect(after).toMatchObject({ status: 'returned', review, dirty: 1 });
		expect(after.syncError).toBeUndefined();
	});

	it('a refusal of the revision the server still holds is final', async () => {
		const { db, couch, assessments } = await setup(1);
		couch.refuse = (doc) => (doc.type === 'assessment' ? 'Kết quả không khớp' : null);
		expect(await pushAll(deps(db, couch))).toMatchObject({ refused: 1, conflicts: 0 });
		expect(await db.assessments.get(assessments[0]._id)).toMatchObject({
			syncError: { reason: 'Kết quả không khớp' }
		});
	});
});

describe('pushAll under random faults (in memory; the real line is in tests/integration)', () => {
	it.each(Array.from({ length: 20 }, (_, seed) => seed))(
		'seed %i: after the faults stop, one more run makes the server equal the tablet',
		async (seed) => {
			let x = seed * 7919 + 1;
			const random = () => (x = (x * 48271) % 2147483647) / 2147483647;
			const { db, couch } = await setup(12);
			const d = deps(db, couch);
			couch.refuse = (doc) =>
				doc._id.endsWith('7') && doc.type === 'assessment' ? 'bị từ chối' : null;
			for (let round = 0; round < 4; round++) {
				couch.faults = Array.from(
					{ length: 6 },
					() =>
						({
							when: random() < 0.5 ? 'before' : 'after',
							kind: random() < 0.8 ? 'network' : 'server'
						}) as const
				);
				await pushAll(d).catch(() => undefined);
				if (round === 1) {
					// The officer records more work between tries.
					const more = makeWork(3, { from: 100 + seed * 10 });
					await db.citizens.bulkAdd(more.citizens);
					await db.assessments.bulkAdd(more.assessments);
				}
			}
			couch.faults = [];
			await pushAll(d);
			const server = new Map(couch.docs(REMOTE).map((doc) => [doc._id, doc]));
			for (const a of await db.assessments.toArray()) {
				if (a.syncError) expect(server.has(a._id)).toBe(false);
				else
					expect(server.get(a._id)).toMatchObject({
						_rev: a._rev,
						status: 'sent',
						batchId: a.batchId,
						answers: a.answers
					});
			}
			for (const c of await db.citizens.toArray()) expect(server.get(c._id)?._rev).toBe(c._rev);
			const localBatches = await db.batches.toArray();
			expect(
				localBatches.every((b) => b.status === 'sent' && server.get(b._id)?._rev === b._rev)
			).toBe(true);
			expect(server.size).toBe(
				(await db.citizens.count()) +
					(await db.assessments.where('dirty').equals(0).count()) +
					localBatches.length
			);
			// Every document was written once: no revision beyond the first.
			expect([...server.values()].every((doc) => doc._rev!.startsWith('1-'))).toBe(true);
			expectBatchesComplete(couch);
		}
	);
});
