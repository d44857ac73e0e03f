import Dexie from 'dexie';
import { communeProgress, type CommuneProgress } from '$lib/domain/progress';
import { orgIndex } from '$lib/domain/scope';
import type { LocalDatabase } from './db';

/** The commune's progress this period, from what the tablet holds (the commune's records and the configuration). */
export async function loadCommuneProgress(
	db: LocalDatabase,
	communeId: string,
	period: number
): Promise<CommuneProgress | null> {
	const [units, targets, recognised] = await Promise.all([
		db.orgUnits.toArray(),
		db.targets.toArray(),
		db.assessments
			.where('[communeId+status+updatedAt]')
			.between([communeId, 'recognised', Dexie.minKey], [communeId, 'recognised', Dexie.maxKey])
			.filter((a) => a.period === period)
			.count()
	]);
	const commune = units.find((u) => u.id === communeId);
	return commune ? communeProgress(orgIndex(units), targets, commune, recognised, period) : null;
}
