import type { Assessment, Batch } from '$lib/domain/assessment.schema';
import type { Citizen } from '$lib/domain/citizen.schema';
import { communeDbName } from '$lib/domain/ids';
import { duplicateLookupKeys, findDuplicates, flagsOf, type Flag } from '$lib/domain/review-flags';
import { criteriaSetDocIdOf } from '$lib/domain/write-rules';
import type { ReviewConfig } from './config';
import type { Couch } from '$lib/net/couch';
import { RULES, VIEWS } from './views';

// One batch as the reviewer checks it: its assessments and their citizens (one `_all_docs` each,
// by the ids the batch lists), and the commune's citizens that could be the same people (one view
// query by hamlet and birth year), with the flags computed here from that data.

export interface BatchItem {
	assessment: Assessment;
	citizen: Citizen | null;
	flags: Flag[];
	/** Names of the possible twins, for the flag's words. */
	twinNames: string[];
}

export interface LoadedBatch {
	communeId: string;
	batch: Batch;
	items: BatchItem[];
	/** Ids the batch lists that the database does not have (should not happen; said if it does). */
	missing: string[];
}

/** The commune a commune-owned id belongs to (`batch:C01:…` → C01). */
export const communeOf = (id: string) => id.split(':')[1] ?? '';

export async function loadBatch(
	couch: Couch,
	config: ReviewConfig,
	batchId: string
): Promise<LoadedBatch> {
	const communeId = communeOf(batchId);
	const db = communeDbName(communeId);
	const [batch] = await couch.docs<Batch>(db, [batchId]);
	if (!batch) throw new Error(`Không tìm thấy đợt gửi ${batchId}`);
	const [assessments, citizens] = await Promise.all([
		couch.docs<Assessment>(db, batch.assessmentIds),
		couch.docs<Citizen>(db, batch.citizenIds)
	]);
	const present = assessments.filter((a): a is Assessment => a !== null);
	const items = await checkItems(
		couch,
		config,
		communeId,
		present,
		citizens.filter((c): c is Citizen => c !== null)
	);
	const missing = batch.assessmentIds.filter((_, i) => assessments[i] === null);
	return { communeId, batch, items, missing };
}

/** One assessment, checked the same way as in its batch. */
export async function loadAssessment(
	couch: Couch,
	config: ReviewConfig,
	id: string
): Promise<BatchItem | null> {
	const communeId = communeOf(id);
	const [assessment] = await couch.docs<Assessment>(communeDbName(communeId), [id]);
	if (!assessment) return null;
	return (await checkItems(couch, config, communeId, [assessment], []))[0];
}

/**
 * Flags for assessments of one commune: their citizens (those not given are fetched: a citizen
 * assessed again may have been sent in an earlier batch), and the commune's citizens sharing a
 * hamlet and birth year with them (one view query), compared by the shared duplicate key.
 */
async function checkItems(
	couch: Couch,
	config: ReviewConfig,
	communeId: string,
	assessments: Assessment[],
	known: Citizen[]
): Promise<BatchItem[]> {
	const db = communeDbName(communeId);
	const citizenById = new Map(known.map((c) => [c._id, c]));
	const absent = [
		...new Set(assessments.map((a) => a.citizenId).filter((id) => !citizenById.has(id)))
	];
	if (absent.length)
		for (const c of await couch.docs<Citizen>(db, absent)) if (c) citizenById.set(c._id, c);

	const subjects = [...citizenById.values()];
	const keys = duplicateLookupKeys(subjects);
	const candidates = keys.length
		? (await couch.view<[string, number], string>(db, RULES, VIEWS.twins, {}, keys)).rows.map(
				(r) => ({
					_id: r.id!,
					fullName: r.value,
					hamletId: r.key[0],
					birthYear: r.key[1]
				})
			)
		: [];
	const twins = findDuplicates(subjects, candidates);
	const nameOf = new Map(candidates.map((c) => [c._id, c.fullName]));

	return assessments.map((assessment): BatchItem => {
		const citizen = citizenById.get(assessment.citizenId) ?? null;
		const duplicates = citizen ? twins.get(citizen._id) : undefined;
		return {
			assessment,
			citizen,
			flags: flagsOf({
				assessment,
				citizen,
				criteriaSet: config.criteriaSets.get(criteriaSetDocIdOf(assessment)) ?? null,
				duplicates
			}),
			twinNames: (duplicates ?? []).map((id) => nameOf.get(id) ?? id)
		};
	});
}

/** The assessments "recognise all clean ones" takes: waiting for a decision, and no flag. */
export function cleanPending(items: readonly BatchItem[], batchId: string): BatchItem[] {
	return items.filter(
		(i) =>
			i.flags.length === 0 && i.assessment.status === 'sent' && i.assessment.batchId === batchId
	);
}
