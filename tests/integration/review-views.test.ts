// Issue #5 against the real server: the reviewer's views count generated data right, the inbox,
// batch flags and recognised list read through /couch, decisions go through the queue with the
// sync transport, and reviewers outside a commune's scope are refused (reads and decisions).
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Batch } from '../../src/lib/domain/assessment.schema';
import {
	defaultCriteriaSet,
	GROUP_COMMUNITY,
	GROUP_FARMERS,
	GROUP_OFFICIALS
} from '../../src/lib/domain/criteria-default';
import { applicableIndicators, score } from '../../src/lib/domain/scoring';
import { communeDbName, newDocId } from '../../src/lib/domain/ids';
import { applyDecision } from '../../src/lib/domain/review-decision';
import { loadBatch } from '../../src/lib/review/batch';
import { loadConfig, reviewerCommunes, type ReviewConfig } from '../../src/lib/review/config';
import { createCouch, fetchWithCookie, type Couch } from '../../src/lib/net/couch';
import { ReviewDatabase } from '../../src/lib/review/decision-db';
import { enqueue, flush } from '../../src/lib/review/decisions';
import { filterInbox, loadInbox } from '../../src/lib/review/inbox';
import { loadRecognised } from '../../src/lib/review/recognised';
import { CountsCache, loadReport } from '../../src/lib/review/report-load';
import { assessment, citizen } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

let h: Harness;
let cookies: Record<DemoName, string>;
let config: ReviewConfig;
const C01 = communeDbName('C01');
const C03 = communeDbName('C03');
const GROUPS = [GROUP_FARMERS, GROUP_OFFICIALS, GROUP_COMMUNITY];
const as = (name: DemoName): Couch =>
	createCouch({ baseUrl: h.couch, fetch: fetchWithCookie(cookies[name]) });

/** What an officer's tablet sends: citizens, their assessments, the batch last. */
async function send(
	officer: DemoName,
	communeId: string,
	people: { name: string; birthYear: number; month: number; period?: number }[]
) {
	// The gateway refuses an assessment of someone under age when it is written; an under-age one
	// reaches the reviewer when the officer corrects the birth year afterwards: written so here.
	const citizens = people.map((p, i) =>
		citizen(communeId, {
			fullName: p.name,
			birthYear: Math.min(p.birthYear, 2000),
			group: GROUPS[i % GROUPS.length]
		})
	);
	const batchId = newDocId('batch', communeId);
	const assessments = people.map((p, i) =>
		assessment(communeId, {
			citizenId: citizens[i]._id,
			group: GROUPS[i % GROUPS.length],
			period: p.period ?? 2026,
			assessedAt: `${p.period ?? 2026}-${String(p.month).padStart(2, '0')}-10T03:00:00.000Z`,
			batchId
		})
	);
	// fixtures' assessment() answers the farmers' form: answer and score each one's own group's.
	for (const a of assessments) {
		a.answers = Object.fromEntries(
			applicableIndicators(defaultCriteriaSet, a.group).map((i) => [i.id, i.options[0].key])
		);
		a.result = score(defaultCriteriaSet, a.group, a.answers);
	}
	const batch: Batch = {
		_id: batchId,
		type: 'batch',
		communeId,
		officer: officer,
		createdAt: '2026-03-10T03:00:00.000Z',
		sentAt: `2026-0${people[0].month}-11T03:00:00.000Z`,
		assessmentIds: assessments.map((a) => a._id),
		citizenIds: citizens.map((c) => c._id),
		count: assessments.length,
		status: 'sent'
	};
	const res = await h.request('POST', `/${communeDbName(communeId)}/_bulk_docs`, {
		cookie: cookies[officer],
		body: { docs: [...citizens, ...assessments, batch] }
	});
	expect(res.status, res.text).toBe(201);
	expect(
		res.body.every((r: { ok?: boolean }) => r.ok),
		res.text
	).toBe(true);
	const revs = new Map<string, string>(
		res.body.map((r: { id: string; rev: string }) => [r.id, r.rev])
	);
	for (const [i, p] of people.entries()) {
		if (p.birthYear === citizens[i].birthYear) continue;
		citizens[i] = { ...citizens[i], _rev: revs.get(citizens[i]._id), birthYear: p.birthYear };
		const fixed = await h.request(
			'PUT',
			`/${communeDbName(communeId)}/${encodeURIComponent(citizens[i]._id)}`,
			{ cookie: cookies[officer], body: citizens[i] }
		);
		expect(fixed.status, fixed.text).toBe(201);
	}
	return {
		batch,
		citizens,
		assessments: assessments.map((a) => ({ ...a, _rev: revs.get(a._id) }))
	};
}

let first: Awaited<ReturnType<typeof send>>;
let second: Awaited<ReturnType<typeof send>>;
let c03: Awaited<ReturnType<typeof send>>;

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
	config = await loadConfig(as('duyet.p01'));
	// C01: a first batch in March (5 people, one of 2025), a second in April with a twin of the
	// first batch's Nguyễn Văn An (spelt without accents) and a 14-year-old.
	first = await send('canbo.c01', 'C01', [
		{ name: 'Nguyễn Văn An', birthYear: 1962, month: 3 },
		{ name: 'Trần Thị Bình', birthYear: 1970, month: 3 },
		{ name: 'Lê Văn Cường', birthYear: 1985, month: 3 },
		{ name: 'Phạm Thị Dung', birthYear: 1990, month: 3 },
		{ name: 'Hoàng Văn Em', birthYear: 1955, month: 3, period: 2025 }
	]);
	second = await send('canbo.c01', 'C01', [
		{ name: 'nguyen van an', birthYear: 1962, month: 4 },
		{ name: 'Đỗ Minh Khang', birthYear: 2012, month: 4 },
		{ name: 'Vũ Thị Lan', birthYear: 1978, month: 4 }
	]);
	c03 = await send('canbo.c03', 'C03', [
		{ name: 'Bùi Văn Nam', birthYear: 1960, month: 5 },
		{ name: 'Ngô Thị Oanh', birthYear: 1966, month: 5 }
	]);
	// Decisions of the first batch, through the queue and the sync transport, as the screens send them.
	const db = new ReviewDatabase(`review-it-${crypto.randomUUID()}`);
	const [an, binh, cuong] = first.assessments;
	await enqueue(db, [
		{
			db: C01,
			doc: applyDecision(an, {
				decision: 'recognised',
				by: 'duyet.p01',
				at: '2026-05-20T18:00:00.000Z'
			})
		}, // 01:00 on 21 May in Vietnam
		{
			db: C01,
			doc: applyDecision(binh, {
				decision: 'recognised',
				by: 'duyet.p01',
				at: '2026-06-30T18:30:00.000Z'
			})
		}, // 1 July in Vietnam
		{
			db: C01,
			doc: applyDecision(cuong, {
				decision: 'returned',
				by: 'duyet.p01',
				at: '2026-05-21T03:00:00.000Z',
				comment: 'Kiểm tra lại nhóm'
			})
		}
	]);
	const transport = createCouch({ baseUrl: h.couch, fetch: fetchWithCookie(cookies['duyet.p01']) });
	const result = await flush(db, transport);
	expect(result).toMatchObject({ conflicts: [], refused: [] });
	expect(result.sent.size).toBe(3);
	await enqueue(db, [
		{
			db: C03,
			doc: applyDecision(c03.assessments[0], {
				decision: 'rejected',
				by: 'duyet.p01',
				at: '2026-05-22T03:00:00.000Z',
				comment: 'Đã chuyển đi nơi khác'
			})
		}
	]);
	expect((await flush(db, transport)).sent.size).toBe(1);
});
afterAll(() => h?.stop());

describe('report views', () => {
	it('count every status of the period per commune, with the legacy district’s commune under the province', async () => {
		const { report, fetched } = await loadReport(
			as('duyet.p01'),
			config,
			'P01',
			2026,
			new CountsCache()
		);
		expect(fetched).toBe(3);
		const row = Object.fromEntries(report.rows.map((r) => [r.id, r]));
		expect(row.C01).toMatchObject({
			assessed: 7,
			recognised: 2,
			returned: 1,
			rejected: 0,
			pending: 4,
			population: 4250
		});
		expect(row.C02).toMatchObject({ assessed: 0, population: 3150 });
		expect(row.D01).toMatchObject({ assessed: 2, rejected: 1, pending: 1, population: 2790 });
		expect(report.totals).toMatchObject({
			assessed: 9,
			recognised: 2,
			returned: 1,
			rejected: 1,
			pending: 5,
			population: 10190,
			target: 60
		});
		expect(report.totals.needed).toBe(Math.ceil(10190 * 0.6) - 2);
		// By group (GROUPS cycle) and by month of the decision in Vietnam's time, else of the assessment.
		expect(Object.fromEntries(report.groups.map((g) => [g.group, g.assessed]))).toEqual({
			[GROUP_FARMERS]: 4,
			[GROUP_OFFICIALS]: 3,
			[GROUP_COMMUNITY]: 2
		});
		const month = Object.fromEntries(report.months.map((m) => [m.month, m]));
		expect(month['2026-05']).toMatchObject({ recognised: 1, returned: 1, rejected: 1 });
		expect(month['2026-07']).toMatchObject({ recognised: 1, cumulative: 2 });
	});

	it('the other period counts only its own', async () => {
		const { report } = await loadReport(as('duyet.p01'), config, 'P01', 2025, new CountsCache());
		expect(report.totals).toMatchObject({
			assessed: 1,
			pending: 1,
			population: 4200 + 3100 + 2800
		});
	});

	it('a second run is answered from memory; a district reviewer gets only its commune', async () => {
		const cache = new CountsCache();
		await loadReport(as('duyet.p01'), config, 'P01', 2026, cache);
		expect(await loadReport(as('duyet.p01'), config, 'P01', 2026, cache)).toMatchObject({
			fetched: 0,
			cached: 3
		});
		const d01 = as('duyet.d01');
		const district = await loadConfig(d01);
		expect(
			reviewerCommunes(district, { name: 'duyet.d01', roles: ['reviewer', 'ou:D01'] })
		).toEqual(['C03']);
		expect(
			(await loadReport(d01, district, 'D01', 2026, new CountsCache())).report.totals
		).toMatchObject({ assessed: 2, rejected: 1 });
	});
});

describe('inbox and batch', () => {
	it('lists every batch in scope newest first, with its state from its members', async () => {
		const { rows, failed } = await loadInbox(
			as('duyet.p01'),
			reviewerCommunes(config, { name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] })
		);
		expect(failed).toEqual([]);
		expect(rows.map((r) => [r.communeId, r.batchId, r.state, r.count])).toEqual([
			['C03', c03.batch._id, 'in_review', 2],
			['C01', second.batch._id, 'new', 3],
			['C01', first.batch._id, 'in_review', 5]
		]);
		expect(rows[2].periods).toEqual([2025, 2026]);
		expect(filterInbox(rows, { communeId: 'C01', state: 'new' }).map((r) => r.batchId)).toEqual([
			second.batch._id
		]);
		expect(filterInbox(rows, { period: 2025 }).map((r) => r.batchId)).toEqual([first.batch._id]);
	});

	it('flags the twin across batches and the under-age citizen, and nothing else', async () => {
		const loaded = await loadBatch(as('duyet.p01'), config, second.batch._id);
		const flags = Object.fromEntries(
			loaded.items.map((i) => [i.citizen!.fullName, i.flags.map((f) => f.code)])
		);
		expect(flags).toEqual({
			'nguyen van an': ['possible_duplicate'],
			'Đỗ Minh Khang': ['under_age'],
			'Vũ Thị Lan': []
		});
		const twin = loaded.items.find((i) => i.citizen!.fullName === 'nguyen van an')!;
		expect(twin.twinNames).toEqual(['Nguyễn Văn An']);
		expect(loaded.missing).toEqual([]);
	});

	it('flags a stored result that the answers do not give (written around the gateway)', async () => {
		const target = second.assessments[2];
		const stored = (
			await h.request('GET', `/${C01}/${encodeURIComponent(target._id)}`, {
				cookie: cookies['quantri']
			})
		).body as Assessment;
		const forged = { ...stored, result: { ...stored.result, total: stored.result.total + 5 } };
		// Straight to the store as its server admin: what a client that bypasses the gateway could do.
		const res = await (
			await h.adminClient()
		).json('PUT', `/${C01}/${encodeURIComponent(target._id)}`, forged);
		expect(res.status).toBe(201);
		const loaded = await loadBatch(as('duyet.p01'), config, second.batch._id);
		expect(
			loaded.items.find((i) => i.assessment._id === target._id)!.flags.map((f) => f.code)
		).toEqual(['result_mismatch']);
	});

	it('lists the recognised citizens of a period by hamlet', async () => {
		const rows = await loadRecognised(as('duyet.p01'), 'C01', 2026);
		expect(rows.map((r) => [r.fullName, r.birthYear, r.by])).toEqual([
			['Nguyễn Văn An', 1962, 'duyet.p01'],
			['Trần Thị Bình', 1970, 'duyet.p01']
		]);
	});
});

describe('scope', () => {
	it('a reviewer outside the commune’s scope reads nothing of it', async () => {
		const d01 = as('duyet.d01');
		await expect(loadReport(d01, config, 'C01', 2026, new CountsCache())).rejects.toMatchObject({
			kind: 'forbidden'
		});
		await expect(loadBatch(d01, config, first.batch._id)).rejects.toMatchObject({
			kind: 'forbidden'
		});
	});

	it('a reviewer outside the commune’s scope cannot decide: the queue keeps it as refused, the server is unchanged', async () => {
		const target = first.assessments[3];
		const db = new ReviewDatabase(`review-it-${crypto.randomUUID()}`);
		await enqueue(db, [
			{
				db: C01,
				doc: applyDecision(target, {
					decision: 'recognised',
					by: 'duyet.d01',
					at: '2026-06-01T03:00:00.000Z'
				})
			}
		]);
		const result = await flush(
			db,
			createCouch({ baseUrl: h.couch, fetch: fetchWithCookie(cookies['duyet.d01']) })
		);
		expect(result.refused).toEqual([target._id]);
		expect((await db.decisions.get(target._id))?.state).toBe('refused');
		const server = (
			await h.request('GET', `/${C01}/${encodeURIComponent(target._id)}`, {
				cookie: cookies['quantri']
			})
		).body;
		expect(server).toMatchObject({ status: 'sent' });
		expect(server.review).toBeUndefined();
	});

	it('in scope, a decision signed with another reviewer’s name is refused; an officer cannot decide at all', async () => {
		const target = first.assessments[3];
		const path = `/${C01}/_bulk_docs`;
		const forged = applyDecision(target, {
			decision: 'recognised',
			by: 'duyet.d01',
			at: '2026-06-01T03:00:00.000Z'
		});
		const byOther = await h.request('POST', path, {
			cookie: cookies['duyet.p01'],
			body: { docs: [forged] }
		});
		expect(byOther.body[0]).toMatchObject({
			error: 'forbidden',
			reason: expect.stringContaining('review.by')
		});
		const officer = applyDecision(target, {
			decision: 'recognised',
			by: 'canbo.c01',
			at: '2026-06-01T03:00:00.000Z'
		});
		const byOfficer = await h.request('POST', path, {
			cookie: cookies['canbo.c01'],
			body: { docs: [officer] }
		});
		expect(byOfficer.body[0]).toMatchObject({ error: 'forbidden' });
	});

	it('two reviewers on one assessment: the second gets the first’s decision as a conflict, not an overwrite', async () => {
		const target = second.assessments[2];
		const current = (
			await h.request('GET', `/${C01}/${encodeURIComponent(target._id)}`, {
				cookie: cookies['duyet.p01']
			})
		).body as Assessment;
		const dbA = new ReviewDatabase(`review-it-${crypto.randomUUID()}`);
		const dbB = new ReviewDatabase(`review-it-${crypto.randomUUID()}`);
		await enqueue(dbA, [
			{
				db: C01,
				doc: applyDecision(current, {
					decision: 'returned',
					by: 'duyet.p01',
					at: '2026-06-02T03:00:00.000Z',
					comment: 'Thiếu thông tin'
				})
			}
		]);
		await enqueue(dbB, [
			{
				db: C01,
				doc: applyDecision(current, {
					decision: 'recognised',
					by: 'quantri',
					at: '2026-06-02T03:01:00.000Z'
				})
			}
		]);
		expect(
			(
				await flush(
					dbA,
					createCouch({ baseUrl: h.couch, fetch: fetchWithCookie(cookies['duyet.p01']) })
				)
			).sent.size
		).toBe(1);
		const late = await flush(
			dbB,
			createCouch({ baseUrl: h.couch, fetch: fetchWithCookie(cookies['quantri']) })
		);
		expect(late.conflicts).toEqual([target._id]);
		expect(await dbB.decisions.get(target._id)).toMatchObject({
			state: 'conflict',
			server: { status: 'returned', review: { by: 'duyet.p01' } }
		});
	});
});
