// The backup file: unsent work leaves a broken tablet in a file and enters another one; a wrong
// file is refused in words and writes nothing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { AN, addCitizen, completeWizard, startAssessmentOfSaved } from './flows';
import { launchBrowser, newContext, openControlled, startServer, waitForAppReady, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

test('unsent work exported on one tablet is imported on another; a foreign file is refused', async () => {
	const first = await newContext(browser);
	const page = await first.newPage();
	await openControlled(page, server.url + '/');
	await addCitizen(page, AN);
	await startAssessmentOfSaved(page, AN.fullName);
	await completeWizard(page);
	await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
	await page.getByText('Đã lưu trên máy. Bài sẽ được gửi khi có mạng.').waitFor();

	await page.goto(server.url + '/settings');
	await waitForAppReady(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất dữ liệu chưa gửi' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^cdht-C01-.*\.json$/);
	const file = await download.path();
	await page.getByText(/Đã xuất tệp/).waitFor();

	const second = await newContext(browser);
	const other = await second.newPage();
	await openControlled(other, server.url + '/settings');
	await other.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();

	await other.getByLabel('Nhập dữ liệu từ tệp').setInputFiles({
		name: 'la.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'something-else', documents: [] }))
	});
	await other.getByText('Không nhập được tệp này. Không có gì được ghi vào máy.').waitFor();
	await other.getByText('Tệp này không phải tệp dữ liệu của ứng dụng Công dân học tập.').waitFor();

	await other.getByLabel('Nhập dữ liệu từ tệp').setInputFiles(file);
	await other.getByText('Đã nhập: 1 người dân, 1 bài đánh giá.').waitFor();
	await other.getByText('1 chờ gửi').waitFor();
	await other.goto(server.url + '/citizens');
	await waitForAppReady(other);
	await other.getByRole('listitem').filter({ hasText: AN.fullName }).getByText('Sẵn sàng gửi').waitFor();

	await first.close();
	await second.close();
});
