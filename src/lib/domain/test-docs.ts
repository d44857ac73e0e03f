import type { Assessment } from './assessment.schema';
import type { Citizen } from './citizen.schema';
import { defaultCriteriaSet, GROUP_FARMERS } from './criteria-default';
import { applicableIndicators, score } from './scoring';

// Stored documents for the domain specs: a farmer of commune C01 and a sent, scored assessment of
// them (every first option), each changed by what a case needs. Not shipped: specs import it.

export const SAMPLE_AT = '2026-03-01T08:00:00.000Z';

export function sampleCitizen(over: Partial<Citizen> = {}): Citizen {
	return {
		_id: 'citizen:C01:01J0000000000000000000000A',
		type: 'citizen',
		communeId: 'C01',
		hamletId: 'C01-H01',
		fullName: 'Nguyễn Văn An',
		birthYear: 1960,
		gender: 'male',
		group: GROUP_FARMERS,
		createdAt: SAMPLE_AT,
		createdBy: 'canbo.c01',
		updatedAt: SAMPLE_AT,
		...over
	};
}

export const sampleAnswers = (): Record<string, string> =>
	Object.fromEntries(
		applicableIndicators(defaultCriteriaSet, GROUP_FARMERS).map((i) => [i.id, i.options[0].key])
	);

export function sampleAssessment(citizenId: string, over: Partial<Assessment> = {}): Assessment {
	const answers = sampleAnswers();
	return {
		_id: 'assessment:C01:01J0000000000000000000000B',
		type: 'assessment',
		citizenId,
		communeId: 'C01',
		hamletId: 'C01-H01',
		criteriaSetId: defaultCriteriaSet.slug,
		criteriaSetVersion: defaultCriteriaSet.version,
		period: 2026,
		group: GROUP_FARMERS,
		answers,
		result: score(defaultCriteriaSet, GROUP_FARMERS, answers),
		assessedBy: 'canbo.c01',
		assessedAt: SAMPLE_AT,
		updatedAt: SAMPLE_AT,
		status: 'sent',
		...over
	};
}
