// Issue #5 end to end in Chromium: duyet.p01 opens a batch sent by canbo.c01, returns one with a
// comment, recognises the clean ones in one action and the flagged one after checking it, decides
// offline (waiting, then sent when the line is back), downloads the report as .xlsx and reads its
// totals back; axe on every review page; an officer is turned away from /review.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Assessment, Batch } from '../../src/lib/domain/assessment.schema';
import type { Citizen } from '../../src/lib/domain/citizen.schema';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { newDocId } from '../../src/lib/domain/ids';
import { REPORT_HEADERS } from '../../src/lib/domain/report-sheet';
import { assessment, citizen } from '../integration/fixtures';
import {
	launchBrowser,
	newContext,
	startServer,
	waitForAppReady,
	type RunningServer
} from './harness';
import { couch, signInOverHttp } from './sync-helpers';

let server: RunningServer;
let browser: Browser;
let officer: string;
let admin: string;
let downloads: string;

/** What canbo.c01's tablet sends: citizens, their assessments, then the batch document. */
async function sendBatch(
	people: Partial<Citizen>[],
	sentAt: string
): Promise<{ batch: Batch; assessments: Assessment[] }> {
	const citizens = people.map((p) => citizen('C01', p));
	const batchId = newDocId('batch', 'C01');
	const assessments = citizens.map((c) =>
		assessment('C01', { citizenId: c._id, hamletId: c.hamletId, batchId, assessedAt: sentAt })
	);
	const batch: Batch = {
		_id: batchId,
		type: 'batch',
		communeId: 'C01',
		officer: 'canbo.c01',
		createdAt: sentAt,
		sentAt,
		assessmentIds: assessments.map((a) => a._id),
		citizenIds: citizens.map((c) => c._id),
		count: assessments.length,
		status: 'sent'
	};
	const res = await couch(server.url, officer, 'POST', '/cdht-c-c01/_bulk_docs', {
		docs: [...citizens, ...assessments, batch]
	});
	expect(res.body.every((r: { ok?: boolean }) => r.ok)).toBe(true);
	return { batch, assessments };
}

let earlier: Awaited<ReturnType<typeof sendBatch>>;
let current: Awaited<ReturnType<typeof sendBatch>>;

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	downloads = await mkdtemp(join(tmpdir(), 'cdht-dl-'));
	[officer, admin] = await Promise.all([
		signInOverHttp(server.url, 'canbo.c01'),
		signInOverHttp(server.url, 'quantri')
	]);
	earlier = await sendBatch(
		[{ fullName: 'Nguyễn Văn An', birthYear: 1962, gender: 'male' }],
		'2026-03-02T02:00:00.000Z'
	);
	// The namesake is another person of the same name, year and hamlet: flagged, checked, recognised.
	current = await sendBatch(
		[
			{ fullName: 'Trần Thị Bình', birthYear: 1970 },
			{ fullName: 'Lê Văn Cường', birthYear: 1985, gender: 'male' },
			{ fullName: 'Phạm Thị Dung', birthYear: 1990 },
			{ fullName: 'Nguyen Van An', birthYear: 1962, gender: 'male' }
		],
		'2026-04-06T02:00:00.000Z'
	);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (downloads) await rm(downloads, { recursive: true, force: true });
});

async function reviewerPage(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await newContext(browser, { width: 1280, height: 900 });
	const page = await context.newPage();
	// The cookie of this request is the context's: every page of it is signed in.
	const res = await page.request.post(server.url + '/couch/_session', {
		data: { name: 'duyet.p01', password: DEMO_PASSWORD }
	});
	expect(res.status()).toBe(200);
	return { context, page };
}

async function seriousViolations(page: Page, where: string): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	if (bad.length)
		console.log(
			where,
			JSON.stringify(
				bad.map((v) => ({
					id: v.id,
					help: v.help,
					nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5)
				})),
				null,
				2
			)
		);
	return bad.map((v) => `${where}: ${v.id}`);
}

const row = (page: Page, name: string) => page.locator(`tbody[data-name="${name}"]`);
const serverDoc = async (id: string) =>
	(await couch(server.url, admin, 'GET', `/cdht-c-c01/${encodeURIComponent(id)}`))
		.body as Assessment;

test(
	'review a batch, decide offline, export the report and read its totals back',
	{ timeout: 240_000 },
	async () => {
		const { context, page } = await reviewerPage();
		const axe: string[] = [];

		// Inbox: both batches of Xã An Bình, newest first.
		await page.goto(server.url + '/review');
		await waitForAppReady(page);
		await page.getByRole('heading', { level: 1, name: 'Các đợt gửi từ xã' }).waitFor();
		await expect.poll(() => page.locator('tr[data-batch]').count()).toBe(2);
		expect(await page.locator('tr[data-batch]').first().getAttribute('data-batch')).toBe(
			current.batch._id
		);
		await expect
			.poll(() => page.locator('tr[data-batch]').first().textContent())
			.toMatch(/Xã An Bình.*canbo\.c01.*4.*Mới/);
		axe.push(...(await seriousViolations(page, 'inbox')));

		// The batch: four rows, the namesake flagged.
		await page
			.locator('tr[data-batch]')
			.first()
			.getByRole('link', { name: /Xem đợt gửi/ })
			.click();
		await page.getByRole('heading', { level: 1, name: 'Đợt gửi của Xã An Bình' }).waitFor();
		await expect.poll(() => page.locator('tbody[data-name]').count()).toBe(4);
		await row(page, 'Nguyen Van An').getByText('Có thể trùng người: Nguyễn Văn An').waitFor();
		expect(await row(page, 'Trần Thị Bình').getByText('Không có').count()).toBe(1);
		axe.push(...(await seriousViolations(page, 'batch')));

		// Return one, with the comment the officer will read.
		const comment = 'Kiểm tra lại câu trả lời về sử dụng điện thoại';
		await row(page, 'Lê Văn Cường')
			.getByRole('button', { name: 'Trả lại phiếu của Lê Văn Cường' })
			.click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('button', { name: 'Trả lại phiếu' }).click();
		await dialog.getByText('Hãy ghi lý do trước khi xác nhận.').waitFor();
		axe.push(...(await seriousViolations(page, 'comment dialog')));
		await dialog.getByLabel('Lời nhắn cho cán bộ xã: cần sửa gì (bắt buộc)').fill(comment);
		await dialog.getByRole('button', { name: 'Trả lại phiếu' }).click();
		await row(page, 'Lê Văn Cường').getByText('Bị trả lại').waitFor();
		await page.getByText('Mọi quyết định đã được ghi lên máy chủ').waitFor();

		// Recognise the clean ones in one action: the confirmation says how many.
		await page
			.getByRole('button', { name: 'Công nhận tất cả phiếu không có cảnh báo (2)' })
			.click();
		await page.getByRole('dialog').getByText('Công nhận 2 người trong đợt gửi này?').waitFor();
		await page.getByRole('dialog').getByRole('button', { name: 'Công nhận 2 người' }).click();
		await page.getByText('Đã ghi quyết định công nhận cho 2 người.').waitFor();
		for (const name of ['Trần Thị Bình', 'Phạm Thị Dung'])
			await row(page, name).getByText('Đã công nhận').waitFor();
		await page.getByText('Mọi quyết định đã được ghi lên máy chủ').waitFor();

		// The flagged one: checked on its own page, then recognised; its history shows who and when.
		await page.getByRole('link', { name: 'Xem phiếu của Nguyen Van An' }).click();
		await page
			.getByRole('heading', { level: 1, name: 'Phiếu đánh giá của Nguyen Van An' })
			.waitFor();
		await page.getByText(/· phiên bản 1$/).waitFor();
		await page.getByText('Chưa có quyết định nào.').waitFor();
		expect(await page.locator('table caption').count()).toBeGreaterThanOrEqual(3);
		axe.push(...(await seriousViolations(page, 'assessment')));
		await page.getByRole('button', { name: 'Công nhận Nguyen Van An', exact: true }).click();
		await page.getByText(/^Đã công nhận — duyet\.p01, /).waitFor();
		await page.getByText('Mọi quyết định đã được ghi lên máy chủ').waitFor();

		const decided = await Promise.all(current.assessments.map((a) => serverDoc(a._id)));
		expect(decided.map((d) => d.status)).toEqual([
			'recognised',
			'returned',
			'recognised',
			'recognised'
		]);
		expect(decided[1].review).toMatchObject({ by: 'duyet.p01', decision: 'returned', comment });
		expect(decided.every((d) => d.history?.length === 1 && d.history[0].by === 'duyet.p01')).toBe(
			true
		);

		// Offline: the decision is kept on this device and shown as waiting, then goes when the line is back.
		await page.goto(server.url + `/review/batch?id=${encodeURIComponent(earlier.batch._id)}`);
		await waitForAppReady(page);
		await row(page, 'Nguyễn Văn An').waitFor();
		await context.setOffline(true);
		await page.getByText('Không có mạng').first().waitFor();
		await row(page, 'Nguyễn Văn An')
			.getByRole('button', { name: 'Không công nhận Nguyễn Văn An' })
			.click();
		await page
			.getByRole('dialog')
			.getByLabel('Lý do không công nhận (bắt buộc)')
			.fill('Đã chuyển đi nơi khác');
		await page.getByRole('dialog').getByRole('button', { name: 'Không công nhận' }).click();
		await row(page, 'Nguyễn Văn An')
			.getByText('Chờ gửi: đã lưu trên máy, sẽ tự gửi khi có mạng')
			.waitFor();
		await page.getByText('1 quyết định đã lưu trên máy, chờ gửi').waitFor();
		expect((await serverDoc(earlier.assessments[0]._id)).status).toBe('sent');
		await context.setOffline(false);
		await page.getByText('Mọi quyết định đã được ghi lên máy chủ').waitFor({ timeout: 30_000 });
		expect(await serverDoc(earlier.assessments[0]._id)).toMatchObject({
			status: 'rejected',
			review: { comment: 'Đã chuyển đi nơi khác' }
		});

		// The report: the tree, the charts, then the .xlsx read back.
		await page.getByRole('link', { name: 'Báo cáo' }).click();
		await page.getByRole('heading', { level: 1, name: 'Báo cáo kết quả công nhận' }).waitFor();
		await page.locator('[data-report-ready="P01"]').waitFor();
		await page.getByRole('figure', { name: /Tỷ lệ công nhận theo xã/ }).waitFor();
		const totals = page.locator('tfoot tr[data-unit="P01"]');
		await expect.poll(() => totals.textContent()).toMatch(/Tổng cộng \(Tỉnh Demo\)/);
		axe.push(...(await seriousViolations(page, 'report')));

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^bao-cao-cdht-P01-2026-\d{4}-\d{2}-\d{2}\.xlsx$/);
		const file = join(downloads, download.suggestedFilename());
		await download.saveAs(file);
		const sheet = await readSheet(file);
		expect(sheet[0][0]).toMatch(
			/Báo cáo kết quả công nhận Công dân học tập năm 2026 — Tỉnh Demo \(P01\)/
		);
		expect(sheet[1][0]).toMatch(/^Ngày lập: \d{2}\/\d{2}\/\d{4}$/);
		expect(sheet[2]).toEqual([...REPORT_HEADERS]);
		const body = sheet.slice(3, -1);
		expect(body.map((r) => r[0])).toEqual(['C01', 'C02', 'D01', 'C03']);
		const total = sheet.at(-1)!;
		const col = (name: (typeof REPORT_HEADERS)[number]) => total[REPORT_HEADERS.indexOf(name)];
		expect(total[0]).toBe('P01');
		expect(total[1]).toBe('Tổng cộng (Tỉnh Demo)');
		expect(col('Dân số từ 16 tuổi')).toBe(4250 + 3150 + 2790);
		expect(col('Đã đánh giá')).toBe(5);
		expect(col('Đã công nhận')).toBe(3);
		expect(col('Bị trả lại')).toBe(1);
		expect(col('Không công nhận')).toBe(1);
		expect(col('Chờ duyệt')).toBe(0);
		expect(col('Chỉ tiêu (%)')).toBe(60);
		expect(col('Số người cần công nhận thêm')).toBe(Math.ceil(10190 * 0.6) - 3);
		// The totals are the sum of the communes' rows.
		const communes = body.filter((r) => ['C01', 'C02', 'C03'].includes(String(r[0])));
		expect(
			communes.reduce((s, r) => s + Number(r[REPORT_HEADERS.indexOf('Đã công nhận')]), 0)
		).toBe(3);

		// The printable list of the recognised, as it goes with the decision.
		await page.getByRole('link', { name: 'In danh sách Xã An Bình' }).click();
		await page
			.getByRole('heading', { level: 1, name: /Danh sách công dân được công nhận/ })
			.waitFor();
		await expect.poll(() => page.locator('table.list tbody tr').count()).toBe(3);
		axe.push(...(await seriousViolations(page, 'print list')));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.review-header').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'In danh sách' }).isVisible()).toBe(false);

		expect(axe).toEqual([]);
		await context.close();
	}
);

test('an officer opening /review is asked to sign in with a reviewer account', async () => {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.request.post(server.url + '/couch/_session', {
		data: { name: 'canbo.c01', password: DEMO_PASSWORD }
	});
	await page.goto(server.url + '/review/report');
	await page
		.getByRole('heading', { level: 1, name: 'Cần đăng nhập với tài khoản người duyệt' })
		.waitFor();
	expect(await page.getByRole('link', { name: 'Đăng nhập' }).getAttribute('href')).toBe('/login');
	await context.close();
});

test('a reviewer signs out; the next one on the same browser sees only their own scope', async () => {
	const { context, page } = await reviewerPage();
	await page.goto(server.url + '/review');
	await waitForAppReady(page);
	await page.getByText('Người duyệt: duyet.p01').waitFor();
	await expect.poll(() => page.locator('tr[data-batch]').count()).toBe(2);
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await page.waitForURL('**/login');
	// The district reviewer signs in on the sign-in screen; the app takes them to /review by itself.
	await page.locator('#name').fill('duyet.d01');
	await page.locator('#password').fill(DEMO_PASSWORD);
	await page.locator('form button[type="submit"]').click();
	await page.waitForURL('**/review');
	await page.getByText('Người duyệt: duyet.d01').waitFor();
	await page.getByText('0 đợt gửi').waitFor();
	expect(await page.locator('#f-commune option').allTextContents()).toEqual([
		'Tất cả',
		'Xã Tân Phú'
	]);
	await context.close();
});
