import type { CriteriaSet } from '../../domain/criteria-set.schema';
import { CONFIG_DB, communeDbName } from '../../domain/ids';
import type { OrgUnit, Target } from '../../domain/org-unit.schema';
import { publicSummaries, type PublicSummary } from '../../domain/public-summary';
import { communeCountsFromRows, type CommuneCounts, type ViewRow } from '../../domain/report';
import { ancestorsOf } from '../../domain/scope';
import { reportCommunes } from '../../domain/succession';
import { mapLimit } from '../../review/pool';
import { reportQuery, RULES, VIEWS, viewQuery } from '../../review/views';
import type { Call, GatewayContext } from './context';
import { HttpError } from './errors';
import { t } from '../words';
import { sendBytes } from './respond';
import type { Answer } from './view-cache';

// The one anonymous read of the gateway (allow-list row `public.summary`): a unit's public summary
// for a year, for the province's web portal, only where the province's administrator turned it on
// (`publicSummary` on the province's org unit). Anything not answered (switched off, no such unit,
// a hamlet, a commune taken over by another, a year out of range) is the same 404, so nobody learns
// which units exist. Each province-year is computed once per minute at most (every unit of it at
// once, so a hidden cell is hidden alike in every unit's answer), and requests meanwhile share it:
// anonymous traffic costs the store one report per province-year per minute, whatever its rate.

export const PUBLIC_TTL_MS = 60_000;
/** Province-years kept; a province asks about a handful of years. */
const MAX_KEPT = 64;
const CONCURRENCY = 4;

const notPublic = () => new HttpError(404, 'not_found', t('public.none'));

interface Kept {
	at: number;
	summaries: Promise<Map<string, PublicSummary>>;
}
const kept = new WeakMap<GatewayContext, Map<string, Kept>>();

export async function publicSummary(call: Call): Promise<void> {
	// A portal's page on another site may read the answer, and the refusal too.
	call.res.setHeader('access-control-allow-origin', '*');
	const { ctx, params } = call;
	const year = Number(params.year);
	const thisYear = new Date().getFullYear();
	if (year < 2020 || year > thisYear + 1) throw notPublic();
	const org = await ctx.config.org();
	const byId = new Map(org.units.map((u) => [u.id, u]));
	const unit = byId.get(params.unit);
	if (!unit || unit.level === 'hamlet') throw notPublic();
	const province = [unit.id, ...ancestorsOf(org.index, unit.id)]
		.map((id) => byId.get(id))
		.find((u) => u?.level === 'province');
	if (province?.publicSummary !== true) throw notPublic();

	const summary = (await summariesOf(ctx, province.id, year)).get(unit.id);
	if (!summary) throw notPublic();
	call.res.setHeader('cache-control', `public, max-age=${PUBLIC_TTL_MS / 1000}`);
	sendBytes(
		call.req,
		call.res,
		200,
		'application/json; charset=utf-8',
		Buffer.from(JSON.stringify(summary) + '\n')
	);
}

function summariesOf(
	ctx: GatewayContext,
	provinceId: string,
	year: number
): Promise<Map<string, PublicSummary>> {
	let cache = kept.get(ctx);
	if (!cache) kept.set(ctx, (cache = new Map()));
	const key = `${provinceId}|${year}`;
	const hit = cache.get(key);
	if (hit && Date.now() - hit.at < PUBLIC_TTL_MS) return hit.summaries;
	const summaries = compute(ctx, provinceId, year);
	cache.delete(key);
	cache.set(key, { at: Date.now(), summaries });
	// A failed computation is not kept: the next request tries again.
	summaries.catch(() => cache.get(key)?.summaries === summaries && cache.delete(key));
	for (const [oldest] of cache) {
		if (cache.size <= MAX_KEPT) break;
		cache.delete(oldest);
	}
	return summaries;
}

async function compute(
	ctx: GatewayContext,
	provinceId: string,
	year: number
): Promise<Map<string, PublicSummary>> {
	const org = await ctx.config.org();
	const communes = reportCommunes(org.index, provinceId);
	const counts = new Map<string, CommuneCounts>();
	// The reviewer's report reads the same view with the same query (review/report-load.ts).
	const query = viewQuery(reportQuery(year));
	const view = `/_design/${RULES}/_view/${VIEWS.report}`;
	await mapLimit(communes, CONCURRENCY, async (id) => {
		const db = communeDbName(id);
		// Through the kept view answers where they are on (the embedded store): a commune unchanged
		// since costs one database-info request, and the reviewers' answers are shared.
		const rows = ctx.views
			? viewRows(await ctx.views.read(db, view, query), db)
			: (await ctx.store.ok<{ rows: ViewRow[] }>('GET', `/${db}${view}?${query}`)).body.rows;
		counts.set(id, communeCountsFromRows(rows, year));
	});
	const [targets, sets] = await Promise.all([
		configDocs<Target>(ctx, 'target:'),
		configDocs<CriteriaSet>(ctx, 'criteriaSet:')
	]);
	// Group names from the criteria sets, the newest version's wording first.
	const names = new Map<string, string>();
	for (const set of [...sets].sort((a, b) => b.version - a.version))
		for (const g of set.groups) if (!names.has(g.id)) names.set(g.id, g.name);
	return publicSummaries({
		units: org.units as OrgUnit[],
		targets,
		period: year,
		counts,
		provinceId,
		groupName: (id) => names.get(id) ?? id,
		generatedAt: new Date()
	});
}

function viewRows(answer: Answer, db: string): ViewRow[] {
	if (answer.status !== 200) throw new Error(`${db}: report view → ${answer.status}`);
	return (JSON.parse(answer.body.toString('utf8')) as { rows: ViewRow[] }).rows;
}

async function configDocs<T>(ctx: GatewayContext, prefix: string): Promise<T[]> {
	const range = `startkey=${encodeURIComponent(JSON.stringify(prefix))}&endkey=${encodeURIComponent(JSON.stringify(prefix + '\ufff0'))}`;
	const res = await ctx.store.ok<{ rows: { doc?: T | null }[] }>(
		'GET',
		`/${CONFIG_DB}/_all_docs?include_docs=true&${range}`
	);
	return res.body.rows.flatMap((row) => (row.doc ? [row.doc] : []));
}
