// The promise of the app: after one visit online, everything works with no network at all.
import { expect, test } from 'vitest';
import { AN, addCitizen, completeWizard, reloadAndWait, startAssessmentOfSaved } from './flows';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';

const stack = useStack();

test('after the first visit, an officer records and assesses a citizen with no network, and it stays', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/');
	await expect.poll(() => page.getByText('Đã có mạng').count()).toBe(1);
	// The first visit says the app now works without a network.
	await page.getByText('Ứng dụng đã sẵn sàng dùng khi không có mạng.').waitFor();
	await page.getByRole('button', { name: 'Đã hiểu' }).click();

	await context.setOffline(true);
	await reloadAndWait(page);
	await page.getByText('Không có mạng').waitFor();
	// Signed in online, the tablet has already been in touch with the server once (nothing to send).
	await page.getByText('Lần gửi gần nhất:', { exact: false }).waitFor();
	await page.getByText('0 phiếu chờ gửi').waitFor();

	await addCitizen(page, AN);
	await startAssessmentOfSaved(page, AN.fullName);
	await completeWizard(page);
	await page.getByText('Đạt — đủ điều kiện công nhận').waitFor();
	await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
	await page.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();
	await page.getByText('1 phiếu chờ gửi').waitFor();

	// Still offline: a reload keeps everything.
	await reloadAndWait(page);
	await page.getByText('Đạt — đủ điều kiện công nhận').waitFor();
	await page.getByText('1 phiếu chờ gửi').waitFor();

	await page.goto(stack.server.url + '/citizens');
	await waitForAppReady(page);
	const row = page.getByRole('listitem').filter({ hasText: AN.fullName });
	await row.getByText('Sẵn sàng gửi').waitFor();
	await expect.poll(() => row.getByText('Sinh năm 1962').count()).toBe(1);

	// The name search ignores accents; the hamlet list uses the unit's own word.
	await page.getByLabel('Tìm theo tên').fill('nguyen van an');
	await page.getByText('1 người').waitFor();
	await row.waitFor();
	await page.getByLabel('Tìm theo tên').fill('tran');
	await page.getByText('Không tìm thấy ai có tên như vậy.').waitFor();
	await page.getByLabel('Tìm theo tên').fill('');
	await page.getByLabel('Chọn thôn, ấp').selectOption({ label: 'Thôn Tây' });
	await page.getByText('Chưa có người dân nào ở đây.', { exact: false }).waitFor();
	await page.getByLabel('Chọn thôn, ấp').selectOption({ label: 'Thôn Đông' });
	await row.waitFor();

	await page.goto(stack.server.url + '/assessments?status=ready');
	await waitForAppReady(page);
	await page.getByRole('link', { name: new RegExp(AN.fullName) }).waitFor();

	// Another route that was never opened online opens from the precache.
	await page.goto(stack.server.url + '/settings');
	await waitForAppReady(page);
	await page.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();

	// An unknown address shows a real "not found" page with a way home, offline too.
	await page.goto(stack.server.url + '/khong-co-trang-nay');
	await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
	await page.getByRole('link', { name: 'Về trang chính' }).click();
	await waitForAppReady(page);
	await page.getByRole('heading', { level: 1, name: 'Trang chính' }).waitFor();
	await page.getByText('1 phiếu chờ gửi').waitFor();

	await context.close();
});
