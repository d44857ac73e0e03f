import { describe, expect, it } from 'vitest';
import type { CitizenLinks } from './citizen-close';
import type { Hamlet } from './hamlet.schema';
import { defaultCriteriaSet } from './criteria-default';
import { demoOrgUnits } from './demo-data';
import { communeDbName } from './ids';
import { orgIndex, type UserCtx } from './scope';
import { sampleAssessment, sampleCitizen } from './test-docs';
import { checkWrite, type WriteInput } from './write-rules';

// Removing and merging citizens, proposing hamlets: the write rules as the gateway runs them
// (with lookups) and as validate_doc_update does (without).

const org = orgIndex(demoOrgUnits);
const AT = '2026-05-01T08:00:00.000Z';
const officer: UserCtx = { name: 'canbo.c01', roles: ['officer', 'ou:C01'] };
const officerC02: UserCtx = { name: 'canbo.c02', roles: ['officer', 'ou:C02'] };
const reviewer: UserCtx = { name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] };
const admin: UserCtx = { name: 'quantri', roles: ['admin', 'ou:P01'] };

const kept = sampleCitizen({ _rev: '1-a' });
const twin = sampleCitizen({ _id: 'citizen:C01:01J0000000000000000000000T', _rev: '1-b' });
const lone = sampleCitizen({ _id: 'citizen:C01:01J0000000000000000000000L', _rev: '1-c' });
const removedTwin = sampleCitizen({ ...twin, _rev: '2-r', removed: { at: AT, by: 'canbo.c01' } });
const gone = sampleCitizen({
	_id: 'citizen:C01:01J0000000000000000000000G',
	_rev: '2-g',
	removed: { at: AT, by: 'canbo.c01' }
});
const merged = (into: string, over = {}) => ({
	...twin,
	merged: { into, at: AT, by: 'canbo.c01' },
	updatedAt: AT,
	...over
});
const removed = (c = lone, over = {}) => ({
	...c,
	removed: { at: AT, by: 'canbo.c01', reason: 'Nhập nhầm' },
	updatedAt: AT,
	...over
});

const stored = new Map<string, Record<string, unknown>>(
	[kept, twin, lone, gone].map((c) => [c._id, c])
);
const linked: Record<string, CitizenLinks> = {
	[lone._id]: { assessments: 1, mergedHere: 0 },
	[twin._id]: { assessments: 0, mergedHere: 1 }
};
const noLinks = (): CitizenLinks => ({ assessments: 0, mergedHere: 0 });

const hamlet: Hamlet = {
	_id: 'hamlet:C01:01J0000000000000000000000H',
	type: 'hamlet',
	communeId: 'C01',
	id: '01J0000000000000000000000H',
	name: 'Thôn Mới',
	createdAt: AT,
	createdBy: 'canbo.c01'
};

type Case = [
	string,
	Partial<WriteInput> & { user: UserCtx; doc: unknown },
	'ok' | 400 | 403,
	string?
];
const run = (input: Partial<WriteInput> & { user: UserCtx; doc: unknown }) =>
	checkWrite({
		dbName: communeDbName('C01'),
		previous: null,
		org,
		criteriaSet: defaultCriteriaSet,
		refs: (id) => stored.get(id) ?? null,
		links: noLinks,
		now: new Date('2026-06-01T00:00:00Z'),
		...input
	});
/** As validate_doc_update runs it: nothing can be looked up. */
const blind = { refs: undefined, links: undefined, criteriaSet: undefined };

describe('removing and merging citizens', () => {
	const cases: Case[] = [
		[
			'officer removes a citizen with no assessment',
			{ user: officer, doc: removed(), previous: lone, links: noLinks },
			'ok'
		],
		[
			'officer removes a citizen with an assessment',
			{ user: officer, doc: removed(), previous: lone, links: (id) => linked[id] ?? noLinks() },
			400,
			'removed'
		],
		[
			'second line: a removal is not checked against assessments',
			{ user: officer, doc: removed(), previous: lone, ...blind },
			'ok'
		],
		[
			'officer removes in someone else’s name',
			{ user: officer, doc: removed(lone, { removed: { at: AT, by: 'khac' } }), previous: lone },
			400,
			'removed.by'
		],
		[
			'removal dated before the app existed',
			{
				user: officer,
				doc: removed(lone, { removed: { at: '2019-01-01T00:00:00.000Z', by: 'canbo.c01' } }),
				previous: lone
			},
			400,
			'removed.at'
		],
		[
			'officer changes a removed citizen',
			{ user: officer, doc: { ...gone, fullName: 'Khác' }, previous: gone },
			403,
			'removed'
		],
		[
			'officer takes a removal back',
			{ user: officer, doc: { ...gone, removed: undefined }, previous: gone },
			403,
			'removed'
		],
		[
			'officer re-sends a removed citizen unchanged',
			{ user: officer, doc: gone, previous: gone },
			'ok'
		],
		[
			'officer merges a duplicate into the record kept',
			{ user: officer, doc: merged(kept._id), previous: twin },
			'ok'
		],
		[
			'merge arrives with the record (new on the server)',
			{ user: officer, doc: merged(kept._id) },
			'ok'
		],
		[
			'merge into another commune’s citizen',
			{
				user: officer,
				doc: merged('citizen:C02:01J0000000000000000000000A'),
				previous: twin,
				...blind
			},
			403,
			'merged.into'
		],
		[
			'merge into itself',
			{ user: officer, doc: merged(twin._id), previous: twin },
			400,
			'merged.into'
		],
		[
			'merge into a record the server does not have',
			{ user: officer, doc: merged('citizen:C01:01J0000000000000000000000Z'), previous: twin },
			400,
			'merged.into'
		],
		[
			'merge into a removed record',
			{ user: officer, doc: merged(gone._id), previous: twin },
			400,
			'merged.into'
		],
		[
			'merge of a record that still has assessments',
			{
				user: officer,
				doc: { ...merged(kept._id), _id: lone._id, _rev: lone._rev },
				previous: lone,
				links: (id) => linked[id] ?? noLinks()
			},
			400,
			'merged'
		],
		[
			'merge of a record others were merged into (a chain)',
			{
				user: officer,
				doc: merged(kept._id),
				previous: twin,
				links: (id) => linked[id] ?? noLinks()
			},
			400,
			'merged'
		],
		[
			'removed and merged at once',
			{
				user: officer,
				doc: { ...merged(kept._id), removed: { at: AT, by: 'canbo.c01' } },
				previous: twin
			},
			400,
			'merged'
		],
		[
			'officer of another commune merges',
			{ user: officerC02, doc: merged(kept._id), previous: twin },
			403,
			'communeId'
		],
		['reviewer removes', { user: reviewer, doc: removed(), previous: lone }, 403, 'type'],
		[
			'admin removes in someone else’s name (a repair)',
			{ user: admin, doc: removed(lone, { removed: { at: AT, by: 'canbo.c01' } }), previous: lone },
			'ok'
		],
		[
			'admin is held to “no assessment” too',
			{ user: admin, doc: removed(), previous: lone, links: (id) => linked[id] ?? noLinks() },
			400,
			'removed'
		],
		[
			'a new assessment for a removed citizen',
			{ user: officer, doc: sampleAssessment(gone._id, { status: 'ready' }) },
			400,
			'citizenId'
		],
		[
			'an assessment moved to the record kept',
			{
				user: officer,
				doc: sampleAssessment(kept._id, { status: 'ready' }),
				previous: sampleAssessment(twin._id, { status: 'ready', _rev: '1-x' })
			},
			'ok'
		],
		[
			'an assessment moved to a removed record',
			{
				user: officer,
				doc: sampleAssessment(gone._id, { status: 'ready' }),
				previous: { ...sampleAssessment(kept._id, { status: 'ready' }), _rev: '1-x' }
			},
			400,
			'citizenId'
		],
		[
			'an assessment left on a merged record',
			{
				user: officer,
				doc: sampleAssessment(twin._id, { status: 'ready' }),
				refs: (id) => (id === twin._id ? merged(kept._id) : (stored.get(id) ?? null))
			},
			400,
			'citizenId'
		],
		[
			'a removed twin can still be merged? no: it is closed',
			{
				user: officer,
				doc: {
					...removedTwin,
					merged: { into: kept._id, at: AT, by: 'canbo.c01' },
					removed: undefined
				},
				previous: removedTwin
			},
			403,
			'removed'
		]
	];

	it.each(cases)('%s', (_name, input, expected, field) =>
		expectVerdict(run(input), input.doc, expected, field)
	);
});

describe('hamlets proposed by officers', () => {
	const cases: Case[] = [
		['officer proposes a hamlet for her commune', { user: officer, doc: hamlet }, 'ok'],
		['second line: the same', { user: officer, doc: hamlet, ...blind }, 'ok'],
		['officer of another commune', { user: officerC02, doc: hamlet }, 403, 'communeId'],
		[
			'officer writes it into another commune’s database',
			{
				user: officerC02,
				doc: {
					...hamlet,
					_id: 'hamlet:C02:01J0000000000000000000000H',
					communeId: 'C02',
					createdBy: 'canbo.c02'
				}
			},
			'ok'
		],
		[
			'a C02 hamlet sent to C01',
			{
				user: officer,
				doc: { ...hamlet, _id: 'hamlet:C02:01J0000000000000000000000H', communeId: 'C02' }
			},
			403,
			'communeId'
		],
		[
			'id is not the document’s own',
			{ user: officer, doc: { ...hamlet, id: 'C01-H09' } },
			400,
			'id'
		],
		[
			'proposed in someone else’s name',
			{ user: officer, doc: { ...hamlet, createdBy: 'khac' } },
			400,
			'createdBy'
		],
		[
			'officer maps it herself',
			{ user: officer, doc: { ...hamlet, mappedTo: 'C01-H01' } },
			403,
			'mappedTo'
		],
		[
			'officer renames it once sent',
			{
				user: officer,
				doc: { ...hamlet, _rev: '1-h', name: 'Khác' },
				previous: { ...hamlet, _rev: '1-h' }
			},
			403,
			'name'
		],
		[
			'officer re-sends it unchanged',
			{ user: officer, doc: { ...hamlet, _rev: '1-h' }, previous: { ...hamlet, _rev: '1-h' } },
			'ok'
		],
		['empty name', { user: officer, doc: { ...hamlet, name: ' ' } }, 400, 'name'],
		['reviewer proposes one', { user: reviewer, doc: hamlet }, 403, 'type'],
		[
			'admin renames it',
			{
				user: admin,
				doc: { ...hamlet, _rev: '1-h', name: 'Thôn Đông', mappedTo: hamlet.id },
				previous: { ...hamlet, _rev: '1-h' }
			},
			'ok'
		],
		[
			'admin merges it into an existing hamlet',
			{
				user: admin,
				doc: { ...hamlet, _rev: '1-h', mappedTo: 'C01-H01' },
				previous: { ...hamlet, _rev: '1-h' }
			},
			'ok'
		]
	];

	it.each(cases)('%s', (_name, input, expected, field) => {
		const { user } = input;
		const dbName = communeDbName((input.doc as Hamlet).communeId);
		expectVerdict(run({ dbName, ...input, user }), input.doc, expected, field);
	});
});

function expectVerdict(
	verdict: ReturnType<typeof checkWrite>,
	doc: unknown,
	expected: Case[2],
	field?: string
) {
	if (expected === 'ok') return expect(verdict).toEqual({ ok: true, doc });
	expect(verdict).toMatchObject({ ok: false, status: expected });
	if (verdict.ok || field === undefined) return;
	expect(verdict.issues.map((i) => i.path)).toContain(field);
	expect(verdict.reason).toContain(`(${field})`);
}
