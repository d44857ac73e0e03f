import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDocument } from '$lib/domain/schemas';
import {
	officialCommunes,
	officialRows,
	suggestedSuccessors,
	type OfficialMappings,
	type OfficialUnits
} from './official-units';
import type { OrgUnit } from '$lib/domain/org-unit.schema';

const data = JSON.parse(
	readFileSync(new URL('../../../static/official-units-2025.json', import.meta.url), 'utf8')
) as OfficialUnits;
const mapping = JSON.parse(
	readFileSync(new URL('../../../static/official-mappings-2025.json', import.meta.url), 'utf8')
) as OfficialMappings;

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
		const rows = officialRows(data, '82', [
			{ id: data.provinces.find((p) => p.code === '82')!.communes[0][0] }
		]);
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

describe('pre-reform → post-reform mappings', () => {
	it('hold 10,036 pre-reform communes, each taken over by a commune of the official list (a few by two)', () => {
		const entries = Object.entries(mapping.mappings);
		expect(entries).toHaveLength(10036);
		expect(entries.filter(([, to]) => to.length > 1)).toHaveLength(2);
		// Gò Vấp's Phường 12 went to Phường An Hội Tây (26882), as the dataset's first row says.
		expect(mapping.mappings['26881']).toEqual(['26882']);
	});

	const unit = (id: string, extra: Partial<OrgUnit> = {}): OrgUnit => ({
		_id: `orgUnit:${id}`,
		type: 'orgUnit',
		id,
		name: `Xã ${id}`,
		level: 'commune',
		parentId: 'P79',
		...extra
	});
	it.each([
		[
			'the commune the list names, when it is in the tree and in use',
			[unit('26881', { retired: true }), unit('26882')],
			['26882']
		],
		['nothing when that commune is not in the tree', [unit('26881', { retired: true })], []],
		[
			'nothing when it is retired itself',
			[unit('26881', { retired: true }), unit('26882', { retired: true })],
			[]
		]
	])('suggests %s', (_name, units, expected) => {
		expect(suggestedSuccessors(mapping, '26881', units).map((u) => u.id)).toEqual(expected);
	});
	it('suggests nothing for an id that is no pre-reform code', () => {
		expect(suggestedSuccessors(mapping, 'C03', [unit('C03'), unit('26882')])).toEqual([]);
	});
});
