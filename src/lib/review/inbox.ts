import { communeDbName } from '$lib/domain/ids';
import { batchState, type BatchState } from '$lib/domain/review-decision';
import type { Couch } from '$lib/net/couch';
import { mapLimit } from './pool';
import { RULES, VIEWS } from './views';

// The inbox: every batch of every commune in the reviewer's scope, from two small view answers per
// commune (the batches without their id lists, and their members' statuses counted), so a province
// of a hundred communes costs two hundred small requests, a few at a time, and no documents.

export interface InboxRow {
	communeId: string;
	batchId: string;
	officer: string;
	sentAt: string;
	count: number;
	state: BatchState;
	/** Members' statuses counted (members re-sent in a later batch count there). */
	statuses: Record<string, number>;
	/** The assessment periods (years) the batch holds. */
	periods: number[];
}

interface BatchValue {
	officer: string;
	count: number;
	sentAt: string | null;
	createdAt: string;
}

export async function loadCommuneInbox(couch: Couch, communeId: string): Promise<InboxRow[]> {
	const db = communeDbName(communeId);
	const [batches, statuses] = await Promise.all([
		couch.view<string, BatchValue>(db, RULES, VIEWS.batches, { descending: true }),
		couch.view<[string, string, number], number>(db, RULES, VIEWS.batchStatus, { group_level: 3 })
	]);
	const byBatch = new Map<string, { statuses: Record<string, number>; periods: Set<number> }>();
	for (const { key, value } of statuses.rows) {
		const [batchId, status, period] = key;
		const entry = byBatch.get(batchId) ?? { statuses: {}, periods: new Set<number>() };
		entry.statuses[status] = (entry.statuses[status] ?? 0) + value;
		entry.periods.add(period);
		byBatch.set(batchId, entry);
	}
	return batches.rows.map(({ id, value }) => {
		const members = byBatch.get(id!) ?? { statuses: {}, periods: new Set<number>() };
		return {
			communeId,
			batchId: id!,
			officer: value.officer,
			sentAt: value.sentAt ?? value.createdAt,
			count: value.count,
			state: batchState(members.statuses),
			statuses: members.statuses,
			periods: [...members.periods].sort()
		};
	});
}

/** The whole inbox, newest first; communes whose database cannot be read are named, not hidden. */
export async function loadInbox(
	couch: Couch,
	communes: readonly string[],
	concurrency = 6
): Promise<{ rows: InboxRow[]; failed: string[] }> {
	const failed: string[] = [];
	const perCommune = await mapLimit(communes, concurrency, async (id) => {
		try {
			return await loadCommuneInbox(couch, id);
		} catch (e) {
			// No connection or a signed-out session concerns every commune: let the screen say that once.
			if ((e as { kind?: string }).kind === 'network' || (e as { kind?: string }).kind === 'auth')
				throw e;
			failed.push(id);
			return [];
		}
	});
	const rows = perCommune
		.flat()
		.sort((a, b) =>
			a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : a.batchId < b.batchId ? 1 : -1
		);
	return { rows, failed: failed.sort() };
}

export interface InboxFilter {
	communeId?: string;
	state?: BatchState;
	period?: number;
}

export function filterInbox(rows: readonly InboxRow[], f: InboxFilter): InboxRow[] {
	return rows.filter(
		(r) =>
			(!f.communeId || r.communeId === f.communeId) &&
			(!f.state || r.state === f.state) &&
			(f.period === undefined || r.periods.includes(f.period))
	);
}
