import { communeDbName } from '$lib/domain/ids';
import { buildReport, communeCountsFromRows, type CommuneCounts, type Report, type ViewRow } from '$lib/domain/report';
import { communesInScope } from '$lib/domain/scope';
import type { ReviewConfig } from './config';
import type { Couch } from './couch';
import { mapLimit } from './pool';
import { RULES, VIEWS } from './views';

// A report's numbers: one reduced view query per commune database ([period] … [period, {}],
// group_level=4 → a few dozen rows), a few at a time, never a document. Each commune's answer is
// kept in memory per period, so switching between units or back to a period costs nothing; a
// decision taken here forgets its commune's entry, and "refresh" forgets them all.

const CONCURRENCY = 8;

export class CountsCache {
	#entries = new Map<string, CommuneCounts>();
	#key = (communeId: string, period: number) => `${period}|${communeId}`;

	get(communeId: string, period: number): CommuneCounts | undefined {
		return this.#entries.get(this.#key(communeId, period));
	}
	set(communeId: string, period: number, counts: CommuneCounts): void {
		this.#entries.set(this.#key(communeId, period), counts);
	}
	forgetCommune(communeId: string): void {
		for (const key of [...this.#entries.keys()]) if (key.endsWith(`|${communeId}`)) this.#entries.delete(key);
	}
	clear(): void {
		this.#entries.clear();
	}
	get size(): number {
		return this.#entries.size;
	}
}

export async function communeCounts(couch: Couch, communeId: string, period: number): Promise<CommuneCounts> {
	const answer = await couch.view<ViewRow['key'], number>(communeDbName(communeId), RULES, VIEWS.report, {
		startkey: [period],
		endkey: [period, {}],
		group_level: 4
	});
	return communeCountsFromRows(answer.rows, period);
}

export interface LoadedReport {
	report: Report;
	/** Communes answered from memory / asked over the network. */
	cached: number;
	fetched: number;
}

export async function loadReport(
	couch: Couch,
	config: ReviewConfig,
	rootId: string,
	period: number,
	cache: CountsCache,
	/** Communes answered so far, of how many: a first report after a big upload can take minutes. */
	onProgress?: (done: number, of: number) => void
): Promise<LoadedReport> {
	const communes = communesInScope(config.index, rootId);
	let fetched = 0;
	let done = 0;
	const counts = new Map<string, CommuneCounts>();
	await mapLimit(communes, CONCURRENCY, async (id) => {
		let c = cache.get(id, period);
		if (!c) {
			c = await communeCounts(couch, id, period);
			cache.set(id, period, c);
			fetched++;
		}
		counts.set(id, c);
		onProgress?.(++done, communes.length);
	});
	const report = buildReport({ units: config.units, targets: config.targets, rootId, period, counts });
	return { report, cached: communes.length - fetched, fetched };
}
