// Issue 15: the officer's day as a 65-year-old lives it: what the walk-through tripped on.
import { expect, test } from 'vitest';
import { AN, addCitizen } from './flows';
import { newContext, openControlled } from './harness';
import { useStack } from './stack';

const stack = useStack();

test('5. "Gửi dữ liệu" with no network says at once that the data is safe and will go by itself', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/', 'canbo.c02');
	await addCitizen(page, { ...AN, hamlet: 'Ấp Hòa Thạnh' });
	await page.goto(stack.server.url + '/send');
	await context.setOffline(true);
	await page.getByText('Không có mạng').first().waitFor();
	await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
	// Said without trying the network (the old screen said nothing at all).
	await page.getByRole('alert').filter({ hasText: 'Chưa có mạng. Dữ liệu vẫn an toàn trên máy, sẽ tự gửi khi có mạng.' }).waitFor();
	await context.setOffline(false);
	await page.getByRole('alert').filter({ hasText: 'Chưa có mạng.' }).waitFor({ state: 'detached' });
	await context.close();
});

test('6. an under-16 is said at once at registration, recorded marked "Chưa đủ 16 tuổi", with no assessment button', async () => {
	const context = await newContext(stack.browser);
	const page = await context.newPage();
	await openControlled(page, stack.server.url + '/citizens/edit', 'canbo.c03');
	const year = String(new Date().getFullYear() - 14);
	await page.getByLabel('Họ và tên').fill('Phạm Bé Na');
	await page.getByLabel('Năm sinh').fill(year);
	// Said before anything else is filled in, without leaving the field.
	await page.getByText('Người này mới 14 tuổi, chưa đủ 16 tuổi. Vẫn ghi được, nhưng chưa đánh giá được.').waitFor();
	await page.getByRole('button', { name: 'Nữ', exact: true }).click();
	await page.getByRole('button', { name: 'Học sinh, sinh viên' }).click();
	await page.getByLabel('Thôn, ấp').selectOption({ label: 'Tổ dân phố 1' });
	await page.getByRole('button', { name: 'Lưu', exact: true }).click();
	await page.getByText('Đã lưu trên máy').first().waitFor();
	await page.getByText('Chưa đủ 16 tuổi nên chưa đánh giá.', { exact: false }).waitFor();
	expect(await page.getByRole('link', { name: /^Đánh giá/ }).count()).toBe(0);

	await page.getByRole('link', { name: 'Về danh sách người dân' }).click();
	const card = page.locator('.person').filter({ hasText: 'Phạm Bé Na' });
	await card.getByText('Chưa đủ 16 tuổi').waitFor();
	expect(await card.getByRole('link', { name: /Đánh giá/ }).count()).toBe(0);
	await context.close();
});
