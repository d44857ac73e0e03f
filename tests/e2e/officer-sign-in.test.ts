// Issue 15, points 1–3: the same officer signs out and back in (online, then offline with the
// password checked on the tablet), wrong tries are limited, and the header shows her name.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext, signInWithForm, waitForAppReady, waitForServiceWorker } from './harness';
import { useStack } from './stack';

const stack = useStack();

async function signOut(page: Page): Promise<void> {
	await page.getByRole('link', { name: 'Cài đặt' }).first().click();
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await page.waitForURL((u) => u.pathname === '/login');
}

async function typePassword(page: Page, password: string): Promise<void> {
	await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

test('sign out and back in as the same officer, online then offline; five wrong tries offline, then network needed', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await page.goto(stack.server.url + '/login');
	await signInWithForm(page, 'canbo.c01');
	// The header names the person; the login name is in settings.
	await page.getByText('Cán bộ: Nguyễn Thị Hoa').waitFor();
	await waitForServiceWorker(page);

	// 1. Online: out, then in again as the same officer (threw before: the closed database came back).
	await signOut(page);
	expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('canbo.c01');
	await typePassword(page, 'demo1234');
	await page.waitForURL((u) => u.pathname === '/');
	await waitForAppReady(page);
	await page.getByRole('link', { name: 'Cài đặt' }).first().click();
	await page.getByText('Tên đăng nhập: canbo.c01').waitFor();
	await page
		.getByText('Sau khi đăng xuất, muốn dùng lại phải gõ mật khẩu.', { exact: false })
		.waitFor();
	await page.getByRole('link', { name: 'Về trang chính' }).click();

	// 2. Offline: out, then in with the password checked on the tablet, name already filled in.
	await context.setOffline(true);
	await signOut(page);
	expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('canbo.c01');
	await typePassword(page, 'sai-mat-khau');
	await page
		.getByText('Mật khẩu không đúng. Không có mạng: máy chỉ cho thử thêm 4 lần nữa.')
		.waitFor();
	await typePassword(page, 'demo1234');
	await page.waitForURL((u) => u.pathname === '/');
	await waitForAppReady(page);
	await page.getByText('Không có mạng').first().waitFor();
	await page.getByText('Cán bộ: Nguyễn Thị Hoa').waitFor();

	// The good sign-in reset the count; five wrong tries then lock the offline door, right password or not.
	await signOut(page);
	for (let left = 4; left >= 1; left--) {
		await typePassword(page, 'sai' + left);
		await page.getByText(`máy chỉ cho thử thêm ${left} lần nữa`, { exact: false }).waitFor();
	}
	await typePassword(page, 'sai0');
	await page
		.getByText('Đã gõ sai mật khẩu nhiều lần. Để giữ an toàn, hãy đăng nhập khi có mạng.', {
			exact: false
		})
		.waitFor();
	await typePassword(page, 'demo1234');
	await page.getByText('Đã gõ sai mật khẩu nhiều lần.', { exact: false }).waitFor();
	expect(new URL(page.url()).pathname).toBe('/login');

	// With network, the server decides again and the count starts over.
	await context.setOffline(false);
	await typePassword(page, 'demo1234');
	await page.waitForURL((u) => u.pathname === '/');
	await waitForAppReady(page);
	// A new pass is kept after the online sign-in (a fresh salt, no failures).
	await page.waitForFunction(
		() => JSON.parse(localStorage.getItem('cdht.offlinePass.canbo.c01') ?? '{}').failures === 0
	);
	const stored = await page.evaluate(
		() => localStorage.getItem('cdht.offlinePass.canbo.c01') ?? ''
	);
	expect(stored).not.toContain('demo1234');
	expect(JSON.parse(stored)).toMatchObject({ v: 1, iterations: 310_000, failures: 0 });
	await context.close();
});
