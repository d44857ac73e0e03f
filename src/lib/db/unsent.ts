import type { LocalDatabase } from './db';

export interface Unsent {
	citizens: number;
	assessments: number;
	batches: number;
	/** Hamlets the officer added in the field. */
	hamlets: number;
}

/**
 * What on the tablet the server has not acknowledged yet (drafts included), per kind: signing out,
 * or handing the tablet to someone else, warns in people and assessments (UI.md), never "records".
 */
export async function unsentByKind(db: LocalDatabase): Promise<Unsent> {
	const [citizens, assessments, batches, hamlets] = await Promise.all(
		[db.citizens, db.assessments, db.batches, db.hamlets].map((table) =>
			table.where('dirty').equals(1).count()
		)
	);
	return { citizens, assessments, batches, hamlets };
}

/** How many records in all the server has not acknowledged yet. */
export async function countUnsent(db: LocalDatabase): Promise<number> {
	const { citizens, assessments, batches, hamlets } = await unsentByKind(db);
	return citizens + assessments + batches + hamlets;
}
