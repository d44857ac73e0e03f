import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDatabase } from '../../src/lib/db/db';
import type { AssessmentRecord } from '../../src/lib/db/records';
import { communeDbName } from '../../src/lib/domain/ids';
import { chooseVersion } from '../../src/lib/sync/conflict-choice';
import { SyncEngine } from '../../src/lib/sync/engine';
import { openConflicts } from '../../src/lib/sync/ledger';
import { makeWork, withAnswers } from '../../src/lib/sync/test-fixtures';
import { createCouch } from '../../src/lib/net/couch';
import type { WireDoc } from '../../src/lib/sync/wire';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';
import { compare, seed, serverDocs, tablet, withCookie, type Tablet } from './sync-tablet';

let h: Harness;
let cookies: Record<DemoName, string>;
const C01 = communeDbName('C01');
let from = 0;

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

/** A tablet with `n` new ready assessments (ids unique across the file's tests). */
async function tabletWith(n: number): Promise<{ t: Tablet; work: ReturnType<typeof makeWork> }> {
	const t = tablet(h, { cookie: cookies['canbo.c01'] });
	const work = makeWork(n, { from });
	from += n;
	await seed(t, work);
	return { t, work };
}

/** The reviewer decides over HTTP, as the review screens do. */
async function review(
	id: string,
	decision: 'recognised' | 'returned' | 'rejected',
	comment?: string
): Promise<WireDoc> {
	const path = `/${C01}/${encodeURIComponent(id)}`;
	const current = (await h.request('GET', path, { cookie: cookies['duyet.p01'] })).body as WireDoc;
	const entry = {
		by: 'duyet.p01',
		at: new Date().toISOString(),
		decision,
		...(comment ? { comment } : {})
	};
	const doc = {
		...current,
		status: decision,
		review: entry,
		history: [...((current.history as unknown[]) ?? []), entry]
	};
	const res = await h.request('PUT', path, { cookie: cookies['duyet.p01'], body: doc });
	expect(res.status, res.text).toBe(201);
	return (await h.request('GET', path, { cookie: cookies['duyet.p01'] })).body as WireDoc;
}

const local = async (t: Tablet, id: string) => (await t.db.assessments.get(id)) as AssessmentRecord;

describe('a reviewer decided while the officer edited', () => {
	it('returned: the comment and status land on the tablet, the officer’s answers are kept; fixed and resent, the server has them', async () => {
		const { t, work } = await tabletWith(1);
		const id = work.assessments[0]._id;
		expect(await t.engine.run()).toMatchObject({ ok: true });
		await review(id, 'returned', 'Hỏi lại câu về sử dụng điện thoại');
		// Offline, on the revision it knows, the officer changed answers and marked it ready again.
		const edited = {
			...withAnswers(await local(t, id), 1, '2026-03-20T00:00:00.000Z'),
			status: 'ready' as const
		};
		await t.db.assessments.put(edited);
		const run = await t.engine.run();
		expect(run).toMatchObject({ ok: true, push: { conflicts: 1 } });
		const after = await local(t, id);
		expect(after).toMatchObject({
			status: 'returned',
			review: { decision: 'returned', comment: 'Hỏi lại câu về sử dụng điện thoại' },
			dirty: 1
		});
		expect(after.answers).toEqual(edited.answers);
		// The officer reads the comment, checks, marks it ready: it goes in the next batch.
		await t.db.assessments.put({
			...after,
			status: 'ready',
			updatedAt: '2026-03-21T00:00:00.000Z'
		});
		expect(await t.engine.run()).toMatchObject({ ok: true, push: { refused: 0 } });
		const server = (await serverDocs(h, cookies.quantri)).get(id)!;
		expect(server).toMatchObject({
			status: 'sent',
			answers: edited.answers,
			review: { decision: 'returned' }
		});
		expect(server.batchId).not.toBe(work.assessments[0].batchId);
		expect(await compare(h, cookies.quantri, t)).toEqual([]);
	});

	it('recognised: the decision stands on the server and shows on the tablet; the officer’s edit is kept beside it', async () => {
		const { t, work } = await tabletWith(1);
		const id = work.assessments[0]._id;
		await t.engine.run();
		const decided = await review(id, 'recognised');
		const edited = {
			...withAnswers(await local(t, id), 2, '2026-03-20T00:00:00.000Z'),
			status: 'ready' as const
		};
		await t.db.assessments.put(edited);
		expect(await t.engine.run()).toMatchObject({ ok: true });
		expect(await local(t, id)).toMatchObject({
			status: 'recognised',
			dirty: 0,
			_rev: decided._rev
		});
		const [conflict] = await openConflicts(t.db);
		expect(conflict).toMatchObject({ id, kept: 'server', local: { answers: edited.answers } });
		expect((await serverDocs(h, cookies.quantri)).get(id)).toMatchObject({
			_rev: decided._rev,
			status: 'recognised',
			answers: work.assessments[0].answers
		});
		await chooseVersion(t.db, id, 'server', new Date().toISOString());
		expect(await openConflicts(t.db)).toEqual([]);
	});
});

describe('the same citizen edited on two tablets', () => {
	it('the second send is put before its officer with both versions; keeping theirs own sends it on the server’s revision', async () => {
		const { t: a, work } = await tabletWith(1);
		const id = work.citizens[0]._id;
		await a.engine.run();
		const b = tablet(h, { cookie: cookies['canbo.c01'] });
		await b.engine.run();
		expect(await b.db.citizens.get(id)).toMatchObject({ dirty: 0 });

		const onA = (await a.db.citizens.get(id))!;
		await a.db.citizens.put({
			...onA,
			household: 'Hộ ông Tư',
			updatedAt: '2026-03-20T00:00:00.000Z',
			dirty: 1
		});
		await a.engine.run();
		const onB = (await b.db.citizens.get(id))!;
		await b.db.citizens.put({
			...onB,
			phone: '0912345678',
			updatedAt: '2026-03-20T01:00:00.000Z',
			dirty: 1
		});
		expect(await b.engine.run()).toMatchObject({ ok: true, push: { conflicts: 1 } });

		const [conflict] = await openConflicts(b.db);
		expect(conflict).toMatchObject({
			id,
			kept: 'local',
			local: { phone: '0912345678' },
			server: { household: 'Hộ ông Tư' }
		});
		expect(await b.db.citizens.get(id)).toMatchObject({
			phone: '0912345678',
			dirty: 1,
			syncError: { reason: 'conflict' }
		});
		expect((await serverDocs(h, cookies.quantri)).get(id)).toMatchObject({
			household: 'Hộ ông Tư'
		});
		// Held back until the officer chooses: runs send nothing for it.
		expect(await b.engine.run()).toMatchObject({ ok: true, push: { acknowledged: 0 } });

		await chooseVersion(b.db, id, 'local', new Date().toISOString());
		expect(await b.engine.run()).toMatchObject({
			ok: true,
			push: { acknowledged: 1, conflicts: 0 }
		});
		const server = (await serverDocs(h, cookies.quantri)).get(id)!;
		expect(server).toMatchObject({ phone: '0912345678', _rev: expect.stringMatching(/^3-/) });
		// Tablet A learns of it on its next pull.
		await a.engine.run();
		expect(await a.db.citizens.get(id)).toMatchObject({ phone: '0912345678', dirty: 0 });
	});
});

describe('a schema refusal in the middle of a chunk', () => {
	it('the refused documents stay on the tablet with the server’s reason; the rest of the chunk is stored; the batch lacks only them', async () => {
		const { t, work } = await tabletWith(6);
		const badAssessment = work.assessments[2];
		await t.db.assessments.put({
			...badAssessment,
			result: { ...badAssessment.result, total: badAssessment.result.total + 7 }
		});
		const badCitizen = work.citizens[4];
		await t.db.citizens.put({ ...badCitizen, birthYear: 1800 });
		const run = await t.engine.run();
		expect(run).toMatchObject({ ok: true, push: { refused: 2 } });
		expect(await local(t, badAssessment._id)).toMatchObject({
			status: 'ready',
			dirty: 1,
			syncError: { reason: expect.stringMatching(/Kết quả/) }
		});
		expect(await t.db.citizens.get(badCitizen._id)).toMatchObject({
			dirty: 1,
			syncError: { reason: expect.stringMatching(/Năm sinh/) }
		});
		// The refused citizen's assessment waits with it, unsent, in no batch.
		expect(await local(t, work.assessments[4]._id)).toMatchObject({ status: 'ready', dirty: 1 });
		const server = await serverDocs(h, cookies.quantri);
		expect(server.has(badAssessment._id)).toBe(false);
		expect(server.has(badCitizen._id)).toBe(false);
		const batch = [...server.values()].find(
			(d) => d.type === 'batch' && (d.assessmentIds as string[]).includes(work.assessments[0]._id)
		)!;
		expect(batch.count).toBe(4);
		expect(await compare(h, cookies.quantri, t)).toEqual([]);
	});
});

describe('the session expired while the tablet was offline', () => {
	it('the queue waits untouched, the run says "sign in again"; after signing in it continues', async () => {
		const db = new LocalDatabase(`tablet-expired-${globalThis.crypto.randomUUID()}`);
		let cookie = 'AuthSession=expired';
		const transport = createCouch({
			baseUrl: h.couch,
			fetch: (input, init) => withCookie(cookie)(input, init)
		});
		const engine = new SyncEngine({
			transport,
			context: () => ({ db, communeId: 'C01', officer: 'canbo.c01' })
		});
		const work = makeWork(3, { from });
		from += 3;
		await db.citizens.bulkPut(work.citizens);
		await db.assessments.bulkPut(work.assessments);
		expect(await engine.run()).toMatchObject({ ok: false, kind: 'auth' });
		expect(await db.assessments.where('dirty').equals(1).count()).toBe(3);
		expect((await db.batches.toArray()).map((b) => b.count)).toEqual([3]);
		cookie = await h.signIn('canbo.c01');
		expect(await engine.run()).toMatchObject({ ok: true, push: { acknowledged: 7 } });
		expect(await db.assessments.where('dirty').equals(1).count()).toBe(0);
	});
});
