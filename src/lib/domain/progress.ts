import type { OrgUnit } from './org-unit.schema';
import { targetFor } from './report';
import { countedUnder, type OrgIndex } from './scope';

// The commune's progress as the officer sees it on her home screen: people 16+ recognised this
// year against the target that applies, by the same rule as the reviewer's report (targetFor).

export interface CommuneProgress {
	period: number;
	recognised: number;
	/** Citizens 16+ of the commune in the period; null when the administrator has not entered it. */
	population: number | null;
	/** The target in percent. */
	target: number;
	/** How many people the target means (rounded up); null without a population. */
	targetPeople: number | null;
	/** Still to recognise to reach it (0 once reached); null without a population. */
	needed: number | null;
	/** The commune that took this retired one over, where the reports count its people; null when in use. */
	countedIn: string | null;
}

export function communeProgress(
	index: OrgIndex,
	targets: Parameters<typeof targetFor>[1],
	commune: Pick<OrgUnit, 'id' | 'population'>,
	recognised: number,
	period: number
): CommuneProgress {
	const target = targetFor(index, targets, commune.id, period);
	const population = commune.population?.[String(period)] ?? null;
	const targetPeople = population === null ? null : Math.ceil((population * target) / 100);
	const needed = targetPeople === null ? null : Math.max(0, targetPeople - recognised);
	const to = countedUnder(index.byId, commune.id);
	const countedIn =
		to === commune.id ? null : ((index.byId.get(to) as Partial<Pick<OrgUnit, 'name'>>).name ?? to);
	return { period, recognised, population, target, targetPeople, needed, countedIn };
}
