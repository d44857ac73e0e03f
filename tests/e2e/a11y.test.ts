// axe on the officer's main screens: no serious or critical violations. Also the manifest and
// Chromium's own installability check.
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AN, addCitizen } from './flows';
import {
	launchBrowser,
	launchPersistent,
	newContext,
	openControlled,
	startServer,
	waitForAppReady,
	type RunningServer
} from './harness';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	context = await newContext(browser);
	page = await context.newPage();
	await openControlled(page, server.url + '/');
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function seriousViolations(where: string) {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	if (bad.length > 0)
		console.log(
			where,
			JSON.stringify(
				bad.map((v) => ({
					id: v.id,
					impact: v.impact,
					help: v.help,
					nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)
				})),
				null,
				2
			)
		);
	return bad.map((v) => `${where}: ${v.id}`);
}

test('home, register, citizen form, a wizard step and the other screens have no serious or critical axe violations', async () => {
	const found: string[] = [];
	await page.getByRole('heading', { level: 1, name: 'Trang chính' }).waitFor();
	found.push(...(await seriousViolations('home')));

	await addCitizen(page, AN);
	await page.goto(server.url + '/citizens');
	await waitForAppReady(page);
	await page.getByText(AN.fullName).first().waitFor();
	found.push(...(await seriousViolations('register')));

	await page.goto(server.url + '/citizens/edit');
	await waitForAppReady(page);
	await page.getByLabel('Họ và tên').fill('Lê Văn Cường');
	await page.getByLabel('Năm sinh').fill('19');
	await page.getByLabel('Họ và tên').focus();
	found.push(...(await seriousViolations('citizen form')));

	await page.goto(server.url + '/citizens');
	await waitForAppReady(page);
	await page
		.getByRole('button', { name: `Đánh giá ${AN.fullName}` })
		.or(page.getByRole('link', { name: `Đánh giá ${AN.fullName}` }))
		.first()
		.click();
	await page.getByText(/Bước 1\/\d+/).waitFor();
	await page.locator('[data-indicator]').first().getByRole('button').first().click();
	found.push(...(await seriousViolations('wizard step')));

	// And the other screens an officer meets.
	for (const [where, path] of [
		['assessments list', '/assessments?status=draft'],
		['settings', '/settings'],
		['not found', '/khong-co-trang-nay']
	]) {
		await page.goto(server.url + path);
		await page.locator('main h1').first().waitFor();
		await page.locator('[data-loading="true"]').waitFor({ state: 'detached' });
		found.push(...(await seriousViolations(where)));
	}

	expect(found).toEqual([]);
});

test('the manifest is complete, every route is precached, and Chromium finds the app installable', async () => {
	const res = await page.request.get(server.url + '/manifest.webmanifest');
	expect(res.ok()).toBe(true);
	const manifest = await res.json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Công dân học tập'),
		short_name: 'Công dân học tập',
		lang: 'vi',
		start_url: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i)
	});
	const sizes = manifest.icons.map(
		(i: { sizes: string; purpose?: string }) => `${i.sizes} ${i.purpose ?? 'any'}`
	);
	expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	for (const icon of manifest.icons) {
		const png = await page.request.get(new URL(icon.src, server.url).href);
		expect(png.headers()['content-type']).toBe('image/png');
	}
	expect(await page.locator('link[rel="manifest"]').count()).toBe(1);
	expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(
		manifest.theme_color
	);

	// The built service worker precaches the shell of every route (all prerendered) and the manifest.
	const sw = await (await page.request.get(server.url + '/sw.js')).text();
	for (const url of [
		'/',
		'citizens',
		'citizens/edit',
		'assess',
		'assessments',
		'settings',
		'manifest.webmanifest'
	])
		expect(sw, `precache entry ${url}`).toContain(`url:"${url}"`);
	expect(sw).toContain('createHandlerBoundToURL("/")');

	// Chromium calls every incognito context not installable: check in a profile on disk.
	const persistent = await launchPersistent();
	try {
		const installPage = persistent.context.pages()[0] ?? (await persistent.context.newPage());
		await openControlled(installPage, server.url + '/');
		const cdp = await persistent.context.newCDPSession(installPage);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);
	} finally {
		await persistent.close();
	}
});
