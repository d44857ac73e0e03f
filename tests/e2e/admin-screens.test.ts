// The administration screens as the administrator uses them: a new commune (its database made at
// once), a commune moved under the province, an officer account created, its password reset and
// the account disabled, each confirmed in words; the change log lists them; axe on every screen.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openAsAdmin, seriousViolations } from './admin-helpers';
import { newContext } from './harness';
import { useStack } from './stack';
import { couch, signInOverHttp } from './sync-helpers';

const stack = useStack();

async function signIn(name: string, password: string): Promise<string> {
	const res = await fetch(`${stack.server.url}/couch/_session`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name, password })
	});
	if (res.status !== 200) throw new Error(`sign-in of ${name}: ${res.status}`);
	return res.headers.get('set-cookie')!.split(';', 1)[0];
}

async function confirm(page: Page, sentence: RegExp, yes: string) {
	await page.getByRole('alertdialog').getByText(sentence).waitFor();
	await page.getByRole('button', { name: yes }).click();
}

test(
	'units, accounts and the change log, in words, with no serious axe violation',
	{ timeout: 180_000 },
	async () => {
		const page = await (await newContext(stack.browser, { width: 1280, height: 900 })).newPage();
		const found: string[] = [];

		// Without an administrator's session the section says what to do.
		await page.goto(stack.server.url + '/admin');
		await page.getByText('Cần đăng nhập với tài khoản quản trị').waitFor();
		await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();

		await openAsAdmin(page, stack.server.url);
		await page
			.locator('[data-gaps="0"]')
			.getByText('Mọi xã, phường đều đã có thôn/ấp, cán bộ xã và số người từ 16 tuổi năm nay.')
			.waitFor();
		found.push(...(await seriousViolations(page, 'home')));

		// A new commune under the province: its database exists as soon as it is saved.
		await page.getByRole('link', { name: 'Đơn vị' }).first().click();
		await page.getByRole('list', { name: 'Cây đơn vị' }).waitFor();
		found.push(...(await seriousViolations(page, 'units')));
		await page.getByRole('link', { name: 'Thêm đơn vị con của Tỉnh Demo' }).click();
		await page.getByLabel(/Mã đơn vị/).fill('C05');
		await page.getByLabel(/Tên đơn vị/).fill('Xã Bình Minh');
		await page.getByLabel('Số người năm 2026').fill('3900');
		found.push(...(await seriousViolations(page, 'unit form')));
		// A new commune asks for its hamlets: officers pick one for every citizen.
		await page.getByRole('button', { name: 'Lưu' }).click();
		await page
			.getByText(
				'Hãy ghi ít nhất một thôn, ấp hoặc tổ dân phố: cán bộ xã cần chọn thôn/ấp cho mỗi người dân.'
			)
			.waitFor();
		await page
			.getByLabel(/Các thôn, ấp, tổ dân phố của xã/)
			.fill('1. Thôn Bình An\n2. Thôn Bình Lợi\n\n- Ấp Mới\nthôn bình an');
		await page
			.locator('[data-hamlets-preview]')
			.getByText('Sẽ thêm 3: Thôn Bình An, Thôn Bình Lợi, Ấp Mới.')
			.waitFor();
		found.push(...(await seriousViolations(page, 'unit form with hamlets')));
		await page.getByRole('button', { name: 'Lưu' }).click();
		await confirm(
			page,
			/Thêm xã Xã Bình Minh \(C05\) vào Tỉnh Demo\? Máy chủ sẽ tạo ngay kho dữ liệu.* Cùng với 3 thôn\/ấp\/tổ dân phố: Thôn Bình An, Thôn Bình Lợi, Ấp Mới\.$/,
			'Đồng ý, lưu'
		);
		await page
			.getByText(
				'Đã lưu Xã Bình Minh. Kho dữ liệu và quyền truy cập của 1 xã/phường đã được cập nhật. Đã thêm 3 thôn/ấp/tổ dân phố.'
			)
			.waitFor();
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		expect((await couch(stack.server.url, admin, 'GET', '/cdht-c-c05')).status).toBe(200);
		expect(
			(
				await couch(
					stack.server.url,
					admin,
					'GET',
					`/cdht-config/${encodeURIComponent('orgUnit:C05-H03')}`
				)
			).body
		).toMatchObject({ name: 'Ấp Mới', level: 'hamlet', parentId: 'C05', kindLabel: 'Ấp' });
		// The home lists it until it has an officer.
		await page.goto(stack.server.url + '/admin');
		await expect
			.poll(() => page.locator('[data-commune="C05"]').innerText())
			.toMatch(/Xã Bình Minh \(C05\) — còn thiếu: tài khoản cán bộ xã\./);
		await page.screenshot({ path: '/tmp/shots-review/admin-home-800.png', fullPage: true });

		// The 2025 reform: Xã Tân Phú leaves the former district for the province.
		await page.goto(stack.server.url + '/admin/units/edit?id=C03');
		await page.getByLabel('Thuộc đơn vị').selectOption({ label: 'Tỉnh Demo (P01)' });
		await page.getByRole('button', { name: 'Lưu' }).click();
		await confirm(
			page,
			/Chuyển Xã Tân Phú từ Huyện Cũ sang Tỉnh Demo\? 1 xã\/phường/,
			'Đồng ý, lưu'
		);
		await page.getByText(/Đã lưu Xã Tân Phú\./).waitFor();
		const reviewer = await signInOverHttp(stack.server.url, 'duyet.d01');
		expect((await couch(stack.server.url, reviewer, 'GET', '/cdht-c-c03')).status).toBe(403);

		// An officer for the new commune: created, password reset, disabled.
		await page.getByRole('link', { name: 'Tài khoản' }).first().click();
		await page.getByRole('table').waitFor();
		found.push(...(await seriousViolations(page, 'accounts')));
		await page.getByRole('link', { name: 'Tạo tài khoản' }).click();
		await page.getByLabel(/Tên đăng nhập/).fill('canbo.c05');
		await page.getByLabel('Họ tên').fill('Cán bộ Bình Minh');
		await page.getByLabel('Xã/phường làm việc').selectOption({ label: 'Xã Bình Minh (C05)' });
		await page.getByLabel(/^Mật khẩu/).fill('mat-khau-c05');
		found.push(...(await seriousViolations(page, 'account form')));
		await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
		await confirm(page, /Tạo tài khoản canbo\.c05 — Cán bộ xã, Xã Bình Minh\?/, 'Đồng ý');
		await page.getByText('Đã tạo tài khoản canbo.c05.').waitFor();
		const officer = await signIn('canbo.c05', 'mat-khau-c05');
		expect((await couch(stack.server.url, officer, 'GET', '/cdht-c-c05')).status).toBe(200);

		await page.getByLabel('Mật khẩu mới').fill('mat-khau-moi-c05');
		await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
		await confirm(
			page,
			/Đặt mật khẩu mới cho canbo\.c05\? Người này sẽ phải đăng nhập lại/,
			'Đồng ý'
		);
		await page.getByText('Đã đặt mật khẩu mới cho canbo.c05.', { exact: false }).waitFor();
		expect((await couch(stack.server.url, officer, 'GET', '/cdht-c-c05')).status).toBe(401);
		const again = await signIn('canbo.c05', 'mat-khau-moi-c05');

		await page.getByRole('button', { name: 'Khoá tài khoản' }).click();
		await confirm(page, /Khoá tài khoản canbo\.c05\?/, 'Đồng ý');
		await page.getByText('Tài khoản canbo.c05 đã bị khoá.').waitFor();
		expect((await couch(stack.server.url, again, 'GET', '/cdht-c-c05')).status).toBe(401);
		await expect(signIn('canbo.c05', 'mat-khau-moi-c05')).rejects.toThrow('401');

		// The change log: newest first, then one kind; in English on request.
		await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
		const log = page.getByRole('list', { name: 'Các thay đổi, mới nhất trước' });
		await log.getByText('quantri — Sửa tài khoản: Cán bộ Bình Minh (canbo.c05)').first().waitFor();
		found.push(...(await seriousViolations(page, 'change log')));
		// The commune, its 3 hamlets, the move, the account created, reset, disabled.
		await expect.poll(() => log.locator(':scope > li').count()).toBe(8);
		await log.locator(':scope > li').first().getByText('Bị khoá: Không → Có').waitFor();
		await page.getByLabel('Loại thay đổi').selectOption({ label: 'Đơn vị' });
		await expect.poll(() => log.locator(':scope > li').count()).toBe(5);
		await log.getByText('Đơn vị cấp trên: D01 → P01').waitFor();
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.getByRole('heading', { level: 1, name: 'Change log' }).waitFor();
		await page
			.getByRole('list', { name: 'Changes, newest first' })
			.getByText('Parent unit: D01 → P01')
			.waitFor();

		expect(found).toEqual([]);
	}
);
