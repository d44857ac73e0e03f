import Dexie from 'dexie';
import type { AssessmentStatus } from '$lib/domain/assessment.schema';
import { registerTable } from '$lib/import/register-sheet';
import { currentCriteriaSet } from './criteria';
import type { LocalDatabase } from './db';
import { getOrgUnit, hamletNames } from './org';

/**
 * The commune's register with each person's status in `period`, as the table the .xlsx is made
 * from. Two range reads (citizens in list order, the commune's assessments), not one per person.
 */
export async function registerExport(
	db: LocalDatabase,
	communeId: string,
	period: number,
	now = new Date()
) {
	const [people, assessments, hamlets, commune, set] = await Promise.all([
		db.citizens
			.where('[communeId+sortKey]')
			.between([communeId, Dexie.minKey], [communeId, Dexie.maxKey])
			.toArray(),
		db.assessments
			.where('[communeId+updatedAt]')
			.between([communeId, Dexie.minKey], [communeId, Dexie.maxKey])
			.toArray(),
		hamletNames(db, communeId),
		getOrgUnit(db, communeId),
		currentCriteriaSet(db)
	]);
	// The latest change of the period wins, as on the register's own badges.
	const status = new Map<string, AssessmentStatus>();
	for (const a of assessments) if (a.period === period) status.set(a.citizenId, a.status);
	const groups = new Map((set?.groups ?? []).map((g) => [g.id, g.name]));
	return registerTable(
		{
			communeName: commune?.name ?? communeId,
			period,
			people,
			statuses: people.map((p) => status.get(p._id)),
			hamletName: (id) => hamlets.get(id) ?? id,
			groupName: (id) => groups.get(id) ?? id
		},
		now
	);
}
