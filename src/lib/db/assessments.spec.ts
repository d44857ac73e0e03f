import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCriteriaSet as set } from '$lib/domain/criteria-default';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { validateDocument } from '$lib/domain/schemas';
import { applicableIndicators, score } from '$lib/domain/scoring';
import {
	countByStatus,
	getAssessment,
	latestAssessments,
	listAssessments,
	listAssessmentsOfCitizen,
	markReady,
	reopen,
	saveAnswer,
	setWizardStep,
	startAssessment
} from './assessments';
import { saveCitizen } from './citizens';
import { ensureBundledCriteria } from './criteria';
import type { LocalDatabase } from './db';
import { ensureOrgUnits } from './org';
import { toWire, type AssessmentRecord, type CitizenRecord } from './records';
import { freshDb } from './test-db';

const ctx = { user: 'canbo.c01', communeId: 'C01' };
const farmerQuestions = applicableIndicators(set, 'nong-dan');

let db: LocalDatabase;
let citizen: CitizenRecord;

async function person(
	fullName: string,
	birthYear = 1958,
	group = 'nong-dan',
	hamletId = 'C01-H01'
) {
	const r = await saveCitizen(db, { fullName, birthYear, group, hamletId, gender: 'female' }, ctx);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.citizen;
}
async function started(c = citizen, period = 2026): Promise<AssessmentRecord> {
	const r = await startAssessment(db, c, set, period, ctx);
	if (!r.ok) throw new Error(r.reason.key);
	return r.assessment;
}
async function answerAll(
	id: string,
	pick: (options: { key: string }[]) => string = (o) => o[0].key
) {
	for (const i of farmerQuestions) await saveAnswer(db, id, i.id, pick(i.options));
}

beforeEach(async () => {
	db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
	citizen = await person('Nguyễn Thị Hoa');
});
afterEach(async () => {
	await db.delete();
});

describe('startAssessment', () => {
	it('creates a draft for the citizen’s group and hamlet, its result already computed and valid for the server', async () => {
		const a = await started();
		expect(a).toMatchObject({
			type: 'assessment',
			citizenId: citizen._id,
			communeId: 'C01',
			hamletId: 'C01-H01',
			criteriaSetId: set._id,
			criteriaSetVersion: 1,
			period: 2026,
			group: 'nong-dan',
			answers: {},
			assessedBy: 'canbo.c01',
			status: 'draft',
			dirty: 1,
			wizardStep: 0
		});
		expect(a._id).toMatch(/^assessment:C01:/);
		expect(a.result).toEqual(score(set, 'nong-dan', {}));
		expect(validateDocument(toWire(a))).toMatchObject({ ok: true });
	});

	it('resumes the draft of the same citizen and period instead of making a second one', async () => {
		const a = await started();
		const again = await startAssessment(db, citizen, set, 2026, ctx);
		expect(again).toMatchObject({ ok: true, resumed: true, assessment: { _id: a._id } });
		expect(await db.assessments.count()).toBe(1);
		// Another period is another assessment.
		expect(await startAssessment(db, citizen, set, 2025, ctx)).toMatchObject({
			ok: true,
			resumed: false
		});
	});

	it('two taps at once still make one assessment', async () => {
		const [x, y] = await Promise.all([
			startAssessment(db, citizen, set, 2026, ctx),
			startAssessment(db, citizen, set, 2026, ctx)
		]);
		expect(x.ok && y.ok && x.assessment._id === y.assessment._id).toBe(true);
		expect(await db.assessments.count()).toBe(1);
	});

	it.each([
		[
			'too young',
			2011,
			'nong-dan',
			{ key: 'elig.too_young', params: { age: 15, period: 2026, minAge: 16, birthYear: 2011 } }
		],
		['a birth year after the period', 2027, 'nong-dan', { key: 'elig.birth_year_after_period' }],
		['a group the set has no form for', 1958, 'khac', { key: 'assess.unknownGroup' }]
	])('refuses a citizen %s', async (_, birthYear, group, reason) => {
		const c = { ...citizen, birthYear, group };
		const r = await startAssessment(db, c, set, 2026, ctx);
		expect(r).toMatchObject({ ok: false, reason });
		expect(await db.assessments.count()).toBe(0);
	});

	it('refuses a citizen of another commune', async () => {
		expect(
			await startAssessment(db, { ...citizen, communeId: 'C02' }, set, 2026, ctx)
		).toMatchObject({
			ok: false,
			reason: { key: 'assess.citizenNotFound' }
		});
	});

	it('once sent, the period’s assessment is not started again; the sent one is handed back', async () => {
		const a = await started();
		await db.assessments.update(a._id, { status: 'sent' });
		expect(await startAssessment(db, citizen, set, 2026, ctx)).toMatchObject({
			ok: false,
			reason: { key: 'assess.alreadyAssessed', params: { period: 2026 } },
			assessment: { _id: a._id }
		});
	});
});

describe('saveAnswer', () => {
	it('stores the answer, recomputes the result, stamps and marks to send, keeps the wizard step', async () => {
		const a = await started();
		await db.assessments.update(a._id, { dirty: 0 });
		const r = await saveAnswer(db, a._id, 'doc-tin', 'thinh-thoang', 2);
		expect(r.ok).toBe(true);
		const b = await getAssessment(db, a._id);
		expect(b).toMatchObject({ answers: { 'doc-tin': 'thinh-thoang' }, dirty: 1, wizardStep: 2 });
		expect(b?.result).toEqual(score(set, 'nong-dan', { 'doc-tin': 'thinh-thoang' }));
		expect(b?.result.total).toBe(5);
		expect(b!.updatedAt >= a.updatedAt).toBe(true);
	});

	it('changes an answer, and clears it with null', async () => {
		const a = await started();
		await saveAnswer(db, a._id, 'doc-tin', 'thinh-thoang');
		await saveAnswer(db, a._id, 'doc-tin', 'thuong-xuyen');
		expect((await getAssessment(db, a._id))?.result.total).toBe(10);
		await saveAnswer(db, a._id, 'doc-tin', null);
		expect(await getAssessment(db, a._id)).toMatchObject({ answers: {}, result: { total: 0 } });
	});

	it.each([
		['an unknown assessment', 'assessment:C01:nope', 'doc-tin', 'thuong-xuyen', 'assess.notFound'],
		['a question of another group', null, 'hoc-o-truong', 'dat', 'assess.unknownIndicator'],
		['an unknown question', null, 'nope', 'dat', 'assess.unknownIndicator'],
		['an answer the question does not offer', null, 'doc-tin', 'dat', 'assess.unknownOption']
	])('refuses %s and changes nothing', async (_, id, indicator, option, key) => {
		const a = await started();
		expect(await saveAnswer(db, id ?? a._id, indicator, option)).toMatchObject({
			ok: false,
			reason: { key }
		});
		expect(await getAssessment(db, a._id)).toEqual(a);
	});

	it.each([
		['ready', 'assess.reopenFirst'],
		['returned', 'assess.reopenFirst'],
		['sent', 'assess.notEditable'],
		['recognised', 'assess.notEditable']
	] as const)('refuses to change a %s assessment', async (status, key) => {
		const a = await started();
		await db.assessments.update(a._id, { status });
		expect(await saveAnswer(db, a._id, 'doc-tin', 'chua')).toMatchObject({
			ok: false,
			reason: { key }
		});
	});

	it('says plainly when the criteria set of the assessment is not on the tablet', async () => {
		const a = await started();
		await db.assessments.update(a._id, { criteriaSetId: 'criteriaSet:other:v9' });
		expect(await saveAnswer(db, a._id, 'doc-tin', 'chua')).toMatchObject({
			ok: false,
			reason: { key: 'assess.criteriaMissing' }
		});
	});
});

describe('setWizardStep', () => {
	it('remembers the step without marking anything to send', async () => {
		const a = await started();
		await db.assessments.update(a._id, { dirty: 0 });
		await setWizardStep(db, a._id, 3);
		expect(await getAssessment(db, a._id)).toMatchObject({
			wizardStep: 3,
			dirty: 0,
			updatedAt: a.updatedAt
		});
	});
});

describe('markReady and reopen', () => {
	it('refuses while questions are unanswered, naming them', async () => {
		const a = await started();
		await saveAnswer(db, a._id, 'doc-tin', 'chua');
		const r = await markReady(db, a._id);
		expect(r).toMatchObject({
			ok: false,
			reason: { key: 'assess.unanswered', params: { count: farmerQuestions.length - 1 } }
		});
		expect(r.ok === false && 'unanswered' in r && r.unanswered).toEqual(
			farmerQuestions.slice(1).map((i) => i.id)
		);
		expect((await getAssessment(db, a._id))?.status).toBe('draft');
	});

	it.each([
		['every top answer: recognised', (o: { key: string }[]) => o[0].key, true],
		[
			'every lowest answer: complete, ready, not recognised',
			(o: { key: string }[]) => o[o.length - 1].key,
			false
		]
	])('all answered (%s) → ready', async (_, pick, recognised) => {
		const a = await started();
		await answerAll(a._id, pick);
		const r = await markReady(db, a._id);
		expect(r).toMatchObject({
			ok: true,
			assessment: { status: 'ready', dirty: 1, result: { recognised } }
		});
	});

	it('reopen takes a ready or returned assessment back to draft; sent ones stay', async () => {
		const a = await started();
		await answerAll(a._id);
		await markReady(db, a._id);
		expect(await reopen(db, a._id)).toMatchObject({ ok: true, assessment: { status: 'draft' } });
		expect((await saveAnswer(db, a._id, 'doc-tin', 'chua')).ok).toBe(true);
		await markReady(db, a._id);
		await db.assessments.update(a._id, { status: 'returned' });
		expect(await reopen(db, a._id)).toMatchObject({ ok: true, assessment: { status: 'draft' } });
		await db.assessments.update(a._id, { status: 'sent' });
		expect(await reopen(db, a._id)).toMatchObject({
			ok: false,
			reason: { key: 'assess.notEditable' }
		});
		expect(await markReady(db, a._id)).toMatchObject({
			ok: false,
			reason: { key: 'assess.notEditable' }
		});
	});

	it('reopening a returned one keeps its answers as returned (for the reviewer), through later reopenings', async () => {
		const a = await started();
		await answerAll(a._id);
		await markReady(db, a._id);
		expect(
			(await reopen(db, a._id)).ok && (await getAssessment(db, a._id))?.returnedAnswers
		).toBeUndefined();
		await markReady(db, a._id);
		await db.assessments.update(a._id, { status: 'returned' });
		const asReturned = { ...(await getAssessment(db, a._id))!.answers };
		await reopen(db, a._id);
		await saveAnswer(db, a._id, 'doc-tin', 'chua');
		await markReady(db, a._id);
		await reopen(db, a._id);
		const fixed = await getAssessment(db, a._id);
		expect(fixed?.returnedAnswers).toEqual(asReturned);
		expect(fixed?.answers['doc-tin']).toBe('chua');
		expect(asReturned['doc-tin']).not.toBe('chua');
	});

	it('a returned assessment the officer fixed goes straight back to ready', async () => {
		const a = await started();
		await answerAll(a._id);
		await db.assessments.update(a._id, { status: 'returned' });
		expect(await markReady(db, a._id)).toMatchObject({ ok: true, assessment: { status: 'ready' } });
	});
});

describe('countByStatus and lists', () => {
	it('counts every status of the commune, zeros included', async () => {
		const others = [
			await person('Lê Văn Tám'),
			await person('Trần Thị Mai'),
			await person('Phạm Văn Hùng')
		];
		await started();
		const r = await started(others[0]);
		await answerAll(r._id);
		await markReady(db, r._id);
		const s = await started(others[1]);
		await db.assessments.update(s._id, { status: 'recognised' });
		await started(others[2]);
		await db.assessments.add({
			...(await started(others[2], 2025)),
			_id: 'assessment:C02:X',
			communeId: 'C02'
		});
		expect(await countByStatus(db, 'C01')).toEqual({
			draft: 3,
			ready: 1,
			sent: 0,
			recognised: 1,
			returned: 0,
			rejected: 0
		});
	});

	it('lists the latest changed first, with the citizen’s name and hamlet, by status when asked', async () => {
		const mai = await person('Trần Thị Mai', 1970, 'cong-dong', 'C01-H02');
		const first = await started();
		await new Promise((r) => setTimeout(r, 5));
		const second = await started(mai);
		const all = await listAssessments(db, 'C01');
		expect(all.map((a) => [a._id, a.citizenName, a.citizenBirthYear, a.hamletName])).toEqual([
			[second._id, 'Trần Thị Mai', 1970, 'Thôn Tây'],
			[first._id, 'Nguyễn Thị Hoa', 1958, 'Thôn Đông']
		]);
		await new Promise((r) => setTimeout(r, 5));
		await saveAnswer(db, first._id, 'doc-tin', 'chua');
		expect((await listAssessments(db, 'C01', { limit: 1 })).map((a) => a._id)).toEqual([first._id]);
		await db.assessments.update(second._id, { status: 'returned' });
		expect((await listAssessments(db, 'C01', { status: 'returned' })).map((a) => a._id)).toEqual([
			second._id
		]);
		expect(await listAssessments(db, 'C02')).toEqual([]);
	});

	it('lists one citizen’s assessments, latest period first', async () => {
		await started(citizen, 2025);
		await started(citizen, 2026);
		expect((await listAssessmentsOfCitizen(db, citizen._id)).map((a) => a.period)).toEqual([
			2026, 2025
		]);
	});
});

describe('latestAssessments', () => {
	// Stored directly: the register meets whatever the tablet holds, pulled from other tablets too.
	const stored = (
		citizenId: string,
		n: number,
		period: number,
		updatedAt: string
	): AssessmentRecord => ({
		_id: `assessment:C01:L${String(n).padStart(4, '0')}`,
		type: 'assessment',
		citizenId,
		communeId: 'C01',
		hamletId: 'C01-H01',
		criteriaSetId: set._id,
		criteriaSetVersion: set.version,
		period,
		group: 'nong-dan',
		answers: {},
		result: score(set, 'nong-dan', {}),
		assessedBy: 'canbo.c01',
		assessedAt: updatedAt,
		updatedAt,
		status: 'draft',
		dirty: 1
	});
	const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T08:00:00.000Z`;

	it.each([
		['none', [], undefined],
		['the only one', [[2026, 1]], 0],
		[
			'the latest period, however old its last change',
			[
				[2025, 9],
				[2026, 1],
				[2024, 20]
			],
			1
		],
		[
			'of one period, the latest change',
			[
				[2026, 3],
				[2026, 7],
				[2026, 5]
			],
			1
		]
	] as const)('of each citizen: %s', async (_, rows, expected) => {
		const records = rows.map(([period, d], i) => stored(citizen._id, i, period, day(d)));
		// Another citizen's, later in every way, never taken for this one.
		await db.assessments.bulkAdd([...records, stored('citizen:C01:OTHER', 99, 2030, day(28))]);
		const latest = await latestAssessments(db, [citizen._id]);
		expect(latest.get(citizen._id)?._id).toBe(
			expected === undefined ? undefined : records[expected]._id
		);
		expect(latest.has('citizen:C01:OTHER')).toBe(false);
	});

	it('answers a page of citizens at once, each with its own, those without none, the same id asked twice once', async () => {
		const ids = Array.from({ length: 60 }, (_, i) => `citizen:C01:P${String(i).padStart(3, '0')}`);
		await db.assessments.bulkAdd(
			ids.flatMap((id, i) =>
				i % 3 === 0
					? []
					: [
							stored(id, 2 * i, 2025, day(1 + (i % 20))),
							stored(id, 2 * i + 1, 2026, day(1 + (i % 20)))
						]
			)
		);
		const latest = await latestAssessments(db, [...ids, ids[1]]);
		expect(latest.size).toBe(40);
		ids.forEach((id, i) =>
			expect(latest.get(id)?._id).toBe(
				i % 3 === 0 ? undefined : stored(id, 2 * i + 1, 2026, day(1))._id
			)
		);
		expect(await latestAssessments(db, [])).toEqual(new Map());
	});
});
