// The backup file: unsent work leaves a broken tablet in a file and enters another one; a wrong
// file is refused in words and writes nothing.
import { expect, test } from 'vitest';
import { AN, addCitizen, completeWizard, startAssessmentOfSaved } from './flows';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';

const stack = useStack();

test('unsent work exported on one tablet is imported on another; a foreign file is refused', async () => {
	const first = await newContext(stack.browser);
	const page = await first.newPage();
	await openControlled(page, stack.server.url + '/');
	await addCitizen(page, AN);
	await startAssessmentOfSaved(page, AN.fullName);
	await completeWizard(page);
	await page.getByRole('button', { name: 'Sẵn sàng gửi' }).click();
	await page.getByText('Đã lưu trên máy. Phiếu sẽ tự gửi khi có mạng.').waitFor();

	await page.goto(stack.server.url + '/settings');
	await waitForAppReady(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Xuất dữ liệu chưa gửi' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^cdht-C01-.*\.json$/);
	const file = await download.path();
	await page.getByText(/Đã xuất tệp/).waitFor();

	const second = await newContext(stack.browser);
	const other = await second.newPage();
	await openControlled(other, stack.server.url + '/settings');
	await other.getByRole('heading', { level: 1, name: 'Cài đặt' }).waitFor();

	await other.getByLabel('Nhập dữ liệu từ tệp').setInputFiles({
		name: 'la.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ format: 'something-else', documents: [] }))
	});
	await other.getByText('Không nhập được tệp này. Không có gì được ghi vào máy.').waitFor();
	await other.getByText('Tệp này không phải tệp dữ liệu của ứng dụng Công dân học tập.').waitFor();

	await other.getByLabel('Nhập dữ liệu từ tệp').setInputFiles(file);
	await other.getByText('Đã nhập: 1 người dân, 1 phiếu đánh giá.').waitFor();
	await other.getByText('1 phiếu chờ gửi').waitFor();
	await other.goto(stack.server.url + '/citizens');
	await waitForAppReady(other);
	await other
		.getByRole('listitem')
		.filter({ hasText: AN.fullName })
		.getByText('Sẵn sàng gửi')
		.waitFor();

	await first.close();
	await second.close();
});

test('a full device is said plainly, the typed input stays, and saving works once there is room', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/citizens/edit?hamlet=C01-H02');
	await page.getByLabel('Họ và tên').fill('Đỗ Văn Em');
	await page.getByLabel('Năm sinh').fill('1990');
	await page.getByRole('button', { name: 'Nam', exact: true }).click();
	await page.getByRole('button', { name: 'Nông dân, lao động nông thôn' }).click();

	// The device runs out of storage: every IndexedDB write fails as Chromium fails it.
	await page.evaluate(() => {
		const w = window as unknown as { __put: unknown; __add: unknown };
		w.__put = IDBObjectStore.prototype.put;
		w.__add = IDBObjectStore.prototype.add;
		const full = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = full;
		IDBObjectStore.prototype.add = full;
	});
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await page.getByRole('alert').filter({ hasText: 'Bộ nhớ máy đã đầy' }).waitFor();
	await page.getByText('dữ liệu đã lưu vẫn còn').waitFor();
	expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Đỗ Văn Em');
	expect(await page.getByText('Đã lưu trên máy').count()).toBe(0);

	await page.evaluate(() => {
		const w = window as unknown as { __put: IDBObjectStore['put']; __add: IDBObjectStore['add'] };
		IDBObjectStore.prototype.put = w.__put;
		IDBObjectStore.prototype.add = w.__add;
	});
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await page.getByText('Đã lưu trên máy').first().waitFor();
	await context.close();
});
