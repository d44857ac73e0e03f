import { describe, expect, it } from 'vitest';
import { auditSchema } from './audit.schema';
import { auditChanges, auditEntry, auditKindOfDoc } from './admin-audit';
import { defaultCriteriaSet } from './criteria-default';
import { demoOrgUnits } from './demo-data';
import { CONFIG_DB } from './ids';

const C03 = demoOrgUnits.find((u) => u.id === 'C03')!;

describe('auditChanges', () => {
	it('keeps only the fields that differ, population year by year', () => {
		const moved = {
			...C03,
			name: 'Xã Tân Phú Mới',
			parentId: 'P01',
			population: { ...C03.population, '2026': 2900 }
		};
		expect(auditChanges('orgUnit', C03, moved)).toEqual([
			{ field: 'name', before: 'Xã Tân Phú', after: 'Xã Tân Phú Mới' },
			{ field: 'parentId', before: 'D01', after: 'P01' },
			{ field: 'population.2026', before: '2790', after: '2900' }
		]);
	});
	it('records a retired commune’s successor and a province’s public summary switch', () => {
		expect(auditChanges('orgUnit', C03, { ...C03, retired: true, successorId: 'C02' })).toEqual([
			{ field: 'retired', after: 'true' },
			{ field: 'successorId', after: 'C02' }
		]);
		const P01 = demoOrgUnits.find((u) => u.id === 'P01')!;
		expect(auditChanges('orgUnit', P01, { ...P01, publicSummary: true })).toEqual([
			{ field: 'publicSummary', after: 'true' }
		]);
	});
	it('never keeps a password, only that a new one was set', () => {
		const before = {
			name: 'canbo.c01',
			roles: ['officer', 'ou:C01'],
			derived_key: 'abc',
			salt: 'x'
		};
		const changes = auditChanges('user', before, {
			...before,
			password: 'mat-khau-moi',
			disabled: true
		});
		expect(changes).toEqual([
			{ field: 'disabled', before: 'false', after: 'true' },
			{ field: 'password', after: '*' }
		]);
		expect(JSON.stringify(changes)).not.toContain('mat-khau-moi');
	});
	it('sums a criteria set up instead of copying it', () => {
		const changes = auditChanges('criteriaSet', null, { ...defaultCriteriaSet, version: 2 });
		expect(changes.map((c) => c.field)).toEqual(
			expect.arrayContaining(['version', 'title', 'criteria', 'indicators'])
		);
		expect(changes.find((c) => c.field === 'version')).toEqual({ field: 'version', after: '2' });
		expect(JSON.stringify(changes).length).toBeLessThan(1500);
	});
	it('cuts long values', () => {
		const [change] = auditChanges('orgUnit', null, { name: 'x'.repeat(1000) });
		expect(change.after).toHaveLength(301);
	});
});

describe('auditEntry', () => {
	it('is a valid audit document: create, update, delete', () => {
		const now = new Date('2026-05-01T08:00:00.000Z');
		const base = { by: 'quantri', kind: 'orgUnit' as const, target: C03._id, db: CONFIG_DB, now };
		const created = auditEntry({ ...base, before: null, after: C03 });
		const updated = auditEntry({ ...base, before: C03, after: { ...C03, name: 'Mới' } });
		const deleted = auditEntry({ ...base, before: C03, after: { _id: C03._id, _deleted: true } });
		expect([created.action, updated.action, deleted.action]).toEqual([
			'create',
			'update',
			'delete'
		]);
		expect(updated).toMatchObject({
			at: now.toISOString(),
			by: 'quantri',
			label: 'Mới',
			changes: [{ field: 'name', before: 'Xã Tân Phú', after: 'Mới' }]
		});
		expect(deleted.label).toBe('Xã Tân Phú');
		for (const entry of [created, updated, deleted])
			expect(auditSchema.safeParse(entry).success).toBe(true);
	});
	it('ids sort by time, so the newest comes first in a descending list', () => {
		const a = auditEntry({
			by: 'q',
			kind: 'target',
			target: 't',
			db: CONFIG_DB,
			before: null,
			after: {},
			now: new Date(1_000)
		});
		const b = auditEntry({
			by: 'q',
			kind: 'target',
			target: 't',
			db: CONFIG_DB,
			before: null,
			after: {},
			now: new Date(2_000)
		});
		expect(a._id < b._id).toBe(true);
	});
});

describe('auditKindOfDoc', () => {
	it.each([
		[CONFIG_DB, 'orgUnit:C01', 'orgUnit'],
		[CONFIG_DB, 'criteriaSet:cdht-324:v2', 'criteriaSet'],
		[CONFIG_DB, 'target:C01:2026:all', 'target'],
		['cdht-c-c01', 'citizen:C01:01J0000000000000000000000A', 'record']
	])('%s %s → %s', (db, id, kind) => expect(auditKindOfDoc(db, id)).toBe(kind));
});
