// JS heap of the page after the register (/citizens) opened on the seeded tablet and settled:
// CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage (live JS objects of the page's isolate).
import { waitForAppReady } from '../../tests/e2e/harness';
import { mb, spread, summarize } from '../stats';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

export const heap: RowModule = {
	ids: ['heap'],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const base = {
			id: 'heap',
			figure: 'JS heap after opening the register',
			conditions: `${ctx.options.sizes.citizens.toLocaleString('en-US')} citizens stored; a fresh tab opens the home screen, then the register (\`/citizens\`) by its button; first page shown, network idle, garbage collected; CDP \`Runtime.getHeapUsage\``,
			budget: 'report'
		};
		try {
			const tablet = await ctx.tablet();
			const used: number[] = [];
			const home: number[] = [];
			let shown = '';
			for (let r = 0; r < ctx.options.runs; r++) {
				const page = await tablet.context.newPage();
				const cdp = await tablet.context.newCDPSession(page);
				const measureHeap = async () => {
					await page.waitForLoadState('networkidle');
					await cdp.send('HeapProfiler.collectGarbage');
					return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
				};
				await page.goto(tablet.url + '/');
				await waitForAppReady(page);
				await page.locator('.counts .number').first().filter({ hasNotText: '…' }).waitFor();
				home.push(await measureHeap());
				await page.getByRole('link', { name: 'Đánh giá người dân' }).first().click();
				await page.getByRole('heading', { level: 1, name: 'Danh sách người dân' }).waitFor();
				await page.locator('p.total').filter({ hasText: /\d/ }).waitFor();
				shown = `${await page.locator('li.person').count()} people shown, "${(await page.locator('p.total').textContent())?.trim()}"`;
				used.push(await measureHeap());
				ctx.log(`heap run ${r + 1}: ${mb(used.at(-1)!)} (home ${mb(home.at(-1)!)})`);
				await page.close();
			}
			return [
				{
					...base,
					result: spread(summarize(used), mb),
					verdict: 'report',
					note: `The home screen before it: ${mb(summarize(home).median)}. The register: ${shown}; it holds one page of 50, never the whole commune.`
				}
			];
		} catch (e) {
			return [notRun(base, (e as Error).message.split('\n')[0])];
		}
	}
};
