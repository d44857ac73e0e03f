import { describe, expect, it } from 'vitest';
import type { Assessment, Batch } from './assessment.schema';
import { defaultCriteriaSet, GROUP_FARMERS } from './criteria-default';
import { demoOrgUnits } from './demo-data';
import { CONFIG_DB, communeDbName } from './ids';
import { orgIndex, type UserCtx } from './scope';
import { applicableIndicators, score } from './scoring';
import { sampleAnswers, sampleAssessment, sampleCitizen } from './test-docs';
import { checkWrite, criteriaSetDocIdOf, deepEqual, type WriteInput } from './write-rules';

const org = orgIndex(demoOrgUnits);
const C01 = communeDbName('C01');
const AT = '2026-03-01T08:00:00.000Z';

const officerC01: UserCtx = { name: 'canbo.c01', roles: ['officer', 'ou:C01'] };
const officerC02: UserCtx = { name: 'canbo.c02', roles: ['officer', 'ou:C02'] };
const reviewerP01: UserCtx = { name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] };
const reviewerD01: UserCtx = { name: 'duyet.d01', roles: ['reviewer', 'ou:D01'] };
const admin: UserCtx = { name: 'quantri', roles: ['admin', 'ou:P01'] };

const citizen = sampleCitizen();

const answers = sampleAnswers();
const sent = sampleAssessment(citizen._id, { _rev: '1-a' });
const review = { by: 'duyet.p01', at: AT, decision: 'recognised' as const };
const recognised: Assessment = { ...sent, status: 'recognised', review, history: [review] };
const batch: Batch = {
	_id: 'batch:C01:01J0000000000000000000000C',
	type: 'batch',
	communeId: 'C01',
	officer: 'canbo.c01',
	createdAt: AT,
	assessmentIds: [sent._id],
	citizenIds: [citizen._id],
	count: 1,
	status: 'sent'
};

const returnedReview = { ...review, decision: 'returned' as const, comment: 'Câu 1 chưa đúng' };
const returnedStored: Assessment = {
	...sent,
	_rev: '2-b',
	status: 'returned',
	review: returnedReview,
	history: [returnedReview]
};
const firstIndicator = applicableIndicators(defaultCriteriaSet, GROUP_FARMERS)[0];
const fixedAnswers = { ...answers, [firstIndicator.id]: firstIndicator.options[1].key };
const resentFixed: Assessment = {
	...returnedStored,
	status: 'sent',
	answers: fixedAnswers,
	result: score(defaultCriteriaSet, GROUP_FARMERS, fixedAnswers),
	returnedAnswers: answers
};

type Case = [
	string,
	Partial<WriteInput> & { user: UserCtx; doc: unknown },
	'ok' | 400 | 403,
	string?
];

const stored = new Map<string, Record<string, unknown>>([
	[citizen._id, citizen],
	[sent._id, sent]
]);
const run = (input: Partial<WriteInput> & { user: UserCtx; doc: unknown }) =>
	checkWrite({
		dbName: C01,
		previous: null,
		org,
		criteriaSet: defaultCriteriaSet,
		refs: (id) => stored.get(id) ?? null,
		now: new Date('2026-06-01T00:00:00Z'),
		...input
	});

describe('checkWrite', () => {
	const cases: Case[] = [
		// Officers: their own commune's records, never review fields, never a decision.
		['officer writes a citizen of its commune', { user: officerC01, doc: citizen }, 'ok'],
		['officer writes a batch of its commune', { user: officerC01, doc: batch }, 'ok'],
		[
			'officer writes an assessment with the recomputed result',
			{ user: officerC01, doc: sent },
			'ok'
		],
		['officer of another commune', { user: officerC02, doc: citizen }, 403, 'communeId'],
		[
			'officer puts a C02 record into C01',
			{
				user: officerC01,
				doc: { ...citizen, communeId: 'C02', _id: 'citizen:C02:01J0000000000000000000000A' }
			},
			403,
			'communeId'
		],
		[
			'officer: id and communeId disagree',
			{ user: officerC01, doc: { ...citizen, _id: 'citizen:C02:01J0000000000000000000000A' } },
			403,
			'_id'
		],
		[
			'officer sets a review',
			{ user: officerC01, doc: { ...sent, review }, previous: sent },
			403,
			'review'
		],
		[
			'officer rewrites history',
			{ user: officerC01, doc: { ...sent, history: [] }, previous: { ...sent, history: [review] } },
			403,
			'history'
		],
		[
			'officer sets recognised',
			{ user: officerC01, doc: { ...sent, status: 'recognised' }, previous: sent },
			403,
			'status'
		],
		[
			'officer creates a rejected assessment',
			{ user: officerC01, doc: { ...sent, status: 'rejected' } },
			403,
			'status'
		],
		[
			'officer edits a recognised assessment',
			{ user: officerC01, doc: { ...recognised, status: 'ready' }, previous: recognised },
			403,
			'status'
		],
		[
			'officer re-sends the stored version unchanged',
			{ user: officerC01, doc: recognised, previous: recognised },
			'ok'
		],
		[
			'officer moves returned → ready',
			{
				user: officerC01,
				doc: {
					...sent,
					status: 'ready',
					review: { ...review, decision: 'returned', comment: 'Thiếu' },
					history: []
				},
				previous: {
					...sent,
					status: 'returned',
					review: { ...review, decision: 'returned', comment: 'Thiếu' },
					history: []
				}
			},
			'ok'
		],
		// The answers as returned, kept for the reviewer's side by side: only ever the stored answers of a returned one.
		[
			'officer re-sends a fixed one with the answers as returned',
			{ user: officerC01, doc: resentFixed, previous: returnedStored },
			'ok'
		],
		[
			'officer keeps other answers than those returned',
			{
				user: officerC01,
				doc: { ...resentFixed, returnedAnswers: fixedAnswers },
				previous: returnedStored
			},
			403,
			'returnedAnswers'
		],
		[
			'officer sets returnedAnswers on one never returned',
			{
				user: officerC01,
				doc: { ...sent, status: 'ready', returnedAnswers: answers },
				previous: sent
			},
			403,
			'returnedAnswers'
		],
		[
			'officer creates an assessment carrying returnedAnswers',
			{ user: officerC01, doc: { ...sent, returnedAnswers: answers } },
			403,
			'returnedAnswers'
		],
		[
			'officer sends it again later, returnedAnswers unchanged',
			{
				user: officerC01,
				doc: { ...resentFixed, _rev: '3-c' },
				previous: { ...resentFixed, _rev: '3-c', status: 'ready' }
			},
			'ok'
		],
		[
			'officer drops returnedAnswers once sent again',
			{
				user: officerC01,
				doc: { ...resentFixed, returnedAnswers: undefined },
				previous: { ...resentFixed, status: 'ready' }
			},
			403,
			'returnedAnswers'
		],
		[
			'reviewer changes returnedAnswers',
			{
				user: reviewerP01,
				doc: {
					...resentFixed,
					status: 'recognised',
					review,
					history: [returnedReview, review],
					returnedAnswers: fixedAnswers
				},
				previous: resentFixed
			},
			403,
			'returnedAnswers'
		],
		[
			'reviewer recognises a re-sent one, returnedAnswers kept',
			{
				user: reviewerP01,
				doc: { ...resentFixed, status: 'recognised', review, history: [returnedReview, review] },
				previous: resentFixed
			},
			'ok'
		],
		[
			'officer deletes',
			{ user: officerC01, doc: { _id: citizen._id, _rev: '1-a', _deleted: true } },
			403,
			'_deleted'
		],
		[
			'officer writes cdht-config',
			{ user: officerC01, dbName: CONFIG_DB, doc: demoOrgUnits[0] },
			403,
			'_id'
		],
		[
			'officer writes a design document',
			{ user: officerC01, doc: { _id: '_design/x', validate_doc_update: 'function(){}' } },
			403,
			'_id'
		],
		// Every document passes its schema, whoever writes it.
		[
			'schema: empty name',
			{ user: officerC01, doc: { ...citizen, fullName: '' } },
			400,
			'fullName'
		],
		['schema: unknown type', { user: admin, doc: { _id: 'x:1', type: 'x' } }, 400, 'type'],
		['schema: not an object', { user: admin, doc: [1] }, 400],
		// The stored result is the recomputed one.
		[
			'result that does not match the answers',
			{
				user: officerC01,
				doc: { ...sent, result: { ...sent.result, total: 1, recognised: false } }
			},
			400,
			'result'
		],
		[
			'result against an unknown criteria set',
			{ user: officerC01, doc: sent, criteriaSet: null },
			400,
			'criteriaSetId'
		],
		[
			'criteria set of another version',
			{ user: officerC01, doc: { ...sent, criteriaSetVersion: 2 } },
			400,
			'criteriaSetId'
		],
		[
			'administrators are held to the result too',
			{ user: admin, doc: { ...sent, result: { ...sent.result, total: 1 } } },
			400,
			'result'
		],
		// Reviewers: decisions on assessments in their scope, nothing else.
		['reviewer recognises', { user: reviewerP01, doc: recognised, previous: sent }, 'ok'],
		[
			'reviewer returns with a comment',
			{
				user: reviewerP01,
				doc: {
					...sent,
					status: 'returned',
					review: { ...review, decision: 'returned', comment: 'Thiếu năm sinh' },
					history: [{ ...review, decision: 'returned', comment: 'Thiếu năm sinh' }]
				},
				previous: sent
			},
			'ok'
		],
		[
			'reviewer of another district',
			{ user: reviewerD01, doc: recognised, previous: sent },
			403,
			'communeId'
		],
		[
			'reviewer changes an answer',
			{
				user: reviewerP01,
				doc: { ...recognised, answers: { ...answers, 'doc-tin': 'chua' } },
				previous: sent
			},
			403,
			'answers'
		],
		[
			'reviewer changes the result',
			{
				user: reviewerP01,
				doc: { ...recognised, result: { ...sent.result, total: 0 } },
				previous: sent
			},
			403,
			'result'
		],
		[
			'reviewer changes citizen data',
			{ user: reviewerP01, doc: { ...citizen, fullName: 'Khác' }, previous: citizen },
			403,
			'type'
		],
		['reviewer creates an assessment', { user: reviewerP01, doc: recognised }, 403, '_id'],
		[
			'reviewer sets draft',
			{ user: reviewerP01, doc: { ...sent, status: 'draft' }, previous: sent },
			403,
			'status'
		],
		[
			'reviewer: status and decision disagree',
			{
				user: reviewerP01,
				doc: { ...recognised, status: 'rejected', review: { ...review, comment: 'x' } },
				previous: sent
			},
			403,
			'status'
		],
		[
			'reviewer signs as someone else',
			{
				user: reviewerP01,
				doc: {
					...recognised,
					review: { ...review, by: 'other' },
					history: [{ ...review, by: 'other' }]
				},
				previous: sent
			},
			403,
			'review.by'
		],
		[
			'reviewer drops history',
			{ user: reviewerP01, doc: { ...recognised, history: [] }, previous: recognised },
			403,
			'history'
		],
		[
			'reviewer deletes',
			{ user: reviewerP01, doc: { _id: sent._id, _rev: '1-a', _deleted: true } },
			403,
			'_deleted'
		],
		[
			'reviewer writes cdht-config',
			{ user: reviewerP01, dbName: CONFIG_DB, doc: demoOrgUnits[0] },
			403
		],
		// Administrators: everything valid, deletions included.
		['admin writes an org unit', { user: admin, dbName: CONFIG_DB, doc: demoOrgUnits[1] }, 'ok'],
		[
			'admin publishes a criteria set',
			{ user: admin, dbName: CONFIG_DB, doc: defaultCriteriaSet },
			'ok'
		],
		[
			'admin changes a published criteria set',
			{
				user: admin,
				dbName: CONFIG_DB,
				doc: { ...defaultCriteriaSet, _rev: '1-a', title: 'Khác' },
				previous: { ...defaultCriteriaSet, _rev: '1-a' }
			},
			403,
			'_id'
		],
		[
			'admin deletes a published criteria set',
			{
				user: admin,
				dbName: CONFIG_DB,
				doc: { _id: defaultCriteriaSet._id, _rev: '1-a', _deleted: true },
				previous: { ...defaultCriteriaSet, _rev: '1-a' }
			},
			403,
			'_id'
		],
		[
			'admin deletes',
			{ user: admin, doc: { _id: citizen._id, _rev: '1-a', _deleted: true } },
			'ok'
		],
		[
			'admin puts a citizen into cdht-config',
			{ user: admin, dbName: CONFIG_DB, doc: citizen },
			403,
			'type'
		],
		['admin puts an org unit into a commune', { user: admin, doc: demoOrgUnits[1] }, 403, 'type']
	];

	it.each(cases)('%s', (_name, input, expected, field) => {
		const verdict = run(input);
		if (expected === 'ok') {
			expect(verdict).toEqual({ ok: true, doc: input.doc });
			return;
		}
		expect(verdict.ok).toBe(false);
		if (verdict.ok) return;
		expect(verdict.status).toBe(expected);
		if (field !== undefined) {
			expect(verdict.issues.map((i) => i.path)).toContain(field);
			// The reason is readable and names the field.
			expect(verdict.reason).toContain(`(${field})`);
		}
	});

	it('words a schema refusal the way the form does', () => {
		const verdict = run({ user: officerC01, doc: { ...citizen, fullName: '' } });
		expect(verdict).toMatchObject({
			ok: false,
			reason: 'Họ và tên: Không được để trống (fullName)'
		});
		const english = run({ user: officerC01, doc: { ...citizen, fullName: '' }, lang: 'en' });
		expect(english).toMatchObject({ ok: false, reason: 'Full name: Must not be empty (fullName)' });
	});
});

describe('criteriaSetDocIdOf', () => {
	it('accepts a slug or a document id', () => {
		expect(criteriaSetDocIdOf({ criteriaSetId: 'cdht-324', criteriaSetVersion: 1 })).toBe(
			'criteriaSet:cdht-324:v1'
		);
		expect(
			criteriaSetDocIdOf({ criteriaSetId: 'criteriaSet:cdht-324:v2', criteriaSetVersion: 2 })
		).toBe('criteriaSet:cdht-324:v2');
	});
});

describe('deepEqual', () => {
	it.each([
		[{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
		[{ a: 1, b: undefined }, { a: 1 }, true],
		[[1, 2], [2, 1], false],
		[{ a: 1 }, { a: '1' }, false],
		[null, {}, false],
		[[], {}, false]
	])('%j = %j: %s', (a, b, expected) => {
		expect(deepEqual(a, b)).toBe(expected);
	});
});
