// Lighthouse mobile performance (the lighthouse package's own CLI, CHROME_PATH=/usr/bin/chromium,
// default config = mobile: Moto G Power screen, simulated slow 4G, 4× CPU) on /login, the first
// screen a new tablet loads (the home screen needs a signed-in user, and Lighthouse starts from
// cleared storage). Lighthouse ≥ 12 has no PWA audits: installability is Chromium's own verdict,
// CDP Page.getInstallabilityErrors in an on-disk profile (incognito contexts are never
// installable), plus the manifest fields read back.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, launchPersistent } from '../../tests/e2e/harness';
import { ms, num, spread, summarize } from '../stats';
import { run } from '../spawn';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

const base = {
	id: 'lighthouse',
	figure: 'Lighthouse mobile performance score and PWA installability',
	conditions:
		'lighthouse 12.8 CLI, CHROME_PATH=/usr/bin/chromium, default mobile config (simulated slow 4G, 4× CPU), performance category, on `/login` (the first screen of a new tablet); installability: CDP `Page.getInstallabilityErrors`',
	budget: '≥ 95, installable'
};
const CHROME = process.env.CHROMIUM ?? '/usr/bin/chromium';
const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'speed-index',
	'cumulative-layout-shift'
] as const;

interface LhRun {
	score: number;
	metrics: Record<(typeof METRICS)[number], number>;
	/** Lighthouse's own CPU benchmark of this machine during the run (higher is faster). */
	benchmarkIndex: number;
	/** Audits that cost metric time, with what they would save ("LCP 150 ms"). */
	savings: { title: string; words: string; ms: number }[];
	/** Main-thread time per script (bootup-time), largest first. */
	scripts: { url: string; ms: number }[];
}

async function lighthouseOnce(url: string): Promise<LhRun> {
	const dir = await mkdtemp(join(tmpdir(), 'cdht-lh-'));
	try {
		const out = join(dir, 'report.json');
		await run(
			process.execPath,
			[
				'node_modules/lighthouse/cli/index.js',
				url,
				'--only-categories=performance',
				'--form-factor=mobile',
				'--output=json',
				`--output-path=${out}`,
				'--quiet',
				`--chrome-flags=${CHROMIUM_ARGS.join(' ')}`
			],
			{ env: { CHROME_PATH: CHROME }, timeoutMs: 180_000 }
		);
		const lhr = JSON.parse(await readFile(out, 'utf8'));
		if (lhr.runtimeError)
			throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
		type Audit = {
			title: string;
			score: number | null;
			numericValue?: number;
			metricSavings?: Record<string, number>;
			details?: { items?: { url?: string; total?: number }[] };
		};
		const audits = lhr.audits as Record<string, Audit>;
		return {
			score: Math.round(lhr.categories.performance.score * 100),
			metrics: Object.fromEntries(
				METRICS.map((m) => [m, audits[m]?.numericValue ?? NaN])
			) as LhRun['metrics'],
			benchmarkIndex: lhr.environment?.benchmarkIndex ?? NaN,
			savings: Object.values(audits)
				.filter(
					(a) =>
						(a.score ?? 1) < 0.9 &&
						a.metricSavings &&
						Object.values(a.metricSavings).some((v) => v > 0)
				)
				.map((a) => {
					const entries = Object.entries(a.metricSavings!).filter(([, v]) => v > 0);
					return {
						title: a.title,
						words: entries
							.map(([k, v]) => (k === 'CLS' ? `CLS ${num(v)}` : `${k} ${ms(v)}`))
							.join(', '),
						ms: Math.max(...entries.map(([k, v]) => (k === 'CLS' ? v * 1000 : v)))
					};
				})
				.sort((a, b) => b.ms - a.ms),
			scripts: (audits['bootup-time']?.details?.items ?? [])
				.map((i) => ({
					url: (i.url ?? '').replace(/^https?:\/\/[^/]+/, '') || '(page)',
					ms: i.total ?? 0
				}))
				.sort((a, b) => b.ms - a.ms)
		};
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

export interface Installability {
	errors: string[];
	manifest: string[];
}

/** Chromium's installability verdict for the app, and what is missing from its manifest. */
export async function installability(url: string): Promise<Installability> {
	const profile = await launchPersistent();
	try {
		const page = profile.context.pages()[0] ?? (await profile.context.newPage());
		await page.goto(url);
		await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
			timeout: 60_000
		});
		const cdp = await profile.context.newCDPSession(page);
		const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: {
				errorId: string;
				errorArguments: { name: string; value: string }[];
			}[];
		};
		const { url: manifestUrl } = (await cdp.send('Page.getAppManifest')) as { url: string };
		const manifest = manifestUrl ? await (await page.request.get(manifestUrl)).json() : null;
		const missing: string[] = [];
		if (!manifest) missing.push('no manifest');
		else {
			for (const field of ['name', 'short_name', 'start_url', 'icons'] as const)
				if (!manifest[field]) missing.push(field);
			if (!['standalone', 'fullscreen', 'minimal-ui'].includes(manifest.display))
				missing.push(`display ${manifest.display}`);
			const icons = (manifest.icons ?? []) as { sizes?: string; purpose?: string }[];
			for (const size of ['192x192', '512x512'])
				if (!icons.some((i) => i.sizes?.split(' ').includes(size))) missing.push(`icon ${size}`);
			if (!icons.some((i) => i.purpose?.includes('maskable'))) missing.push('maskable icon');
		}
		return {
			errors: installabilityErrors.map((e) =>
				[e.errorId, ...e.errorArguments.map((a) => `${a.name}=${a.value}`)].join(' ')
			),
			manifest: missing
		};
	} finally {
		await profile.close();
	}
}

export const lighthouse: RowModule = {
	ids: [base.id],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const url = (await ctx.appUrl()) + '/login';
		let install: Installability;
		try {
			install = await installability(url);
		} catch (e) {
			return [notRun(base, `installability check failed: ${(e as Error).message.split('\n')[0]}`)];
		}
		const installable = install.errors.length === 0;
		const installWords = installable
			? `installable${install.manifest.length ? ` (manifest lacks ${install.manifest.join(', ')})` : ''}`
			: `NOT installable: ${install.errors.join('; ')}`;
		if (ctx.options.lighthouseRuns === 0)
			return [
				{
					...base,
					result: installWords,
					verdict: 'not run',
					reason: `Lighthouse skipped at size ${ctx.options.size} (≈ 15 s a run; --lighthouse-runs=N runs it); installability was checked: ${installWords}`
				}
			];
		const runs: LhRun[] = [];
		try {
			for (let i = 0; i < ctx.options.lighthouseRuns; i++) {
				runs.push(await lighthouseOnce(url));
				ctx.log(`lighthouse run ${i + 1}: ${runs.at(-1)!.score}`);
			}
		} catch (e) {
			return [
				notRun(base, `${(e as Error).message.split('\n')[0]}; installability: ${installWords}`)
			];
		}
		const score = summarize(runs.map((r) => r.score));
		const metric = (m: (typeof METRICS)[number]) => summarize(runs.map((r) => r.metrics[m])).median;
		const seen = new Map<string, string>();
		for (const r of runs)
			for (const c of r.savings) if (!seen.has(c.title)) seen.set(c.title, c.words);
		const scripts = new Map<string, number[]>();
		for (const r of runs)
			for (const x of r.scripts) scripts.set(x.url, [...(scripts.get(x.url) ?? []), x.ms]);
		const topScripts = [...scripts]
			.map(([url, v]) => ({ url, ms: summarize(v).median }))
			.sort((a, b) => b.ms - a.ms)
			.slice(0, 3);
		return [
			{
				...base,
				result: `${spread(score, (x) => num(x))}; ${installWords}`,
				verdict: score.median >= 95 && installable ? 'met' : 'missed',
				note:
					`Medians: FCP ${ms(metric('first-contentful-paint'))}, LCP ${ms(metric('largest-contentful-paint'))}, TBT ${ms(metric('total-blocking-time'))}, ` +
					`Speed Index ${ms(metric('speed-index'))}, CLS ${num(metric('cumulative-layout-shift'))}; scores ${runs.map((r) => r.score).join(', ')}; ` +
					`Lighthouse's CPU benchmark of this machine ${num(summarize(runs.map((r) => r.benchmarkIndex)).median)}. ` +
					`Main-thread time by script (bootup-time, 4× CPU): ${topScripts.map((x) => `${x.url} ${ms(x.ms)}`).join(', ')}.` +
					(seen.size
						? ` Flagged: ${[...seen]
								.slice(0, 4)
								.map(([t, w]) => `${t} (${w})`)
								.join('; ')}.`
						: '')
			}
		];
	}
};
