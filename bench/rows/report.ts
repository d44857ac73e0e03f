// Reviewer report, N communes × M assessments: the reviewer engineer's scripts/report-measure.ts,
// run as it is (COMMUNES, PER) and its printed figures read back. It writes the province straight
// to a fresh embedded store, then times loadReport (src/lib/review/report-load.ts) as the browser
// calls it, through the gateway as a reviewer: cold (the first report once the server has built
// indexes and kept answers in the background, as it does while batches arrive), warm twice (a fresh
// browser's empty memory), cached (same visit), changed (a fresh browser right after one commune got a batch). Setting up a
// province takes minutes at full size, so cold is one figure per setup: `runs` setups at tiny
// size, one at full unless --report-runs says more. Measured once per store (bench/stores.ts): the
// embedded one, then Apache CouchDB (`report-couchdb`, emptied before each setup), each as the server
// runs it by default (the gateway's kept view answers are off on CouchDB, which keeps reductions).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/harness';
import { seconds, spread, summarize } from '../stats';
import { tsx } from '../spawn';
import { COUCHDB, EMBEDDED, type BenchStore } from '../stores';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

const BUDGET_S = 2;

export interface ReportRun {
	cold: number;
	warm: number[];
	cached: number;
	coldQueries: number;
	written: number;
	config: number;
	/** Seconds the server still worked after the last write (kept view answers); NaN when off. */
	background: number;
	/** A fresh browser right after a batch reached one commune. */
	changed: number;
	/** CouchDB: changes its indexer had indexed by itself before the cold report, of all; absent elsewhere. */
	indexed?: [number, number];
}

export function parseReportMeasure(output: string): ReportRun {
	const s = (re: RegExp, what: string) => {
		const m = re.exec(output);
		if (!m)
			throw new Error(`scripts/report-measure.ts printed no ${what}:\n${output.slice(-1500)}`);
		return m;
	};
	const cold = s(/report cold[^:]*:\s*([\d.]+) s\s*\[(\d+) queries\]/, 'cold figure');
	const warm = s(/report warm[^:]*:\s*([\d.]+) s(?:, again ([\d.]+) s)?/, 'warm figure');
	const cached = s(/report cached[^:]*:\s*([\d.]+) s/, 'cached figure');
	const written = /data written ([\d.]+) s/.exec(output);
	const config = /config[^:]*:\s*([\d.]+) s/.exec(output);
	const background = /background[^:]*:\s*([\d.]+) s/.exec(output);
	const changed = /report changed[^:]*:\s*([\d.]+) s/.exec(output);
	const indexed = /indexes at the cold report[^:]*:\s*(\d+) of (\d+)/.exec(output);
	return {
		cold: Number(cold[1]),
		coldQueries: Number(cold[2]),
		warm: [Number(warm[1]), ...(warm[2] ? [Number(warm[2])] : [])],
		cached: Number(cached[1]),
		written: written ? Number(written[1]) : NaN,
		config: config ? Number(config[1]) : NaN,
		background: background ? Number(background[1]) : NaN,
		changed: changed ? Number(changed[1]) : NaN,
		...(indexed ? { indexed: [Number(indexed[1]), Number(indexed[2])] as [number, number] } : {})
	};
}

/** What CouchDB's own indexer had done before the cold report, which brings the rest up to date. */
function indexedWords([indexed, total]: [number, number]): string {
	const n = (x: number) => x.toLocaleString('en-US');
	const asked = "When the cold report was asked, CouchDB's indexer had indexed";
	if (indexed >= total)
		return `${asked} all ${n(total)} changes of the communes' databases by itself.`;
	return `${asked} ${n(indexed)} of the ${n(total)} changes of the communes' databases by itself (${Math.round((100 * indexed) / total)}%); the cold report indexed the rest on the way.`;
}

export const reportOn = (store: BenchStore): RowModule => ({
	ids: ['report' + store.suffix],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const { reportCommunes, reportAssessments } = ctx.options.sizes;
		const setups = ctx.options.reportRuns;
		const couchdb = store === COUCHDB;
		const base = {
			id: 'report' + store.suffix,
			figure: `Reviewer report — ${store.name}`,
			conditions:
				`${reportCommunes} communes × ${reportAssessments.toLocaleString('en-US')} assessments in ${couchdb ? 'an emptied Apache CouchDB (one node)' : 'a fresh embedded store'}; the app's loadReport through the gateway as a reviewer (one reduced view query per commune, 8 at a time), in Node (scripts/report-measure.ts); ` +
				(couchdb
					? "the gateway as configured by default on CouchDB: its kept view answers off (CouchDB keeps reductions in its indexes), CouchDB's own indexer building indexes as data arrives; cold = the first report once CouchDB lists no index build in _active_tasks"
					: "each commune's write announced to the gateway's kept view answers as a batch through /couch would be; cold = the first report once the server is idle") +
				`, warm = a fresh visit, changed = a fresh visit just after one commune got a batch; ${setups} province setup${setups === 1 ? '' : 's'}`,
			budget: '≤ 2 s'
		};
		if (!existsSync(join(ROOT, 'scripts/report-measure.ts')))
			return [
				notRun(
					base,
					"scripts/report-measure.ts (the reviewer engineer's measurement) is not in the tree"
				)
			];
		const runs: ReportRun[] = [];
		const firstLine = (e: unknown) => (e as Error).message.split('\n')[0];
		for (let r = 0; r < setups; r++) {
			let couch;
			try {
				couch = await store.open(ctx);
			} catch (e) {
				return [notRun(base, firstLine(e))];
			}
			// The embedded run must not inherit a COUCHDB_URL from the bench's own environment.
			const target = couch
				? { COUCHDB_URL: couch.url, COUCHDB_USER: couch.user, COUCHDB_PASSWORD: couch.password }
				: { COUCHDB_URL: '' };
			try {
				runs.push(
					parseReportMeasure(
						await tsx(
							'scripts/report-measure.ts',
							{ COMMUNES: String(reportCommunes), PER: String(reportAssessments), ...target },
							40 * 60_000
						)
					)
				);
			} catch (e) {
				return [notRun(base, `scripts/report-measure.ts failed: ${firstLine(e)}`)];
			}
			const x = runs.at(-1)!;
			ctx.log(
				`report${store.suffix} setup ${r + 1}: cold ${seconds(x.cold)}, warm ${x.warm.map(seconds).join(', ')}, cached ${seconds(x.cached)}`
			);
		}
		const cold = summarize(runs.map((x) => x.cold));
		const warm = summarize(runs.flatMap((x) => x.warm));
		const cached = summarize(runs.map((x) => x.cached));
		return [
			{
				...base,
				result: `cold ${spread(cold, seconds, 'setups')}; warm ${spread(warm, seconds)}; changed ${seconds(summarize(runs.map((x) => x.changed)).median)}; cached ${seconds(cached.median)}`,
				verdict: cold.median <= BUDGET_S && warm.median <= BUDGET_S ? 'met' : 'missed',
				note:
					`${runs[0].coldQueries} view queries per report. Writing the province's data took ${seconds(summarize(runs.map((x) => x.written)).median)}` +
					(Number.isNaN(runs[0].background)
						? ''
						: `, and ${couchdb ? "CouchDB's indexer (index builds in _active_tasks)" : "the server's background work (view indexes built, report answers kept)"} went on ${seconds(summarize(runs.map((x) => x.background)).median)} after the last write`) +
					`; the configuration (org tree, targets, criteria) ${seconds(summarize(runs.map((x) => x.config)).median)} before the report.` +
					(runs[0].indexed ? ` ${indexedWords(runs[0].indexed)}` : '')
			}
		];
	}
});

export const report = reportOn(EMBEDDED);
export const reportCouch = reportOn(COUCHDB);
