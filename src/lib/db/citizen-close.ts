import { isActiveCitizen } from '$lib/domain/citizen.schema';
import { followCitizen } from './assessments';
import { toCitizenRecord } from './citizen-keys';
import type { WorkContext } from './citizens';
import type { LocalDatabase } from './db';
import { isQuotaError } from './quota';
import { toWire, type CitizenRecord } from './records';

// Taking a wrongly registered citizen off the register, and merging two records of one person,
// on the tablet (offline). Each is an ordinary change to the citizen document, sent like any other;
// the server applies the same rules (domain/citizen-close.ts) and may still refuse, in which case
// the record keeps its refusal and nothing is lost.

/** Why it cannot be done; a key of the officer catalog (close.*). */
export type CloseProblem =
	| 'close.notFound'
	| 'close.hasAssessments'
	| 'close.same'
	| 'close.dropSent'
	| 'close.samePeriod'
	| 'close.chain'
	| 'close.quota';
export type CloseOutcome =
	{ ok: true; citizen: CitizenRecord } | { ok: false; problem: CloseProblem; period?: number };

/** The officer's statuses an assessment may move in: never sent, so the server holds none of them. */
const MOVABLE = ['draft', 'ready'];

async function guarded(work: () => Promise<CloseOutcome>): Promise<CloseOutcome> {
	try {
		return await work();
	} catch (e) {
		if (isQuotaError(e)) return { ok: false, problem: 'close.quota' };
		throw e;
	}
}

const active = async (db: LocalDatabase, id: string, communeId: string) => {
	const c = await db.citizens.get(id);
	return c && c.communeId === communeId && isActiveCitizen(c) ? c : null;
};

/** Stamp a citizen's new state as the record the tablet keeps (its list keys dropped: off the register). */
function closed(c: CitizenRecord, change: Partial<CitizenRecord>, at: string): CitizenRecord {
	const doc = { ...(toWire(c) as CitizenRecord), ...change, updatedAt: at };
	return toCitizenRecord(doc, { dirty: 1 });
}

/** Remove a citizen registered by mistake: only while no assessment names them. */
export function removeCitizen(
	db: LocalDatabase,
	id: string,
	ctx: WorkContext,
	reason?: string
): Promise<CloseOutcome> {
	return guarded(() =>
		db.transaction('rw', db.citizens, db.assessments, async (): Promise<CloseOutcome> => {
			const c = await active(db, id, ctx.communeId);
			if (!c) return { ok: false, problem: 'close.notFound' };
			if ((await db.assessments.where('citizenId').equals(id).count()) > 0)
				return { ok: false, problem: 'close.hasAssessments' };
			const at = new Date().toISOString();
			const citizen = closed(
				c,
				{ removed: { at, by: ctx.user, ...(reason?.trim() ? { reason: reason.trim() } : {}) } },
				at
			);
			await db.citizens.put(citizen);
			return { ok: true, citizen };
		})
	);
}

/**
 * Merge `dropId` into `keepId` (two records of one person): the dropped record's assessments
 * still in the officer's hands move to the kept one (hamlet, group and result follow it). One
 * already sent stays where the server has it: then keep that record instead. Both may not have
 * an assessment of the same year.
 */
export function mergeCitizens(
	db: LocalDatabase,
	keepId: string,
	dropId: string,
	ctx: WorkContext
): Promise<CloseOutcome> {
	return guarded(() =>
		db.transaction(
			'rw',
			[db.citizens, db.assessments, db.criteriaSets],
			async (): Promise<CloseOutcome> => {
				if (keepId === dropId) return { ok: false, problem: 'close.same' };
				const [keep, drop] = [
					await active(db, keepId, ctx.communeId),
					await active(db, dropId, ctx.communeId)
				];
				if (!keep || !drop) return { ok: false, problem: 'close.notFound' };
				// No chains: a record others were merged into is kept, never merged away (a rare action: one scan).
				if (await db.citizens.filter((c) => c.merged?.into === dropId).first())
					return { ok: false, problem: 'close.chain' };
				const moving = await db.assessments.where('citizenId').equals(dropId).toArray();
				if (moving.some((a) => !MOVABLE.includes(a.status) || a._rev))
					return { ok: false, problem: 'close.dropSent' };
				const kept = await db.assessments.where('citizenId').equals(keepId).toArray();
				const clash = moving.find((a) => kept.some((k) => k.period === a.period));
				if (clash) return { ok: false, problem: 'close.samePeriod', period: clash.period };
				const at = new Date().toISOString();
				// Moved first as they are, then made to fit the kept record by the same step as a corrected citizen.
				await db.assessments.bulkPut(
					moving.map((a) => ({ ...a, citizenId: keepId, updatedAt: at, dirty: 1 as const }))
				);
				await followCitizen(db, keep);
				const citizen = closed(drop, { merged: { into: keepId, at, by: ctx.user } }, at);
				await db.citizens.put(citizen);
				return { ok: true, citizen };
			}
		)
	);
}
