// The table `npm run bench` prints, and the file it writes (docs/benchmarks.md by default).
import type { Row } from './types';

export const COLUMNS = [
	'figure',
	'conditions',
	'result (median, min–max)',
	'budget',
	'verdict'
] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const VERDICT: Record<Row['verdict'], string> = {
	met: '✅ met',
	missed: '❌ missed',
	report: 'reported',
	'not run': '— not run'
};

export function renderTable(rows: readonly Row[]): string {
	const lines = [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => ' --- ').join('|')}|`];
	for (const r of rows) {
		const result =
			r.result && !r.reason ? r.result : `not measured: ${r.reason ?? 'no reason given'}`;
		lines.push(
			`| ${[r.figure, r.conditions, result, r.budget, VERDICT[r.verdict]].map(cell).join(' | ')} |`
		);
	}
	return lines.join('\n');
}

export function renderNotes(rows: readonly Row[]): string {
	return rows
		.filter((r) => r.note)
		.map((r) => `- **${r.figure}**: ${r.note}`)
		.join('\n');
}

export interface Machine {
	cpu: string;
	cores: number;
	memoryGb: number;
	os: string;
	node: string;
	chromium: string;
	/** 1-minute load averages at the start and the end of the run: other work on the machine. */
	load: [number, number];
}

export interface DocInput {
	date: Date;
	machine: Machine;
	size: string;
	runs: number;
	command: string;
	conditions: string[];
	rows: readonly Row[];
	seconds: number;
	/** A hand-written "## Findings" section carried over from the file this run replaces. */
	findings?: string;
}

/** The hand-written "## Findings" section of an earlier file, if any (kept from run to run). */
export function findingsOf(doc: string): string | undefined {
	const start = doc.indexOf('\n## Findings');
	if (start < 0) return undefined;
	const end = doc.indexOf('\n## How it is measured', start);
	return doc.slice(start + 1, end < 0 ? undefined : end).trim();
}

export function renderDoc(d: DocInput): string {
	const date = d.date
		.toISOString()
		.replace('T', ' ')
		.replace(/\.\d+Z$/, ' UTC');
	return `# Benchmarks

Measured by \`${d.command}\` on ${date} (${d.size} sizes; ${d.runs} run${d.runs === 1 ? '' : 's'} per figure unless the row says otherwise; the whole run took ${Math.round(d.seconds)} s). Every figure is the median of its runs, with min–max beside it; a row that could not run says why.

**Machine:** ${d.machine.cpu}, ${d.machine.cores} cores, ${d.machine.memoryGb} GB memory; ${d.machine.os}; Node ${d.machine.node}; Chromium ${d.machine.chromium} (headless). Load average (1 min) ${d.machine.load[0].toFixed(1)} at the start, ${d.machine.load[1].toFixed(1)} at the end: figures taken while other work shares the cores are slower than the machine.

**Conditions:**
${d.conditions.map((c) => `- ${c}`).join('\n')}

${renderTable(d.rows)}

## Notes

${renderNotes(d.rows) || '(none)'}
${d.findings ? `\n${d.findings}\n` : ''}
## How it is measured

\`npm run bench\` (bench/run.ts → bench/harness.ts) builds the app, then runs one module per row from
bench/rows/, each taking its runs and returning a figure with its spread, or the reason it could not
run. Sizes and run counts are flags (\`--size=tiny|full --runs=N --lighthouse-runs=N --peer-runs=N
--report-runs=N --only=id,… --out=PATH --no-build --citizens=N --push=N --report=CxM --restore=N --officers=N
--couchdb-port=N --couchdb-epmd-port=N --couchdb-sh=PATH\`, or \`BENCH_*\` in the environment). The
push and report rows are measured on both stores in the same run: the embedded store, then Apache
CouchDB (rows ending in \`-couchdb\`), one node the bench starts from ../shared/couchdb
(bench/couchdb.ts) and stops at the end; without that folder those rows say "not run" and why;
tests/e2e/bench-smoke.test.ts runs the whole harness once at tiny sizes and checks the shape, never
the times.

| row | module | reuses |
| --- | --- | --- |
| first-screen JS | rows/first-screen-js.ts | scripts/first-screen-js.ts, run as it is |
| Lighthouse, installability | rows/lighthouse.ts | the lighthouse CLI; tests/e2e/harness.ts (persistent profile) |
| warm offline start, heap | rows/offline-start.ts, rows/heap.ts | bench/tablet.ts: tests/e2e/harness.ts openControlled (sign-in through the form), the app's Dexie schema |
| save, search | rows/save.ts, rows/search.ts | bench/page/tablet.ts: the app's saveAnswer, markReady, searchCitizens (the register's page + count; listCitizens, countCitizens alone for the parts) and latestAssessments, bundled with esbuild, run in the app's origin |
| push, PouchDB, limit (both stores) | rows/push.ts | scripts/sync-measure-page.ts (measure.ours/pouch/sizes/profile), scripts/sync-measure-server.ts (startSystem, tests/integration/sync-proxy.ts) |
| push on a cutting line | rows/push-cut.ts | scripts/sync-measure-page.ts (measure.oursUntilDone), the push rows' server; FaultProxy cutRequestAfter |
| restore a commune, PouchDB pull | rows/restore.ts | scripts/sync-measure-page.ts (measure.restore: the app's SyncEngine; measure.pouchPull), scripts/sync-measure-docs.ts, bench/throttle.ts |
| reviewer report (both stores) | rows/report.ts | scripts/report-measure.ts, run as it is (COUCHDB_URL for CouchDB) |
| sign-in storm | rows/signin-storm.ts | bench/signin-storm.ts (startSystem in-process) |
| many officers (both stores) | rows/many-officers.ts | bench/load-server.ts (startSystem in a child process), bench/proc-stats.ts (/proc), scripts/sync-measure-docs.ts |
| Apache CouchDB | couchdb.ts | ../shared/couchdb/couchdb.sh; tests/store.ts resetCouch between rows |
`;
}
