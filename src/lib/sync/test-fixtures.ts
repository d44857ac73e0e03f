import { citizenKeys } from '$lib/db/citizen-keys';
import type { AssessmentRecord, CitizenRecord } from '$lib/db/records';
import { defaultCriteriaSet, GROUP_FARMERS } from '$lib/domain/criteria-default';
import { applicableIndicators, score } from '$lib/domain/scoring';

// Valid citizens and assessments for the sync specs and the integration tests: the gateway checks
// every document against its schema and recomputes each result, so test data must be real data.

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Đặng', 'Bùi'];
const GIVEN = [
	'Văn An',
	'Thị Hồng',
	'Đức Minh',
	'Thị Lan',
	'Quốc Bảo',
	'Thị Mai',
	'Hữu Nghĩa',
	'Ngọc Ánh'
];

/** A sortable id part that is unique per index, like the ULIDs the device makes. */
const idPart = (prefix: string, i: number) => `${prefix}${String(i).padStart(10, '0')}`;

export function makeCitizen(
	i: number,
	opts: { communeId?: string; hamletId?: string; officer?: string; at?: string } = {}
): CitizenRecord {
	const communeId = opts.communeId ?? 'C01';
	const at = opts.at ?? '2026-03-01T08:00:00.000Z';
	const doc = {
		_id: `citizen:${communeId}:${idPart('CZ', i)}`,
		type: 'citizen' as const,
		communeId,
		hamletId: opts.hamletId ?? `${communeId}-H0${(i % 3) + 1}`,
		household: `Hộ ${Math.floor(i / 4) + 1}`,
		fullName: `${FAMILY[i % FAMILY.length]} ${GIVEN[(i >> 3) % GIVEN.length]}`,
		birthYear: 1950 + (i % 50),
		gender: i % 2 ? ('male' as const) : ('female' as const),
		group: GROUP_FARMERS,
		createdAt: at,
		createdBy: opts.officer ?? 'canbo.c01',
		updatedAt: at
	};
	return { ...doc, ...citizenKeys(doc), dirty: 1 };
}

const OPTIONS_BY_SEED = (indicatorIndex: number, seed: number) => (indicatorIndex + seed) % 3;

export function makeAssessment(
	citizen: Pick<CitizenRecord, '_id' | 'communeId' | 'hamletId' | 'group'>,
	i: number,
	opts: { status?: AssessmentRecord['status']; officer?: string; at?: string; seed?: number } = {}
): AssessmentRecord {
	const at = opts.at ?? '2026-03-02T08:00:00.000Z';
	const answers = answersFor(citizen.group, opts.seed ?? i);
	return {
		_id: `assessment:${citizen.communeId}:${idPart('AS', i)}`,
		type: 'assessment',
		citizenId: citizen._id,
		communeId: citizen.communeId,
		hamletId: citizen.hamletId,
		criteriaSetId: defaultCriteriaSet._id,
		criteriaSetVersion: defaultCriteriaSet.version,
		period: 2026,
		group: citizen.group,
		answers,
		result: score(defaultCriteriaSet, citizen.group, answers),
		assessedBy: opts.officer ?? 'canbo.c01',
		assessedAt: at,
		updatedAt: at,
		status: opts.status ?? 'ready',
		dirty: 1
	};
}

/** Every applicable indicator answered; `seed` varies the choices (and so the result). */
export function answersFor(group: string, seed: number): Record<string, string> {
	const answers: Record<string, string> = {};
	applicableIndicators(defaultCriteriaSet, group).forEach((indicator, k) => {
		const options = indicator.options;
		answers[indicator.id] = options[OPTIONS_BY_SEED(k, seed) % options.length].key;
	});
	return answers;
}

/** The officer changes answers: the result is recomputed, as the wizard does. */
export function withAnswers(a: AssessmentRecord, seed: number, at: string): AssessmentRecord {
	const answers = answersFor(a.group, seed);
	return {
		...a,
		answers,
		result: score(defaultCriteriaSet, a.group, answers),
		updatedAt: at,
		dirty: 1
	};
}

/** n citizens with one ready assessment each. */
export function makeWork(
	n: number,
	opts: { communeId?: string; from?: number } = {}
): { citizens: CitizenRecord[]; assessments: AssessmentRecord[] } {
	const citizens: CitizenRecord[] = [];
	const assessments: AssessmentRecord[] = [];
	for (let k = 0; k < n; k++) {
		const i = (opts.from ?? 0) + k;
		const c = makeCitizen(i, opts);
		citizens.push(c);
		assessments.push(makeAssessment(c, i));
	}
	return { citizens, assessments };
}
