import { describe, expect, it } from 'vitest';
import { demoOrgUnits } from '$lib/domain/demo-data';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import { validateDocument } from '$lib/domain/schemas';
import { communeGaps, hamletNames, hamletUnits, kindOf } from './commune-setup';

describe('a pasted list of hamlets', () => {
	it('one name a line, numbering and bullets dropped, blanks and repeats skipped', () => {
		expect(
			hamletNames(
				'1. Thôn Đông\n2) Thôn  Tây\n\n- Ấp Hòa Thạnh\n• Tổ dân phố 1\nthôn đông\r\nBản Na Hang; Xóm Mới'
			)
		).toEqual(['Thôn Đông', 'Thôn Tây', 'Ấp Hòa Thạnh', 'Tổ dân phố 1', 'Bản Na Hang', 'Xóm Mới']);
	});

	it('becomes valid hamlet documents under the commune, with the unit’s own word', () => {
		const units = hamletUnits('C09', ['Thôn Đông', 'Tổ dân phố 1', 'Đội 3'], [{ id: 'C09-H01' }]);
		expect(units.map((u) => [u.id, u.name, u.parentId, u.kindLabel])).toEqual([
			['C09-H02', 'Thôn Đông', 'C09', 'Thôn'],
			['C09-H03', 'Tổ dân phố 1', 'C09', 'Tổ dân phố'],
			['C09-H04', 'Đội 3', 'C09', undefined]
		]);
		for (const u of units) expect(validateDocument(u)).toEqual({ ok: true, doc: u });
		expect(kindOf('Tổ 5')).toBe('Tổ');
	});
});

describe('communes not yet usable', () => {
	const newCommune: OrgUnit = {
		_id: 'orgUnit:C09',
		type: 'orgUnit',
		id: 'C09',
		name: 'Xã Mới',
		level: 'commune',
		parentId: 'P01'
	};
	const accounts = [
		{ roles: ['officer', 'ou:C01'] },
		{ roles: ['officer', 'ou:C02'], disabled: true },
		{ roles: ['officer', 'ou:C03'] },
		{ roles: ['reviewer', 'ou:C09'] }
	];
	it('names what each lacks: hamlets, an officer (a disabled one does not count), this year’s population', () => {
		expect(
			communeGaps([...demoOrgUnits, newCommune], accounts, 2026).map((g) => [
				g.commune.id,
				g.missing
			])
		).toEqual([
			['C02', ['officers']],
			['C09', ['hamlets', 'officers', 'population']]
		]);
		expect(communeGaps(demoOrgUnits, accounts, 2027).map((g) => [g.commune.id, g.missing])).toEqual(
			[
				['C01', ['population']],
				['C02', ['officers', 'population']],
				['C03', ['population']]
			]
		);
	});
	it('a retired commune is not listed', () => {
		expect(communeGaps([{ ...newCommune, retired: true }], [], 2026)).toEqual([]);
	});
});
