import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveCitizen } from '$lib/db/citizens';
import { ensureBundledCriteria } from '$lib/db/criteria';
import type { LocalDatabase } from '$lib/db/db';
import { getMeta, setMeta } from '$lib/db/meta';
import { ensureOrgUnits } from '$lib/db/org';
import { freshDb } from '$lib/db/test-db';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { CitizenEditor } from './editor.svelte';
import { emptyForm, underAgeOf, type CitizenForm } from './fields';

const ctx = { user: 'canbo.c01', communeId: 'C01' };
const AN: CitizenForm = {
	...emptyForm('C01-H01'),
	fullName: 'Nguyễn Văn An',
	birthYear: '1958',
	gender: 'male',
	group: 'nong-dan'
};

let db: LocalDatabase;
beforeEach(async () => {
	db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
});

const editor = () =>
	new CitizenEditor({ db: () => db, user: () => ctx.user, communeId: () => ctx.communeId });
const drafted = (id = 'new') => getMeta<CitizenForm>(db, `draft:citizen:${id}`);

async function stored(form: CitizenForm = AN) {
	const r = await saveCitizen(db, { ...form, birthYear: Number(form.birthYear) }, ctx);
	if (!r.ok) throw new Error('fixture');
	return r.citizen;
}

describe('load', () => {
	it('a new citizen: a blank form in the hamlet asked for, nothing typed yet', async () => {
		const e = editor();
		await e.load(null, 'C01-H02');
		expect(e).toMatchObject({
			loaded: true,
			missing: false,
			restoredDraft: false,
			form: emptyForm('C01-H02')
		});
		expect(e.dirty).toBe(false);
	});

	it('an existing citizen, as the form’s strings', async () => {
		const c = await stored();
		const e = editor();
		await e.load(c._id, '');
		expect(e.form).toEqual(AN);
		expect(e.draftKey).toBe(`draft:citizen:${c._id}`);
	});

	it('an id this tablet does not have is said to be missing', async () => {
		const e = editor();
		await e.load('citizen:C01:nope', '');
		expect(e).toMatchObject({ loaded: true, missing: true });
	});

	it('a kept draft comes back over the stored values, its filled fields shown as touched', async () => {
		await setMeta(db, 'draft:citizen:new', { ...emptyForm('C01-H01'), fullName: 'Trần Thị B' });
		const e = editor();
		await e.load(null, 'C01-H01');
		expect(e.restoredDraft).toBe(true);
		expect(e.form.fullName).toBe('Trần Thị B');
		expect(e.touched).toMatchObject({ fullName: true, hamletId: true, birthYear: false });
		expect(e.dirty).toBe(true);
	});
});

describe('the draft', () => {
	it('is written once typing pauses, and removed when the form is back to where it started', async () => {
		const e = editor();
		await e.load(null, 'C01-H01');
		e.form.fullName = 'Lê Văn C';
		e.keepDraft();
		expect(await drafted()).toBeUndefined();
		await expect.poll(drafted).toMatchObject({ fullName: 'Lê Văn C' });
		e.form.fullName = '';
		e.keepDraft();
		await expect.poll(drafted).toBeUndefined();
	});

	it('is written at once when the page goes', async () => {
		const e = editor();
		await e.load(null, 'C01-H01');
		e.form.phone = '0912345678';
		e.keepDraft();
		e.flushDraft();
		await expect.poll(drafted).toMatchObject({ phone: '0912345678' });
	});

	it('discarding goes back to the stored values and forgets the draft', async () => {
		await setMeta(db, 'draft:citizen:new', { ...emptyForm('C01-H01'), fullName: 'Trần Thị B' });
		const e = editor();
		await e.load(null, 'C01-H01');
		await e.discard();
		expect(e).toMatchObject({ restoredDraft: false, touched: {}, form: emptyForm('C01-H01') });
		expect(await drafted()).toBeUndefined();
	});
});

describe('field problems', () => {
	it('a field shows its problem only once touched', async () => {
		const e = editor();
		await e.load(null, 'C01-H01');
		e.form.birthYear = '19';
		expect(e.issue('birthYear')).toBeNull();
		e.touch('birthYear');
		expect(e.issue('birthYear')).toEqual(expect.stringMatching(/^err\./));
	});

	it('picking a choice touches it', async () => {
		const e = editor();
		await e.load(null, 'C01-H01');
		e.pick('gender', 'female');
		expect([e.form.gender, e.touched.gender]).toEqual(['female', true]);
	});
});

describe('save', () => {
	it('with fields to fix: nothing saved, every field touched, the focus on the first problem', async () => {
		const e = editor();
		await e.load(null, 'C01-H01');
		e.form.gender = 'male';
		expect(await e.save()).toBe('f-fullName');
		expect(e.problemCount).toBe(3);
		expect(e.touched.phone).toBe(true);
		expect(await db.citizens.count()).toBe(0);
	});

	it('a refusal of the repository is shown at its field until that field is touched', async () => {
		const e = editor();
		await e.load(null, 'C02-H01');
		Object.assign(e.form, { ...AN, hamletId: 'C02-H01' });
		expect(await e.save()).toBe('f-hamletId');
		expect(e.issue('hamletId')).toEqual(expect.stringMatching(/^err\./));
		e.touch('hamletId');
		expect(e.serverIssues.hamletId).toBeUndefined();
	});

	it('a possible duplicate is asked about first; confirmed, it saves and forgets the draft', async () => {
		await stored();
		const e = editor();
		await e.load(null, 'C01-H01');
		Object.assign(e.form, AN);
		e.keepDraft();
		const stop = e.checkDuplicates();
		await expect.poll(() => e.duplicates.length).toBe(1);
		stop?.();
		expect(await e.save()).toBe('duplicates');
		expect(e.showDuplicates).toBe(true);
		expect(await e.save(true)).toBe('saved');
		expect(e.saved).toMatchObject({ fullName: 'Nguyễn Văn An', hamletId: 'C01-H01' });
		expect(e.dirty).toBe(false);
		expect(await db.citizens.count()).toBe(2);
		await new Promise((r) => setTimeout(r, 300));
		expect(await drafted()).toBeUndefined();
	});

	it('no duplicate check without a four-digit year', async () => {
		await stored();
		const e = editor();
		await e.load(null, 'C01-H01');
		Object.assign(e.form, { ...AN, birthYear: '195' });
		expect(e.checkDuplicates()).toBeUndefined();
		expect(e.duplicates).toEqual([]);
	});

	it('another citizen after a save starts blank in the same hamlet', async () => {
		const e = editor();
		await e.load(null, 'C01-H01');
		Object.assign(e.form, AN);
		await e.save();
		e.startAnother('C01-H01');
		expect(e).toMatchObject({
			saved: null,
			form: emptyForm('C01-H01'),
			problemCount: 0,
			duplicates: []
		});
	});
});

describe('underAgeOf (the domain eligibility rule, said as the year is typed)', () => {
	const form = (birthYear: string) => ({ ...emptyForm(), birthYear });
	it('a child born 2012 is 14 in 2026: said at once; 16 and over, an unfinished or mistyped year: nothing', () => {
		expect(underAgeOf(form('2012'), 2026, 16)).toBe(14);
		expect(underAgeOf(form('2010'), 2026, 16)).toBeNull();
		expect(underAgeOf(form('201'), 2026, 16)).toBeNull();
		expect(underAgeOf(form('2031'), 2026, 16)).toBeNull();
	});
});
