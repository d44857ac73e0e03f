import { describe, expect, it } from 'vitest';
import { demoOrgUnits } from './demo-data';
import { adminReason } from './admin-messages';
import { orgUnitIssues, targetIssues } from './admin-org';
import { targetDocId } from './ids';
import type { OrgUnit, Target } from './org-unit.schema';

const unit = (id: string) => demoOrgUnits.find((u) => u.id === id)!;
const C03 = unit('C03');
const unitDoc = (
	fields: Partial<OrgUnit> & Pick<OrgUnit, 'id' | 'level' | 'parentId'>
): OrgUnit => ({
	_id: `orgUnit:${fields.id}`,
	type: 'orgUnit',
	name: 'Đơn vị',
	...fields
});

describe('orgUnitIssues', () => {
	const cases: [string, OrgUnit, OrgUnit | null, string | null][] = [
		[
			'a new commune under the province',
			unitDoc({ id: 'C04', level: 'commune', parentId: 'P01' }),
			null,
			null
		],
		[
			'a new commune under a legacy district',
			unitDoc({ id: 'C04', level: 'commune', parentId: 'D01' }),
			null,
			null
		],
		[
			'moving a commune from its district to the province (2025 reform)',
			{ ...C03, parentId: 'P01' },
			C03,
			null
		],
		['renaming keeps everything else', { ...C03, name: 'Xã Tân Phú Mới' }, C03, null],
		[
			'a commune under a hamlet',
			unitDoc({ id: 'C04', level: 'commune', parentId: 'C01-H01' }),
			null,
			'parentId:org.parentLevel'
		],
		[
			'a commune under a unit that does not exist',
			unitDoc({ id: 'C04', level: 'commune', parentId: 'P99' }),
			null,
			'parentId:org.parentMissing'
		],
		[
			'a commune with no parent',
			unitDoc({ id: 'C04', level: 'commune', parentId: null }),
			null,
			'parentId:org.parentLevel'
		],
		[
			'a second province at the top',
			unitDoc({ id: 'P02', level: 'province', parentId: null }),
			null,
			null
		],
		[
			'a province under another',
			unitDoc({ id: 'P02', level: 'province', parentId: 'P01' }),
			null,
			'parentId:org.parentLevel'
		],
		[
			'a commune turned into a hamlet',
			{ ...C03, level: 'hamlet', parentId: 'C01' },
			C03,
			'level:org.levelFixed'
		],
		[
			'a hamlet moved to another commune',
			{ ...unit('C01-H01'), parentId: 'C02' },
			unit('C01-H01'),
			'parentId:org.hamletMove'
		],
		[
			'a district moved under itself',
			{ ...unit('D01'), parentId: 'D01' },
			unit('D01'),
			'parentId:org.parentLevel'
		],
		[
			'a retired commune taken over by a commune in use',
			{ ...C03, retired: true, successorId: 'C02' },
			C03,
			null
		],
		[
			'a successor on a commune still in use',
			{ ...C03, successorId: 'C02' },
			C03,
			'successorId:org.successorNotRetired'
		],
		[
			'a commune as its own successor',
			{ ...C03, retired: true, successorId: 'C03' },
			C03,
			'successorId:org.successorMissing'
		],
		[
			'a successor that is not a commune',
			{ ...C03, retired: true, successorId: 'D01' },
			C03,
			'successorId:org.successorMissing'
		],
		[
			'a successor that does not exist',
			{ ...C03, retired: true, successorId: 'C99' },
			C03,
			'successorId:org.successorMissing'
		],
		[
			'the public page turned on for a province',
			{ ...unit('P01'), publicSummary: true },
			unit('P01'),
			null
		],
		[
			'the public page on a commune',
			{ ...C03, publicSummary: true },
			C03,
			'publicSummary:org.publicNotProvince'
		],
		[
			'an id that is not the unit’s',
			{ ...unitDoc({ id: 'C04', level: 'commune', parentId: 'P01' }), _id: 'orgUnit:C05' },
			null,
			'id:org.idMismatch'
		]
	];
	it.each(cases)('%s', (_name, doc, previous, expected) => {
		const issues = orgUnitIssues(demoOrgUnits, doc, previous);
		expect(issues.map((i) => `${i.path}:${i.message}`)).toEqual(expected ? [expected] : []);
	});

	it('names the field in words for the refusal', () => {
		const issues = orgUnitIssues(
			demoOrgUnits,
			{ ...unit('C01-H01'), parentId: 'C02' },
			unit('C01-H01')
		);
		expect(adminReason(issues)).toBe(
			'Đơn vị cấp trên: Thôn/ấp/tổ dân phố không chuyển sang xã khác được (parentId)'
		);
		expect(adminReason(issues, 'en')).toBe(
			'Parent unit: A hamlet cannot move to another commune (parentId)'
		);
	});
});

describe('targetIssues', () => {
	const target = (orgUnitId: string, extra: Partial<Target> = {}): Target => ({
		_id: targetDocId(orgUnitId, 2026, 'all'),
		type: 'target',
		orgUnitId,
		period: 2026,
		group: 'all',
		percentage: 70,
		...extra
	});
	const cases: [string, Target, string | null][] = [
		['a commune’s', target('C01'), null],
		['a commune’s under a legacy district', target('C03'), null],
		['a legacy district’s', target('D01'), null],
		['the province’s', target('P01'), null],
		[
			'a group’s own',
			{ ...target('C01', { group: 'nong-dan' }), _id: targetDocId('C01', 2026, 'nong-dan') },
			null
		],
		['a hamlet’s', target('C01-H01'), 'orgUnitId:org.targetLevel'],
		['a unit that does not exist', target('C99'), 'orgUnitId:org.targetUnit'],
		[
			'an id naming another unit',
			{ ...target('C01'), _id: targetDocId('C02', 2026, 'all') },
			'_id:org.targetId'
		],
		['an id naming another year', { ...target('C01'), period: 2027 }, '_id:org.targetId'],
		['an id naming another group', { ...target('C01'), group: 'nong-dan' }, '_id:org.targetId']
	];
	it.each(cases)('%s', (_, doc, expected) => {
		const issues = targetIssues(demoOrgUnits, doc);
		expect(issues.map((i) => `${i.path}:${i.message}`)).toEqual(expected ? [expected] : []);
		if (expected) expect(adminReason(issues)).not.toContain('org.');
	});
});
