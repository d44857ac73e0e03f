// A new version never reloads over a half-filled form: the prompt waits for a tap, warns when a
// citizen form holds input, and what was typed survives the reload as a draft. The notices come
// late, in a bar fixed at the bottom: the page under them never moves.
import { appendFile, cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
	ROOT,
	freePort,
	launchBrowser,
	newContext,
	openControlled,
	startServer,
	waitForAppReady
} from './harness';

// Inside the repository (ignored by git), so the copied server still finds node_modules.
const NEXT = join(ROOT, '.svelte-kit', 'e2e-next-version');
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
	// "Version 2": the same build with a changed service worker, which is all a browser compares.
	await rm(NEXT, { recursive: true, force: true });
	await cp(join(ROOT, 'build'), NEXT, { recursive: true });
	await appendFile(join(NEXT, 'client', 'sw.js'), '\n// next version\n');
	await rm(join(NEXT, 'client', 'sw.js.gz'), { force: true });
	await rm(join(NEXT, 'client', 'sw.js.br'), { force: true });
});
afterAll(async () => {
	await browser?.close();
	await rm(NEXT, { recursive: true, force: true });
});

test('the update prompt waits for a tap and warns before reloading over a half-filled form', async () => {
	const port = await freePort();
	const v1 = await startServer({ port, buildDir: join(ROOT, 'build') });
	const context = await newContext(browser);
	const page = await context.newPage();
	try {
		await openControlled(page, v1.url + '/citizens/edit');
		await page.getByLabel('Họ và tên').fill('Hoàng Văn Giang');
		await page.getByLabel('Năm sinh').fill('1970');
	} finally {
		await v1.stop();
	}

	const v2 = await startServer({ port, buildDir: NEXT });
	try {
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
		await page.getByText('Có phiên bản mới — cập nhật').waitFor();
		// Nothing reloads by itself: the typed name is still in the field.
		expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Văn Giang');

		await page.getByRole('button', { name: 'Cập nhật', exact: true }).click();
		await page.getByText('Bạn đang nhập dở thông tin người dân').waitFor();
		expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Văn Giang');

		await page.getByRole('button', { name: 'Để sau' }).click();
		await page.getByRole('button', { name: 'Cập nhật', exact: true }).click();
		await Promise.all([
			page.waitForEvent('load'),
			page.getByRole('button', { name: 'Vẫn cập nhật' }).click()
		]);
		await waitForAppReady(page);
		await page.getByText('Phần đang nhập dở đã được giữ lại.').waitFor();
		expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Văn Giang');
		expect(await page.getByText('Có phiên bản mới').count()).toBe(0);
		const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
		expect(script).toBe(`http://127.0.0.1:${port}/sw.js`);
	} finally {
		await context.close();
		await v2.stop();
	}
});

test('the "ready offline" notice of a first visit never moves the sign-in form, nor hides its button', async () => {
	const server = await startServer();
	try {
		// Lighthouse's phone, a small phone, the tablet.
		for (const viewport of [
			{ width: 412, height: 823 },
			{ width: 360, height: 740 },
			{ width: 800, height: 1280 }
		]) {
			const context = await newContext(browser, viewport);
			const page = await context.newPage();
			await page.addInitScript(() => {
				const w = window as unknown as { shift: number };
				w.shift = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as unknown as {
						value: number;
						hadRecentInput: boolean;
					}[])
						if (!e.hadRecentInput) w.shift += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(server.url + '/login');
			const signIn = page.getByRole('button', { name: 'Đăng nhập', exact: true });
			await signIn.waitFor();
			const before = await signIn.boundingBox();

			const notice = page
				.getByRole('status')
				.filter({ hasText: 'Ứng dụng đã sẵn sàng dùng khi không có mạng.' });
			await notice.waitFor();
			// Nothing moved: the same place for the form's button, no layout shift at all.
			expect(await signIn.boundingBox()).toEqual(before);
			expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
			// At the bottom of the screen, in sight, and the sign-in button still takes the tap.
			const box = (await notice.boundingBox())!;
			expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
			expect(box.y + box.height).toBeGreaterThan(viewport.height - 24);
			expect(
				await signIn.evaluate((b) => {
					const r = b.getBoundingClientRect();
					return b.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
				})
			).toBe(true);
			// Large type, a big button with a word on it; the page keeps room for it at its end.
			expect(
				await notice.locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
			).toBeGreaterThanOrEqual(18);
			const ok = page.getByRole('button', { name: 'Đã hiểu' });
			const okBox = (await ok.boundingBox())!;
			expect(okBox.height).toBeGreaterThanOrEqual(48);
			expect(okBox.width).toBeGreaterThanOrEqual(48);
			expect(
				await page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom))
			).toBeGreaterThanOrEqual(box.height);

			await ok.click();
			await notice.waitFor({ state: 'detached' });
			expect(
				await page.evaluate(() => parseFloat(getComputedStyle(document.body).paddingBottom))
			).toBe(0);
			expect(await signIn.boundingBox()).toEqual(before);
			await context.close();
		}
	} finally {
		await server.stop();
	}
});
