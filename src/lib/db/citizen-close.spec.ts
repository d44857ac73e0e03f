import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultCriteriaSet } from '$lib/domain/criteria-default';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { startAssessment } from './assessments';
import { mergeCitizens, removeCitizen } from './citizen-close';
import {
	countCitizens,
	findPossibleDuplicates,
	saveCitizen,
	searchCitizens,
	type CitizenInput
} from './citizens';
import { ensureBundledCriteria } from './criteria';
import type { LocalDatabase } from './db';
import { ensureOrgUnits } from './org';
import type { CitizenRecord } from './records';
import { freshDb } from './test-db';

const ctx = { user: 'canbo.c01', communeId: 'C01' };
const input = (over: Partial<CitizenInput> = {}): CitizenInput => ({
	hamletId: 'C01-H01',
	fullName: 'Nguyễn Văn An',
	birthYear: 1958,
	gender: 'male',
	group: 'nong-dan',
	...over
});

let db: LocalDatabase;
beforeEach(async () => {
	db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
});

async function registered(over: Partial<CitizenInput> = {}): Promise<CitizenRecord> {
	const r = await saveCitizen(db, input(over), ctx);
	if (!r.ok) throw new Error(JSON.stringify(r.issues));
	return r.citizen;
}
const assess = async (c: CitizenRecord, period = 2026) => {
	const r = await startAssessment(db, c, defaultCriteriaSet, period, ctx);
	if (!r.ok) throw new Error('not started');
	return r.assessment;
};

describe('removing a citizen on the tablet', () => {
	it('takes one with no assessment off the register, lists, search, counts and duplicates', async () => {
		const c = await registered();
		const other = await registered({ fullName: 'Trần Thị Bình' });
		const result = await removeCitizen(db, c._id, ctx, 'Nhập nhầm');
		expect(result).toMatchObject({
			ok: true,
			citizen: { removed: { by: 'canbo.c01', reason: 'Nhập nhầm' }, dirty: 1 }
		});
		expect((await searchCitizens(db, 'C01')).people.map((p) => p._id)).toEqual([other._id]);
		expect(await countCitizens(db, 'C01')).toBe(1);
		expect(await countCitizens(db, 'C01', { query: 'an' })).toBe(0);
		expect(await findPossibleDuplicates(db, input())).toEqual([]);
		// Still there by its id, with what it was.
		expect((await db.citizens.get(c._id))?.fullName).toBe('Nguyễn Văn An');
	});

	it('refuses one with an assessment, and nothing changes', async () => {
		const c = await registered();
		await assess(c);
		expect(await removeCitizen(db, c._id, ctx)).toEqual({
			ok: false,
			problem: 'close.hasAssessments'
		});
		expect((await db.citizens.get(c._id))?.removed).toBeUndefined();
		expect(await countCitizens(db, 'C01')).toBe(1);
	});

	it('no assessment starts for someone removed', async () => {
		const c = await registered();
		const result = await removeCitizen(db, c._id, ctx);
		if (!result.ok) throw new Error();
		expect(await startAssessment(db, result.citizen, defaultCriteriaSet, 2026, ctx)).toMatchObject({
			ok: false,
			reason: { key: 'assess.citizenNotFound' }
		});
	});

	it('refuses one already removed', async () => {
		const c = await registered();
		await removeCitizen(db, c._id, ctx);
		expect(await removeCitizen(db, c._id, ctx)).toEqual({ ok: false, problem: 'close.notFound' });
	});
});

describe('merging two records of one person', () => {
	it('moves the dropped record’s draft to the kept one, with its hamlet and group', async () => {
		const keep = await registered({ hamletId: 'C01-H02' });
		const drop = await registered();
		const draft = await assess(drop);
		const result = await mergeCitizens(db, keep._id, drop._id, ctx);
		expect(result).toMatchObject({
			ok: true,
			citizen: { merged: { into: keep._id, by: 'canbo.c01' }, dirty: 1 }
		});
		expect(await db.assessments.get(draft._id)).toMatchObject({
			citizenId: keep._id,
			hamletId: 'C01-H02',
			dirty: 1
		});
		expect((await searchCitizens(db, 'C01')).people.map((p) => p._id)).toEqual([keep._id]);
	});

	it('refuses when the dropped one has a sent assessment (keep that one instead)', async () => {
		const keep = await registered();
		const drop = await registered({ fullName: 'Nguyen Van An' });
		const a = await assess(drop);
		await db.assessments.put({ ...a, status: 'sent', _rev: '1-s', dirty: 0 });
		expect(await mergeCitizens(db, keep._id, drop._id, ctx)).toEqual({
			ok: false,
			problem: 'close.dropSent'
		});
		expect(await mergeCitizens(db, drop._id, keep._id, ctx)).toMatchObject({ ok: true });
	});

	it('refuses when both have an assessment of the same year', async () => {
		const keep = await registered();
		const drop = await registered();
		await assess(keep);
		await assess(drop);
		expect(await mergeCitizens(db, keep._id, drop._id, ctx)).toEqual({
			ok: false,
			problem: 'close.samePeriod',
			period: 2026
		});
	});

	it('refuses a record into itself, or into one already merged', async () => {
		const [a, b, c] = [await registered(), await registered(), await registered()];
		expect(await mergeCitizens(db, a._id, a._id, ctx)).toEqual({
			ok: false,
			problem: 'close.same'
		});
		await mergeCitizens(db, a._id, b._id, ctx);
		expect(await mergeCitizens(db, b._id, c._id, ctx)).toEqual({
			ok: false,
			problem: 'close.notFound'
		});
		expect(await mergeCitizens(db, c._id, a._id, ctx)).toEqual({
			ok: false,
			problem: 'close.chain'
		});
	});
});
