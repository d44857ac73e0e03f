import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { LocalDatabase } from '$lib/db/db';
import { freshDb } from '$lib/db/test-db';
import {
	finalizeBatch,
	MAX_BATCH_ASSESSMENTS,
	prepareBatches,
	unsentCitizens,
	unsentMembers,
	type OutboxContext
} from './outbox';
import { makeAssessment, makeCitizen, makeWork } from './test-fixtures';

function context(db: LocalDatabase): OutboxContext {
	let n = 0;
	return {
		db,
		communeId: 'C01',
		officer: 'canbo.c01',
		now: () => new Date('2026-03-10T00:00:00.000Z'),
		newBatchId: () => `batch:C01:B${++n}`
	};
}

async function seeded(n: number) {
	const db = freshDb();
	const work = makeWork(n);
	await db.citizens.bulkAdd(work.citizens);
	await db.assessments.bulkAdd(work.assessments);
	return { db, ...work };
}

describe('prepareBatches', () => {
	it('records a batch of the ready assessments before anything is sent; the members stay ready', async () => {
		const { db, assessments, citizens } = await seeded(3);
		const [batch] = await prepareBatches(context(db));
		expect(batch).toMatchObject({
			_id: 'batch:C01:B1',
			status: 'sending',
			dirty: 1,
			count: 3,
			officer: 'canbo.c01',
			communeId: 'C01'
		});
		expect(batch.assessmentIds).toEqual(assessments.map((a) => a._id));
		expect(batch.citizenIds).toEqual(citizens.map((c) => c._id));
		expect(await db.batches.count()).toBe(1);
		expect(
			(await db.assessments.toArray()).every((a) => a.status === 'ready' && a.batchId === undefined)
		).toBe(true);
	});

	it('a second call (a retry) returns the same batch, not a new one', async () => {
		const { db } = await seeded(3);
		const ctx = context(db);
		const first = await prepareBatches(ctx);
		const again = await prepareBatches(ctx);
		expect(again).toEqual(first);
		expect(await db.batches.count()).toBe(1);
	});

	it('an assessment marked ready later goes in a new batch', async () => {
		const { db, citizens } = await seeded(2);
		const ctx = context(db);
		await prepareBatches(ctx);
		await db.assessments.add(makeAssessment(citizens[0], 99));
		const batches = await prepareBatches(ctx);
		expect(batches.map((b) => b.assessmentIds.length)).toEqual([2, 1]);
	});

	it('leaves out drafts, other communes, and assessments held back by a refusal', async () => {
		const db = freshDb();
		const c = makeCitizen(1);
		await db.assessments.bulkAdd([
			makeAssessment(c, 1, { status: 'draft' }),
			{ ...makeAssessment(makeCitizen(2, { communeId: 'C02' }), 2) },
			{ ...makeAssessment(c, 3), syncError: { at: '2026-03-03T00:00:00.000Z', reason: 'x' } },
			{
				...makeAssessment(c, 4),
				syncError: { at: '2026-03-01T00:00:00.000Z', reason: 'fixed since' }
			},
			{ ...makeAssessment(c, 5), dirty: 0 }
		]);
		const [batch] = await prepareBatches(context(db));
		expect(batch.assessmentIds).toEqual(['assessment:C01:AS0000000004']);
	});

	it(`splits more than ${MAX_BATCH_ASSESSMENTS} ready assessments into several batches`, async () => {
		const { db } = await seeded(MAX_BATCH_ASSESSMENTS + 5);
		const batches = await prepareBatches(context(db));
		expect(batches.map((b) => b.count)).toEqual([MAX_BATCH_ASSESSMENTS, 5]);
	});
});

describe('members and citizens', () => {
	it('unsent citizens are the changed ones of this commune, not held back', async () => {
		const db = freshDb();
		await db.citizens.bulkAdd([
			makeCitizen(1),
			{ ...makeCitizen(2), dirty: 0 },
			makeCitizen(3, { communeId: 'C02' }),
			{ ...makeCitizen(4), syncError: { at: '2026-03-09T00:00:00.000Z', reason: 'conflict' } }
		]);
		expect((await unsentCitizens(db, 'C01')).map((c) => c._id)).toEqual([
			'citizen:C01:CZ0000000001'
		]);
	});

	it('a member waits until its citizen is on the server', async () => {
		const { db, citizens } = await seeded(2);
		const [batch] = await prepareBatches(context(db));
		expect(await unsentMembers(db, batch)).toEqual([]);
		await db.citizens.update(citizens[1]._id, { _rev: '1-x', dirty: 0 });
		expect((await unsentMembers(db, batch)).map((a) => a.citizenId)).toEqual([citizens[1]._id]);
	});

	it('counts citizens known to be on the server (acknowledged in this run, or about to go) without reading them', async () => {
		const { db, citizens } = await seeded(3);
		const [batch] = await prepareBatches(context(db));
		await db.citizens.update(citizens[2]._id, { _rev: '1-x', dirty: 0 });
		await db.citizens.delete(citizens[0]._id);
		// Known: taken as there, stored or not; the others are read: only one of them has a revision.
		expect(
			(await unsentMembers(db, batch, new Set([citizens[0]._id]))).map((a) => a.citizenId)
		).toEqual([citizens[0]._id, citizens[2]._id]);
		expect((await unsentMembers(db, batch, new Set())).map((a) => a.citizenId)).toEqual([
			citizens[2]._id
		]);
	});
});

describe('finalizeBatch', () => {
	it('keeps only the members the server holds under this batch, once, and fixes the document', async () => {
		const { db, assessments } = await seeded(3);
		const [batch] = await prepareBatches(context(db));
		await db.citizens.toCollection().modify({ _rev: '1-c', dirty: 0 });
		// Two acknowledged, one refused.
		await db.assessments.update(assessments[0]._id, {
			_rev: '1-a',
			dirty: 0,
			status: 'sent',
			batchId: batch._id
		});
		await db.assessments.update(assessments[2]._id, {
			_rev: '1-a',
			dirty: 0,
			status: 'sent',
			batchId: batch._id
		});
		await db.assessments.update(assessments[1]._id, {
			syncError: { at: '2026-03-05T00:00:00.000Z', reason: 'no' }
		});
		const final = await finalizeBatch(db, batch._id, new Date('2026-03-10T01:00:00.000Z'));
		expect(final).toMatchObject({
			count: 2,
			assessmentIds: [assessments[0]._id, assessments[2]._id],
			sentAt: '2026-03-10T01:00:00.000Z'
		});
		expect(final!.citizenIds).toEqual([assessments[0].citizenId, assessments[2].citizenId]);
		// A later call (a resend) gives the very same document.
		expect(await finalizeBatch(db, batch._id, new Date('2026-04-01T00:00:00.000Z'))).toEqual(final);
	});

	it('is not final while a member is still to send', async () => {
		const { db } = await seeded(1);
		const [batch] = await prepareBatches(context(db));
		await db.citizens.toCollection().modify({ _rev: '1-c', dirty: 0 });
		expect(await finalizeBatch(db, batch._id, new Date())).toBeNull();
		expect((await db.batches.get(batch._id))?.sentAt).toBeUndefined();
	});

	it('is final without a ready member whose citizen never reached the server: that member cannot go', async () => {
		const { db, assessments, citizens } = await seeded(2);
		const [batch] = await prepareBatches(context(db));
		await db.citizens.update(citizens[0]._id, { _rev: '1-c', dirty: 0 });
		await db.citizens.update(citizens[1]._id, {
			syncError: { at: '2026-03-05T00:00:00.000Z', reason: 'no' }
		});
		await db.assessments.update(assessments[0]._id, {
			_rev: '1-a',
			dirty: 0,
			status: 'sent',
			batchId: batch._id
		});
		const final = await finalizeBatch(db, batch._id, new Date('2026-03-10T01:00:00.000Z'));
		expect(final).toMatchObject({
			count: 1,
			assessmentIds: [assessments[0]._id],
			citizenIds: [citizens[0]._id]
		});
		// The other stays ready on the tablet, for a later batch once its citizen is fixed.
		expect(await db.assessments.get(assessments[1]._id)).toMatchObject({
			status: 'ready',
			dirty: 1
		});
	});

	it('removes a batch none of whose members got through', async () => {
		const { db, assessments } = await seeded(1);
		const [batch] = await prepareBatches(context(db));
		await db.assessments.update(assessments[0]._id, {
			syncError: { at: '2026-03-05T00:00:00.000Z', reason: 'no' }
		});
		expect(await finalizeBatch(db, batch._id, new Date())).toBeNull();
		expect(await db.batches.get(batch._id)).toBeUndefined();
		expect(await db.assessments.get(assessments[0]._id)).toBeDefined();
	});
});
