import { describe, expect, it } from 'vitest';
import type { Hamlet } from '$lib/domain/hamlet.schema';
import { namer } from './hamlets';

const proposal = (id: string, name: string, mappedTo?: string): Hamlet => ({
	_id: `hamlet:C01:${id}`,
	type: 'hamlet',
	communeId: 'C01',
	id,
	name,
	createdAt: '2026-05-01T08:00:00.000Z',
	createdBy: 'canbo.c01',
	...(mappedTo ? { mappedTo } : {})
});
const tree = new Map([
	['C01-H01', 'Thôn Đông'],
	['01J000000000000000000000AC', 'Xóm Chùa (chính thức)']
]);

describe('the reviewer’s hamlet names', () => {
	it.each([
		['a hamlet of the tree', 'C01-H01', 'Thôn Đông'],
		['an added hamlet not settled yet', '01J000000000000000000000NE', 'Xóm Mới'],
		['an added hamlet merged into one of the tree', '01J000000000000000000000MG', 'Thôn Đông'],
		[
			'an added hamlet accepted (and renamed)',
			'01J000000000000000000000AC',
			'Xóm Chùa (chính thức)'
		],
		['an unknown id', 'X', 'X']
	])('%s', (_name, id, expected) => {
		const name = namer(
			[
				proposal('01J000000000000000000000NE', 'Xóm Mới'),
				proposal('01J000000000000000000000MG', 'Xóm Đông', 'C01-H01'),
				proposal('01J000000000000000000000AC', 'Xóm Chùa', '01J000000000000000000000AC')
			],
			(i) => tree.get(i)
		);
		expect(name(id)).toBe(expected);
	});
});
