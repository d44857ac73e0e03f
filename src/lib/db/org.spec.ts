import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoOrgUnits } from '$lib/domain/demo-data';
import type { LocalDatabase } from './db';
import { ensureOrgUnits, getOrgUnit, hamletNames, hamletsOf } from './org';
import { freshDb } from './test-db';

let db: LocalDatabase;
beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	await db.delete();
});

describe('org units', () => {
	it('ensureOrgUnits adds what is missing and never overwrites a stored (newer) unit', async () => {
		expect(await ensureOrgUnits(db, demoOrgUnits)).toBe(demoOrgUnits.length);
		await db.orgUnits.update('orgUnit:C01', { name: 'Xã An Bình (mới)' });
		expect(await ensureOrgUnits(db, demoOrgUnits)).toBe(0);
		expect((await getOrgUnit(db, 'C01'))?.name).toBe('Xã An Bình (mới)');
	});

	it('getOrgUnit finds a unit by its code', async () => {
		await ensureOrgUnits(db, demoOrgUnits);
		expect(await getOrgUnit(db, 'C01-H02')).toMatchObject({
			name: 'Thôn Tây',
			level: 'hamlet',
			parentId: 'C01'
		});
		expect(await getOrgUnit(db, 'nope')).toBeUndefined();
	});

	it('hamletsOf lists a commune’s hamlets by Vietnamese name, leaving retired ones out unless asked', async () => {
		await ensureOrgUnits(db, [
			...demoOrgUnits,
			{
				_id: 'orgUnit:C01-H09',
				type: 'orgUnit',
				id: 'C01-H09',
				name: 'Thôn Cũ',
				level: 'hamlet',
				parentId: 'C01',
				retired: true
			}
		]);
		expect((await hamletsOf(db, 'C01')).map((h) => h.name)).toEqual([
			'Thôn Bắc Sơn',
			'Thôn Đông',
			'Thôn Tây'
		]);
		expect((await hamletsOf(db, 'C01', { includeRetired: true })).map((h) => h.id)).toContain(
			'C01-H09'
		);
		expect(await hamletsOf(db, 'P01')).toEqual([]);
		expect((await hamletNames(db, 'C02')).get('C02-H01')).toBe('Ấp Hòa Thạnh');
	});
});
