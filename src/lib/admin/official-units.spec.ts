import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '$lib/domain/schemas';
import { officialCommunes, officialRows, type OfficialUnits } from './official-units';

const data = JSON.parse(readFileSync(new URL('../../../static/official-units-2025.json', import.meta.url), 'utf8')) as OfficialUnits;

describe('the official units after the 2025 reform', () => {
	it('holds 34 provinces and 3,321 communes with unique 5-digit codes', () => {
		expect(data.provinces).toHaveLength(34);
		const codes = data.provinces.flatMap((p) => p.communes.map(([c]) => c));
		expect(codes).toHaveLength(3321);
		expect(new Set(codes).size).toBe(3321);
		expect(codes.every((c) => /^\d{5}$/.test(c))).toBe(true);
		expect(data.provinces.find((p) => p.code === '82')?.name).toBe('Đồng Tháp');
	});

	it('the chosen communes not yet created become valid units under the province, code as id', () => {
		const rows = officialRows(data, '82', [{ id: data.provinces.find((p) => p.code === '82')!.communes[0][0] }]);
		expect(rows[0].exists).toBe(true);
		const [first, second, third] = rows;
		const units = officialCommunes(rows, new Set([first.code, second.code, third.code]), 'P82');
		expect(units.map((u) => [u.id, u.name, u.level, u.parentId])).toEqual([
			[second.code, second.name, 'commune', 'P82'],
			[third.code, third.name, 'commune', 'P82']
		]);
		for (const u of units) expect(validateDocument(u).ok).toBe(true);
	});
});
