import { communeDbName } from '$lib/domain/ids';
import { mergeCounts } from '$lib/domain/periodic-report';
import {
	buildReport,
	communeCountsFromRows,
	type CommuneCounts,
	type Report,
	type ViewRow
} from '$lib/domain/report';
import { reportCommunes } from '$lib/domain/succession';
import type { ReviewConfig } from './config';
import type { Couch } from '$lib/net/couch';
import { mapLimit } from './pool';
import { reportQuery, RULES, VIEWS } from './views';

// A report's numbers: one reduced view query per commune database ([period] … [period, {}],
// group_level=4 → a few dozen rows), a few at a time, never a document. Each commune's answer is
// kept in memory per period, so switching between units or back to a period costs nothing; a
// decision taken here forgets its commune's entry, and "refresh" forgets them all.
//
// Answers are also saved on the device with the database's update_seq. A later visit asks each
// commune database for its info (a few milliseconds) and reuses the saved counts when nothing was
// written since: on the embedded store a reduced query reads every row of the period (~0.3 s for
// 2,000 assessments), so a province's report drops from tens of seconds to well under one.

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
		for (const key of [...this.#entries.keys()])
			if (key.endsWith(`|${communeId}`)) this.#entries.delete(key);
	}
	clear(): void {
		this.#entries.clear();
	}
	get size(): number {
		return this.#entries.size;
	}
}

/** Counts kept on the device, valid while the commune database's update_seq is the same. */
export interface SavedCounts {
	get(
		communeId: string,
		period: number
	): Promise<{ seq: string; counts: CommuneCounts } | undefined>;
	put(communeId: string, period: number, seq: string, counts: CommuneCounts): Promise<void>;
}

/** CouchDB's update_seq is a number on the embedded store and an opaque string on a cluster: compared as text. */
async function updateSeq(couch: Couch, communeId: string): Promise<string> {
	const info = await couch.get<{ update_seq: unknown }>(
		'/' + encodeURIComponent(communeDbName(communeId))
	);
	return JSON.stringify(info.update_seq);
}

export async function communeCounts(
	couch: Couch,
	communeId: string,
	period: number
): Promise<CommuneCounts> {
	const answer = await couch.view<ViewRow['key'], number>(
		communeDbName(communeId),
		RULES,
		VIEWS.report,
		reportQuery(period)
	);
	return communeCountsFromRows(answer.rows, period);
}

export interface LoadedReport {
	report: Report;
	/** Communes answered from memory / from the device (unchanged since) / by a view query. */
	cached: number;
	unchanged: number;
	fetched: number;
}

export interface LoadedCounts {
	counts: Map<string, CommuneCounts>;
	cached: number;
	unchanged: number;
	fetched: number;
}

/** Every commune's counts under `rootId` for one period: from memory, from the device, or one view query. */
export async function loadCounts(
	couch: Couch,
	config: ReviewConfig,
	rootId: string,
	period: number,
	cache: CountsCache,
	onProgress?: (done: number, of: number) => void,
	saved?: SavedCounts
): Promise<LoadedCounts> {
	// Retired communes taken over by one under the root are read too: their people count there.
	const communes = reportCommunes(config.index, rootId);
	const tally = { cached: 0, unchanged: 0, fetched: 0 };
	let done = 0;
	const counts = new Map<string, CommuneCounts>();
	await mapLimit(communes, CONCURRENCY, async (id) => {
		let c = cache.get(id, period);
		if (c) tally.cached++;
		else {
			// The sequence is read before the query: a write in between makes the saved copy look old, never new.
			const seq = saved ? await updateSeq(couch, id) : null;
			const kept = saved && seq !== null ? await saved.get(id, period) : undefined;
			if (kept && kept.seq === seq) {
				c = kept.counts;
				tally.unchanged++;
			} else {
				c = await communeCounts(couch, id, period);
				tally.fetched++;
				if (saved && seq !== null) await saved.put(id, period, seq, c);
			}
			cache.set(id, period, c);
		}
		counts.set(id, c);
		onProgress?.(++done, communes.length);
	});
	return { counts, ...tally };
}

export async function loadReport(
	couch: Couch,
	config: ReviewConfig,
	rootId: string,
	period: number,
	cache: CountsCache,
	/** Communes answered so far, of how many: a first report after a big upload can take minutes. */
	onProgress?: (done: number, of: number) => void,
	saved?: SavedCounts
): Promise<LoadedReport> {
	const { counts, ...tally } = await loadCounts(
		couch,
		config,
		rootId,
		period,
		cache,
		onProgress,
		saved
	);
	const report = buildReport({
		units: config.units,
		targets: config.targets,
		rootId,
		period,
		counts
	});
	return { report, ...tally };
}

/**
 * "To date": every period from `first` to `last` added up, with the population figures and the
 * targets of `last` (this year's). Each year's counts are cached as the yearly report's are.
 */
export async function loadReportToDate(
	couch: Couch,
	config: ReviewConfig,
	rootId: string,
	first: number,
	last: number,
	cache: CountsCache,
	saved?: SavedCounts
): Promise<Report> {
	const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
	const perYear = [];
	for (const year of years)
		perYear.push((await loadCounts(couch, config, rootId, year, cache, undefined, saved)).counts);
	return buildReport({
		units: config.units,
		targets: config.targets,
		rootId,
		period: last,
		counts: mergeCounts(perYear)
	});
}
