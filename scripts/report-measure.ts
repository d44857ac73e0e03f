// What a province report costs, measured (issue #5's note): `node --import tsx scripts/report-measure.ts`.
//
// A temporary system (embedded store, or the Apache CouchDB of COUCHDB_URL, + /couch gateway), a province of COMMUNES communes with PER
// assessments each written straight to the store as its server admin (generation is not what is
// measured), then the report exactly as the browser asks for it: a reviewer signed in through the
// gateway, one reduced view query per commune database (group_level=4), 8 at a time.
// Each commune's write is announced to the gateway's kept view answers as a batch through /couch
// would be (gateway/view-cache.ts), so the server builds indexes and answers in the background
// while data arrives; "background" is how long it still worked after the last write. On CouchDB
// the kept answers are off by default (CouchDB keeps reductions in its indexes) and its own indexer
// (ken) builds indexes as data arrives: "background" is then how long its _active_tasks still
// listed index builds.
//   cold     — the first report once the server is idle (VIEW_CACHE=0: every index built on the way);
//   warm     — a fresh browser (nothing on the device): indexes built, one reduced query per commune;
//   reopened — the same browser another day: each commune's update_seq checked, its saved counts reused;
//   cached   — the same visit again (the per-period memory of report-load.ts);
//   changed  — a fresh browser right after a batch reached one commune, before the gateway's
//              background refresh of that commune's kept answer has run.
// "warm" is answered from the gateway's kept view answers (gateway/view-cache.ts) when they are on.
// Environment: COMMUNES (100), PER (2000), VIEW_CACHE=0|1 turns the kept answers off or on (unset:
// the server's default for its store), KEEP=1 keeps the data dir, COUCHDB_URL + COUCHDB_USER +
// COUCHDB_PASSWORD an empty Apache CouchDB (its server admin) instead of the embedded store.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assessment } from '../src/lib/domain/assessment.schema';
import { defaultCriteriaSet } from '../src/lib/domain/criteria-default';
import {
	CONFIG_DB,
	communeDbName,
	newDocId,
	orgUnitDocId,
	targetDocId
} from '../src/lib/domain/ids';
import type { OrgUnit } from '../src/lib/domain/org-unit.schema';
import { applicableIndicators, score } from '../src/lib/domain/scoring';
import { loadConfig } from '../src/lib/review/config';
import { createCouch, fetchWithCookie } from '../src/lib/net/couch';
import { mapLimit } from '../src/lib/review/pool';
import { RULES } from '../src/lib/review/views';
import type { CommuneCounts } from '../src/lib/domain/report';
import { CountsCache, loadReport, type SavedCounts } from '../src/lib/review/report-load';
import { provisionUnits } from '../src/lib/server/provisioning/provision';
import { StoreClient } from '../src/lib/server/store/client';
import { startSystem } from '../src/lib/server/system';
import { targetsFromUrl } from '../src/lib/server/store/target';

const COMMUNES = Number(process.env.COMMUNES ?? 100);
const PER = Number(process.env.PER ?? 2000);
const PERIOD = 2026;
const PASSWORD = 'do-not-use-measure-only';
const COUCH = process.env.COUCHDB_URL
	? {
			couchUrl: process.env.COUCHDB_URL,
			couchUser: process.env.COUCHDB_USER ?? 'admin',
			couchPassword: process.env.COUCHDB_PASSWORD ?? ''
		}
	: null;

const groups = defaultCriteriaSet.groups.map((g) => g.id);
/** Two answer sheets per group (all best, all middle), scored once: documents as the gateway would accept them. */
const sheets = groups.flatMap((group) =>
	[0, 1].map((pick) => {
		const answers = Object.fromEntries(
			applicableIndicators(defaultCriteriaSet, group).map((i) => [
				i.id,
				i.options[Math.min(pick, i.options.length - 1)].key
			])
		);
		return { group, answers, result: score(defaultCriteriaSet, group, answers) };
	})
);

const at = (month: number, day: number) =>
	`${PERIOD}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T03:00:00.000Z`;

/** One commune's assessments: about 55% recognised, 5% returned, 3% rejected, the rest waiting. */
function assessments(communeId: string): Assessment[] {
	const batchId = newDocId('batch', communeId);
	return Array.from({ length: PER }, (_, i) => {
		const sheet = sheets[i % sheets.length];
		const roll = (i * 37) % 100;
		const status =
			roll < 55 ? 'recognised' : roll < 60 ? 'returned' : roll < 63 ? 'rejected' : 'sent';
		const month = 1 + (i % 10);
		const review =
			status === 'sent'
				? undefined
				: {
						by: 'duyet.p99',
						at: at(Math.min(11, month + 1), 5),
						decision: status,
						...(status === 'recognised' ? {} : { comment: 'Cần bổ sung' })
					};
		return {
			_id: newDocId('assessment', communeId, Date.UTC(PERIOD, 0, 1) + i * 1000),
			type: 'assessment',
			citizenId: newDocId('citizen', communeId, Date.UTC(PERIOD, 0, 1) + i * 1000),
			communeId,
			hamletId: `${communeId}-H0${1 + (i % 5)}`,
			criteriaSetId: defaultCriteriaSet.slug,
			criteriaSetVersion: defaultCriteriaSet.version,
			period: PERIOD,
			group: sheet.group,
			answers: sheet.answers,
			result: sheet.result,
			assessedBy: `canbo.${communeId.toLowerCase()}`,
			assessedAt: at(month, 10),
			updatedAt: at(month, 10),
			status,
			batchId,
			...(review ? { review, history: [review] } : {})
		} as Assessment;
	});
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Waits until CouchDB's _active_tasks has listed no index build for 2 s in a row (its own background
 * work); returns when it last listed one (or now, if none).
 */
async function couchIndexerIdle(store: StoreClient): Promise<number> {
	let busyAt = Date.now();
	for (let quiet = 0; quiet < 8;) {
		await new Promise((r) => setTimeout(r, 250));
		const tasks = (await store.ok<{ type: string }[]>('GET', '/_active_tasks')).body;
		if (tasks.some((t) => t.type === 'indexer')) [quiet, busyAt] = [0, Date.now()];
		else quiet += 1;
	}
	return busyAt;
}

/**
 * How far CouchDB's own indexer got: changes its report indexes cover, of the databases' changes
 * (a clustered sequence starts with the sum of its shards' numbers).
 */
async function couchIndexed(store: StoreClient, dbs: string[]): Promise<[number, number]> {
	let indexed = 0;
	let total = 0;
	for (const db of dbs) {
		total += parseInt(
			(await store.ok<{ update_seq: string }>('GET', `/${db}`)).body.update_seq,
			10
		);
		indexed += parseInt(
			(
				await store.ok<{ view_index: { update_seq: string } }>(
					'GET',
					`/${db}/_design/${RULES}/_info`
				)
			).body.view_index.update_seq,
			10
		);
	}
	return [indexed, total];
}

/** The device's saved counts (IndexedDB in the browser), in memory here. */
function deviceCounts(): SavedCounts {
	const rows = new Map<string, { seq: string; counts: CommuneCounts }>();
	return {
		get: async (id, period) => rows.get(`${id}|${period}`),
		put: async (id, period, seq, counts) => void rows.set(`${id}|${period}`, { seq, counts })
	};
}

async function main() {
	const dataDir = await mkdtemp(join(tmpdir(), 'cdht-report-measure-'));
	const viewCache = process.env.VIEW_CACHE ? process.env.VIEW_CACHE !== '0' : undefined;
	const system = await startSystem({
		dataDir,
		port: 0,
		demo: false,
		viewCache,
		viewRefreshDelayMs: 200,
		passwordIterations: 1000,
		requestsPerMinute: 1_000_000,
		signInsPerMinute: 1000,
		log: () => {},
		...COUCH
	});
	try {
		const store = COUCH
			? new StoreClient(targetsFromUrl(COUCH.couchUrl), COUCH.couchUser, COUCH.couchPassword)
			: new StoreClient(
					system.store,
					'admin',
					(await readFile(join(dataDir, '.admin-password'), 'utf8')).trim()
				);

		// The province, its communes (with population figures) and one target.
		const t0 = Date.now();
		const communes = Array.from(
			{ length: COMMUNES },
			(_, i) => `X${String(i + 1).padStart(3, '0')}`
		);
		const units: OrgUnit[] = [
			{
				_id: orgUnitDocId('P99'),
				type: 'orgUnit',
				id: 'P99',
				name: 'Tỉnh Đo Thử',
				level: 'province',
				parentId: null
			},
			...communes.map((id, i): OrgUnit => ({
				_id: orgUnitDocId(id),
				type: 'orgUnit',
				id,
				name: `Xã Thử ${i + 1}`,
				level: 'commune',
				parentId: 'P99',
				population: { [String(PERIOD)]: 3000 + ((i * 53) % 3000) }
			}))
		];
		const target = {
			_id: targetDocId('P99', PERIOD, 'all'),
			type: 'target',
			orgUnitId: 'P99',
			period: PERIOD,
			group: 'all',
			percentage: 60
		};
		await store.ok('POST', `/${CONFIG_DB}/_bulk_docs`, { docs: [...units, target] });
		await provisionUnits(store, ['P99']);
		await store.ok('PUT', '/_users/org.couchdb.user:duyet.p99', {
			_id: 'org.couchdb.user:duyet.p99',
			type: 'user',
			name: 'duyet.p99',
			roles: ['reviewer', 'ou:P99'],
			password: PASSWORD
		});
		const tProvision = Date.now() - t0;

		// The data, straight to the store, a few communes at a time.
		const t1 = Date.now();
		let written = 0;
		await mapLimit(communes, 4, async (id) => {
			const docs = assessments(id);
			for (let i = 0; i < docs.length; i += 1000)
				await store.ok('POST', `/${communeDbName(id)}/_bulk_docs`, {
					docs: docs.slice(i, i + 1000)
				});
			system.views?.written(communeDbName(id));
			written += docs.length;
			if (written % (PER * 10) === 0)
				process.stdout.write(`  ${written} assessments written, ${seconds(Date.now() - t1)}\n`);
		});
		const tWrite = Date.now() - t1;
		await system.views?.settled();
		const idleAt = COUCH ? await couchIndexerIdle(store) : Date.now();
		const tBackground = idleAt - t1 - tWrite;
		const indexed = COUCH ? await couchIndexed(store, communes.map(communeDbName)) : null;

		// The reviewer, through the gateway, as the browser.
		const signIn = await fetch(`${system.url}/couch/_session`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ name: 'duyet.p99', password: PASSWORD })
		});
		const cookie = signIn.headers.get('set-cookie')!.split(';', 1)[0];
		const couch = createCouch({ baseUrl: `${system.url}/couch`, fetch: fetchWithCookie(cookie) });
		const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
			const s = performance.now();
			const r = await fn();
			return [r, performance.now() - s];
		};

		const [config, tConfig] = await timed(() => loadConfig(couch));
		const memory = new CountsCache();
		const device = deviceCounts();
		const [cold, tCold] = await timed(() =>
			loadReport(couch, config, 'P99', PERIOD, memory, undefined, device)
		);
		const [, tWarm] = await timed(() =>
			loadReport(couch, config, 'P99', PERIOD, new CountsCache())
		);
		const [, tWarm2] = await timed(() =>
			loadReport(couch, config, 'P99', PERIOD, new CountsCache())
		);
		const [reopened, tReopened] = await timed(() =>
			loadReport(couch, config, 'P99', PERIOD, new CountsCache(), undefined, device)
		);
		const [cached, tCached] = await timed(() =>
			loadReport(couch, config, 'P99', PERIOD, memory, undefined, device)
		);
		// One more batch in the first commune, announced as the gateway would: asked for before its refresh ran.
		const batch = assessments(communes[0])
			.slice(0, 20)
			.map((a, i) => ({ ...a, _id: `${a._id}-late${i}` }));
		await store.ok('POST', `/${communeDbName(communes[0])}/_bulk_docs`, { docs: batch });
		system.views?.written(communeDbName(communes[0]));
		const [changed, tChanged] = await timed(() =>
			loadReport(couch, config, 'P99', PERIOD, new CountsCache())
		);
		if (changed.report.totals.assessed !== COMMUNES * PER + batch.length)
			throw new Error(`changed: assessed ${changed.report.totals.assessed}`);
		const totals = cold.report.totals;
		if (totals.assessed !== COMMUNES * PER)
			throw new Error(`assessed ${totals.assessed}, expected ${COMMUNES * PER}`);
		console.log(
			`\nProvince of ${COMMUNES} communes × ${PER} assessments = ${COMMUNES * PER} (${COUCH ? 'Apache CouchDB' : 'embedded store'}, this machine)`
		);
		console.log(
			`  setup: org units + ${COMMUNES} databases provisioned ${seconds(tProvision)}; data written ${seconds(tWrite)}`
		);
		if (system.views)
			console.log(
				`  background (indexes and answers kept after the writes): ${seconds(tBackground)} more after the last write`
			);
		else if (COUCH)
			console.log(
				`  background (CouchDB's indexer in _active_tasks after the writes): ${seconds(tBackground)} more after the last write`
			);
		if (indexed)
			console.log(
				`  indexes at the cold report (CouchDB's own builds): ${indexed[0]} of ${indexed[1]} changes indexed`
			);
		console.log(`  config (org tree, targets, criteria sets): ${seconds(tConfig)}`);
		console.log(`  report cold (first report): ${seconds(tCold)}  [${cold.fetched} queries]`);
		console.log(
			`  report warm (fresh browser, indexes built):  ${seconds(tWarm)}, again ${seconds(tWarm2)}`
		);
		console.log(
			`  report reopened (device copy, update_seq):  ${seconds(tReopened)}  [${reopened.unchanged} unchanged, ${reopened.fetched} queries]`
		);
		console.log(
			`  report cached (same visit):                  ${seconds(tCached)}  [${cached.fetched} queries]`
		);
		console.log(`  report changed (one commune just written):   ${seconds(tChanged)}`);
		const views = system.views?.size;
		console.log(
			`  gateway's kept view answers: ${views ? `${views.hits} hits, ${views.misses} misses, ${views.refreshed} refreshed, ${views.entries} kept (${Math.round(views.bytes / 1024)} KB)` : 'off'}`
		);
		console.log(
			`  totals: assessed ${totals.assessed}, recognised ${totals.recognised}, returned ${totals.returned}, rejected ${totals.rejected}, ` +
				`pending ${totals.pending}, population ${totals.population}, rate ${((totals.rate ?? 0) * 100).toFixed(1)}%, needed ${totals.needed}`
		);
	} catch (e) {
		// Printed before closing: background view builds may fail noisily once the store is closed.
		console.error('FAILED:', e);
		process.exitCode = 1;
	} finally {
		await system.close();
		if (process.env.KEEP !== '1') await rm(dataDir, { recursive: true, force: true });
		else console.log(`data kept in ${dataDir}`);
	}
}

await main();
