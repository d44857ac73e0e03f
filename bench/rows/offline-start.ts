// Warm offline start: the tablet has the app (service worker controlling, shell precached) and its
// data; no network; CPU slowed 4× (CDP); the home screen reloaded. Timed in the page from
// navigation start (performance.timeOrigin) by a MutationObserver installed before any app code:
// "interactive" = the home screen's main button is on screen (the app started, the officer's
// session and database opened) and one frame has been painted after it.
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { ROOT, waitForAppReady } from '../../tests/e2e/harness';
import { profileWords, startProfile } from '../profile';
import { ms, spread, summarize } from '../stats';
import { throttleCpu } from '../throttle';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

const BUDGET_MS = 1000;

interface Marks {
	button?: number;
	frame?: number;
	counts?: number;
	dcl?: number;
	html?: number;
	fromSw?: boolean;
}

/**
 * Runs before the app's scripts on every load of the page. A string, not a function: tsx compiles
 * functions with esbuild's name helpers, which do not exist in the page.
 */
const RECORDER = `(() => {
	const marks = {};
	window.__bench = marks;
	const check = () => {
		if (marks.button === undefined) {
			const button = document.querySelector('main#main:not([data-loading]) nav a.btn.big');
			if (button && button.getClientRects().length) {
				marks.button = performance.now();
				requestAnimationFrame(() => setTimeout(() => (marks.frame = performance.now()), 0));
			}
		}
		if (marks.counts === undefined) {
			const n = document.querySelector('main#main .counts .number');
			if (n && n.textContent.trim() !== '\u2026') marks.counts = performance.now();
		}
		if (marks.button !== undefined && marks.counts !== undefined) observer.disconnect();
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	document.addEventListener('DOMContentLoaded', () => {
		marks.dcl = performance.now();
		const nav = performance.getEntriesByType('navigation')[0];
		marks.html = nav ? nav.responseEnd : NaN;
		marks.fromSw = nav ? nav.workerStart > 0 : false;
	});
})();`;

async function reloadAndMark(page: Page): Promise<Marks> {
	await page.reload();
	await page.waitForFunction(
		() => {
			const m = (window as unknown as { __bench?: { frame?: number; counts?: number } }).__bench;
			return m?.frame !== undefined && m?.counts !== undefined;
		},
		undefined,
		{ timeout: 60_000, polling: 100 }
	);
	return page.evaluate(() => ({ ...(window as unknown as { __bench: Marks }).__bench }));
}

export const offlineStart: RowModule = {
	ids: ['offline-start'],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const base = {
			id: 'offline-start',
			figure: 'Warm offline start to interactive',
			conditions: `service worker controlling, offline (\`context.setOffline\`), 4× CPU slowdown (CDP); home screen reloaded with ${ctx.options.sizes.citizens.toLocaleString('en-US')} citizens and assessments stored; navigation start → main button on screen + one frame`,
			budget: '≤ 1 s'
		};
		try {
			const tablet = await ctx.tablet();
			const page = await tablet.context.newPage();
			await page.addInitScript(RECORDER);
			await page.goto(tablet.url + '/');
			await waitForAppReady(page);
			await tablet.context.setOffline(true);
			const slowed = await throttleCpu(page, 4);
			const marks: Marks[] = [];
			try {
				for (let r = 0; r < ctx.options.runs + 1; r++) {
					const m = await reloadAndMark(page);
					if (!m.fromSw) throw new Error('the page was not served by the service worker');
					// The first reload after going offline warms Chromium's own caches; it is not counted.
					if (r > 0) marks.push(m);
					ctx.log(
						`offline start run ${r}: interactive ${ms(m.frame!)}, counts ${ms(m.counts!)}${r === 0 ? ' (warm-up, not counted)' : ''}`
					);
				}
				const s = summarize(marks.map((m) => m.frame!));
				let note = `Medians: shell HTML from the service worker at ${ms(summarize(marks.map((m) => m.html!)).median)}, DOMContentLoaded ${ms(summarize(marks.map((m) => m.dcl!)).median)}, button in the DOM ${ms(summarize(marks.map((m) => m.button!)).median)}, counts of ${tablet.seeded.assessments.toLocaleString('en-US')} assessments shown ${ms(summarize(marks.map((m) => m.counts!)).median)}.`;
				if (s.median > BUDGET_MS) {
					const stop = await startProfile(slowed.cdp);
					await reloadAndMark(page);
					note += ` ${profileWords(await stop(), join(ROOT, 'build/client'))}.`;
				}
				return [
					{
						...base,
						result: spread(s, ms),
						verdict: s.median <= BUDGET_MS ? 'met' : 'missed',
						note
					}
				];
			} finally {
				await slowed.release();
				await tablet.context.setOffline(false);
				await page.close();
			}
		} catch (e) {
			return [notRun(base, (e as Error).message.split('\n')[0])];
		}
	}
};
