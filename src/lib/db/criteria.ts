import { defaultCriteriaSet } from '$lib/domain/criteria-default';
import type { LocalDatabase } from './db';
import type { CriteriaSetRecord } from './records';

/** Store the bundled default set unless the tablet has it already (perhaps a newer copy from the server). */
export async function ensureBundledCriteria(db: LocalDatabase): Promise<void> {
	await db.transaction('rw', db.criteriaSets, async () => {
		if (!(await db.criteriaSets.get(defaultCriteriaSet._id)))
			await db.criteriaSets.add(defaultCriteriaSet);
	});
}

export function getCriteriaSet(
	db: LocalDatabase,
	id: string
): Promise<CriteriaSetRecord | undefined> {
	return db.criteriaSets.get(id);
}

/**
 * The set new assessments use: among published sets already in force, take the most recently
 * published one's slug, then that slug's highest version. An administrator's new version of the
 * official text therefore replaces the bundled approximation as soon as the tablet receives it.
 * Sets are few (a handful of versions), so reading them all is cheap.
 */
export async function currentCriteriaSet(
	db: LocalDatabase,
	now: Date = new Date()
): Promise<CriteriaSetRecord | undefined> {
	// Compared as instants: ISO texts with and without milliseconds do not sort as text.
	const time = (iso: string | undefined) => (iso === undefined ? -Infinity : Date.parse(iso));
	const inForce = (await db.criteriaSets.toArray()).filter(
		(s) => s.publishedAt !== undefined && time(s.effectiveFrom) <= now.getTime()
	);
	if (inForce.length === 0) return undefined;
	const newest = inForce.reduce((a, b) => (time(b.publishedAt) > time(a.publishedAt) ? b : a));
	return inForce
		.filter((s) => s.slug === newest.slug)
		.reduce((a, b) => (b.version > a.version ? b : a));
}
