import Dexie from 'dexie';
import type { LocalDatabase } from '$lib/db/db';
import type { AssessmentRecord, BatchRecord, CitizenRecord } from '$lib/db/records';
import type { FieldIssue } from '$lib/domain/schemas';
import type { ConflictEntry } from './apply';
import { openConflicts } from './ledger';
import { CONFLICT_REASON, isHeldBack } from './local-record';

// What the officer sees of the queue: how much waits, where from, what the server refused and
// why, what needs their choice. Read-only queries over the tablet's database, so the screens can
// follow them with liveQuery.

export interface QueueCounts {
	/** Assessments marked ready and not yet acknowledged by the server. */
	waiting: number;
	/** Assessments a reviewer returned for correction. */
	returned: number;
	/** Documents that need the officer: refused by the server, or in conflict. */
	attention: number;
}

export async function queueCounts(db: LocalDatabase, communeId: string): Promise<QueueCounts> {
	const [waiting, returned, problems] = await Promise.all([
		db.assessments
			.where('[communeId+status+updatedAt]')
			.between([communeId, 'ready', ''], [communeId, 'ready', '\uffff'])
			.count(),
		db.assessments
			.where('[communeId+status+updatedAt]')
			.between([communeId, 'returned', ''], [communeId, 'returned', '\uffff'])
			.count(),
		attentionItems(db)
	]);
	return { waiting, returned, attention: problems.length };
}

/** Ready assessments per hamlet id: the preview before sending. */
export async function readyByHamlet(
	db: LocalDatabase,
	communeId: string
): Promise<Map<string, number>> {
	const ready = await db.assessments
		.where('[communeId+status+updatedAt]')
		.between([communeId, 'ready', ''], [communeId, 'ready', '\uffff'])
		.toArray();
	const counts = new Map<string, number>();
	for (const a of ready) counts.set(a.hamletId, (counts.get(a.hamletId) ?? 0) + 1);
	return counts;
}

export type AttentionItem =
	| {
			kind: 'refused';
			type: 'citizen' | 'assessment' | 'batch';
			id: string;
			name: string;
			hamletId?: string;
			citizenId?: string;
			reason: string;
			issues: FieldIssue[];
			at: string;
	  }
	| { kind: 'conflict'; id: string; name: string; entry: ConflictEntry }
	/** Ready, but its citizen was refused: it goes once the citizen is fixed. */
	| { kind: 'waits-for-citizen'; id: string; name: string; citizenId: string };

/** Everything that waits on the officer, the oldest first. */
export async function attentionItems(db: LocalDatabase): Promise<AttentionItem[]> {
	// Only what the server refused (the `syncError.at` index holds nothing else), still unsent.
	const refused = <T extends { dirty?: number }>(rows: T[]) => rows.filter((r) => r.dirty === 1);
	const [citizens, assessments, batches, conflicts] = await Promise.all([
		db.citizens.where('syncError.at').above('').toArray().then(refused),
		db.assessments.where('syncError.at').above('').toArray().then(refused),
		db.batches.where('syncError.at').above('').toArray().then(refused),
		openConflicts(db)
	]);
	const names = new Map<string, string>(citizens.map((c) => [c._id, c.fullName]));
	const missing = [...new Set(assessments.map((a) => a.citizenId).filter((id) => !names.has(id)))];
	for (const c of await db.citizens.bulkGet(missing)) if (c) names.set(c._id, c.fullName);
	const nameOf = (a: AssessmentRecord) => names.get(a.citizenId) ?? a.citizenId;

	const items: AttentionItem[] = [];
	const refusedCitizens = new Set<string>();
	for (const c of citizens) {
		if (!c.syncError || c.syncError.reason === CONFLICT_REASON || !isHeldBack(c)) continue;
		if (!c._rev) refusedCitizens.add(c._id);
		items.push(refusal('citizen', c, c.fullName, { hamletId: c.hamletId }));
	}
	for (const a of assessments)
		if (a.syncError && a.syncError.reason !== CONFLICT_REASON && isHeldBack(a))
			items.push(
				refusal('assessment', a, nameOf(a), { hamletId: a.hamletId, citizenId: a.citizenId })
			);
	// Ready, unsent, not refused itself, but its citizen was: it waits (few: looked up by citizen).
	const waiting = refusedCitizens.size
		? await db.assessments
				.where('citizenId')
				.anyOf([...refusedCitizens])
				.toArray()
		: [];
	for (const a of waiting)
		if (
			a.dirty === 1 &&
			a.status === 'ready' &&
			!(a.syncError && a.syncError.reason !== CONFLICT_REASON && isHeldBack(a))
		)
			items.push({
				kind: 'waits-for-citizen',
				id: a._id,
				name: names.get(a.citizenId) ?? a.citizenId,
				citizenId: a.citizenId
			});
	for (const b of batches as BatchRecord[])
		if (b.syncError && isHeldBack(b)) items.push(refusal('batch', b, b._id, {}));
	for (const entry of conflicts) {
		const name =
			entry.type === 'citizen'
				? String(entry.local.fullName ?? '')
				: (names.get(String(entry.local.citizenId)) ??
					(await citizenName(db, String(entry.local.citizenId))));
		items.push({ kind: 'conflict', id: entry.id, name, entry });
	}
	return items;
}

function refusal(
	type: 'citizen' | 'assessment' | 'batch',
	record: { _id: string; syncError?: { at: string; reason: string; issues?: FieldIssue[] } },
	name: string,
	extra: { hamletId?: string; citizenId?: string }
): AttentionItem {
	const e = record.syncError!;
	return {
		kind: 'refused',
		type,
		id: record._id,
		name,
		reason: e.reason,
		issues: e.issues ?? [],
		at: e.at,
		...extra
	};
}

async function citizenName(db: LocalDatabase, id: string): Promise<string> {
	return ((await db.citizens.get(id)) as CitizenRecord | undefined)?.fullName ?? id;
}

/** "Thử gửi lại": clear the refusal so the next send tries the document again as it is. */
export async function retryRefused(
	db: LocalDatabase,
	type: 'citizen' | 'assessment' | 'batch',
	id: string
): Promise<void> {
	const table =
		type === 'citizen' ? db.citizens : type === 'assessment' ? db.assessments : db.batches;
	await db.transaction('rw', table, async () => {
		const record = await table.get(id);
		if (!record?.syncError || record.syncError.reason === CONFLICT_REASON) return;
		const copy = { ...record };
		delete copy.syncError;
		await table.put(copy as never);
	});
}

/** The latest batches, newest first: the per-batch result on the send screen. */
export function recentBatches(db: LocalDatabase, limit = 5): Promise<BatchRecord[]> {
	return db.batches.orderBy('createdAt').reverse().limit(limit).toArray();
}

export interface ReturnedItem {
	id: string;
	citizenName: string;
	hamletId: string;
	comment: string;
	by: string;
	at: string;
}

/** How many returned assessments the home screen shows; the rest are one tap away in the list. */
export const HOME_RETURNED = 5;

/**
 * The newest `limit` assessments a reviewer returned, with the reviewer's comment: for the home
 * screen. Read from the `[communeId+status+updatedAt]` index, latest change first, `limit` records
 * only: the same order as the list of returned assessments (listAssessments), whose first rows
 * these are. A decision sets `updatedAt` to its time (review-decision.ts), so this is also newest
 * decision first, unless the officer's tablet touched the record since. How many there are in all
 * is countByStatus's.
 */
export async function returnedWithComments(
	db: LocalDatabase,
	communeId: string,
	limit = HOME_RETURNED
): Promise<ReturnedItem[]> {
	const returned = await db.assessments
		.where('[communeId+status+updatedAt]')
		.between([communeId, 'returned', Dexie.minKey], [communeId, 'returned', Dexie.maxKey])
		.reverse()
		.limit(limit)
		.toArray();
	const citizens = await db.citizens.bulkGet(returned.map((a) => a.citizenId));
	return returned.map((a, i) => ({
		id: a._id,
		citizenName: citizens[i]?.fullName ?? a.citizenId,
		hamletId: a.hamletId,
		comment: a.review?.comment ?? '',
		by: a.review?.by ?? '',
		at: a.review?.at ?? a.updatedAt
	}));
}
