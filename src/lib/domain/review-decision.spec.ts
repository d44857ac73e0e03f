import { describe, expect, it } from 'vitest';
import type { Assessment } from './assessment.schema';
import { defaultCriteriaSet } from './criteria-default';
import { demoOrgUnits } from './demo-data';
import { communeDbName } from './ids';
import { applyDecision, batchState, decisionProblem } from './review-decision';
import { orgIndex } from './scope';
import { sampleAssessment } from './test-docs';
import { checkWrite } from './write-rules';

const sent = sampleAssessment('citizen:C01:01J0000000000000000000000B', {
	_id: 'assessment:C01:01J0000000000000000000000A',
	_rev: '2-abc',
	batchId: 'batch:C01:01J0000000000000000000000C'
});
const reviewer = { name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] };
const org = orgIndex(demoOrgUnits);
const gateway = (doc: Assessment, previous: Assessment) =>
	checkWrite({
		user: reviewer,
		dbName: communeDbName('C01'),
		doc,
		previous,
		org,
		criteriaSet: defaultCriteriaSet,
		refs: () => null
	});

describe('decisionProblem', () => {
	const rows: {
		name: string;
		status: Assessment['status'];
		decision: 'recognised' | 'returned' | 'rejected';
		comment?: string;
		problem: string | null;
	}[] = [
		{
			name: 'recognising a sent assessment needs no comment',
			status: 'sent',
			decision: 'recognised',
			problem: null
		},
		{
			name: 'returning needs a comment',
			status: 'sent',
			decision: 'returned',
			problem: 'comment_required'
		},
		{
			name: 'a comment of spaces is no comment',
			status: 'sent',
			decision: 'returned',
			comment: '   ',
			problem: 'comment_required'
		},
		{
			name: 'rejecting needs a reason',
			status: 'sent',
			decision: 'rejected',
			problem: 'comment_required'
		},
		{
			name: 'rejecting with a reason',
			status: 'sent',
			decision: 'rejected',
			comment: 'Chưa đủ 16 tuổi',
			problem: null
		},
		{
			name: 'a comment over 1000 characters is refused',
			status: 'sent',
			decision: 'returned',
			comment: 'x'.repeat(1001),
			problem: 'comment_too_long'
		},
		{
			name: 'a draft is not the reviewer’s',
			status: 'draft',
			decision: 'recognised',
			problem: 'not_decidable'
		},
		{
			name: 'a returned one may still be recognised (a change of mind, kept in the history)',
			status: 'returned',
			decision: 'recognised',
			problem: null
		},
		{
			name: 'recognising the recognised again adds nothing',
			status: 'recognised',
			decision: 'recognised',
			problem: 'same_decision'
		}
	];
	for (const row of rows)
		it(row.name, () => {
			const doc = {
				...sent,
				status: row.status,
				...(row.status === 'recognised'
					? { review: { by: 'x', at: sent.assessedAt, decision: 'recognised' as const } }
					: {})
			};
			expect(decisionProblem(doc, { decision: row.decision, comment: row.comment })).toBe(
				row.problem
			);
		});
});

describe('applyDecision', () => {
	it('sets status, review and the first history entry, and the gateway accepts it from the reviewer', () => {
		const next = applyDecision(sent, {
			decision: 'returned',
			by: 'duyet.p01',
			at: '2026-03-05T09:00:00.000Z',
			comment: '  Kiểm tra lại năm sinh '
		});
		const entry = {
			by: 'duyet.p01',
			at: '2026-03-05T09:00:00.000Z',
			decision: 'returned',
			comment: 'Kiểm tra lại năm sinh'
		};
		expect(next).toMatchObject({
			status: 'returned',
			review: entry,
			history: [entry],
			updatedAt: entry.at,
			_rev: sent._rev,
			answers: sent.answers
		});
		expect(gateway(next, sent)).toMatchObject({ ok: true });
	});

	it('appends to the history: the earlier decision stays, and the gateway accepts the change', () => {
		const returned = applyDecision(sent, {
			decision: 'returned',
			by: 'duyet.d01',
			at: '2026-03-05T09:00:00.000Z',
			comment: 'Sai thôn'
		});
		const resent = { ...returned, status: 'sent' as const };
		const recognised = applyDecision(resent, {
			decision: 'recognised',
			by: 'duyet.p01',
			at: '2026-04-01T10:00:00.000Z'
		});
		expect(recognised.history!.map((h) => [h.by, h.decision])).toEqual([
			['duyet.d01', 'returned'],
			['duyet.p01', 'recognised']
		]);
		expect(recognised.review).toEqual({
			by: 'duyet.p01',
			at: '2026-04-01T10:00:00.000Z',
			decision: 'recognised'
		});
		expect(gateway(recognised, resent)).toMatchObject({ ok: true });
	});

	it('does not change the document it was given', () => {
		const copy = structuredClone(sent);
		applyDecision(sent, {
			decision: 'recognised',
			by: 'duyet.p01',
			at: '2026-03-05T09:00:00.000Z'
		});
		expect(sent).toEqual(copy);
	});

	it('throws on a decision with a problem', () => {
		expect(() =>
			applyDecision(sent, { decision: 'rejected', by: 'duyet.p01', at: '2026-03-05T09:00:00.000Z' })
		).toThrow(/comment_required/);
	});
});

describe('batchState', () => {
	const rows: { counts: Record<string, number>; state: string }[] = [
		{ counts: { sent: 5 }, state: 'new' },
		{ counts: { sent: 3, recognised: 2 }, state: 'in_review' },
		{ counts: { sent: 1, returned: 1 }, state: 'in_review' },
		{ counts: { recognised: 4, rejected: 1 }, state: 'done' },
		{ counts: { returned: 2 }, state: 'done' },
		{ counts: {}, state: 'done' }
	];
	for (const row of rows)
		it(`${JSON.stringify(row.counts)} → ${row.state}`, () =>
			expect(batchState(row.counts)).toBe(row.state));
});
