import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalDatabase } from './db';
import { countUnsent, unsentByKind } from './unsent';

let db: LocalDatabase;
afterEach(async () => db?.delete());

const base = {
	communeId: 'C01',
	hamletId: 'C01-H01',
	fullName: 'Nguyễn Văn An',
	birthYear: 1960,
	gender: 'male',
	group: 'cong-dong',
	createdAt: '2026-01-01T00:00:00.000Z',
	createdBy: 'canbo.c01',
	updatedAt: '2026-01-01T00:00:00.000Z',
	searchKey: 'nguyen van an'
} as const;

describe('countUnsent', () => {
	it('counts every record the server has not acknowledged, and nothing else', async () => {
		db = new LocalDatabase(`unsent-${Math.random()}`);
		expect(await countUnsent(db)).toBe(0);
		await db.citizens.bulkAdd([
			{ ...base, _id: 'citizen:C01:A', type: 'citizen', dirty: 1 },
			{ ...base, _id: 'citizen:C01:B', type: 'citizen', dirty: 0 },
			{ ...base, _id: 'citizen:C01:C', type: 'citizen', dirty: 1 }
		] as never);
		expect(await countUnsent(db)).toBe(2);
		expect(await unsentByKind(db)).toEqual({ citizens: 2, assessments: 0, batches: 0, hamlets: 0 });
		// A hamlet added in the field and not sent yet is unsent work too (sign-out warns of it).
		await db.hamlets.add({
			_id: 'hamlet:C01:H',
			type: 'hamlet',
			communeId: 'C01',
			id: 'H',
			name: 'Xóm Mới',
			createdAt: base.createdAt,
			createdBy: 'canbo.c01',
			dirty: 1
		});
		expect(await countUnsent(db)).toBe(3);
		expect((await unsentByKind(db)).hamlets).toBe(1);
	});
});
