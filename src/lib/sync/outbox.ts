import type { LocalDatabase } from '$lib/db/db';
import type { AssessmentRecord, BatchRecord, CitizenRecord, HamletRecord } from '$lib/db/records';
import { toWire } from '$lib/db/records';
import { snapshotOf } from './apply';
import type { OutItem } from './ledger';
import { isHeldBack, type SyncedType } from './local-record';
import { encode, type WireDoc } from './wire';

// What is unsent, and the batches it goes in. A batch is recorded on the tablet before anything
// touches the network, and its membership only shrinks (a refused member leaves it), so a send cut
// at any point and started again sends the same batch id with the same members: the server sees
// one batch, never two. A member is marked as sent (status 'sent', its batchId) only when the
// server acknowledged it; until then the tablet's record stays 'ready'.

/** A reviewer takes a batch as one piece of work; beyond this many the rest go in another batch. */
export const MAX_BATCH_ASSESSMENTS = 1000;

export interface OutboxContext {
	db: LocalDatabase;
	communeId: string;
	officer: string;
	now: () => Date;
	newBatchId: () => string;
}

const isUnsentBatch = (b: BatchRecord) => b.status === 'sending' && !isHeldBack(b);

/** Ready to go: changed on the tablet, marked ready by the officer, not held back by a refusal. */
export function isSendableAssessment(a: AssessmentRecord): boolean {
	return a.dirty === 1 && a.status === 'ready' && !isHeldBack(a);
}

export function isSendableCitizen(c: CitizenRecord): boolean {
	return c.dirty === 1 && !isHeldBack(c);
}

/**
 * Put every ready assessment that is in no unsent batch into new batches, and return all unsent
 * batches, oldest first. One transaction: two runs can never put an assessment in two batches.
 */
export async function prepareBatches(ctx: OutboxContext): Promise<BatchRecord[]> {
	const { db } = ctx;
	return db.transaction('rw', db.assessments, db.batches, async () => {
		const unsent = (await db.batches.where('status').equals('sending').toArray()).filter(
			isUnsentBatch
		);
		const inBatch = new Set(unsent.flatMap((b) => b.assessmentIds));
		const ready = (await db.assessments.where('dirty').equals(1).toArray())
			.filter(
				(a) => isSendableAssessment(a) && a.communeId === ctx.communeId && !inBatch.has(a._id)
			)
			.sort((a, b) => a._id.localeCompare(b._id));
		for (let i = 0; i < ready.length; i += MAX_BATCH_ASSESSMENTS) {
			const members = ready.slice(i, i + MAX_BATCH_ASSESSMENTS);
			const batch: BatchRecord = {
				_id: ctx.newBatchId(),
				type: 'batch',
				communeId: ctx.communeId,
				officer: ctx.officer,
				createdAt: ctx.now().toISOString(),
				assessmentIds: members.map((a) => a._id),
				citizenIds: unique(members.map((a) => a.citizenId)),
				count: members.length,
				status: 'sending',
				dirty: 1
			};
			await db.batches.add(batch);
			unsent.push(batch);
		}
		return unsent.sort(
			(a, b) => a.createdAt.localeCompare(b.createdAt) || a._id.localeCompare(b._id)
		);
	});
}

/** Citizens with unsent changes, members of a batch or not: they go before any assessment. */
export async function unsentCitizens(
	db: LocalDatabase,
	communeId: string
): Promise<CitizenRecord[]> {
	const dirty = await db.citizens.where('dirty').equals(1).toArray();
	// A merged record after the others: the record it is kept as may be new too, and must be there first.
	const merged = (c: CitizenRecord) => (c.merged ? 1 : 0);
	return dirty
		.filter((c) => isSendableCitizen(c) && c.communeId === communeId)
		.sort((a, b) => merged(a) - merged(b) || a._id.localeCompare(b._id));
}

/**
 * The members of a batch still to send. A member whose citizen never reached the server (refused,
 * or gone) is not sent: the batch would name a citizen the server does not have. `citizensOnServer`
 * are citizens known to be there without reading them: acknowledged earlier in this run, or about
 * to be sent (for the progress total, before they go); the others are read.
 */
export async function unsentMembers(
	db: LocalDatabase,
	batch: BatchRecord,
	citizensOnServer: ReadonlySet<string> = new Set()
): Promise<AssessmentRecord[]> {
	return stillToSend(db, await db.assessments.bulkGet(batch.assessmentIds), citizensOnServer);
}

/** Of a batch's member records as read, the ones to send (see unsentMembers). */
async function stillToSend(
	db: LocalDatabase,
	records: readonly (AssessmentRecord | undefined)[],
	citizensOnServer: ReadonlySet<string>
): Promise<AssessmentRecord[]> {
	const members = records.filter((a): a is AssessmentRecord => !!a && isSendableAssessment(a));
	const unknown = unique(members.map((a) => a.citizenId).filter((id) => !citizensOnServer.has(id)));
	const read = await db.citizens.bulkGet(unknown);
	const onServer = new Set(
		read.filter((c): c is CitizenRecord => !!c && !!c._rev).map((c) => c._id)
	);
	return members.filter((a) => citizensOnServer.has(a.citizenId) || onServer.has(a.citizenId));
}

/**
 * Fix the batch's final content once its members are settled: only the members the server holds
 * under this batch. Done once (sentAt marks it), so a resend is byte-for-byte the same document.
 * A batch none of whose members got through is removed: nothing on the server refers to it.
 * The members are read once, for both questions.
 */
export async function finalizeBatch(
	db: LocalDatabase,
	batchId: string,
	now: Date
): Promise<BatchRecord | null> {
	return db.transaction('rw', db.assessments, db.citizens, db.batches, async () => {
		const batch = await db.batches.get(batchId);
		if (!batch || batch.status !== 'sending') return null;
		if (batch.sentAt) return batch;
		const records = await db.assessments.bulkGet(batch.assessmentIds);
		if ((await stillToSend(db, records, new Set())).length > 0) return null;
		const members = records.filter(
			(a): a is AssessmentRecord => !!a && a.batchId === batchId && !!a._rev
		);
		if (members.length === 0) {
			await db.batches.delete(batchId);
			return null;
		}
		const final: BatchRecord = {
			...batch,
			assessmentIds: members.map((a) => a._id),
			citizenIds: unique(members.map((a) => a.citizenId)),
			count: members.length,
			sentAt: now.toISOString()
		};
		await db.batches.put(final);
		return final;
	});
}

/** The documents as they go on the wire; the server keeps a sent assessment as 'sent' in its batch. */
export function citizenItem(c: CitizenRecord): OutItem {
	return item('citizen', c, toWire(c) as WireDoc);
}

/** Hamlets the officer added, not yet on the server: they go first, with the citizens. */
export async function unsentHamlets(db: LocalDatabase, communeId: string): Promise<HamletRecord[]> {
	const dirty = await db.hamlets.where('dirty').equals(1).toArray();
	return dirty
		.filter((h) => !isHeldBack(h) && h.communeId === communeId)
		.sort((a, b) => a._id.localeCompare(b._id));
}

export function hamletItem(h: HamletRecord): OutItem {
	return item('hamlet', h, toWire(h) as WireDoc);
}

export function assessmentItem(a: AssessmentRecord, batchId: string): OutItem {
	return item('assessment', a, { ...(toWire(a) as WireDoc), status: 'sent', batchId });
}

export function batchItem(b: BatchRecord): OutItem {
	return item('batch', b, { ...(toWire(b) as WireDoc), status: 'sent' });
}

function item(type: SyncedType, record: object, doc: WireDoc): OutItem {
	return { ...encode(doc), type, snapshot: snapshotOf(record), attempt: 0 };
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
