import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultCriteriaSet as set } from '$lib/domain/criteria-default';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { countByStatus, saveAnswer, startAssessment } from './assessments';
import { listCitizens, saveCitizen } from './citizens';
import { ensureBundledCriteria } from './criteria';
import { LocalDatabase } from './db';
import { getMeta, setMeta } from './meta';
import { ensureOrgUnits } from './org';
import type { CitizenRecord } from './records';

// What a release that changes the local schema must guarantee: a tablet holding days of unsent
// work opens the new version with every record intact and readable, and the new index usable.
// The next version is declared here, test-only, on top of every shipped one (versions.ts).

const LATEST = 3;

/** The app as it would be after the next release: the shipped versions plus one. */
class NextDatabase extends LocalDatabase {
	constructor(name: string) {
		super(name);
		this.version(LATEST + 1)
			.stores({
				citizens:
					'_id, communeId, [communeId+sortKey], [communeId+hamletId+sortKey], [hamletId+household], *nameWords, dupKey, updatedAt, dirty, syncError.at, [communeId+birthYear]'
			})
			// A data step too: assessments made before the wizard remembered its step get step 0.
			.upgrade((tx) =>
				tx
					.table('assessments')
					.toCollection()
					.modify((a: { wizardStep?: number }) => {
						a.wizardStep ??= 0;
					})
			);
	}
}

const ctx = { user: 'canbo.c01', communeId: 'C01' };

describe(`upgrading the local database from version ${LATEST} to ${LATEST + 1}`, () => {
	it('keeps every record intact and readable, and the new index answers', async () => {
		const name = `migration-${crypto.randomUUID()}`;
		const before = new LocalDatabase(name);
		await ensureOrgUnits(before, demoOrgUnits);
		await ensureBundledCriteria(before);
		const people: CitizenRecord[] = [];
		for (const [fullName, birthYear] of [
			['Nguyễn Văn An', 1958],
			['Lê Thị Bình', 1972],
			['Đặng Văn Cường', 1958]
		] as const) {
			const r = await saveCitizen(
				before,
				{ fullName, birthYear, gender: 'male', group: 'nong-dan', hamletId: 'C01-H01' },
				ctx
			);
			if (!r.ok) throw new Error('save failed');
			people.push(r.citizen);
		}
		const started = await startAssessment(before, people[0], set, 2026, ctx);
		if (!started.ok) throw new Error('start failed');
		await saveAnswer(before, started.assessment._id, 'doc-tin', 'thuong-xuyen');
		await before.assessments.update(started.assessment._id, { wizardStep: undefined });
		await setMeta(before, 'pullCheckpoint', { seq: '42-abc' });
		const snapshot = Object.fromEntries(
			await Promise.all(before.tables.map(async (t) => [t.name, await t.toArray()] as const))
		);
		expect(before.verno).toBe(LATEST);
		before.close();

		const after = new NextDatabase(name);
		await after.open();
		expect(after.verno).toBe(LATEST + 1);
		for (const table of after.tables) {
			const rows = await table.toArray();
			if (table.name === 'assessments')
				expect(rows).toEqual(snapshot.assessments.map((a) => ({ ...a, wizardStep: 0 })));
			else expect(rows, table.name).toEqual(snapshot[table.name]);
		}
		// The new index is built over the old records.
		const born1958 = await after.citizens
			.where('[communeId+birthYear]')
			.equals(['C01', 1958])
			.toArray();
		expect(born1958.map((c) => c.fullName).sort()).toEqual(['Nguyễn Văn An', 'Đặng Văn Cường']);
		// The old indexes and the repositories still work on the upgraded database.
		expect((await listCitizens(after, 'C01', { query: 'binh' })).map((c) => c._id)).toEqual([
			people[1]._id
		]);
		expect((await countByStatus(after, 'C01')).draft).toBe(1);
		expect((await saveAnswer(after, started.assessment._id, 'ap-dung', 'chua')).ok).toBe(true);
		expect(await getMeta(after, 'pullCheckpoint')).toEqual({ seq: '42-abc' });
		await after.delete();
	});

	it('a stale tab still running the older app opens the upgraded database and reads it', async () => {
		// Dexie 4 opens a database installed at a higher version with that version's schema, so a
		// tab that missed the update keeps working instead of failing on open.
		const name = `migration-${crypto.randomUUID()}`;
		const next = new NextDatabase(name);
		await next.open();
		await setMeta(next, 'k', 1);
		next.close();
		const old = new LocalDatabase(name);
		await old.open();
		expect(await getMeta(old, 'k')).toBe(1);
		await old.delete();
	});
});
