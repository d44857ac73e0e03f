import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '$lib/domain/assessment.schema';
import { defaultCriteriaSet, GROUP_FARMERS } from '$lib/domain/criteria-default';
import { applyDecision } from '$lib/domain/review-decision';
import { applicableIndicators, score } from '$lib/domain/scoring';
import { TestCouch } from '$lib/sync/test-couch';
import type { WireDoc } from '$lib/sync/wire';
import { ReviewDatabase } from './decision-db';
import { dismiss, enqueue, flush, withQueued } from './decisions';

const DB = 'cdht-c-c01';
const answers = Object.fromEntries(
	applicableIndicators(defaultCriteriaSet, GROUP_FARMERS).map((i) => [i.id, i.options[0].key])
);
const base = (n: number): Assessment => ({
	_id: `assessment:C01:01J00000000000000000000${String(n).padStart(3, '0')}`,
	type: 'assessment',
	citizenId: `citizen:C01:01J00000000000000000000${String(n).padStart(3, '0')}`,
	communeId: 'C01',
	hamletId: 'C01-H01',
	criteriaSetId: defaultCriteriaSet.slug,
	criteriaSetVersion: 1,
	period: 2026,
	group: GROUP_FARMERS,
	answers,
	result: score(defaultCriteriaSet, GROUP_FARMERS, answers),
	assessedBy: 'canbo.c01',
	assessedAt: '2026-03-01T08:00:00.000Z',
	updatedAt: '2026-03-01T08:00:00.000Z',
	status: 'sent',
	batchId: 'batch:C01:X'
});
const at = '2026-03-05T09:00:00.000Z';

let couch: TestCouch;
let db: ReviewDatabase;
let stored: Assessment[];

beforeEach(() => {
	couch = new TestCouch();
	db = new ReviewDatabase(`review-test-${crypto.randomUUID()}`);
	stored = [1, 2, 3].map(
		(n) => couch.put(DB, base(n) as unknown as WireDoc) as unknown as Assessment
	);
});

const recognise = (doc: Assessment, by = 'duyet.p01') =>
	applyDecision(doc, { decision: 'recognised', by, at });

describe('enqueue and flush', () => {
	it('writes the decisions, drops them from the queue and hands back the new revisions', async () => {
		await enqueue(
			db,
			stored.map((doc) => ({ db: DB, doc: recognise(doc) }))
		);
		expect(await db.decisions.count()).toBe(3);
		const result = await flush(db, couch);
		expect(result.sent.size).toBe(3);
		expect(await db.decisions.count()).toBe(0);
		const server = couch.docs(DB) as unknown as Assessment[];
		expect(server.map((d) => d.status)).toEqual(['recognised', 'recognised', 'recognised']);
		expect(server[0]._rev).toBe(result.sent.get(stored[0]._id)?._rev);
		expect(result.sent.get(stored[0]._id)).toEqual(server[0]);
		expect(couch.bulkLog).toHaveLength(1);
	});

	it('offline: the decision waits, untouched, and goes at the next flush', async () => {
		await enqueue(db, [{ db: DB, doc: recognise(stored[0]) }]);
		couch.faults.push({ when: 'before', kind: 'network' });
		expect((await flush(db, couch)).stopped).toBe('network');
		expect((await db.decisions.get(stored[0]._id))?.state).toBe('waiting');
		expect((await flush(db, couch)).sent.size).toBe(1);
		expect(await db.decisions.count()).toBe(0);
	});

	it('the answer lost after the write: the resend finds its own decision on the server, done, not written twice', async () => {
		await enqueue(db, [{ db: DB, doc: recognise(stored[0]) }]);
		couch.faults.push({ when: 'after', kind: 'network' });
		expect((await flush(db, couch)).stopped).toBe('network');
		const second = await flush(db, couch);
		expect([...second.sent.keys()]).toEqual([stored[0]._id]);
		expect(await db.decisions.count()).toBe(0);
		expect((couch.docs(DB)[0] as unknown as Assessment).history).toHaveLength(1);
	});

	it('someone else decided first: a 409 kept with the server’s version, never overwritten', async () => {
		couch.put(
			DB,
			applyDecision(stored[1], {
				decision: 'returned',
				by: 'duyet.d01',
				at,
				comment: 'Sai thôn'
			}) as unknown as WireDoc
		);
		await enqueue(db, [{ db: DB, doc: recognise(stored[1]) }]);
		const result = await flush(db, couch);
		expect(result.conflicts).toEqual([stored[1]._id]);
		const q = await db.decisions.get(stored[1]._id);
		expect(q).toMatchObject({
			state: 'conflict',
			server: { status: 'returned', review: { by: 'duyet.d01' } }
		});
		expect((couch.docs(DB)[1] as unknown as Assessment).status).toBe('returned');
		// Shown until the reviewer has read it; then the server's version is what counts.
		await dismiss(db, stored[1]._id);
		expect(await db.decisions.count()).toBe(0);
	});

	it('a refusal on the current revision is a refusal, with the server’s reason', async () => {
		couch.refuse = () => 'Bạn không có quyền ghi dữ liệu của đơn vị này';
		await enqueue(db, [{ db: DB, doc: recognise(stored[2]) }]);
		const result = await flush(db, couch);
		expect(result.refused).toEqual([stored[2]._id]);
		expect(await db.decisions.get(stored[2]._id)).toMatchObject({
			state: 'refused',
			reason: 'Bạn không có quyền ghi dữ liệu của đơn vị này'
		});
	});

	it('a second decision while the first waits builds on it: both reach the history', async () => {
		const first = applyDecision(stored[0], {
			decision: 'returned',
			by: 'duyet.p01',
			at,
			comment: 'Thiếu hộ'
		});
		await enqueue(db, [{ db: DB, doc: first }]);
		const second = applyDecision(first, {
			decision: 'recognised',
			by: 'duyet.p01',
			at: '2026-03-05T10:00:00.000Z'
		});
		await enqueue(db, [{ db: DB, doc: second }]);
		await flush(db, couch);
		const server = couch.docs(DB)[0] as unknown as Assessment;
		expect(server.history?.map((h) => h.decision)).toEqual(['returned', 'recognised']);
	});
});

describe('withQueued', () => {
	it('shows a waiting decision over the server’s version, and a conflict beside it', async () => {
		const decided = recognise(stored[0]);
		const waiting = new Map([
			[
				stored[0]._id,
				{ _id: stored[0]._id, db: DB, doc: decided, queuedAt: at, state: 'waiting' as const }
			]
		]);
		expect(withQueued(stored[0], waiting).doc.status).toBe('recognised');
		const conflict = new Map([
			[stored[0]._id, { ...waiting.get(stored[0]._id)!, state: 'conflict' as const }]
		]);
		expect(withQueued(stored[0], conflict)).toMatchObject({
			doc: { status: 'sent' },
			queued: { state: 'conflict' }
		});
	});
});
