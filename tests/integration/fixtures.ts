import type { Assessment } from '../../src/lib/domain/assessment.schema';
import type { Citizen } from '../../src/lib/domain/citizen.schema';
import { defaultCriteriaSet, GROUP_FARMERS } from '../../src/lib/domain/criteria-default';
import { newDocId } from '../../src/lib/domain/ids';
import { applicableIndicators, score } from '../../src/lib/domain/scoring';

const AT = '2026-03-01T08:00:00.000Z';

export function citizen(communeId: string, extra: Partial<Citizen> = {}): Citizen {
	return {
		_id: newDocId('citizen', communeId),
		type: 'citizen',
		communeId,
		hamletId: `${communeId}-H01`,
		fullName: 'Nguyễn Thị Bình',
		birthYear: 1958,
		gender: 'female',
		group: GROUP_FARMERS,
		createdAt: AT,
		createdBy: `canbo.${communeId.toLowerCase()}`,
		updatedAt: AT,
		...extra
	};
}

/** A sent assessment whose stored result is the recomputed one. */
export function assessment(communeId: string, extra: Partial<Assessment> = {}): Assessment {
	const answers = Object.fromEntries(
		applicableIndicators(defaultCriteriaSet, GROUP_FARMERS).map((i) => [i.id, i.options[0].key])
	);
	return {
		_id: newDocId('assessment', communeId),
		type: 'assessment',
		citizenId: newDocId('citizen', communeId),
		communeId,
		hamletId: `${communeId}-H01`,
		criteriaSetId: defaultCriteriaSet.slug,
		criteriaSetVersion: defaultCriteriaSet.version,
		period: 2026,
		group: GROUP_FARMERS,
		answers,
		result: score(defaultCriteriaSet, GROUP_FARMERS, answers),
		assessedBy: `canbo.${communeId.toLowerCase()}`,
		assessedAt: AT,
		updatedAt: AT,
		status: 'sent',
		...extra
	};
}

/** The citizen an assessment names, as the server needs it stored before (or with) the assessment. */
export function citizenOf(a: Assessment, extra: Partial<Citizen> = {}): Citizen {
	return citizen(a.communeId, {
		_id: a.citizenId,
		hamletId: a.hamletId,
		group: a.group,
		createdBy: a.assessedBy,
		...extra
	});
}

export const reviewEntry = (
	by: string,
	decision: 'recognised' | 'returned' | 'rejected',
	comment?: string
) => ({
	by,
	at: '2026-03-05T09:00:00.000Z',
	decision,
	...(comment ? { comment } : {})
});
