// Sign-in as the officer meets it: one message per failure, the last user keeps working offline,
// signing out keeps unsent work, and a second officer on the same tablet never sees the first's.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AN, addCitizen, reloadAndWait } from './flows';
import {
	newContext,
	openControlled,
	signInWithForm,
	waitForAppReady,
	waitForServiceWorker
} from './harness';
import { useStack } from './stack';
import { couch, signInOverHttp } from './sync-helpers';

const stack = useStack();

async function submitSignIn(page: Page, name: string, password: string): Promise<void> {
	await page.getByLabel('Tên đăng nhập').fill(name);
	await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

async function signOut(page: Page): Promise<void> {
	await page.goto(stack.server.url + '/settings');
	await waitForAppReady(page);
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

test('each failure says what to do; a second officer on the tablet never sees the first one’s records', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await page.goto(stack.server.url + '/');
	await page.waitForURL((u) => u.pathname === '/login');

	await submitSignIn(page, 'canbo.c01', 'sai-mat-khau');
	await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng. Hãy gõ lại.').waitFor();
	expect(await page.getByLabel('Mật khẩu', { exact: true }).inputValue()).toBe('');

	await submitSignIn(page, 'canbo.c01', 'demo1234');
	await page.waitForURL((u) => u.pathname === '/');
	await waitForAppReady(page);
	// The commune's name came from the server's configuration, not from data bundled in the app.
	await page.getByText('Xã An Bình').first().waitFor();
	await addCitizen(page, AN);

	// Offline, the last signed-in officer keeps working, after a reload too.
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await reloadAndWait(page);
	await page.getByText('Không có mạng').waitFor();
	await page.goto(stack.server.url + '/citizens');
	await page.getByText(AN.fullName).first().waitFor();
	await context.setOffline(false);

	// Signing out with unsent work warns with the count and keeps the work.
	await signOut(page);
	// One citizen recorded, none sent.
	await page.getByText('Còn 1 người dân chưa gửi', { exact: false }).waitFor();
	await page.getByRole('button', { name: 'Vẫn đăng xuất' }).click();
	await page.waitForURL((u) => u.pathname === '/login');

	await signInWithForm(page, 'canbo.c02');
	await page.getByText('Xã Hòa Lợi').first().waitFor();
	await page.goto(stack.server.url + '/citizens');
	await waitForAppReady(page);
	await page.getByRole('heading', { level: 1, name: 'Danh sách người dân' }).waitFor();
	expect(await page.getByText(AN.fullName).count()).toBe(0);

	// Nothing unsent: signing out goes straight to the sign-in screen.
	await signOut(page);
	await page.waitForURL((u) => u.pathname === '/login');
	await signInWithForm(page, 'canbo.c01');
	await page.goto(stack.server.url + '/citizens');
	await page.getByText(AN.fullName).first().waitFor();
	await context.close();
});

test('no network at the first sign-in, a locked account, and a reviewer sent to the review screens', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await page.goto(stack.server.url + '/login');
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).waitFor();

	await context.setOffline(true);
	await submitSignIn(page, 'canbo.c03', 'demo1234');
	await page
		.getByText('Chưa có mạng. Lần đầu dùng trên máy này cần có mạng để đăng nhập.')
		.waitFor();
	await context.setOffline(false);

	const admin = await signInOverHttp(stack.server.url, 'quantri');
	const account = await couch(stack.server.url, admin, 'GET', '/_users/org.couchdb.user:canbo.c03');
	expect(
		(
			await couch(stack.server.url, admin, 'PUT', '/_users/org.couchdb.user:canbo.c03', {
				...account.body,
				disabled: true
			})
		).status
	).toBe(201);
	await submitSignIn(page, 'canbo.c03', 'demo1234');
	await page.getByText('Tài khoản này đã bị khóa. Hãy liên hệ quản trị viên của Hội.').waitFor();

	await submitSignIn(page, 'duyet.p01', 'demo1234');
	await page.waitForURL((u) => u.pathname.startsWith('/review'));
	await context.close();
});

test('an expired session keeps the work and asks to sign in again, with the name filled in', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/', 'canbo.c02');
	await context.clearCookies();
	await reloadAndWait(page);
	await page.getByText('Cần đăng nhập lại để gửi dữ liệu. Dữ liệu vẫn an toàn trên máy.').waitFor();

	await page.getByRole('link', { name: 'Đăng nhập lại' }).click();
	await page.getByText('Phiên đăng nhập đã hết hạn.', { exact: false }).waitFor();
	expect(await page.getByLabel('Tên đăng nhập').inputValue()).toBe('canbo.c02');
	await page.getByLabel('Mật khẩu', { exact: true }).fill('demo1234');
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await page.waitForURL((u) => u.pathname === '/');
	await waitForAppReady(page);
	expect(await page.getByText('Cần đăng nhập lại để gửi dữ liệu.', { exact: false }).count()).toBe(
		0
	);
	await context.close();
});
