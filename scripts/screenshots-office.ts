// Screenshots of the reviewer's and administrator's screens touched by issue #17, tablet (800×1280)
// and phone (360×740), into /tmp/shots-office (or SHOTS_DIR). Needs a build (`npm run build`).
// Run: node --import tsx scripts/screenshots-office.ts
import { mkdir } from 'node:fs/promises';
import { DEMO_PASSWORD } from '../src/lib/domain/demo-data.ts';
import { launchBrowser, startServer, waitForAppReady } from '../tests/e2e/harness.ts';

const OUT = process.env.SHOTS_DIR ?? '/tmp/shots-office';
const server = await startServer();
const browser = await launchBrowser();
await mkdir(OUT, { recursive: true });
const taken: string[] = [];
const overflows: string[] = [];

try {
	for (const vp of [
		{ name: 'tablet', width: 800, height: 1280 },
		{ name: 'phone', width: 360, height: 740 }
	]) {
		for (const user of ['duyet.p01', 'quantri']) {
			const context = await browser.newContext({
				viewport: { width: vp.width, height: vp.height },
				locale: 'vi-VN'
			});
			const page = await context.newPage();
			await page.request.post(server.url + '/couch/_session', {
				data: { name: user, password: DEMO_PASSWORD }
			});
			const shot = async (name: string) => {
				const file = `${OUT}/${vp.name}-${name}.png`;
				await page.screenshot({ path: file, fullPage: true });
				taken.push(file);
				const wide = await page.evaluate(
					() => document.documentElement.scrollWidth - window.innerWidth
				);
				if (wide > 0) overflows.push(`${file}: ${wide}px too wide`);
			};
			const go = async (path: string, ready?: string) => {
				await page.goto(server.url + path);
				await waitForAppReady(page);
				if (ready) await page.locator(ready).first().waitFor();
			};
			if (user === 'duyet.p01') {
				await go('/review/report?unit=P01', '[data-report-ready]');
				await shot('review-report');
				await go('/review/periodic?unit=P01', '[data-periodic]');
				await shot('review-periodic');
			} else {
				await go('/admin', '[data-gaps]');
				await shot('admin-home');
				await go('/admin/units/edit?parent=P01', '#f-hamlets');
				await page.locator('#f-hamlets').fill('Thôn Đông\nThôn Tây\nẤp Mới');
				await shot('admin-new-commune');
				await go('/admin/targets', 'table');
				await page.getByLabel('Nhóm đối tượng').selectOption({ index: 2 });
				await shot('admin-targets-group');
				await go('/admin/criteria');
				await shot('admin-criteria');
			}
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.stop();
}
console.log(taken.join('\n'));
console.log(
	overflows.length ? `Too wide:\n${overflows.join('\n')}` : 'No screen needs sideways scrolling.'
);
