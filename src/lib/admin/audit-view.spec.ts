import { describe, expect, it } from 'vitest';
import { auditEntry } from '$lib/domain/admin-audit';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { CONFIG_DB } from '$lib/domain/ids';
import { auditChangeText, auditHeadline } from './audit-view';

const C03 = demoOrgUnits.find((u) => u.id === 'C03')!;

describe('a journal entry in words', () => {
	const moved = auditEntry({
		by: 'quantri',
		kind: 'orgUnit',
		target: C03._id,
		db: CONFIG_DB,
		before: C03,
		after: { ...C03, parentId: 'P01', retired: true }
	});
	it('says who did what to which unit', () => {
		expect(auditHeadline(moved, 'vi')).toBe('quantri — Sửa đơn vị: Xã Tân Phú (orgUnit:C03)');
		expect(auditHeadline(moved, 'en')).toBe('quantri — changed unit: Xã Tân Phú (orgUnit:C03)');
	});
	it('names each changed field as the form does, values in words', () => {
		expect(moved.changes.map((c) => auditChangeText(c, 'vi'))).toEqual([
			'Đơn vị cấp trên: D01 → P01',
			'Đã sáp nhập / ngừng: (trống) → Có'
		]);
		const population = { field: 'population.2027', after: '4300' };
		expect(auditChangeText(population, 'en')).toBe('People aged 16+, 2027: (empty) → 4300');
	});
	it('never shows more of a password than that a new one was set', () => {
		const reset = auditEntry({
			by: 'quantri',
			kind: 'user',
			target: 'canbo.c01',
			db: '_users',
			before: { name: 'canbo.c01', roles: ['officer'] },
			after: { name: 'canbo.c01', roles: ['officer'], password: 'bi-mat-123' }
		});
		expect(reset.changes.map((c) => auditChangeText(c, 'vi'))).toEqual(['đặt mật khẩu mới']);
	});

	describe('a target set, changed and cleared', () => {
		const doc = {
			_id: 'target:C01:2026:all',
			type: 'target',
			orgUnitId: 'C01',
			period: 2026,
			group: 'all',
			percentage: 70
		};
		const entry = (before: Record<string, unknown> | null, after: Record<string, unknown> | null) =>
			auditEntry({ by: 'quantri', kind: 'target', target: doc._id, db: CONFIG_DB, before, after });
		const names = new Map([['C01', 'Xã An Bình']]);
		it.each([
			[
				'set',
				entry(null, doc),
				'quantri — Đặt chỉ tiêu 70 % cho Xã An Bình (C01), năm 2026',
				'quantri — set a target of 70 % for Xã An Bình (C01), year 2026'
			],
			[
				'changed',
				entry(doc, { ...doc, percentage: 62.5 }),
				'quantri — Đổi chỉ tiêu của Xã An Bình (C01), năm 2026: 70 % → 62,5 %',
				'quantri — changed the target of Xã An Bình (C01), year 2026: 70 % → 62.5 %'
			],
			[
				'cleared',
				entry(doc, { _id: doc._id, _deleted: true }),
				'quantri — Bỏ chỉ tiêu riêng 70 % của Xã An Bình (C01), năm 2026',
				'quantri — cleared the own target of 70 % of Xã An Bình (C01), year 2026'
			]
		])('%s: says what, for which unit and year', (_, e, vi, en) => {
			expect(auditHeadline(e, 'vi', names)).toBe(vi);
			expect(auditHeadline(e, 'en', names)).toBe(en);
		});
		it('names the unit by its code without the tree, and a citizen group when it is one', () => {
			expect(auditHeadline(entry(null, doc), 'vi')).toBe(
				'quantri — Đặt chỉ tiêu 70 % cho C01, năm 2026'
			);
			const group = auditEntry({
				by: 'quantri',
				kind: 'target',
				target: 'target:C01:2026:nong-dan',
				db: CONFIG_DB,
				before: null,
				after: { ...doc, _id: 'target:C01:2026:nong-dan', group: 'nong-dan', percentage: 45 }
			});
			expect(auditHeadline(group, 'vi', names)).toBe(
				'quantri — Đặt chỉ tiêu 45 % cho Xã An Bình (C01), nhóm nong-dan, năm 2026'
			);
		});
		it('shows each field in words', () => {
			expect(entry(null, doc).changes.map((c) => auditChangeText(c, 'vi'))).toEqual([
				'Đơn vị: (trống) → C01',
				'Năm đánh giá: (trống) → 2026',
				'Nhóm đối tượng: (trống) → Mọi nhóm đối tượng',
				'Tỉ lệ: (trống) → 70 %'
			]);
		});
	});
});
