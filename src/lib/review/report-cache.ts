import type { CommuneCounts } from '$lib/domain/report';
import type { ReviewDatabase } from './decision-db';
import { CountsCache, type SavedCounts } from './report-load';

/** Commune counts per period, kept for the whole visit: switching units or years again is instant. */
export const countsCache = new CountsCache();

/** Counts kept in the reviewer's own IndexedDB between visits, checked against update_seq before use. */
export function savedCounts(db: ReviewDatabase): SavedCounts {
	return {
		async get(communeId, period) {
			const row = await db.counts.get([communeId, period]);
			return row ? { seq: row.seq, counts: row.counts } : undefined;
		},
		async put(communeId: string, period: number, seq: string, counts: CommuneCounts) {
			await db.counts.put({ communeId, period, seq, counts });
		}
	};
}
