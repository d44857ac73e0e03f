import type { Assessment } from './assessment.schema';
import type { Citizen } from './citizen.schema';
import type { CriteriaSet } from './criteria-set.schema';
import { checkEligibility } from './eligibility';
import { duplicateKey } from './search-key';
import { sameResult, score } from './scoring';

// What a reviewer is warned about before recognising anyone, computed from the data alone. The
// gateway already refuses a result that disagrees with the answers, but data can reach the store
// around it (an Apache CouchDB port on a LAN, an import, a criteria set changed under old
// documents), so the reviewer's screen recomputes rather than trusts. An assessment with any flag
// is left out of "recognise all clean ones": a person has to look at it.

export type FlagCode =
	/** The stored result is not the one the shared scoring function gives for the answers. */
	| 'result_mismatch'
	/** The criteria set the assessment names is not known, so nothing can be recomputed. */
	| 'criteria_missing'
	/** The citizen is younger than the set's minimum age in the assessment's period. */
	| 'under_age'
	/** The citizen record is missing on the server. */
	| 'citizen_missing'
	/** Another citizen of the commune has the same name (accents and spacing aside), birth year and hamlet. */
	| 'possible_duplicate';

export interface Flag {
	code: FlagCode;
	/** possible_duplicate: the other citizens' ids. under_age: the age reached in the period. */
	others?: string[];
	age?: number;
	minAge?: number;
}

type CitizenLike = Pick<Citizen, '_id' | 'fullName' | 'birthYear' | 'hamletId'>;

/**
 * For each citizen of `subject`, the other citizens (from `subject` and `candidates`, the commune's
 * records sharing its hamlet and birth year) with the same duplicate key. Citizens without a twin
 * are absent from the map.
 */
export function findDuplicates(
	subject: readonly CitizenLike[],
	candidates: readonly CitizenLike[]
): Map<string, string[]> {
	const byKey = new Map<string, Set<string>>();
	for (const c of [...subject, ...candidates]) {
		const key = duplicateKey(c.fullName, c.birthYear, c.hamletId);
		const ids = byKey.get(key) ?? new Set<string>();
		ids.add(c._id);
		byKey.set(key, ids);
	}
	const result = new Map<string, string[]>();
	for (const c of subject) {
		const ids = byKey.get(duplicateKey(c.fullName, c.birthYear, c.hamletId))!;
		const others = [...ids].filter((id) => id !== c._id).sort();
		if (others.length > 0) result.set(c._id, others);
	}
	return result;
}

export interface FlagInput {
	assessment: Pick<Assessment, 'group' | 'answers' | 'result' | 'period'>;
	citizen: CitizenLike | null;
	criteriaSet: CriteriaSet | null;
	/** The citizen's possible twins (from findDuplicates). */
	duplicates?: readonly string[];
}

/** Every flag of one assessment, in a stable order (the order of FlagCode). */
export function flagsOf(input: FlagInput): Flag[] {
	const { assessment, citizen, criteriaSet } = input;
	const flags: Flag[] = [];
	if (!criteriaSet) flags.push({ code: 'criteria_missing' });
	else if (!sameResult(score(criteriaSet, assessment.group, assessment.answers), assessment.result))
		flags.push({ code: 'result_mismatch' });

	if (!citizen) flags.push({ code: 'citizen_missing' });
	else {
		const minAge = criteriaSet?.minAge ?? 16;
		const eligibility = checkEligibility(citizen.birthYear, assessment.period, minAge);
		if (!eligibility.eligible) flags.push({ code: 'under_age', age: eligibility.age, minAge });
	}
	if (input.duplicates && input.duplicates.length > 0)
		flags.push({ code: 'possible_duplicate', others: [...input.duplicates] });
	return flags;
}

/** The birth years and hamlets to look up for possible twins: one view key per distinct pair. */
export function duplicateLookupKeys(citizens: readonly CitizenLike[]): [string, number][] {
	const seen = new Map<string, [string, number]>();
	for (const c of citizens) seen.set(`${c.hamletId}|${c.birthYear}`, [c.hamletId, c.birthYear]);
	return [...seen.values()].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
}
