// Issue #17, items 6 and 9 in a browser: the administrator turns the province's public summary on
// (a plain checkbox with its explanation) and maps a retired commune to the one that took it over;
// then a browser that never signed in reads the public page, printable, without a word of anyone's.
import { expect, test } from 'vitest';
import { openAsAdmin, seriousViolations } from './admin-helpers';
import { newContext } from './harness';
import { useStack } from './stack';
import { couch, signInOverHttp } from './sync-helpers';

const stack = useStack();
const year = new Date().getFullYear();

async function saveUnit(
	page: import('playwright-core').Page,
	id: string,
	change: () => Promise<void>
) {
	await page.goto(`${stack.server.url}/admin/units/edit?id=${id}`);
	await page.getByRole('button', { name: 'Lưu' }).waitFor();
	await change();
	await page.getByRole('button', { name: 'Lưu' }).click();
	await page.getByRole('button', { name: 'Đồng ý, lưu' }).click();
	await page.getByText(/^Đã lưu /).waitFor();
}

test('switched on by the administrator, read by anyone', { timeout: 120_000 }, async () => {
	const anonymous = await (await newContext(stack.browser, { width: 800, height: 1280 })).newPage();
	await anonymous.goto(`${stack.server.url}/cong-khai/P01/${year}`);
	await anonymous.getByText('Không có bản tổng hợp công khai này.', { exact: false }).waitFor();

	const admin = await (await newContext(stack.browser, { width: 800, height: 1280 })).newPage();
	await openAsAdmin(admin, stack.server.url, '/admin/units');
	await saveUnit(admin, 'C03', async () => {
		await admin
			.getByRole('checkbox', { name: 'Đã sáp nhập hoặc ngừng hoạt động (giữ lại dữ liệu cũ)' })
			.check();
		await admin
			.getByText('người dân và phiếu đánh giá của xã cũ được tính cho xã tiếp nhận', {
				exact: false
			})
			.waitFor();
		await admin.getByLabel('Xã, phường tiếp nhận').selectOption('C02');
	});
	await saveUnit(admin, 'P01', async () => {
		await admin
			.getByText('Khi bật, ai cũng xem được (không cần đăng nhập)', { exact: false })
			.waitFor();
		await admin
			.getByRole('checkbox', { name: 'Công khai bản tổng hợp trên cổng thông tin của tỉnh' })
			.check();
	});
	const server = await signInOverHttp(stack.server.url, 'quantri');
	expect(
		(await couch(stack.server.url, server, 'GET', '/cdht-config/orgUnit:P01')).body
	).toMatchObject({ publicSummary: true });
	expect(
		(await couch(stack.server.url, server, 'GET', '/cdht-config/orgUnit:C03')).body
	).toMatchObject({ retired: true, successorId: 'C02' });

	await anonymous.reload();
	await anonymous
		.getByRole('heading', {
			level: 1,
			name: `Kết quả xây dựng Công dân học tập: Tỉnh Demo, năm ${year}`
		})
		.waitFor();
	const units = anonymous.locator('table[data-units]');
	await units.getByRole('link', { name: 'Xã An Bình' }).waitFor();
	expect(await units.locator('tbody tr').count()).toBe(3);
	// No assessment yet: every count is under 10, so hidden.
	expect(await units.locator('tbody tr').first().locator('td').nth(1).textContent()).toBe('<10');
	await anonymous
		.getByText('Trang này không có tên hay thông tin riêng của ai.', { exact: false })
		.waitFor();
	expect(await seriousViolations(anonymous, 'public page')).toEqual([]);
	await anonymous.screenshot({ path: '/tmp/shots-review/public-summary-800.png', fullPage: true });
	// A phone: the table scrolls inside its box, the page itself does not grow sideways.
	await anonymous.setViewportSize({ width: 360, height: 740 });
	expect(await anonymous.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		360
	);
	await anonymous.screenshot({ path: '/tmp/shots-review/public-summary-360.png', fullPage: true });
	await anonymous.setViewportSize({ width: 800, height: 1280 });

	// A commune's own page, one click down, says which former commune it includes.
	await units.getByRole('link', { name: 'Xã Hòa Lợi' }).click();
	await anonymous.getByText('Gồm cả số liệu của đơn vị cũ đã sáp nhập: Xã Tân Phú.').waitFor();
	await anonymous.getByRole('link', { name: 'Về Tỉnh Demo' }).waitFor();
	// The portal may show the page in a frame (read-only, nothing to click for anyone's account); other pages may not be framed.
	const pageHeaders = (
		await anonymous.request.get(`${stack.server.url}/cong-khai/P01/${year}`)
	).headers();
	expect(pageHeaders['x-frame-options']).toBeUndefined();
	expect(pageHeaders['content-security-policy']).not.toContain("frame-ancestors 'none'");
	expect(
		(await anonymous.request.get(`${stack.server.url}/login`)).headers()['x-frame-options']
	).toBe('DENY');
	// A visitor gets a page, not the offline app: no service worker is installed for them.
	expect(
		await anonymous.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))
	).toBe(0);
	const cookies = await anonymous.context().cookies();
	expect(cookies.filter((c) => c.name === 'AuthSession')).toEqual([]);
});
