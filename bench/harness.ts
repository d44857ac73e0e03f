// One bench run: build, start what the rows share (Chromium, the real server, the seeded tablet,
// Apache CouchDB for the `-couchdb` rows) lazily, run every row module, render the table and write
// the file. `npm run bench` is bench/run.ts around this; tests/e2e/bench-smoke.test.ts calls it at
// tiny sizes.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, ROOT, startServer, type RunningServer } from '../tests/e2e/harness';
import { couchAbsent, startCouch, type BenchCouch } from './couchdb';
import type { BenchOptions } from './options';
import { firstScreenJs } from './rows/first-screen-js';
import { heap } from './rows/heap';
import { importRows } from './rows/import';
import { lighthouse } from './rows/lighthouse';
import { manyOfficers, manyOfficersCouch } from './rows/many-officers';
import { offlineStart } from './rows/offline-start';
import { push, pushCouch } from './rows/push';
import { pushCut } from './rows/push-cut';
import { report, reportCouch } from './rows/report';
import { restore } from './rows/restore';
import { save } from './rows/save';
import { search } from './rows/search';
import { signinStorm } from './rows/signin-storm';
import { run } from './spawn';
import { findingsOf, renderDoc, renderNotes, renderTable, type Machine } from './table';
import { openTablet, type Tablet } from './tablet';
import type { BenchContext, Row, RowModule } from './types';

/** The order rows are measured in: the app rows first, the tablet's writes after its reads. */
export const MODULES: readonly RowModule[] = [
	firstScreenJs,
	lighthouse,
	heap,
	offlineStart,
	search,
	save,
	importRows,
	push,
	pushCouch,
	pushCut,
	restore,
	report,
	reportCouch,
	signinStorm,
	manyOfficers,
	manyOfficersCouch
];
/** The order of the table (the issue's), each CouchDB row under its embedded one. */
export const TABLE_ORDER = [
	'first-screen-js',
	'lighthouse',
	'offline-start',
	'save',
	'search',
	'heap',
	'import-preview',
	'import-save',
	'push',
	'push-couchdb',
	'push-peer',
	'push-peer-couchdb',
	'push-limit',
	'push-limit-couchdb',
	'push-cut',
	'restore',
	'restore-3g',
	'restore-peer',
	'report',
	'report-couchdb',
	'signin-storm',
	'many-officers',
	'many-officers-couchdb'
];

export interface BenchResult {
	rows: Row[];
	table: string;
	doc: string;
	out: string;
	seconds: number;
}

const CONDITIONS = (o: BenchOptions, couch: string) => [
	'The production build (`vite build`), served by the real server (`server/main.ts`: the app, the `/couch` gateway and the embedded store, fresh data directory, demo accounts) on loopback; the push rows run the same server in-process behind a byte-counting TCP proxy.',
	"Debian's Chromium driven by playwright-core (headless, flags of tests/e2e/harness.ts), CDP for CPU slowdown and line emulation; a fresh browser profile per tablet.",
	`Tablet rows: officer canbo.c01 signed in through the app's form, its own database filled with ${o.sizes.citizens.toLocaleString('en-US')} citizens and as many assessments (3 of 20 drafts, 1 returned, 8 sent, 8 recognised), then the app's repository functions called in a same-origin page without app code.`,
	`The rows marked Apache CouchDB: ${couch}`,
	`Runs per figure: ${o.runs}; Lighthouse: ${o.lighthouseRuns || 'skipped'}; PouchDB peer: ${o.peerRuns}; reviewer province setups: ${o.reportRuns}.`
];

/** What the Conditions say of the CouchDB rows' store: what ran, or why nothing did. */
function couchCondition(
	o: BenchOptions,
	started: BenchCouch | null,
	failed: string | null
): string {
	if (started)
		return `${started.version}, one node, started by the bench from ${o.couchdbSh} on 127.0.0.1:${o.couchdbPort} (its own Erlang port mapper, a temporary data directory, [chttpd_auth] iterations 1000 as the embedded store's), emptied before each row (every database and user deleted), stopped and removed at the end; the same gateway (startSystem with COUCHDB_URL) in front, as configured by default.`;
	return `not measured: ${failed ?? couchAbsent(o) ?? 'no CouchDB row was asked for'}.`;
}

function machine(chromium: string, loadAtStart: number): Machine {
	let os = `${type()} ${release()}`;
	try {
		const pretty = /PRETTY_NAME="([^"]+)"/.exec(
			execFileSync('cat', ['/etc/os-release'], { encoding: 'utf8' })
		);
		if (pretty) os = `${pretty[1]} (${os})`;
	} catch {
		// not Linux
	}
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
		cores: cpus().length,
		memoryGb: Math.round(totalmem() / 2 ** 30),
		os,
		node: process.versions.node,
		chromium,
		load: [loadAtStart, loadavg()[0]]
	};
}

/** Another engineer's `vite build` writes the same build/: wait for it rather than race it. */
async function waitForOtherBuilds(log: (m: string) => void): Promise<void> {
	for (let waited = 0; ; waited++) {
		let others = '';
		try {
			others = execFileSync('pgrep', ['-af', 'vite build'], { encoding: 'utf8' }).trim();
		} catch {
			return; // pgrep exits 1 when nothing matches
		}
		if (!others) return;
		if (waited === 0) log(`waiting for another vite build to finish: ${others.split('\n')[0]}`);
		if (waited > 600) throw new Error('another vite build has run for 10 minutes');
		await new Promise((r) => setTimeout(r, 1000));
	}
}

export async function runBench(
	options: BenchOptions,
	log: (m: string) => void = (m) => console.error(`[bench] ${m}`)
): Promise<BenchResult> {
	const started = performance.now();
	const loadAtStart = loadavg()[0];
	if (options.build) {
		await waitForOtherBuilds(log);
		log('vite build…');
		await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
			timeoutMs: 600_000
		});
		// The app server the rows start is the production bundle (tests/e2e/harness.ts startServer).
		await run(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-server.ts')], {
			timeoutMs: 120_000
		});
	}
	const shared: {
		browser?: Promise<Browser>;
		server?: Promise<RunningServer>;
		tablet?: Promise<Tablet>;
		couch?: Promise<BenchCouch>;
	} = {};
	const ctx: BenchContext = {
		options,
		log,
		browser: () => (shared.browser ??= launchBrowser()),
		appUrl: async () => (await (shared.server ??= startServer())).url,
		tablet: () => (shared.tablet ??= openTablet(ctx)),
		couch: async () => {
			const couch = await (shared.couch ??= startCouch(options, log));
			await couch.reset();
			return couch;
		}
	};
	const rows: Row[] = [];
	let chromium = 'unknown';
	try {
		chromium = (await ctx.browser()).version();
		const wanted = (m: RowModule) =>
			options.only.length === 0 || m.ids.some((id) => options.only.includes(id));
		for (const module of MODULES.filter(wanted)) {
			const t = performance.now();
			const loadBefore = loadavg()[0];
			log(`measuring ${module.ids.join(', ')}…`);
			let got: Row[];
			try {
				got = await module.measure(ctx);
			} catch (e) {
				got = module.ids.map((id) => ({
					id,
					figure: id,
					conditions: '',
					budget: '',
					verdict: 'not run' as const,
					reason: (e as Error).message.split('\n')[0]
				}));
			}
			// Other work on the machine slows every figure: say how busy it was around this row.
			const busy = `Load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)} around this row (${cpus().length} cores).`;
			for (const r of got) r.note = r.note ? `${r.note} ${busy}` : busy;
			rows.push(...got.filter((r) => options.only.length === 0 || options.only.includes(r.id)));
			log(`${module.ids.join(', ')}: ${Math.round((performance.now() - t) / 1000)} s`);
		}
	} finally {
		await (await shared.tablet?.catch(() => null))?.close().catch(() => {});
		await (await shared.server?.catch(() => null))?.stop();
		await (await shared.browser?.catch(() => null))?.close();
		(await shared.couch?.catch(() => null))?.stop();
	}
	const couch = await shared.couch?.then(
		(c) => [c, null] as const,
		(e: Error) => [null, e.message] as const
	);
	rows.sort((a, b) => TABLE_ORDER.indexOf(a.id) - TABLE_ORDER.indexOf(b.id));
	const seconds = (performance.now() - started) / 1000;
	const command =
		options.size === 'full' ? 'npm run bench' : `npm run bench -- --size=${options.size}`;
	const out = isAbsolute(options.out) ? options.out : join(ROOT, options.out);
	const findings = findingsOf(await readFile(out, 'utf8').catch(() => ''));
	const doc = renderDoc({
		date: new Date(),
		machine: machine(chromium, loadAtStart),
		size: options.size,
		runs: options.runs,
		command,
		conditions: CONDITIONS(
			options,
			couchCondition(options, couch?.[0] ?? null, couch?.[1] ?? null)
		),
		rows,
		seconds,
		findings
	});
	await mkdir(dirname(out), { recursive: true });
	await writeFile(out, doc);
	return { rows, table: renderTable(rows) + '\n\n' + renderNotes(rows), doc, out, seconds };
}
