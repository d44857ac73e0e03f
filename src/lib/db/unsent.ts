import type { LocalDatabase } from './db';

/**
 * How many records on the tablet the server has not acknowledged yet (drafts included): what
 * signing out, or handing the tablet to someone else, must warn about.
 */
export async function countUnsent(db: LocalDatabase): Promise<number> {
	const counts = await Promise.all([db.citizens, db.assessments, db.batches].map((table) => table.where('dirty').equals(1).count()));
	return counts.reduce((a, b) => a + b, 0);
}
