import { describe, expect, it } from 'vitest';
import { validateDocument } from '$lib/domain/schemas';
import { acceptedUnit } from './hamlet-proposals';

describe('acceptedUnit', () => {
	it('is a hamlet of the commune under the proposal’s own id, named as chosen, with its word', () => {
		const p = {
			_id: 'hamlet:C01:01J0000000000000000000000H',
			type: 'hamlet' as const,
			communeId: 'C01',
			id: '01J0000000000000000000000H',
			name: 'xom dong chua',
			createdAt: '2026-05-01T08:00:00.000Z',
			createdBy: 'canbo.c01'
		};
		const unit = acceptedUnit(p, '  Xóm  Đồng Chùa ');
		expect(unit).toEqual({
			_id: 'orgUnit:01J0000000000000000000000H',
			type: 'orgUnit',
			id: p.id,
			name: 'Xóm Đồng Chùa',
			level: 'hamlet',
			parentId: 'C01',
			kindLabel: 'Xóm'
		});
		expect(validateDocument(unit).ok).toBe(true);
	});
});
