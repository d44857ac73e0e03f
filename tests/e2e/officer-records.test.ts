// Issue 15.7–15.8 in the browser: offline, the officer adds a hamlet her commune's list lacks and
// registers someone in it, removes a citizen entered by mistake, and merges two records of one
// person; with the connection back, all of it reaches the server as checked documents.
import { expect, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { AN, addCitizen, type NewCitizen } from './flows';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';
import { communeDocs, signInBrowser, signInOverHttp } from './sync-helpers';

const stack = useStack();
const WRONG: NewCitizen = { ...AN, fullName: 'Đỗ Nhầm Tên', birthYear: '1990', household: '' };

async function openCitizen(page: Page, name: string, nth = 0) {
	await page.goto(stack.server.url + '/citizens');
	await waitForAppReady(page);
	await page
		.getByRole('listitem')
		.filter({ hasText: name })
		.nth(nth)
		.getByRole('link', { name: /^Sửa thông tin/ })
		.click();
	await page.getByRole('heading', { level: 1, name: 'Sửa thông tin người dân' }).waitFor();
}

test(
	'offline: a hamlet added and someone registered in it, a mistake removed, a duplicate merged; then sent',
	{ timeout: 180_000 },
	async () => {
		const context = await newContext(stack.browser);
		const page = await context.newPage();
		await openControlled(page, stack.server.url + '/');
		await signInBrowser(page, 'canbo.c01');
		await context.setOffline(true);

		// A hamlet not in the list, added in the form, chosen at once.
		await page.goto(stack.server.url + '/citizens/edit');
		await waitForAppReady(page);
		await page.getByLabel('Họ và tên').fill('Vi Thị Mai');
		await page.getByLabel('Năm sinh').fill('1975');
		await page.getByRole('button', { name: 'Nữ', exact: true }).click();
		await page.getByRole('button', { name: AN.group }).click();
		await page.getByRole('button', { name: '+ Thêm thôn, ấp' }).click();
		await page.getByLabel('Tên thôn, ấp mới').fill('Xóm Đồng Chùa');
		await page.getByRole('button', { name: 'Thêm thôn, ấp này' }).click();
		await page.getByText('Đã thêm Xóm Đồng Chùa trên máy và chọn cho người này.').waitFor();
		await expect
			.poll(() => page.getByLabel('Thôn, ấp').locator('option:checked').textContent())
			.toBe('Xóm Đồng Chùa');
		await page.getByRole('button', { name: 'Lưu', exact: true }).click();
		await page.getByText('Đã lưu trên máy').first().waitFor();

		// Two records of one person, and one entered by mistake.
		await addCitizen(page, AN);
		await page.getByRole('button', { name: 'Thêm người khác' }).click();
		await page.getByLabel('Họ và tên').fill(AN.fullName);
		await page.getByLabel('Năm sinh').fill(AN.birthYear);
		await page.getByRole('button', { name: AN.gender, exact: true }).click();
		await page.getByRole('button', { name: AN.group }).click();
		await page.getByLabel('Thôn, ấp').selectOption({ label: AN.hamlet });
		// The form warns of a possible duplicate; the officer saves it anyway (as happens), to merge later.
		await page.getByText('Có thể trùng với:').waitFor();
		await page.getByRole('button', { name: 'Vẫn lưu người mới' }).click();
		await page.getByText('Đã lưu trên máy').first().waitFor();
		await addCitizen(page, WRONG);

		// Remove the mistake, confirmed in words.
		await openCitizen(page, WRONG.fullName);
		await page.getByRole('button', { name: `Xóa ${WRONG.fullName} khỏi danh sách` }).click();
		await page.getByText(`Xóa ${WRONG.fullName} khỏi danh sách người dân?`).waitFor();
		await page.getByRole('button', { name: 'Xóa khỏi danh sách', exact: true }).click();
		await page
			.getByText(`Đã xóa ${WRONG.fullName} khỏi danh sách trên máy.`, { exact: false })
			.waitFor();

		// Merge the duplicate: suggested, side by side, keep record 1, confirm.
		await openCitizen(page, AN.fullName);
		await page.getByRole('link', { name: 'Gộp với người khác' }).click();
		await page.getByText('Có thể là cùng một người:').waitFor();
		await page.getByRole('button', { name: new RegExp(`^Chọn ${AN.fullName}`) }).click();
		await page.getByRole('heading', { name: 'Hãy chọn hồ sơ muốn giữ lại' }).waitFor();
		const axe = await new AxeBuilder({ page }).analyze();
		expect(
			axe.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => v.id)
		).toEqual([]);
		await page.getByRole('button', { name: `Giữ hồ sơ 1: ${AN.fullName}` }).click();
		await page.getByRole('button', { name: 'Gộp hai hồ sơ' }).click();
		await page.getByText('Đã gộp trên máy. Sẽ gửi lên khi gửi dữ liệu.').waitFor();

		// The list holds three people: the mistake and the duplicate are gone from it.
		await page.goto(stack.server.url + '/citizens');
		await waitForAppReady(page);
		await page.getByText('2 người').waitFor();
		expect(await page.getByRole('listitem').filter({ hasText: AN.fullName }).count()).toBe(1);
		expect(await page.getByText(WRONG.fullName).count()).toBe(0);

		// Back online: one send, and the server holds it all, checked.
		await context.setOffline(false);
		await page.goto(stack.server.url + '/send');
		await waitForAppReady(page);
		await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		await expect
			.poll(
				async () =>
					(await communeDocs(stack.server.url, admin)).filter((d) => d.type === 'citizen').length,
				{ timeout: 60_000 }
			)
			.toBe(4);
		const docs = await communeDocs(stack.server.url, admin);
		const hamlet = docs.find((d) => d.type === 'hamlet')!;
		expect(hamlet).toMatchObject({ name: 'Xóm Đồng Chùa', createdBy: 'canbo.c01' });
		expect(docs.find((d) => d.fullName === 'Vi Thị Mai')).toMatchObject({ hamletId: hamlet.id });
		expect(docs.find((d) => d.fullName === WRONG.fullName)).toMatchObject({
			removed: { by: 'canbo.c01' }
		});
		const ans = docs.filter((d) => d.fullName === AN.fullName);
		const merged = ans.find((d) => d.merged)!;
		expect(ans.find((d) => !d.merged)?._id).toBe((merged.merged as { into: string }).into);
		await context.close();
	}
);
