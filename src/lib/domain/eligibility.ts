// Who may be assessed in a period. The title is for citizens of 16 and over (the set's minAge);
// officers record birth years only, so age is counted as people count it in Vietnam for such
// purposes: the age reached during the assessment year.

/** The age a person born in `birthYear` reaches during `period` (a year). */
export function ageInPeriod(birthYear: number, period: number): number {
	return period - birthYear;
}

export type IneligibleReason = 'too_young' | 'birth_year_after_period';

export type Eligibility =
	| { eligible: true; age: number }
	| {
			eligible: false;
			reason: IneligibleReason;
			age: number;
			birthYear: number;
			period: number;
			minAge: number;
	  };

export function checkEligibility(birthYear: number, period: number, minAge: number): Eligibility {
	const age = ageInPeriod(birthYear, period);
	// A birth year after the period is a typing mistake, not a very young citizen: say so differently.
	if (birthYear > period)
		return { eligible: false, reason: 'birth_year_after_period', age, birthYear, period, minAge };
	if (age < minAge) return { eligible: false, reason: 'too_young', age, birthYear, period, minAge };
	return { eligible: true, age };
}

/** Under the set's age this year (not a typing mistake): recorded, marked so, never offered an assessment. */
export function isUnderAge(birthYear: number, period: number, minAge: number): boolean {
	const e = checkEligibility(birthYear, period, minAge);
	return !e.eligible && e.reason === 'too_young';
}

/** The message key (messages.ts) and its parameters for a refusal. */
export function eligibilityMessage(e: Extract<Eligibility, { eligible: false }>) {
	return {
		key: `elig.${e.reason}`,
		params: { age: e.age, birthYear: e.birthYear, period: e.period, minAge: e.minAge }
	};
}
