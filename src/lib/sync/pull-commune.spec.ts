import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toWire, type AssessmentRecord } from '$lib/db/records';
import { freshDb } from '$lib/db/test-db';
import { checkpointKey, pullAll } from './checkpoint';
import { openConflicts } from './ledger';
import { communeApplier } from './pull-commune';
import { TestCouch } from './test-couch';
import { makeAssessment, makeCitizen, withAnswers } from './test-fixtures';
import type { WireDoc } from './wire';

const REMOTE = 'cdht-c-c01';
const now = () => new Date('2026-03-20T00:00:00.000Z');
const wire = (r: object) => toWire(r) as WireDoc;
const review = {
	by: 'duyet.p01',
	at: '2026-03-15T00:00:00.000Z',
	decision: 'returned' as const,
	comment: 'Kiểm tra lại năm sinh'
};

async function pull(db: ReturnType<typeof freshDb>, couch: TestCouch) {
	return pullAll({
		db,
		transport: couch,
		remoteDb: REMOTE,
		pageSize: 50,
		...communeApplier(db, REMOTE, now)
	});
}

describe('pulling the commune database', () => {
	it('a review decision lands on the sent assessment, with the comment; the checkpoint moves with it', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		const c = makeCitizen(1);
		const onServer = couch.put(REMOTE, {
			...wire(makeAssessment(c, 1)),
			status: 'sent',
			batchId: 'batch:C01:B1'
		});
		await db.assessments.put({
			...(onServer as unknown as AssessmentRecord),
			dirty: 0,
			wizardStep: 3
		});
		couch.put(REMOTE, { ...onServer, status: 'returned', review, history: [review] });
		await pull(db, couch);
		expect(await db.assessments.get(onServer._id)).toMatchObject({
			status: 'returned',
			review,
			dirty: 0,
			_rev: expect.stringMatching(/^2-/),
			wizardStep: 3
		});
		expect((await db.meta.get(checkpointKey(REMOTE)))?.value).toBe(2);
	});

	it('another tablet’s citizens arrive with their search keys', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		const c = couch.put(REMOTE, wire(makeCitizen(7)));
		await pull(db, couch);
		expect(await db.citizens.get(c._id)).toMatchObject({
			fullName: c.fullName,
			dirty: 0,
			searchKey: expect.any(String),
			nameWords: expect.any(Array)
		});
	});

	it('the tablet’s own writes coming back cost no fetch', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		const c = couch.put(REMOTE, wire(makeCitizen(7)));
		await db.citizens.put({ ...makeCitizen(7), _rev: c._rev, dirty: 0 });
		const before = couch.stats.requests;
		await pull(db, couch);
		expect(couch.stats.requests - before).toBe(1);
	});

	it('a returned assessment being fixed offline is not overwritten by a new decision on it: both versions are kept', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		const c = makeCitizen(1);
		const returned = couch.put(REMOTE, {
			...wire(makeAssessment(c, 1)),
			status: 'returned',
			batchId: 'batch:C01:B1',
			review,
			history: [review]
		});
		const fixing = withAnswers(
			{ ...(returned as unknown as AssessmentRecord), dirty: 0 },
			2,
			'2026-03-16T00:00:00.000Z'
		);
		await db.assessments.put(fixing);
		const recognised = {
			...review,
			decision: 'recognised' as const,
			comment: undefined,
			at: '2026-03-17T00:00:00.000Z'
		};
		couch.put(REMOTE, {
			...returned,
			status: 'recognised',
			review: recognised,
			history: [review, recognised]
		});
		await pull(db, couch);
		expect(await db.assessments.get(fixing._id)).toMatchObject({ status: 'recognised', dirty: 0 });
		const [conflict] = await openConflicts(db);
		expect(conflict).toMatchObject({
			id: fixing._id,
			kept: 'server',
			local: { answers: fixing.answers }
		});
	});

	it('a record with unsent changes survives the server deleting it; a clean one follows', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		const a = couch.put(REMOTE, wire(makeCitizen(1)));
		const b = couch.put(REMOTE, wire(makeCitizen(2)));
		await db.citizens.bulkPut([
			{ ...makeCitizen(1), _rev: a._rev, dirty: 1, updatedAt: '2026-03-19T00:00:00.000Z' },
			{ ...makeCitizen(2), _rev: b._rev, dirty: 0 }
		]);
		couch.put(REMOTE, { ...a, _deleted: true });
		couch.put(REMOTE, { ...b, _deleted: true });
		await pull(db, couch);
		expect(await db.citizens.get(a._id)).toBeDefined();
		expect(await db.citizens.get(b._id)).toBeUndefined();
	});
});
