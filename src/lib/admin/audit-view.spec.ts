import { describe, expect, it } from 'vitest';
import { auditEntry } from '$lib/domain/admin-audit';
import { demoOrgUnits } from '$lib/domain/demo-data';
import { CONFIG_DB } from '$lib/domain/ids';
import { auditChangeText, auditHeadline } from './audit-view';

const C03 = demoOrgUnits.find((u) => u.id === 'C03')!;

describe('a journal entry in words', () => {
	const moved = auditEntry({ by: 'quantri', kind: 'orgUnit', target: C03._id, db: CONFIG_DB, before: C03, after: { ...C03, parentId: 'P01', retired: true } });
	it('says who did what to which unit', () => {
		expect(auditHeadline(moved, 'vi')).toBe('quantri — Sửa đơn vị: Xã Tân Phú (orgUnit:C03)');
		expect(auditHeadline(moved, 'en')).toBe('quantri — changed unit: Xã Tân Phú (orgUnit:C03)');
	});
	it('names each changed field as the form does, values in words', () => {
		expect(moved.changes.map((c) => auditChangeText(c, 'vi'))).toEqual(['Đơn vị cấp trên: D01 → P01', 'Đã sáp nhập / ngừng: (trống) → Có']);
		const population = { field: 'population.2027', after: '4300' };
		expect(auditChangeText(population, 'en')).toBe('People aged 16+, 2027: (empty) → 4300');
	});
	it('never shows more of a password than that a new one was set', () => {
		const reset = auditEntry({ by: 'quantri', kind: 'user', target: 'canbo.c01', db: '_users', before: { name: 'canbo.c01', roles: ['officer'] }, after: { name: 'canbo.c01', roles: ['officer'], password: 'bi-mat-123' } });
		expect(reset.changes.map((c) => auditChangeText(c, 'vi'))).toEqual(['đặt mật khẩu mới']);
	});
});
