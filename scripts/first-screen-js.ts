// The JS the officer's first screen (home) loads, measured from the browser's own network events:
// every script response of a fresh first visit, gzip-compressed here (level 9, as adapter-node's
// precompressed .gz files are), summed. Budget: 120 KB.
// Run: npm run build && node --import tsx scripts/first-screen-js.ts
import { gzipSync } from 'node:zlib';
import { launchBrowser, startServer, waitForAppReady } from '../tests/e2e/harness.ts';

const BUDGET = 120 * 1024;
const server = await startServer();
const browser = await launchBrowser();
try {
	const context = await browser.newContext({ viewport: { width: 800, height: 1280 } });
	const page = await context.newPage();
	const scripts = new Map<string, Promise<Buffer>>();
	page.on('response', (res) => {
		const type = res.request().resourceType();
		if (type === 'script' || res.url().endsWith('.js')) scripts.set(res.url(), res.body());
	});
	await page.goto(server.url + '/', { waitUntil: 'networkidle' });
	await waitForAppReady(page);
	await page.waitForLoadState('networkidle');

	const rows = await Promise.all(
		[...scripts].map(async ([url, body]) => {
			const raw = await body;
			return {
				file: new URL(url).pathname,
				raw: raw.length,
				gzip: gzipSync(raw, { level: 9 }).length
			};
		})
	);
	rows.sort((a, b) => b.gzip - a.gzip);
	const total = rows.reduce((s, r) => s + r.gzip, 0);
	const kb = (n: number) => (n / 1024).toFixed(1).padStart(6) + ' KB';
	for (const r of rows) console.log(`${kb(r.gzip)} gzip  ${kb(r.raw)} raw  ${r.file}`);
	console.log(
		`${kb(total)} gzip in ${rows.length} files — budget ${kb(BUDGET)}: ${total <= BUDGET ? 'within' : 'OVER'}`
	);
	await context.close();
} finally {
	await browser.close();
	await server.stop();
}
