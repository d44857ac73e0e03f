import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markReady, reopen, saveAnswer } from '../../src/lib/db/assessments';
import { ensureBundledCriteria } from '../../src/lib/db/criteria';
import { defaultCriteriaSet } from '../../src/lib/domain/criteria-default';
import { communeDbName } from '../../src/lib/domain/ids';
import { changedSinceReturn, isResent } from '../../src/lib/domain/resent';
import { applicableIndicators } from '../../src/lib/domain/scoring';
import { toWire } from '../../src/lib/db/records';
import { makeWork } from '../../src/lib/sync/test-fixtures';
import type { WireDoc } from '../../src/lib/sync/wire';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';
import { compare, seed, serverDocs, tablet } from './sync-tablet';

// Issue 15.4: a returned assessment fixed on the tablet travels back with the answers as the
// reviewer returned them (`returnedAnswers`), so the reviewer sees it re-sent with what changed;
// the gateway keeps that field honest.

let h: Harness;
let cookies: Record<DemoName, string>;
const C01 = communeDbName('C01');
const path = (id: string) => `/${C01}/${encodeURIComponent(id)}`;

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

async function returnIt(id: string, comment: string): Promise<WireDoc> {
	const current = (await h.request('GET', path(id), { cookie: cookies['duyet.p01'] }))
		.body as WireDoc;
	const entry = { by: 'duyet.p01', at: new Date().toISOString(), decision: 'returned', comment };
	const res = await h.request('PUT', path(id), {
		cookie: cookies['duyet.p01'],
		body: { ...current, status: 'returned', review: entry, history: [entry] }
	});
	expect(res.status, res.text).toBe(201);
	return (await h.request('GET', path(id), { cookie: cookies['duyet.p01'] })).body as WireDoc;
}

describe('a returned assessment, fixed and sent again', () => {
	it('reaches the server with the answers as returned; the reviewer sees it re-sent and what changed', async () => {
		const t = tablet(h, { cookie: cookies['canbo.c01'] });
		await ensureBundledCriteria(t.db);
		const work = makeWork(1, { from: 9000 });
		await seed(t, work);
		const id = work.assessments[0]._id;
		expect(await t.engine.run()).toMatchObject({ ok: true, push: { refused: 0 } });
		const returned = await returnIt(id, 'Hỏi lại câu đầu tiên');
		expect(await t.engine.run()).toMatchObject({ ok: true });
		expect(await t.db.assessments.get(id)).toMatchObject({ status: 'returned' });

		// The officer reopens it, changes one answer, marks it ready; the next run sends it.
		expect(await reopen(t.db, id)).toMatchObject({ ok: true });
		const first = applicableIndicators(defaultCriteriaSet, work.assessments[0].group)[0];
		const other = first.options.find(
			(o) => o.key !== (returned.answers as Record<string, string>)[first.id]
		)!;
		expect(await saveAnswer(t.db, id, first.id, other.key)).toMatchObject({ ok: true });
		expect(await markReady(t.db, id)).toMatchObject({ ok: true });
		expect(await t.engine.run()).toMatchObject({ ok: true, push: { refused: 0 } });

		const server = (await serverDocs(h, cookies.quantri)).get(id)!;
		expect(server).toMatchObject({
			status: 'sent',
			returnedAnswers: returned.answers,
			review: { decision: 'returned' }
		});
		const asReviewerSees = server as unknown as Parameters<typeof changedSinceReturn>[0] &
			Parameters<typeof isResent>[0];
		expect(isResent(asReviewerSees)).toBe(true);
		expect([...changedSinceReturn(asReviewerSees)]).toEqual([first.id]);
		expect(await compare(h, cookies.quantri, t)).toEqual([]);

		// The reviewer recognises it; the answers as returned stay as they were.
		const entry = { by: 'duyet.p01', at: new Date().toISOString(), decision: 'recognised' };
		const decided = {
			...server,
			status: 'recognised',
			review: entry,
			history: [...(server.history as unknown[]), entry]
		};
		expect(
			(await h.request('PUT', path(id), { cookie: cookies['duyet.p01'], body: decided })).status
		).toBe(201);
	});

	it('the gateway refuses answers "as returned" that are not the ones returned, saying why', async () => {
		const t = tablet(h, { cookie: cookies['canbo.c01'] });
		const work = makeWork(1, { from: 9100 });
		await seed(t, work);
		const id = work.assessments[0]._id;
		await t.engine.run();
		const returned = await returnIt(id, 'Sai nhóm');
		const forged = {
			...returned,
			status: 'ready',
			returnedAnswers: { ...(returned.answers as Record<string, string>), x: 'y' }
		};
		const res = await h.request('PUT', path(id), { cookie: cookies['canbo.c01'], body: forged });
		expect(res.status).toBe(403);
		expect(res.body).toMatchObject({
			error: 'forbidden',
			reason:
				'Câu trả lời lúc bị trả lại: Chỉ được giữ đúng các câu trả lời lúc phiếu bị trả lại (returnedAnswers)'
		});
		// On a first send it cannot be there at all.
		const fresh = makeWork(1, { from: 9200 });
		const bulk = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: cookies['canbo.c01'],
			body: {
				docs: [
					toWire(fresh.citizens[0]),
					{ ...toWire(fresh.assessments[0]), returnedAnswers: fresh.assessments[0].answers }
				]
			}
		});
		expect(bulk.body.map((r: { ok?: boolean; error?: string }) => r.ok ?? r.error)).toEqual([
			true,
			'forbidden'
		]);
	});
});
