import { describe, expect, it } from 'vitest';
import type { Batch } from './assessment.schema';
import type { Citizen } from './citizen.schema';
import { defaultCriteriaSet, GROUP_FARMERS } from './criteria-default';
import { validateDocument } from './schemas';
import { DOC_BYTES } from './sizes';
import { sampleAssessment } from './test-docs';
import { MAX_BATCH_ASSESSMENTS } from '../sync/outbox';

// The per-type bounds are set from these measurements, with a wide margin: a realistic document at
// its largest must pass, with room to spare.

const bytes = (doc: unknown) => new TextEncoder().encode(JSON.stringify(doc)).byteLength;
const AT = '2026-03-01T08:00:00.000Z';
const ulid = '01J0000000000000000000000A';
const vi = (n: number) => 'Nguyễn Thị Ánh Tuyết '.repeat(Math.ceil(n / 21)).slice(0, n);

const citizen: Citizen = {
	_id: `citizen:C01:${ulid}`,
	type: 'citizen',
	communeId: 'C01',
	hamletId: 'C01-H01',
	household: vi(120),
	fullName: vi(100),
	birthYear: 1960,
	gender: 'female',
	group: GROUP_FARMERS,
	phone: '+849123456789',
	idCardLast4: '1234',
	createdAt: AT,
	createdBy: 'canbo.c01',
	updatedAt: AT
};

describe('document sizes', () => {
	it('a citizen with every field at its longest fits its bound 5 times over', () => {
		expect(validateDocument(citizen).ok).toBe(true);
		expect(bytes(citizen) * 5).toBeLessThan(DOC_BYTES.citizen);
	});
	it('an assessment with ten decisions, each with the longest comment, fits its bound', () => {
		const entry = { by: 'duyet.p01', at: AT, decision: 'returned' as const, comment: vi(1000) };
		const a = sampleAssessment(citizen._id, {
			_id: `assessment:C01:${ulid}`,
			status: 'returned',
			review: entry,
			history: Array.from({ length: 10 }, () => entry),
			batchId: `batch:C01:${ulid}`
		});

		expect(validateDocument(a).ok).toBe(true);
		expect(bytes(a)).toBeLessThan(DOC_BYTES.assessment);
	});
	it('a batch of the most members the tablet puts in one fits its bound twice over', () => {
		const ids = (type: string) =>
			Array.from(
				{ length: MAX_BATCH_ASSESSMENTS },
				(_, i) => `${type}:C01:01J${String(i).padStart(23, '0')}`
			);
		const b: Batch = {
			_id: `batch:C01:${ulid}`,
			type: 'batch',
			communeId: 'C01',
			officer: 'canbo.c01',
			createdAt: AT,
			sentAt: AT,
			assessmentIds: ids('assessment'),
			citizenIds: ids('citizen'),
			count: MAX_BATCH_ASSESSMENTS,
			status: 'sent'
		};
		expect(bytes(b) * 2).toBeLessThan(DOC_BYTES.batch);
	});
	it('the bundled criteria set fits its bound 20 times over', () => {
		expect(bytes(defaultCriteriaSet) * 20).toBeLessThan(DOC_BYTES.criteriaSet);
	});
});
