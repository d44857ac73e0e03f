import { describe, expect, it } from 'vitest';
import type { Batch } from './assessment.schema';
import type { Citizen } from './citizen.schema';
import { defaultCriteriaSet, GROUP_FARMERS } from './criteria-default';
import { demoOrgUnits } from './demo-data';
import { communeDbName } from './ids';
import { integrityIssue, type IntegrityInput } from './integrity';
import { orgIndex, type UserCtx } from './scope';
import { sampleAssessment, sampleCitizen } from './test-docs';
import { checkWrite } from './write-rules';

const NOW = new Date('2026-06-01T00:00:00.000Z');
const AT = '2026-03-01T08:00:00.000Z';
const other = defaultCriteriaSet.groups.find((g) => g.id !== GROUP_FARMERS)!.id;

const citizen = sampleCitizen();
const young: Citizen = {
	...citizen,
	_id: 'citizen:C01:01J0000000000000000000000Y',
	birthYear: 2015
};
const sent = sampleAssessment(citizen._id);
const batch: Batch = {
	_id: 'batch:C01:01J0000000000000000000000C',
	type: 'batch',
	communeId: 'C01',
	officer: 'canbo.c01',
	createdAt: AT,
	sentAt: AT,
	assessmentIds: [sent._id],
	citizenIds: [citizen._id],
	count: 1,
	status: 'sent'
};
const stored = new Map<string, Record<string, unknown>>(
	[citizen, young, sent].map((d) => [d._id, d])
);

type Case = [string, Partial<IntegrityInput> & Pick<IntegrityInput, 'doc'>, string | null];
const run = (input: Partial<IntegrityInput> & Pick<IntegrityInput, 'doc'>) =>
	integrityIssue({
		by: 'canbo.c01',
		admin: false,
		previous: null,
		criteriaSet: defaultCriteriaSet,
		refs: (id) => stored.get(id) ?? null,
		now: NOW,
		...input
	});

describe('integrityIssue', () => {
	const cases: Case[] = [
		['a citizen made by the signed-in officer', { doc: citizen }, null],
		['a citizen made in someone else’s name', { doc: citizen, by: 'canbo.c01b' }, 'createdBy'],
		[
			'createdBy rewritten later',
			{ doc: { ...citizen, createdBy: 'canbo.c01b' }, previous: citizen, by: 'canbo.c01b' },
			'createdBy'
		],
		[
			'another officer edits the citizen, createdBy kept',
			{ doc: { ...citizen, fullName: 'Nguyễn Văn Ân' }, previous: citizen, by: 'canbo.c01b' },
			null
		],
		[
			'an administrator writes on an officer’s behalf',
			{ doc: citizen, by: 'quantri', admin: true },
			null
		],
		[
			'a date from a reset clock (1970)',
			{ doc: { ...citizen, createdAt: '1970-01-01T00:00:00.000Z' } },
			'createdAt'
		],
		[
			'a date next year',
			{ doc: { ...citizen, updatedAt: '2027-01-01T00:00:00.000Z' } },
			'updatedAt'
		],
		[
			'a clock a day ahead is tolerated',
			{ doc: { ...citizen, updatedAt: '2026-06-02T00:00:00.000Z' } },
			null
		],
		[
			'an old stored date that the write keeps',
			{
				doc: { ...citizen, createdAt: '2019-01-01T00:00:00.000Z', fullName: 'X' },
				previous: { ...citizen, createdAt: '2019-01-01T00:00:00.000Z' }
			},
			null
		],
		['an assessment of a stored citizen', { doc: sent }, null],
		[
			'an assessment whose citizen is not there',
			{ doc: { ...sent, citizenId: 'citizen:C01:01J00000000000000000000ZZZ' } },
			'citizenId'
		],
		[
			'an assessment of another commune’s citizen',
			{ doc: { ...sent, citizenId: 'citizen:C02:01J0000000000000000000000A' } },
			'citizenId'
		],
		[
			'an assessment naming an assessment as its citizen',
			{ doc: { ...sent, citizenId: sent._id } },
			'citizenId'
		],
		['hamlet differs from the citizen’s', { doc: { ...sent, hamletId: 'C01-H02' } }, 'hamletId'],
		['group differs from the citizen’s', { doc: { ...sent, group: other } }, 'group'],
		[
			'a group the criteria set does not know',
			{
				doc: { ...sent, group: 'x' },
				refs: (id) => (id === citizen._id ? { ...citizen, group: 'x' } : null)
			},
			'group'
		],
		[
			'a citizen under the minimum age in the period',
			{ doc: { ...sent, citizenId: young._id } },
			'period'
		],
		['a period far ahead', { doc: { ...sent, period: 2030 } }, 'period'],
		['assessedBy someone else', { doc: sent, by: 'canbo.c01b' }, 'assessedBy'],
		[
			'assessedBy rewritten',
			{ doc: { ...sent, assessedBy: 'canbo.c01b' }, previous: sent, by: 'canbo.c01b' },
			'assessedBy'
		],
		[
			'the stored assessment unchanged but its citizen gone',
			{ doc: { ...sent, status: 'ready' }, previous: sent, refs: () => null },
			null
		],
		['a batch of stored members', { doc: batch }, null],
		['a batch sent in someone else’s name', { doc: batch, by: 'canbo.c01b' }, 'officer'],
		['a batch whose count is not its members', { doc: { ...batch, count: 2 } }, 'count'],
		[
			'a batch listing a member twice',
			{ doc: { ...batch, assessmentIds: [sent._id, sent._id], count: 2 } },
			'count'
		],
		[
			'a batch with a member not on the server',
			{ doc: { ...batch, assessmentIds: ['assessment:C01:01J000000000000000000000ZZ'] } },
			'assessmentIds.0'
		],
		[
			'a batch with another commune’s member',
			{ doc: { ...batch, assessmentIds: ['assessment:C02:01J0000000000000000000000B'] } },
			'assessmentIds.0'
		],
		[
			'a batch with another commune’s citizen',
			{ doc: { ...batch, citizenIds: ['citizen:C02:01J0000000000000000000000A'] } },
			'citizenIds.0'
		]
	];
	it.each(cases)('%s', (_name, input, path) => {
		expect(run(input)?.path ?? null).toBe(path);
	});
});

describe('through checkWrite', () => {
	const org = orgIndex(demoOrgUnits);
	const reviewer: UserCtx = { name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] };
	const officer: UserCtx = { name: 'canbo.c01', roles: ['officer', 'ou:C01'] };
	const review = {
		by: 'duyet.p01',
		at: '2026-05-01T08:00:00.000Z',
		decision: 'recognised' as const
	};
	const check = (user: UserCtx, doc: unknown, previous: Record<string, unknown> | null) =>
		checkWrite({
			user,
			dbName: communeDbName('C01'),
			doc,
			previous,
			org,
			criteriaSet: defaultCriteriaSet,
			refs: (id) => stored.get(id) ?? null,
			now: NOW
		});

	it('a reviewer decides only sent assessments, never a draft', () => {
		const draft = { ...sent, status: 'draft' as const };
		const verdict = check(
			reviewer,
			{ ...draft, status: 'recognised', review, history: [review] },
			draft
		);
		expect(verdict).toMatchObject({
			ok: false,
			status: 403,
			issues: [{ path: 'status', message: 'rule.notSent' }]
		});
		expect(
			check(reviewer, { ...sent, status: 'recognised', review, history: [review] }, sent).ok
		).toBe(true);
	});
	it('an assessment and its citizen may travel together: the lookup holds the request’s own version', () => {
		const fresh = { ...citizen, _id: 'citizen:C01:01J0000000000000000000000N' };
		const a = { ...sent, citizenId: fresh._id };
		expect(check(officer, a, null).ok).toBe(false);
		const together = checkWrite({
			user: officer,
			dbName: communeDbName('C01'),
			doc: a,
			previous: null,
			org,
			criteriaSet: defaultCriteriaSet,
			refs: (id) => (id === fresh._id ? fresh : null),
			now: NOW
		});
		expect(together.ok).toBe(true);
	});
	it('refuses fields outside the schema, naming them, attachments included', () => {
		const verdict = check(officer, { ...citizen, cccdFull: '001085012345', healthNote: 'x' }, null);
		expect(verdict).toMatchObject({ ok: false, status: 400 });
		if (verdict.ok) return;
		expect(verdict.issues.map((i) => i.path)).toEqual(['cccdFull', 'healthNote']);
		expect(verdict.reason).toContain('(cccdFull)');
		const attached = check(
			officer,
			{ ...citizen, _attachments: { 'cccd.jpg': { content_type: 'image/jpeg', data: 'AAAA' } } },
			null
		);
		expect(attached).toMatchObject({
			ok: false,
			status: 400,
			issues: [{ path: '_attachments', message: 'err.unknownField' }]
		});
		const nested = check(
			reviewer,
			{ ...sent, status: 'recognised', review: { ...review, html: '<b>x</b>' }, history: [review] },
			sent
		);
		expect(nested).toMatchObject({
			ok: false,
			issues: [{ path: 'review.html', message: 'err.unknownField' }]
		});
	});
	it('an extra field an officer stored before the schemas were strict never makes the assessment undecidable', () => {
		const legacy = { ...sent, healthNote: 'cao huyết áp' };
		const decided = { ...legacy, status: 'recognised', review, history: [review] };
		const verdict = check(reviewer, decided, legacy);
		expect(verdict.ok).toBe(true);
		// The decision is stored without it: the stored document is the one checked.
		if (verdict.ok) expect(verdict.doc).not.toHaveProperty('healthNote');
		// A reviewer's client that drops it is fine too; one that changes it is refused.
		const { healthNote: _, ...dropped } = decided;
		expect(check(reviewer, dropped, legacy).ok).toBe(true);
		expect(check(reviewer, { ...decided, healthNote: 'khác' }, legacy)).toMatchObject({
			ok: false,
			issues: [{ path: 'healthNote' }]
		});
	});
});
