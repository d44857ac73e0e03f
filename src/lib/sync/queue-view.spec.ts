import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { toWire } from '$lib/db/records';
import { listAssessments } from '$lib/db/assessments';
import { freshDb } from '$lib/db/test-db';
import type { ConflictEntry } from './apply';
import { OPEN_CONFLICT } from './ledger';
import {
	attentionItems,
	queueCounts,
	readyByHamlet,
	retryRefused,
	returnedWithComments,
	HOME_RETURNED
} from './queue-view';
import { makeAssessment, makeCitizen } from './test-fixtures';
import type { WireDoc } from './wire';

const refusedAt = '2026-03-05T00:00:00.000Z';

async function setup() {
	const db = freshDb();
	const [a, b, c] = [makeCitizen(0), makeCitizen(1), makeCitizen(2)];
	await db.citizens.bulkAdd([
		{ ...a, _rev: '1-a', dirty: 0 },
		{ ...b, syncError: { at: refusedAt, reason: 'Năm sinh không đúng (birthYear)' } },
		{ ...c, _rev: '1-c', syncError: { at: refusedAt, reason: 'conflict' } }
	]);
	await db.assessments.bulkAdd([
		makeAssessment(a, 0),
		{
			...makeAssessment(a, 1),
			syncError: {
				at: refusedAt,
				reason: 'Kết quả không khớp (result)',
				issues: [{ path: 'result', message: 'rule.resultMismatch' }]
			}
		},
		makeAssessment(b, 2),
		{ ...makeAssessment(a, 3), status: 'returned', dirty: 0, _rev: '2-x' },
		makeAssessment(makeCitizen(9, { communeId: 'C02' }), 9)
	]);
	const entry: ConflictEntry = {
		id: c._id,
		type: 'citizen',
		at: refusedAt,
		kept: 'local',
		local: toWire(c) as WireDoc,
		server: { ...(toWire(c) as WireDoc), _rev: '2-c', household: 'Hộ khác' }
	};
	await db.meta.put({ key: OPEN_CONFLICT + c._id, value: entry });
	return { db, a, b, c };
}

describe('queue view', () => {
	it('counts what waits, what was returned, and what needs the officer, for this commune', async () => {
		const { db } = await setup();
		expect(await queueCounts(db, 'C01')).toEqual({ waiting: 3, returned: 1, attention: 4 });
	});

	it('previews the ready assessments by hamlet', async () => {
		const { db, a, b } = await setup();
		const preview = await readyByHamlet(db, 'C01');
		expect([...preview.values()].reduce((s, n) => s + n, 0)).toBe(3);
		expect(preview.get(a.hamletId)).toBe(a.hamletId === b.hamletId ? 3 : 2);
	});

	it('lists refusals with the server’s reason, assessments waiting for a refused citizen, and conflicts', async () => {
		const { db, b, c } = await setup();
		const items = await attentionItems(db);
		expect(items.map((i) => [i.kind, i.name])).toEqual(
			expect.arrayContaining([
				['refused', b.fullName],
				['refused', expect.any(String)],
				['waits-for-citizen', b.fullName],
				['conflict', c.fullName]
			])
		);
		const refusedAssessment = items.find((i) => i.kind === 'refused' && i.type === 'assessment');
		expect(refusedAssessment).toMatchObject({
			reason: 'Kết quả không khớp (result)',
			issues: [{ path: 'result' }]
		});
	});

	it('a refusal no longer shows once the officer changed the document', async () => {
		const { db, b } = await setup();
		await db.citizens.update(b._id, { birthYear: 1960, updatedAt: '2026-03-06T00:00:00.000Z' });
		const items = await attentionItems(db);
		expect(items.some((i) => i.id === b._id)).toBe(false);
	});

	it('"Thử gửi lại" clears a refusal (never a conflict) so the next send tries again', async () => {
		const { db, b, c } = await setup();
		await retryRefused(db, 'citizen', b._id);
		await retryRefused(db, 'citizen', c._id);
		expect((await db.citizens.get(b._id))?.syncError).toBeUndefined();
		expect((await db.citizens.get(c._id))?.syncError?.reason).toBe('conflict');
		expect(await db.citizens.get(b._id)).toMatchObject({ dirty: 1 });
	});

	it('lists returned assessments with the reviewer’s comment, for the home screen', async () => {
		const { db, a } = await setup();
		const review = {
			by: 'duyet.p01',
			at: '2026-03-09T00:00:00.000Z',
			decision: 'returned' as const,
			comment: 'Hỏi lại câu 2'
		};
		await db.assessments.update('assessment:C01:AS0000000003', { review });
		expect(await returnedWithComments(db, 'C01')).toEqual([
			{
				id: 'assessment:C01:AS0000000003',
				citizenName: a.fullName,
				hamletId: a.hamletId,
				comment: 'Hỏi lại câu 2',
				by: 'duyet.p01',
				at: review.at
			}
		]);
	});

	it('shows only the newest few returned assessments, the first rows of the full list of returned ones', async () => {
		const db = freshDb();
		const people = Array.from({ length: 12 }, (_, i) => makeCitizen(i));
		await db.citizens.bulkAdd(people);
		// Decided on different days, stored out of order; one of another commune, some not returned.
		const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T08:00:00.000Z`;
		const days = [7, 3, 11, 1, 9, 5, 10, 2, 8, 4];
		await db.assessments.bulkAdd([
			...days.map((d, i) => {
				const review = {
					by: 'duyet.p01',
					at: day(d),
					decision: 'returned' as const,
					comment: `Câu ${i}`
				};
				return {
					...makeAssessment(people[i], i, { status: 'returned', at: day(d) }),
					review,
					history: [review],
					dirty: 0 as const,
					_rev: '2-x'
				};
			}),
			makeAssessment(people[10], 10, { status: 'sent', at: day(20) }),
			makeAssessment(makeCitizen(30, { communeId: 'C02' }), 30, { status: 'returned', at: day(21) })
		]);

		const shown = await returnedWithComments(db, 'C01');
		expect(shown).toHaveLength(HOME_RETURNED);
		expect(shown.map((r) => r.at)).toEqual([11, 10, 9, 8, 7].map(day));
		expect(shown[0]).toEqual({
			id: 'assessment:C01:AS0000000002',
			citizenName: people[2].fullName,
			hamletId: people[2].hamletId,
			comment: 'Câu 2',
			by: 'duyet.p01',
			at: day(11)
		});
		// "Xem tất cả" opens the list of returned assessments: it starts with the same ones.
		const full = await listAssessments(db, 'C01', { status: 'returned' });
		expect(full).toHaveLength(days.length);
		expect(full.slice(0, HOME_RETURNED).map((a) => a._id)).toEqual(shown.map((r) => r.id));
		expect((await returnedWithComments(db, 'C01', 20)).map((r) => r.id)).toEqual(
			full.map((a) => a._id)
		);
		expect(await returnedWithComments(db, 'C03')).toEqual([]);
	});
});
