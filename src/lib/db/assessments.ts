import Dexie from 'dexie';
import {
	assessmentSchema,
	assessmentStatuses,
	type AssessmentStatus
} from '$lib/domain/assessment.schema';
import type { CriteriaSet } from '$lib/domain/criteria-set.schema';
import { checkEligibility, eligibilityMessage } from '$lib/domain/eligibility';
import { newDocId } from '$lib/domain/ids';
import type { MessageParams } from '$lib/domain/messages';
import { applicableIndicators, criteriaForGroup, score } from '$lib/domain/scoring';
import type { WorkContext } from './citizens';
import type { LocalDatabase } from './db';
import { hamletNames } from './org';
import { isQuotaError } from './quota';
import { toWire, type AssessmentRecord, type CitizenRecord } from './records';

/** Why an action on an assessment was not done: a message key (messages.ts) and its parameters. */
export interface Problem {
	key: string;
	params?: MessageParams;
}
export type AssessmentOutcome =
	{ ok: true; assessment: AssessmentRecord } | { ok: false; reason: Problem };

/** Statuses in the officer's hands: not yet sent, or sent back for correction. */
const WITH_OFFICER: readonly AssessmentStatus[] = ['draft', 'ready', 'returned'];

const fail = (key: string, params?: MessageParams): { ok: false; reason: Problem } => ({
	ok: false,
	reason: { key, params }
});

// Criteria sets never change under their id (a new text is a new version, a new id), so each
// answer need not read its set again: one officer answers dozens of questions in a row.
const setCache = new WeakMap<LocalDatabase, Map<string, CriteriaSet>>();

async function loadSet(db: LocalDatabase, id: string): Promise<CriteriaSet | undefined> {
	let sets = setCache.get(db);
	if (!sets) setCache.set(db, (sets = new Map()));
	const cached = sets.get(id);
	if (cached) return cached;
	const set = await db.criteriaSets.get(id);
	if (set) sets.set(id, set);
	return set;
}

/** Writes through `write`, turning a full device into a plain message instead of a crash. */
async function guarded<T extends { ok: boolean }>(
	write: () => Promise<T>
): Promise<T | { ok: false; reason: Problem }> {
	try {
		return await write();
	} catch (e) {
		if (isQuotaError(e)) return fail('err.quota');
		throw e;
	}
}

type StartOutcome =
	| { ok: true; assessment: AssessmentRecord; resumed: boolean }
	| { ok: false; reason: Problem; assessment?: AssessmentRecord };

/**
 * Start assessing a citizen for a period, or resume the assessment already begun: one citizen has
 * one assessment per period, so a double tap or a second visit never makes a second one.
 */
export function startAssessment(
	db: LocalDatabase,
	citizen: Pick<
		CitizenRecord,
		'_id' | 'communeId' | 'hamletId' | 'group' | 'birthYear' | 'removed' | 'merged'
	>,
	set: CriteriaSet,
	period: number,
	ctx: WorkContext
): Promise<StartOutcome> {
	return guarded(() =>
		db.transaction('rw', [db.assessments, db.criteriaSets], async (): Promise<StartOutcome> => {
			// One removed or merged away is off the register (citizen-close.ts): the server would refuse it.
			if (citizen.communeId !== ctx.communeId || citizen.removed || citizen.merged)
				return fail('assess.citizenNotFound');
			const existing = await db.assessments
				.where('[citizenId+period]')
				.equals([citizen._id, period])
				.toArray();
			const working = existing.find((a) => WITH_OFFICER.includes(a.status));
			if (working) return { ok: true, assessment: working, resumed: true };
			if (existing.length)
				return { ...fail('assess.alreadyAssessed', { period }), assessment: existing[0] };

			const eligibility = checkEligibility(citizen.birthYear, period, set.minAge);
			if (!eligibility.eligible) {
				const { key, params } = eligibilityMessage(eligibility);
				return fail(key, params);
			}
			if (criteriaForGroup(set, citizen.group).length === 0) return fail('assess.unknownGroup');
			if (!(await db.criteriaSets.get(set._id))) await db.criteriaSets.add(set);

			const now = new Date().toISOString();
			const assessment: AssessmentRecord = {
				_id: newDocId('assessment', ctx.communeId),
				type: 'assessment',
				citizenId: citizen._id,
				communeId: ctx.communeId,
				hamletId: citizen.hamletId,
				criteriaSetId: set._id,
				criteriaSetVersion: set.version,
				period,
				group: citizen.group,
				answers: {},
				result: score(set, citizen.group, {}),
				assessedBy: ctx.user,
				assessedAt: now,
				updatedAt: now,
				status: 'draft',
				dirty: 1,
				wizardStep: 0
			};
			// The schema is the contract with the server: never store what it would refuse.
			const checked = assessmentSchema.safeParse(toWire(assessment));
			if (!checked.success) return fail(checked.error.issues[0].message);
			await db.assessments.add(assessment);
			return { ok: true, assessment, resumed: false };
		})
	);
}

/**
 * Record one answer (or clear it with null) and recompute the result, in one transaction. Only a
 * draft is edited: a ready or returned assessment is reopened first, so what was sent or
 * reviewed is never changed by a stray tap.
 */
export function saveAnswer(
	db: LocalDatabase,
	id: string,
	indicatorId: string,
	optionKey: string | null,
	wizardStep?: number
): Promise<AssessmentOutcome> {
	return guarded(() =>
		db.transaction(
			'rw',
			[db.assessments, db.criteriaSets],
			async (): Promise<AssessmentOutcome> => {
				const a = await db.assessments.get(id);
				if (!a) return fail('assess.notFound');
				if (a.status !== 'draft')
					return fail(
						WITH_OFFICER.includes(a.status) ? 'assess.reopenFirst' : 'assess.notEditable'
					);
				const set = await loadSet(db, a.criteriaSetId);
				if (!set) return fail('assess.criteriaMissing');
				const indicator = applicableIndicators(set, a.group).find((i) => i.id === indicatorId);
				if (!indicator) return fail('assess.unknownIndicator');
				if (optionKey !== null && !indicator.options.some((o) => o.key === optionKey))
					return fail('assess.unknownOption');

				const answers = { ...a.answers };
				if (optionKey === null) delete answers[indicatorId];
				else answers[indicatorId] = optionKey;
				const assessment: AssessmentRecord = {
					...a,
					answers,
					result: score(set, a.group, answers),
					updatedAt: new Date().toISOString(),
					dirty: 1,
					wizardStep: wizardStep ?? a.wizardStep
				};
				await db.assessments.put(assessment);
				return { ok: true, assessment };
			}
		)
	);
}

/** Where the wizard was left: the tablet's own bookkeeping, not a change to send. */
export async function setWizardStep(db: LocalDatabase, id: string, step: number): Promise<void> {
	await db.assessments.update(id, { wizardStep: step });
}

type ReadyOutcome = AssessmentOutcome | { ok: false; reason: Problem; unanswered: string[] };

/** Mark an assessment ready to send: only when every question that applies to the citizen's group is answered. */
export function markReady(db: LocalDatabase, id: string): Promise<ReadyOutcome> {
	return guarded(() =>
		db.transaction('rw', [db.assessments, db.criteriaSets], async (): Promise<ReadyOutcome> => {
			const a = await db.assessments.get(id);
			if (!a) return fail('assess.notFound');
			if (a.status === 'ready') return { ok: true, assessment: a };
			if (a.status !== 'draft' && a.status !== 'returned') return fail('assess.notEditable');
			const set = await loadSet(db, a.criteriaSetId);
			if (!set) return fail('assess.criteriaMissing');
			const result = score(set, a.group, a.answers);
			const unanswered = result.reasons.flatMap((r) =>
				r.code === 'unanswered' && r.indicatorId ? [r.indicatorId] : []
			);
			if (unanswered.length)
				return { ...fail('assess.unanswered', { count: unanswered.length }), unanswered };
			const now = new Date().toISOString();
			// assessedAt is when the assessment was completed, which is now.
			const assessment: AssessmentRecord = {
				...a,
				result,
				status: 'ready',
				assessedAt: now,
				updatedAt: now,
				dirty: 1
			};
			await db.assessments.put(assessment);
			return { ok: true, assessment };
		})
	);
}

/** Take a ready or returned assessment back to a draft so its answers can be changed. */
export function reopen(db: LocalDatabase, id: string): Promise<AssessmentOutcome> {
	return guarded(() =>
		db.transaction('rw', db.assessments, async (): Promise<AssessmentOutcome> => {
			const a = await db.assessments.get(id);
			if (!a) return fail('assess.notFound');
			if (a.status === 'draft') return { ok: true, assessment: a };
			if (a.status !== 'ready' && a.status !== 'returned') return fail('assess.notEditable');
			// Returned: keep the answers as the reviewer saw them, so they see what the fix changed.
			const returnedAnswers = a.status === 'returned' ? { ...a.answers } : a.returnedAnswers;
			const assessment: AssessmentRecord = {
				...a,
				status: 'draft',
				updatedAt: new Date().toISOString(),
				dirty: 1,
				...(returnedAnswers ? { returnedAnswers } : {})
			};
			await db.assessments.put(assessment);
			return { ok: true, assessment };
		})
	);
}

/**
 * A citizen's hamlet or group was corrected: the assessments still in the officer's hands follow,
 * with the result recomputed for the new group (a ready one that now has unanswered questions
 * goes back to draft). Sent and decided assessments keep what was assessed. Runs inside the
 * caller's transaction (assessments and criteriaSets in scope).
 */
export async function followCitizen(db: LocalDatabase, citizen: CitizenRecord): Promise<void> {
	const open = await db.assessments
		.where('citizenId')
		.equals(citizen._id)
		.filter(
			(a) =>
				WITH_OFFICER.includes(a.status) &&
				(a.group !== citizen.group || a.hamletId !== citizen.hamletId)
		)
		.toArray();
	const now = new Date().toISOString();
	for (const a of open) {
		const set = await loadSet(db, a.criteriaSetId);
		const result = set ? score(set, citizen.group, a.answers) : a.result;
		const incomplete = result.reasons.some((r) => r.code === 'unanswered');
		await db.assessments.put({
			...a,
			group: citizen.group,
			hamletId: citizen.hamletId,
			result,
			status: a.status === 'ready' && incomplete ? 'draft' : a.status,
			updatedAt: now,
			dirty: 1
		});
	}
}

export function getAssessment(
	db: LocalDatabase,
	id: string
): Promise<AssessmentRecord | undefined> {
	return db.assessments.get(id);
}

/** How many of a commune's assessments are in each status, every status present (0 when none). */
export async function countByStatus(
	db: LocalDatabase,
	communeId: string
): Promise<Record<AssessmentStatus, number>> {
	const counts = await Promise.all(
		assessmentStatuses.map((s) =>
			db.assessments
				.where('[communeId+status+updatedAt]')
				.between([communeId, s, Dexie.minKey], [communeId, s, Dexie.maxKey])
				.count()
		)
	);
	return Object.fromEntries(assessmentStatuses.map((s, i) => [s, counts[i]])) as Record<
		AssessmentStatus,
		number
	>;
}

/** An assessment with what a list shows beside it. */
export type AssessmentListItem = AssessmentRecord & {
	citizenName: string;
	citizenBirthYear?: number;
	hamletName: string;
};

/** A commune's assessments, most recently changed first, optionally of one status, with the citizen's name and hamlet. */
export async function listAssessments(
	db: LocalDatabase,
	communeId: string,
	options: { status?: AssessmentStatus; limit?: number; offset?: number } = {}
): Promise<AssessmentListItem[]> {
	const { status, limit = 50, offset = 0 } = options;
	const range = status
		? db.assessments
				.where('[communeId+status+updatedAt]')
				.between([communeId, status, Dexie.minKey], [communeId, status, Dexie.maxKey])
		: db.assessments
				.where('[communeId+updatedAt]')
				.between([communeId, Dexie.minKey], [communeId, Dexie.maxKey]);
	// Keys in one call, newest last, then one bulk read of the page: no cursor walks (see citizens.ts).
	const ids = (await range.primaryKeys()).reverse().slice(offset, offset + limit);
	const page = (await db.assessments.bulkGet(ids)).filter(
		(a): a is AssessmentRecord => a !== undefined
	);
	return withCitizens(db, communeId, page);
}

/** Every assessment of one citizen, latest period first (the citizen's page). */
export async function listAssessmentsOfCitizen(
	db: LocalDatabase,
	citizenId: string
): Promise<AssessmentRecord[]> {
	const all = await db.assessments.where('citizenId').equals(citizenId).toArray();
	return all.sort((a, b) => b.period - a.period || b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * The latest assessment of each of these citizens (latest period, then latest change): what the
 * register shows beside each person of a page. One exact lookup per citizen on the `citizenId`
 * index, in one read transaction: each is a single getAll, where `anyOf` walks a cursor record by
 * record (≈ 50 ms for a page of 50 on a tablet, ≈ 12 ms this way).
 */
export function latestAssessments(
	db: LocalDatabase,
	citizenIds: readonly string[]
): Promise<Map<string, AssessmentRecord>> {
	const ids = [...new Set(citizenIds)];
	if (ids.length === 0) return Promise.resolve(new Map());
	return db.transaction('r', db.assessments, async () => {
		const perCitizen = await Promise.all(
			ids.map((id) => db.assessments.where('citizenId').equals(id).toArray())
		);
		const latest = new Map<string, AssessmentRecord>();
		perCitizen.forEach((assessments, i) => {
			let best: AssessmentRecord | undefined;
			for (const a of assessments)
				if (
					!best ||
					a.period > best.period ||
					(a.period === best.period && a.updatedAt > best.updatedAt)
				)
					best = a;
			if (best) latest.set(ids[i], best);
		});
		return latest;
	});
}

async function withCitizens(
	db: LocalDatabase,
	communeId: string,
	page: AssessmentRecord[]
): Promise<AssessmentListItem[]> {
	const [citizens, hamlets] = await Promise.all([
		db.citizens.bulkGet(page.map((a) => a.citizenId)),
		hamletNames(db, communeId)
	]);
	return page.map((a, i) => ({
		...a,
		citizenName: citizens[i]?.fullName ?? '',
		citizenBirthYear: citizens[i]?.birthYear,
		hamletName: hamlets.get(a.hamletId) ?? a.hamletId
	}));
}
