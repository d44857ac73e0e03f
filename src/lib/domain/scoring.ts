import type { Reason, ScoreResult } from './assessment.schema';
import type { CriteriaSet, Criterion, Indicator } from './criteria-set.schema';

// The one function that turns answers into a result. The tablet runs it on every answer, the
// gateway runs it again on every written assessment and refuses a stored result that differs, so
// it must be deterministic to the bit: points and percentages are converted to integer hundredths
// before any sum or comparison (0.1 + 0.2 must not decide whether someone is recognised).

/** An indicator with an empty `groups` list applies to every group. */
export function appliesTo(indicator: Indicator, group: string): boolean {
	return indicator.groups.length === 0 || indicator.groups.includes(group);
}

/** A group the set does not list has no form: nothing applies to it, so it is never recognised. */
const knownGroup = (set: CriteriaSet, group: string) => set.groups.some((g) => g.id === group);

export function applicableIndicators(set: CriteriaSet, group: string): Indicator[] {
	if (!knownGroup(set, group)) return [];
	return set.criteria.flatMap((c) => c.indicators.filter((i) => appliesTo(i, group)));
}

/**
 * The criteria a group is assessed on, in order, each holding only the indicators that apply to
 * the group: the wizard shows one of these per screen.
 */
export function criteriaForGroup(set: CriteriaSet, group: string): Criterion[] {
	if (!knownGroup(set, group)) return [];
	return set.criteria
		.map((c) => ({ ...c, indicators: c.indicators.filter((i) => appliesTo(i, group)) }))
		.filter((c) => c.indicators.length > 0);
}

/** Points in integer hundredths. */
const cents = (n: number) => Math.round(n * 100);
const fromCents = (n: number) => n / 100;

/** The best an indicator can score: its highest option. */
export function indicatorMax(indicator: Indicator): number {
	return fromCents(indicatorMaxCents(indicator));
}
const indicatorMaxCents = (indicator: Indicator) =>
	Math.max(0, ...indicator.options.map((o) => cents(o.points)));

/** The chosen option, or undefined when unanswered or answered with a key the indicator does not offer. */
export function chosenOption(indicator: Indicator, answers: Record<string, string>) {
	const key = Object.hasOwn(answers, indicator.id) ? answers[indicator.id] : undefined;
	return key === undefined ? undefined : indicator.options.find((o) => o.key === key);
}

/** got·10000 ≥ percentCents·max, all integers: "got is at least percent% of max". */
const reaches = (gotCents: number, maxCents: number, percent: number) =>
	gotCents * 10000 >= cents(percent) * maxCents;

/**
 * The least score that reaches `percent`% of `max`, for telling people what they need. When every
 * option is worth whole points, a fractional need is rounded up to the next whole point, since
 * that is what must actually be scored.
 */
function needCents(maxCents: number, percent: number, wholePoints: boolean): number {
	const exact = Math.ceil((cents(percent) * maxCents) / 10000);
	return wholePoints ? Math.ceil(exact / 100) * 100 : exact;
}

export function score(
	set: CriteriaSet,
	group: string,
	answers: Record<string, string>
): ScoreResult {
	const criteria = criteriaForGroup(set, group);
	if (criteria.length === 0)
		return {
			total: 0,
			max: 0,
			perCriterion: {},
			recognised: false,
			reasons: [{ code: 'no_indicators' }]
		};

	const unanswered: Reason[] = [];
	const requiredMissed: Reason[] = [];
	const criterionBelow: Reason[] = [];
	const perCriterion: ScoreResult['perCriterion'] = {};
	let totalCents = 0;
	let maxCents = 0;
	const wholePoints = criteria.every((c) =>
		c.indicators.every((i) => i.options.every((o) => cents(o.points) % 100 === 0))
	);

	for (const criterion of criteria) {
		let gotC = 0;
		let maxC = 0;
		for (const indicator of criterion.indicators) {
			const option = chosenOption(indicator, answers);
			const points = option ? cents(option.points) : 0;
			gotC += points;
			maxC += indicatorMaxCents(indicator);
			if (!option)
				unanswered.push({
					code: 'unanswered',
					criterionId: criterion.id,
					indicatorId: indicator.id
				});
			// "Reaching" a required indicator means earning some points on it: "Chưa đạt"/"Chưa" score 0.
			else if (indicator.required && points === 0)
				requiredMissed.push({
					code: 'required_missed',
					criterionId: criterion.id,
					indicatorId: indicator.id
				});
		}
		perCriterion[criterion.id] = { score: fromCents(gotC), max: fromCents(maxC) };
		totalCents += gotC;
		maxCents += maxC;
		if (criterion.minPercent !== undefined && !reaches(gotC, maxC, criterion.minPercent))
			criterionBelow.push({
				code: 'criterion_below',
				criterionId: criterion.id,
				got: fromCents(gotC),
				need: fromCents(needCents(maxC, criterion.minPercent, wholePoints)),
				max: fromCents(maxC)
			});
	}

	const reasons: Reason[] = [...unanswered, ...requiredMissed, ...criterionBelow];
	if (!reaches(totalCents, maxCents, set.rule.passPercent))
		reasons.push({
			code: 'total_below',
			got: fromCents(totalCents),
			need: fromCents(needCents(maxCents, set.rule.passPercent, wholePoints)),
			max: fromCents(maxCents)
		});
	const recognised = reasons.length === 0;
	return {
		total: fromCents(totalCents),
		max: fromCents(maxCents),
		perCriterion,
		recognised,
		reasons: recognised ? [{ code: 'passed' }] : reasons
	};
}

const reasonFields = ['code', 'criterionId', 'indicatorId', 'got', 'need', 'max'] as const;
const reasonKey = (r: Reason) => JSON.stringify(reasonFields.map((f) => r[f] ?? null));

/**
 * Whether two results say the same thing. Used by the gateway ("the stored result must equal the
 * recomputed one"): field by field, so a document that went through JSON (undefined fields
 * dropped) still compares equal, and reasons in any order.
 */
export function sameResult(a: ScoreResult, b: ScoreResult): boolean {
	if (a.total !== b.total || a.max !== b.max || a.recognised !== b.recognised) return false;
	const ka = Object.keys(a.perCriterion);
	if (ka.length !== Object.keys(b.perCriterion).length) return false;
	for (const k of ka) {
		const x = a.perCriterion[k];
		const y = Object.hasOwn(b.perCriterion, k) ? b.perCriterion[k] : undefined;
		if (!y || x.score !== y.score || x.max !== y.max) return false;
	}
	if (a.reasons.length !== b.reasons.length) return false;
	const ra = a.reasons.map(reasonKey).sort();
	const rb = b.reasons.map(reasonKey).sort();
	return ra.every((k, i) => k === rb[i]);
}
