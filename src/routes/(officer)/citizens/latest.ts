import type { LocalDatabase } from '$lib/db/db';
import type { AssessmentRecord } from '$lib/db/records';

/**
 * The latest assessment of each citizen on a page of the register (latest period, then latest
 * change), in one indexed query. Kept here until the db layer offers it (listed in the report).
 */
export async function latestAssessments(db: LocalDatabase, citizenIds: string[]): Promise<Map<string, AssessmentRecord>> {
	const latest = new Map<string, AssessmentRecord>();
	if (citizenIds.length === 0) return latest;
	const all = await db.assessments.where('citizenId').anyOf(citizenIds).toArray();
	for (const a of all) {
		const seen = latest.get(a.citizenId);
		if (!seen || a.period > seen.period || (a.period === seen.period && a.updatedAt > seen.updatedAt)) latest.set(a.citizenId, a);
	}
	return latest;
}
