import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeCitizens, removeCitizen } from '../../src/lib/db/citizen-close';
import { saveCitizen, searchCitizens, type CitizenInput } from '../../src/lib/db/citizens';
import { ensureBundledCriteria } from '../../src/lib/db/criteria';
import { addHamlet } from '../../src/lib/db/hamlets';
import { hamletsOf } from '../../src/lib/db/org';
import type { AssessmentRecord, CitizenRecord } from '../../src/lib/db/records';
import { startAssessment } from '../../src/lib/db/assessments';
import { defaultCriteriaSet } from '../../src/lib/domain/criteria-default';
import { assessment } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';
import { tablet, type Tablet } from './sync-tablet';

// Issue 15.7–15.8 through the real sync: what one tablet of the commune does offline (remove,
// merge, add a hamlet and register someone in it) reaches the server and the commune's other
// tablet; a removal the server refuses stays on the tablet with its reason.

let h: Harness;
let cookies: Record<DemoName, string>;
const ctx = { user: 'canbo.c01', communeId: 'C01' };

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

async function ready(): Promise<Tablet> {
	const t = tablet(h, { cookie: cookies['canbo.c01'] });
	await ensureBundledCriteria(t.db);
	expect(await t.engine.run()).toMatchObject({ ok: true });
	return t;
}

async function register(t: Tablet, over: Partial<CitizenInput> = {}): Promise<CitizenRecord> {
	const r = await saveCitizen(
		t.db,
		{
			hamletId: 'C01-H01',
			fullName: 'Phạm Văn Đức',
			birthYear: 1961,
			gender: 'male',
			group: 'nong-dan',
			...over
		},
		ctx
	);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.citizen;
}

describe('removal, merge and an added hamlet travel to the commune’s other tablet', () => {
	it('as ordinary documents, through the gateway’s checks', async () => {
		const a = await ready();
		const kept = await register(a);
		const twin = await register(a);
		const wrong = await register(a, { fullName: 'Nhầm Tên' });
		const draft = await startAssessment(a.db, twin, defaultCriteriaSet, 2026, ctx);
		expect(draft.ok).toBe(true);
		expect(await a.engine.run()).toMatchObject({ ok: true, push: { refused: 0 } });

		// Offline: remove, merge, add a hamlet and register someone in it; then one send.
		expect(await removeCitizen(a.db, wrong._id, ctx, 'Nhập nhầm')).toMatchObject({ ok: true });
		expect(await mergeCitizens(a.db, kept._id, twin._id, ctx)).toMatchObject({ ok: true });
		const hamlet = await addHamlet(a.db, 'Xóm Đồng Chùa', ctx, await hamletsOf(a.db, 'C01'));
		if (!hamlet.ok) throw new Error('hamlet');
		const newcomer = await register(a, { fullName: 'Vi Thị Mai', hamletId: hamlet.id });
		expect(await a.engine.run()).toMatchObject({ ok: true, push: { refused: 0 } });

		const b = await ready();
		const listed = (await searchCitizens(b.db, 'C01')).people.map((c) => c._id).sort();
		expect(listed).toEqual([kept._id, newcomer._id].sort());
		expect(await b.db.citizens.get(wrong._id)).toMatchObject({
			removed: { by: 'canbo.c01', reason: 'Nhập nhầm' }
		});
		expect(await b.db.citizens.get(twin._id)).toMatchObject({ merged: { into: kept._id } });
		expect((await hamletsOf(b.db, 'C01')).find((u) => u.id === hamlet.id)?.name).toBe(
			'Xóm Đồng Chùa'
		);
		// The draft moved to the kept record on the tablet that has it.
		expect((await a.db.assessments.get(draft.ok ? draft.assessment._id : ''))?.citizenId).toBe(
			kept._id
		);
	});

	it('a removal the server refuses (another tablet sent an assessment meanwhile) puts the person back on the list, with the reason', async () => {
		const a = await ready();
		const c = await register(a, { fullName: 'Hà Văn Tú' });
		expect(await a.engine.run()).toMatchObject({ ok: true, push: { refused: 0 } });
		const b = await ready();
		const sent = assessment('C01', { citizenId: c._id, status: 'ready' });
		await b.db.assessments.put({ ...sent, dirty: 1 } as AssessmentRecord);
		expect(await b.engine.run()).toMatchObject({ ok: true, push: { refused: 0 } });

		expect(await removeCitizen(a.db, c._id, ctx)).toMatchObject({ ok: true });
		expect(await a.engine.run()).toMatchObject({ ok: true, push: { refused: 1 } });
		// Back on the list, with the server's reason to read; nothing of the person is lost.
		expect((await a.db.citizens.get(c._id))?.removed).toBeUndefined();
		expect((await searchCitizens(a.db, 'C01', { query: 'ha van tu' })).total).toBe(1);
		expect(await a.db.citizens.get(c._id)).toMatchObject({
			dirty: 1,
			syncError: {
				reason:
					'Xóa khỏi danh sách: Người này đã có phiếu đánh giá nên không xóa được; nếu trùng người, hãy gộp và giữ hồ sơ có phiếu (removed)'
			}
		});
	});
});
