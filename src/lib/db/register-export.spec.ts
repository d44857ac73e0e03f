import 'fake-indexeddb/auto';
import { readSheet } from 'read-excel-file/node';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { reportXlsx } from '$lib/review/report-xlsx';
import { saveCitizen } from './citizens';
import { ensureBundledCriteria } from './criteria';
import type { LocalDatabase } from './db';
import { ensureOrgUnits } from './org';
import type { AssessmentRecord } from './records';
import { registerExport } from './register-export';
import { freshDb } from './test-db';

let db: LocalDatabase;
beforeEach(async () => {
	db = freshDb();
	await ensureOrgUnits(db, demoOrgUnits);
	await ensureBundledCriteria(db);
});

const ctx = { user: 'canbo.c01', communeId: 'C01' };

describe('the register as .xlsx', () => {
	it('lists every person of the commune with this year’s status, through the report’s writer', async () => {
		const a = await saveCitizen(
			db,
			{
				hamletId: 'C01-H01',
				fullName: 'Lê Thị Bình',
				birthYear: 1958,
				gender: 'female',
				group: 'nong-dan'
			},
			ctx
		);
		await saveCitizen(
			db,
			{
				hamletId: 'C01-H02',
				fullName: 'Nguyễn Văn An',
				birthYear: 1970,
				gender: 'male',
				group: 'nong-dan',
				household: 'Hộ ông Ba'
			},
			ctx
		);
		if (!a.ok) throw new Error('not saved');
		const assessment = (period: number, status: string, updatedAt: string) =>
			({
				_id: `assessment:C01:${period}${status}`,
				type: 'assessment',
				communeId: 'C01',
				citizenId: a.citizen._id,
				period,
				status,
				updatedAt,
				dirty: 0
			}) as unknown as AssessmentRecord;
		await db.assessments.bulkPut([
			assessment(2025, 'recognised', '2025-05-01T00:00:00Z'),
			assessment(2026, 'draft', '2026-01-01T00:00:00Z'),
			assessment(2026, 'sent', '2026-02-01T00:00:00Z')
		]);

		const table = await registerExport(db, 'C01', 2026, new Date('2026-03-01T00:00:00Z'));
		const rows = await readSheet(Buffer.from(await (await reportXlsx(table)).arrayBuffer()));
		expect(rows[0][0]).toBe('Danh sách người dân — Xã An Bình — năm 2026');
		expect(rows[2]).toEqual([
			'Thôn, ấp',
			'Họ và tên',
			'Năm sinh',
			'Giới tính',
			'Hộ',
			'Nhóm đối tượng',
			'Tình trạng năm 2026'
		]);
		expect(rows.slice(3, 5)).toEqual([
			[
				'Thôn Tây',
				'Nguyễn Văn An',
				'1970',
				'Nam',
				'Hộ ông Ba',
				'Nông dân, lao động nông thôn',
				'Chưa đánh giá'
			],
			[
				'Thôn Đông',
				'Lê Thị Bình',
				'1958',
				'Nữ',
				null,
				'Nông dân, lao động nông thôn',
				'Đã gửi, chờ duyệt'
			]
		]);
		expect(rows[5][0]).toBe('Tổng cộng: 2 người');
	});
});
