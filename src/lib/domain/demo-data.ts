import { orgUnitDocId } from './ids';
import type { OrgUnit } from './org-unit.schema';

// The demo organisation (DEMO mode of `npm start`, and the tablet before its first sign-in):
// a province with two communes directly under it (two-tier government since 1 July 2025) and a
// legacy district still holding a third commune, as older data does.

type Unit = Omit<OrgUnit, '_id' | 'type'>;

const units: Unit[] = [
	{ id: 'P01', name: 'Tỉnh Demo', level: 'province', parentId: null },
	{
		id: 'C01',
		name: 'Xã An Bình',
		level: 'commune',
		parentId: 'P01',
		population: { '2025': 4200, '2026': 4250 }
	},
	{
		id: 'C02',
		name: 'Xã Hòa Lợi',
		level: 'commune',
		parentId: 'P01',
		population: { '2025': 3100, '2026': 3150 }
	},
	{ id: 'D01', name: 'Huyện Cũ', level: 'district', parentId: 'P01', retired: true },
	{
		id: 'C03',
		name: 'Xã Tân Phú',
		level: 'commune',
		parentId: 'D01',
		population: { '2025': 2800, '2026': 2790 }
	},
	{ id: 'C01-H01', name: 'Thôn Đông', level: 'hamlet', parentId: 'C01', kindLabel: 'Thôn' },
	{ id: 'C01-H02', name: 'Thôn Tây', level: 'hamlet', parentId: 'C01', kindLabel: 'Thôn' },
	{ id: 'C01-H03', name: 'Thôn Bắc Sơn', level: 'hamlet', parentId: 'C01', kindLabel: 'Thôn' },
	{ id: 'C02-H01', name: 'Ấp Hòa Thạnh', level: 'hamlet', parentId: 'C02', kindLabel: 'Ấp' },
	{ id: 'C02-H02', name: 'Ấp Hòa Hưng', level: 'hamlet', parentId: 'C02', kindLabel: 'Ấp' },
	{
		id: 'C03-H01',
		name: 'Tổ dân phố 1',
		level: 'hamlet',
		parentId: 'C03',
		kindLabel: 'Tổ dân phố'
	},
	{ id: 'C03-H02', name: 'Tổ dân phố 2', level: 'hamlet', parentId: 'C03', kindLabel: 'Tổ dân phố' }
];

export const demoOrgUnits: OrgUnit[] = units.map((u) => ({
	_id: orgUnitDocId(u.id),
	type: 'orgUnit',
	...u
}));

export const DEMO_PASSWORD = 'demo1234';

export interface DemoUser {
	name: string;
	role: 'officer' | 'reviewer' | 'admin';
	/** The org unit the account works in (a commune for officers, any unit for reviewers). */
	scope: string | null;
	description: string;
	/** The person's name, as the administrator would write it (the officer's header shows it). */
	fullName?: string;
}

export const demoUsers: DemoUser[] = [
	{
		name: 'canbo.c01',
		role: 'officer',
		scope: 'C01',
		description: 'Cán bộ Xã An Bình',
		fullName: 'Nguyễn Thị Hoa'
	},
	{
		name: 'canbo.c02',
		role: 'officer',
		scope: 'C02',
		description: 'Cán bộ Xã Hòa Lợi',
		fullName: 'Trần Văn Bình'
	},
	{
		name: 'canbo.c03',
		role: 'officer',
		scope: 'C03',
		description: 'Cán bộ Xã Tân Phú',
		fullName: 'Lê Thị Cúc'
	},
	{
		name: 'duyet.p01',
		role: 'reviewer',
		scope: 'P01',
		description: 'Người duyệt cấp tỉnh (cả 3 xã)'
	},
	{
		name: 'duyet.d01',
		role: 'reviewer',
		scope: 'D01',
		description: 'Người duyệt Huyện Cũ (chỉ Xã Tân Phú)'
	},
	{ name: 'quantri', role: 'admin', scope: 'P01', description: 'Quản trị viên tỉnh' }
];
