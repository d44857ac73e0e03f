import type { LocalDatabase } from '$lib/db/db';
import { getMeta, setMeta } from '$lib/db/meta';
import type { AssessmentRecord, CitizenRecord } from '$lib/db/records';
import {
	encodeHandover,
	handoverFileName,
	signHandover,
	type HandoverHeader
} from '$lib/domain/handover';
import type { DeviceKey } from './device-key';
import {
	assessmentItem,
	batchItem,
	citizenItem,
	isSendableAssessment,
	isSendableCitizen,
	prepareBatches,
	type OutboxContext
} from './outbox';

// "Gửi bằng tệp": what a send would put on the wire, into one signed file. The batches are recorded
// on the tablet first, exactly as a send records them, and fixed (sentAt) as a send fixes them once
// its members are through: the later online send of the same batches carries the same documents,
// which the server, holding them from the file, answers as already there (docs/handover.md).

const HANDED_OVER = 'handedOver';

export interface HandedOver {
	at: string;
	name: string;
	assessmentIds: string[];
}

export interface MadeFile {
	name: string;
	bytes: Uint8Array<ArrayBuffer>;
	header: HandoverHeader;
}

/** null when nothing is ready to go. */
export async function makeHandoverFile(
	ctx: OutboxContext,
	key: Pick<DeviceKey, 'id' | 'privateKey'>
): Promise<MadeFile | null> {
	const { db } = ctx;
	const at = ctx.now().toISOString();
	const content = await db.transaction(
		'rw',
		db.assessments,
		db.citizens,
		db.batches,
		db.meta,
		async () => {
			const batches = await prepareBatches(ctx);
			const citizens = new Map<string, CitizenRecord>();
			const assessments: ReturnType<typeof assessmentItem>['doc'][] = [];
			const batchDocs: ReturnType<typeof batchItem>['doc'][] = [];
			for (const batch of batches) {
				const members = await membersWithCitizens(db, batch.assessmentIds, citizens);
				if (members.length === 0) continue;
				const final = batch.sentAt
					? batch
					: {
							...batch,
							assessmentIds: members.map((a) => a._id),
							citizenIds: unique(members.map((a) => a.citizenId)),
							count: members.length,
							sentAt: at
						};
				await db.batches.put(final);
				assessments.push(...members.map((a) => assessmentItem(a, batch._id).doc));
				batchDocs.push(batchItem(final).doc);
			}
			return {
				citizens: [...citizens.values()].map((c) => citizenItem(c).doc),
				assessments,
				batches: batchDocs
			};
		}
	);
	if (content.assessments.length === 0) return null;
	const file = await signHandover(
		{ officer: ctx.officer, communeId: ctx.communeId, keyId: key.id, createdAt: at, ...content },
		key.privateKey
	);
	const name = handoverFileName(file.signed.header);
	const list = (await getMeta<HandedOver[]>(db, HANDED_OVER)) ?? [];
	await setMeta(db, HANDED_OVER, [
		...list,
		{ at, name, assessmentIds: content.assessments.map((a) => a._id) }
	]);
	return { name, bytes: await encodeHandover(file), header: file.signed.header };
}

/**
 * The members still to send, and the unsent citizens they need. A member whose citizen is neither
 * on the server nor on this tablet is left out, as a send leaves it out.
 */
async function membersWithCitizens(
	db: LocalDatabase,
	ids: string[],
	citizens: Map<string, CitizenRecord>
): Promise<AssessmentRecord[]> {
	const members = (await db.assessments.bulkGet(ids)).filter(
		(a): a is AssessmentRecord => !!a && isSendableAssessment(a)
	);
	const records = await db.citizens.bulkGet(unique(members.map((a) => a.citizenId)));
	const byId = new Map(records.filter((c): c is CitizenRecord => !!c).map((c) => [c._id, c]));
	return members.filter((a) => {
		const c = byId.get(a.citizenId);
		if (c && isSendableCitizen(c)) citizens.set(c._id, c);
		return !!c && (isSendableCitizen(c) || !!c._rev);
	});
}

/** Assessments handed over in a file and not yet acknowledged by the server: "Đã gửi bằng tệp, chờ máy chủ nhận". */
export async function waitingForServer(db: LocalDatabase): Promise<string[]> {
	const list = (await getMeta<HandedOver[]>(db, HANDED_OVER)) ?? [];
	const ids = unique(list.flatMap((h) => h.assessmentIds));
	const records = await db.assessments.bulkGet(ids);
	return records.filter((a): a is AssessmentRecord => !!a && a.dirty === 1).map((a) => a._id);
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
