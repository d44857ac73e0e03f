// The targets screen as the administrator uses it: 70 % for Xã An Bình, 65 % for the province
// (the communes without their own follow it), a bad percentage said next to the box, someone
// else's change said plainly and reloaded, a target cleared; the change log says each in one
// sentence, the reviewer's report applies them; axe on the screen.
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { targetDoc } from '../../src/lib/domain/admin-targets';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { assessment, citizen } from '../integration/fixtures';
import { openAsAdmin, seriousViolations } from './admin-helpers';
import { newContext } from './harness';
import { useStack } from './stack';
import { couch, signInOverHttp } from './sync-helpers';

const stack = useStack();
const YEAR = new Date().getFullYear();

const row = (page: Page, id: string) => page.locator(`tr[data-unit="${id}"]`);
const box = (page: Page, name: string) =>
	page.getByLabel(`Chỉ tiêu riêng năm ${YEAR} của ${name}, tính bằng phần trăm`);

async function setTarget(page: Page, name: string, value: string, sentence: RegExp) {
	await box(page, name).fill(value);
	await page.getByRole('button', { name: `Lưu chỉ tiêu của ${name}` }).click();
	await page.getByRole('alertdialog').getByText(sentence).waitFor();
	await page.getByRole('button', { name: 'Đồng ý, lưu' }).click();
}

test(
	'targets set, followed, refused, reloaded after a conflict and cleared, in words',
	{ timeout: 180_000 },
	async () => {
		const page = await (await newContext(stack.browser, { width: 1280, height: 900 })).newPage();
		const found: string[] = [];

		await openAsAdmin(page, stack.server.url);
		await page
			.getByRole('navigation', { name: 'Các mục quản trị' })
			.getByRole('link', { name: 'Chỉ tiêu tỉ lệ' })
			.click();
		await page
			.getByRole('heading', { level: 1, name: 'Chỉ tiêu tỉ lệ Công dân học tập' })
			.waitFor();
		await page.getByRole('table', { name: `Chỉ tiêu năm ${YEAR} của các đơn vị` }).waitFor();
		// Province, former district, communes; no hamlet.
		expect(
			await page
				.locator('tr[data-unit]')
				.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')))
		).toEqual(['P01', 'C01', 'C02', 'D01', 'C03']);
		await expect.poll(() => row(page, 'C02').textContent()).toContain('60 % (mặc định)');
		expect(await page.getByLabel('Năm', { exact: true }).inputValue()).toBe(String(YEAR));
		found.push(...(await seriousViolations(page, 'targets')));

		// A percentage above 100 is refused next to its box, by the shared schema, before anything is sent.
		await box(page, 'Xã An Bình').fill('120');
		await page.getByRole('button', { name: 'Lưu chỉ tiêu của Xã An Bình' }).click();
		await row(page, 'C01').getByText('Tỉ lệ: Tỉ lệ phải từ 0 đến 100').waitFor();
		expect(await box(page, 'Xã An Bình').getAttribute('aria-invalid')).toBe('true');
		found.push(...(await seriousViolations(page, 'targets, a refused box')));

		// 70 % for Xã An Bình.
		await setTarget(
			page,
			'Xã An Bình',
			'70',
			new RegExp(
				`^Đặt chỉ tiêu 70 % cho Xã An Bình \\(C01\\), năm ${YEAR}\\? Trước đây: 60 % \\(mặc định\\)\\.$`
			)
		);
		await page.getByText(`Đã lưu: chỉ tiêu năm ${YEAR} của Xã An Bình là 70 %.`).waitFor();
		await expect.poll(() => row(page, 'C01').textContent()).toContain('70 % (riêng của đơn vị)');
		expect(await box(page, 'Xã An Bình').getAttribute('aria-invalid')).toBeNull();

		// 65 % for the province: the units under it without their own follow it, Xã An Bình keeps 70 %.
		// A box typed in but not saved in another row keeps what was typed.
		await box(page, 'Xã Hòa Lợi').fill('71');
		await box(page, 'Tỉnh Demo').fill('65');
		await page.getByRole('button', { name: 'Lưu chỉ tiêu của Tỉnh Demo' }).click();
		await page
			.getByRole('alertdialog')
			.getByText(
				/3 đơn vị trực thuộc đang theo chỉ tiêu này cũng sẽ áp dụng 65 %: Xã Hòa Lợi, Huyện Cũ, Xã Tân Phú\./
			)
			.waitFor();
		found.push(...(await seriousViolations(page, 'targets, confirmation')));
		await page.getByRole('button', { name: 'Đồng ý, lưu' }).click();
		await page.getByText(`Đã lưu: chỉ tiêu năm ${YEAR} của Tỉnh Demo là 65 %.`).waitFor();
		await expect.poll(() => row(page, 'C02').textContent()).toContain('65 % (theo Tỉnh Demo)');
		expect(await row(page, 'C03').textContent()).toContain('65 % (theo Tỉnh Demo)');
		expect(await row(page, 'C01').textContent()).toContain('70 % (riêng của đơn vị)');
		expect(await box(page, 'Xã Hòa Lợi').inputValue()).toBe('71');
		await box(page, 'Xã Hòa Lợi').fill('');

		// The reviewer's report applies them.
		const reviewer = await (
			await newContext(stack.browser, { width: 1280, height: 900 })
		).newPage();
		expect(
			(
				await reviewer.request.post(`${stack.server.url}/couch/_session`, {
					data: { name: 'duyet.p01', password: DEMO_PASSWORD }
				})
			).status()
		).toBe(200);
		await reviewer.goto(`${stack.server.url}/review/report?unit=P01&period=${YEAR}`);
		await reviewer.locator('[data-report-ready="P01"]').waitFor();
		await expect
			.poll(() => reviewer.locator('tbody tr[data-unit="C01"]').textContent())
			.toContain('70%');
		expect(await reviewer.locator('tbody tr[data-unit="C02"]').textContent()).toContain('65%');

		// Someone else changes the province's target meanwhile: said plainly, and the table reloads.
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		const path = `/cdht-config/${encodeURIComponent(`target:P01:${YEAR}:all`)}`;
		const current = (await couch(stack.server.url, admin, 'GET', path)).body;
		expect(
			(await couch(stack.server.url, admin, 'PUT', path, targetDoc('P01', YEAR, 68, current)))
				.status
		).toBe(201);
		await setTarget(
			page,
			'Tỉnh Demo',
			'66',
			/Đổi chỉ tiêu riêng của Tỉnh Demo \(P01\), năm \d{4}, từ 65 % thành 66 %\?/
		);
		await page
			.getByText(
				'Người khác vừa đổi chỉ tiêu của Tỉnh Demo. Bảng đã được tải lại với số mới nhất; hãy xem lại rồi lưu lại nếu cần.'
			)
			.waitFor();
		expect(await box(page, 'Tỉnh Demo').inputValue()).toBe('68');
		expect(await row(page, 'C02').textContent()).toContain('68 % (theo Tỉnh Demo)');

		// Clearing Xã An Bình's own target: the province's applies to it again.
		await page.getByRole('button', { name: 'Bỏ chỉ tiêu riêng của Xã An Bình' }).click();
		await page
			.getByRole('alertdialog')
			.getByText(
				`Bỏ chỉ tiêu riêng 70 % của Xã An Bình (C01), năm ${YEAR}? Sau đó đơn vị theo 68 % (theo Tỉnh Demo).`
			)
			.waitFor();
		await page.getByRole('button', { name: 'Đồng ý, lưu' }).click();
		await page
			.getByText(
				`Đã bỏ chỉ tiêu riêng của Xã An Bình năm ${YEAR}. Đơn vị theo 68 % (theo Tỉnh Demo).`
			)
			.waitFor();
		expect(await box(page, 'Xã An Bình').inputValue()).toBe('');
		expect(
			(
				await couch(
					stack.server.url,
					admin,
					'GET',
					`/cdht-config/${encodeURIComponent(`target:C01:${YEAR}:all`)}`
				)
			).status
		).toBe(404);

		// The change log says each in one sentence.
		await page.getByRole('link', { name: 'Nhật ký thay đổi' }).click();
		const log = page.getByRole('list', { name: 'Các thay đổi, mới nhất trước' });
		await log
			.getByText(`quantri — Bỏ chỉ tiêu riêng 70 % của Xã An Bình (C01), năm ${YEAR}`)
			.waitFor();
		await log
			.getByText(`quantri — Đổi chỉ tiêu của Tỉnh Demo (P01), năm ${YEAR}: 65 % → 68 %`)
			.waitFor();
		await log.getByText(`quantri — Đặt chỉ tiêu 70 % cho Xã An Bình (C01), năm ${YEAR}`).waitFor();

		// In English on request.
		await page.goto(stack.server.url + '/admin/targets');
		await page.getByRole('button', { name: 'Switch to English' }).click();
		await page.getByRole('heading', { level: 1, name: 'Learning Citizen target rates' }).waitFor();
		await expect.poll(() => row(page, 'C01').textContent()).toContain('68 % (from Tỉnh Demo)');

		expect(found).toEqual([]);
	}
);

test(
	'targets per citizen group: 60 % for officials, 40 % for farmers, and the report’s group rows use them',
	{ timeout: 120_000 },
	async () => {
		const page = await (await newContext(stack.browser, { width: 1280, height: 900 })).newPage();
		await openAsAdmin(page, stack.server.url, '/admin/targets');
		await page.getByRole('table', { name: `Chỉ tiêu năm ${YEAR} của các đơn vị` }).waitFor();
		const groupBox = (name: string, group: string) =>
			page.getByLabel(`Chỉ tiêu riêng năm ${YEAR} của ${name}, nhóm ${group}, tính bằng phần trăm`);

		for (const [group, percent] of [
			['Nông dân, lao động nông thôn', '40'],
			['Cán bộ, công chức, viên chức, người lao động trong cơ quan, tổ chức, doanh nghiệp', '60']
		] as const) {
			await page.getByLabel('Nhóm đối tượng').selectOption({ label: group });
			await page
				.getByRole('table', { name: `Chỉ tiêu năm ${YEAR} của các đơn vị, nhóm ${group}` })
				.waitFor();
			await groupBox('Tỉnh Demo', group).fill(percent);
			await page.getByRole('button', { name: 'Lưu chỉ tiêu của Tỉnh Demo' }).click();
			await page
				.getByRole('alertdialog')
				.getByText(new RegExp(`^Đặt chỉ tiêu ${percent} % cho Tỉnh Demo, nhóm ${group} \\(P01\\)`))
				.waitFor();
			await page.getByRole('button', { name: 'Đồng ý, lưu' }).click();
			await page
				.getByText(`Đã lưu: chỉ tiêu năm ${YEAR} của Tỉnh Demo, nhóm ${group} là ${percent} %.`)
				.waitFor();
			await expect
				.poll(() => row(page, 'C03').textContent())
				.toContain(`${percent} % (theo Tỉnh Demo)`);
			await page.screenshot({ path: `/tmp/shots-review/targets-group-${percent}.png` });
		}
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		expect(
			(
				await couch(
					stack.server.url,
					admin,
					'GET',
					`/cdht-config/${encodeURIComponent(`target:P01:${YEAR}:nong-dan`)}`
				)
			).body
		).toMatchObject({ group: 'nong-dan', percentage: 40 });
		expect(await seriousViolations(page, 'targets by group')).toEqual([]);

		// A farmer's assessment sent by Xã An Bình: the reviewer's group table says 40 % for farmers.
		const officer = await signInOverHttp(stack.server.url, 'canbo.c01');
		const person = citizen('C01');
		const sent = await couch(stack.server.url, officer, 'POST', '/cdht-c-c01/_bulk_docs', {
			docs: [person, assessment('C01', { citizenId: person._id, period: YEAR })]
		});
		expect(sent.body.every((r: { ok?: boolean }) => r.ok)).toBe(true);
		const reviewer = await (
			await newContext(stack.browser, { width: 1280, height: 900 })
		).newPage();
		expect(
			(
				await reviewer.request.post(`${stack.server.url}/couch/_session`, {
					data: { name: 'duyet.p01', password: DEMO_PASSWORD }
				})
			).status()
		).toBe(200);
		await reviewer.goto(`${stack.server.url}/review/report?unit=P01&period=${YEAR}`);
		await reviewer.locator('[data-report-ready="P01"]').waitFor();
		const farmers = reviewer
			.getByRole('table', { name: 'Theo nhóm đối tượng' })
			.getByRole('row', { name: /Nông dân, lao động nông thôn/ });
		await expect.poll(() => farmers.locator('td').last().textContent()).toBe('40%');
	}
);
