// Issue #17, item 9: the administrator creates communes from the official list after the 2025
// reform (static/official-units-2025.json), their official codes as unit ids; each gets its
// database at once, and the home lists what they still lack.
import { expect, test } from 'vitest';
import { openAsAdmin, seriousViolations } from './admin-helpers';
import { newContext } from './harness';
import { useStack } from './stack';
import { couch, signInOverHttp } from './sync-helpers';

const stack = useStack();

test(
	'communes from the official list: ticked, confirmed, created with their codes',
	{ timeout: 120_000 },
	async () => {
		const page = await (await newContext(stack.browser, { width: 800, height: 1280 })).newPage();
		await openAsAdmin(page, stack.server.url, '/admin/units');
		await page.getByRole('link', { name: 'Thêm xã/phường theo danh sách chính thức' }).click();
		await page
			.getByRole('heading', {
				level: 1,
				name: 'Thêm xã/phường theo danh sách chính thức sau sắp xếp 2025'
			})
			.waitFor();
		await page
			.getByLabel('Tỉnh/thành phố trong danh sách chính thức')
			.selectOption({ label: 'Đồng Tháp (82)' });
		const list = page.getByRole('list', { name: 'Các xã/phường của Đồng Tháp' });
		await list.getByRole('listitem').first().waitFor();
		const labels = await list.locator('label').allTextContents();
		expect(labels.length).toBeGreaterThan(50);
		const picked = labels.slice(0, 2).map((l) => /^(.*) \((\d{5})\)$/.exec(l.trim())!);
		for (const [, name, code] of picked)
			await list.getByRole('checkbox', { name: `${name} (${code})` }).check();
		expect(await seriousViolations(page, 'official units')).toEqual([]);
		await page.screenshot({ path: '/tmp/shots-review/official-units-800.png' });
		await page.getByRole('button', { name: 'Thêm 2 xã/phường' }).click();
		await page
			.getByRole('alertdialog')
			.getByText('Thêm 2 xã/phường vào Tỉnh Demo? Máy chủ sẽ tạo kho dữ liệu cho từng xã.')
			.waitFor();
		await page.getByRole('button', { name: 'Đồng ý, lưu' }).click();
		await page.getByText(/^Đã thêm 2 xã\/phường\./).waitFor();
		// Now "already here", and on the server with their official codes, each with its database.
		await expect
			.poll(() =>
				list
					.getByRole('checkbox', { name: `${picked[0][1]} (${picked[0][2]}) — đã có` })
					.isDisabled()
			)
			.toBe(true);
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		for (const [, name, code] of picked) {
			expect(
				(
					await couch(
						stack.server.url,
						admin,
						'GET',
						`/cdht-config/${encodeURIComponent(`orgUnit:${code}`)}`
					)
				).body
			).toMatchObject({ id: code, name, level: 'commune', parentId: 'P01' });
			expect((await couch(stack.server.url, admin, 'GET', `/cdht-c-${code}`)).status).toBe(200);
		}
		// The home says what they lack.
		await page.goto(stack.server.url + '/admin');
		await expect
			.poll(() => page.locator(`[data-commune="${picked[0][2]}"]`).innerText())
			.toContain('còn thiếu: thôn/ấp/tổ dân phố; tài khoản cán bộ xã; số người từ 16 tuổi năm');
	}
);
