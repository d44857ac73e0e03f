// Issue #17, items 1–5: the monthly chart draws the cumulative rate against the target on one
// percent axis (2 people of 4,250 sit near zero, under the target line), a tiny rate is not "0%",
// the printed list carries no notice and fits A4 portrait (Chromium's own PDF, read back with
// pdftotext), the "Về …" links are 48 px tall; the periodic report's page and .docx carry the
// report view's numbers.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/lib/domain/demo-data';
import { applyDecision } from '../../src/lib/domain/review-decision';
import { readDocx } from '../docx-read';
import { assessment, citizen } from '../integration/fixtures';
import {
	launchBrowser,
	newContext,
	startServer,
	waitForAppReady,
	waitForServiceWorker,
	type RunningServer
} from './harness';
import { couch, signInOverHttp } from './sync-helpers';

let server: RunningServer;
let browser: Browser;
let dir: string;

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchBrowser()]);
	dir = await mkdtemp(join(tmpdir(), 'cdht-report-'));
	const [officer, reviewer] = await Promise.all([
		signInOverHttp(server.url, 'canbo.c01'),
		signInOverHttp(server.url, 'duyet.p01')
	]);
	// Two people of Xã An Bình (4,250 citizens 16+) recognised in March 2026.
	const people = [
		citizen('C01', { fullName: 'Trần Thị Bình' }),
		citizen('C01', { fullName: 'Lê Văn Cường', gender: 'male' })
	];
	const sent = people.map((c) =>
		assessment('C01', {
			citizenId: c._id,
			hamletId: c.hamletId,
			assessedAt: '2026-03-02T02:00:00.000Z'
		})
	);
	const put = await couch(server.url, officer, 'POST', '/cdht-c-c01/_bulk_docs', {
		docs: [...people, ...sent]
	});
	expect(put.body.every((r: { ok?: boolean }) => r.ok)).toBe(true);
	for (const a of sent) {
		const stored = (await couch(server.url, reviewer, 'GET', `/cdht-c-c01/${a._id}`)).body;
		const decided = applyDecision(stored, {
			decision: 'recognised',
			by: 'duyet.p01',
			at: '2026-03-05T09:00:00.000Z'
		});
		expect((await couch(server.url, reviewer, 'PUT', `/cdht-c-c01/${a._id}`, decided)).status).toBe(
			201
		);
	}
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (dir) await rm(dir, { recursive: true, force: true });
});

/** How many pairs of an SVG's labels overlap. */
function overlapping(svg: Element): number {
	const boxes = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
	let n = 0;
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++)
			if (
				boxes[i].left < boxes[j].right &&
				boxes[j].left < boxes[i].right &&
				boxes[i].top < boxes[j].bottom &&
				boxes[j].top < boxes[i].bottom
			)
				n++;
	return n;
}

async function signedIn(name: string, viewport: { width: number; height: number }): Promise<Page> {
	const context = await newContext(browser, viewport);
	const page = await context.newPage();
	expect(
		(
			await page.request.post(server.url + '/couch/_session', {
				data: { name, password: DEMO_PASSWORD }
			})
		).status()
	).toBe(200);
	return page;
}

test(
	'the trend shows the rate against the target on one axis; a tiny rate keeps a decimal; readable at 360 px',
	{ timeout: 120_000 },
	async () => {
		for (const viewport of [
			{ width: 800, height: 1280 },
			{ width: 360, height: 740 }
		]) {
			const page = await signedIn('duyet.p01', viewport);
			await page.goto(server.url + '/review/report?unit=P01&period=2026');
			await waitForAppReady(page);
			await page.locator('[data-report-ready="P01"]').waitFor();
			// 2 of 4,250: "0,05%", not "0%".
			await expect
				.poll(() => page.locator('tbody tr[data-unit="C01"] td').nth(7).textContent())
				.toBe('0,05%');

			const trend = page.getByRole('figure', {
				name: /Tỷ lệ công nhận cộng dồn theo tháng, năm 2026/
			});
			await trend.waitFor();
			const svg = trend.locator('svg');
			await expect.poll(() => svg.locator('text.count').allTextContents()).toEqual(['+2']);
			// The March dot (0.05%) is drawn below the 60% target line, near the zero line.
			const geometry = await svg.evaluate((el) => {
				const target = el.querySelector('line:not(.grid)') as SVGLineElement;
				const dots = [...el.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')));
				const zero = Math.max(
					...[...el.querySelectorAll('line.grid')].map((l) => Number(l.getAttribute('y1')))
				);
				return { target: Number(target.getAttribute('y1')), march: dots[2], zero };
			});
			expect(geometry.march).toBeGreaterThan(geometry.target);
			expect(geometry.zero - geometry.march).toBeLessThan(2);
			// No label of the chart overlaps another, on a phone too.
			expect(await svg.evaluate(overlapping)).toBe(0);
			// The commune chart's labels do not overlap either.
			const rate = page.getByRole('figure', { name: /Tỷ lệ công nhận theo xã/ });
			expect(await rate.locator('svg').evaluate(overlapping)).toBe(0);
			await page.screenshot({
				path: `/tmp/shots-review/report-${viewport.width}.png`,
				fullPage: true
			});
			await trend.screenshot({ path: `/tmp/shots-review/trend-${viewport.width}.png` });
			await rate.screenshot({ path: `/tmp/shots-review/rate-${viewport.width}.png` });
			await page.context().close();
		}
	}
);

test(
	'the printed list: no notice on the paper, the table within A4 portrait',
	{ timeout: 120_000 },
	async () => {
		const page = await signedIn('duyet.p01', { width: 800, height: 1280 });
		await page.goto(server.url + '/review/print?commune=C01&period=2026');
		await waitForServiceWorker(page);
		await waitForAppReady(page);
		// The "ready offline" notice is on the screen…
		await page.getByText('Ứng dụng đã sẵn sàng dùng khi không có mạng.').waitFor();
		await expect.poll(() => page.locator('table.list tbody tr').count()).toBe(2);
		// The back link is as tall as any control.
		expect(
			(await page.getByRole('link', { name: 'Về báo cáo' }).boundingBox())!.height
		).toBeGreaterThanOrEqual(48);

		// …and not on the paper. A4 is 210 mm wide, 186 mm between the page's margins (≈ 703 CSS px).
		await page.emulateMedia({ media: 'print' });
		const contentWidth = Math.floor((186 / 25.4) * 96);
		await page.setViewportSize({ width: contentWidth, height: 1000 });
		const table = await page.locator('table.list').evaluate((t) => ({
			right: t.getBoundingClientRect().right,
			// Cells whose text does not fit their column (cut or spilling into the next one).
			spilling: [...t.querySelectorAll('th, td')]
				.filter((c) => c.scrollWidth > c.clientWidth)
				.map((c) => c.textContent)
		}));
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const file = join(dir, 'list.pdf');
		await writeFile(file, pdf);
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'70',
			'-f',
			'1',
			'-l',
			'1',
			file,
			'/tmp/shots-review/print-a4'
		]);
		const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
		expect(text).not.toMatch(/sẵn sàng dùng khi không có mạng/);
		expect(text).not.toMatch(/Về báo cáo|In danh sách|Đăng xuất/);
		expect(text).toMatch(/Trần Thị Bình/);
		// The last column (the decision's date) is on the paper on every row: the right edge is not cut.
		expect(text.match(/05\/03\/2026/g)).toHaveLength(2);
		// The group's name wraps by words, not one word per line: "Nông dân," stays on one line.
		expect(text).toMatch(/Nông dân,/);
		const info = execFileSync('pdfinfo', [file]).toString();
		expect(info).toMatch(/Page size:.*\(A4\)/);
		// Measured in print media at the page's width: the table fits inside it, every cell's text in its column.
		expect(table.right).toBeLessThanOrEqual(contentWidth);
		expect(table.spilling).toEqual([]);
		await page.context().close();
	}
);

test(
	'the "Về …" links of the reviewer and the administrator are 48 px tall',
	{ timeout: 60_000 },
	async () => {
		const reviewer = await signedIn('duyet.p01', { width: 360, height: 740 });
		await reviewer.goto(server.url + '/review/batch?id=none');
		await waitForAppReady(reviewer);
		expect(
			(await reviewer.getByRole('link', { name: 'Về danh sách đợt gửi' }).boundingBox())!.height
		).toBeGreaterThanOrEqual(48);
		await reviewer.context().close();

		const admin = await signedIn('quantri', { width: 360, height: 740 });
		for (const [path, name] of [
			['/admin/units/edit?id=C01', 'Về danh sách đơn vị'],
			['/admin/users/edit?name=canbo.c01', 'Về danh sách tài khoản']
		]) {
			await admin.goto(server.url + path);
			await waitForAppReady(admin);
			expect(
				(await admin.getByRole('link', { name }).boundingBox())!.height
			).toBeGreaterThanOrEqual(48);
		}
		await admin.context().close();
	}
);

test(
	'the periodic report: the page, its .docx with the same numbers as the report view, to date too',
	{ timeout: 120_000 },
	async () => {
		const page = await signedIn('duyet.p01', { width: 800, height: 1280 });
		await page.goto(server.url + '/review/report?unit=P01&period=2026');
		await waitForAppReady(page);
		await page.locator('[data-report-ready="P01"]').waitFor();
		const reportCell = (unit: string, i: number) =>
			page.locator(`table.report tr[data-unit="${unit}"] > *`).nth(i).textContent();
		const fromReport = {
			c01Recognised: await reportCell('C01', 4),
			c01Rate: await reportCell('C01', 8),
			totalRecognised: await reportCell('P01', 4),
			totalRate: await reportCell('P01', 8)
		};
		expect(fromReport).toEqual({
			c01Recognised: '2',
			c01Rate: '0,05%',
			totalRecognised: '2',
			totalRate: '0,02%'
		});

		await page.getByRole('link', { name: 'Báo cáo định kỳ gửi cấp trên (in, PDF, Word)' }).click();
		await page.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ gửi cấp trên' }).waitFor();
		const doc = page.getByRole('article', { name: 'Văn bản báo cáo' });
		await doc.waitFor();
		await doc
			.getByText('Kết quả công nhận danh hiệu “Công dân học tập” của Tỉnh Demo năm 2026')
			.waitFor();
		await doc
			.getByText('Xã An Bình đạt 0,05% (chỉ tiêu 60%), còn thiếu 2.548 người để đạt chỉ tiêu.')
			.waitFor();
		const pageTables = await doc
			.locator('table.doc-table')
			.evaluateAll((tables) =>
				tables.map((t) =>
					[...t.querySelectorAll('tr')].map((r) =>
						[...r.querySelectorAll('th, td')].map((c) => c.textContent!.trim())
					)
				)
			);
		const c01 = pageTables[0].find((r) => r[1] === 'C01')!;
		const total = pageTables[0].at(-1)!;
		expect([c01[3], c01[4], total[3], total[4]]).toEqual([
			fromReport.c01Recognised,
			fromReport.c01Rate,
			fromReport.totalRecognised,
			fromReport.totalRate
		]);
		await page.screenshot({ path: '/tmp/shots-review/periodic-800.png', fullPage: true });

		// The .docx opens (unzipped, document.xml parsed) and holds the page's tables and sentences.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tải Word (.docx)' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^bao-cao-dinh-ky-P01-2026-\d{4}-\d{2}-\d{2}\.docx$/
		);
		const file = join(dir, download.suggestedFilename());
		await download.saveAs(file);
		const docx = readDocx(new Uint8Array(await readFile(file)));
		expect(docx.tables[1]).toEqual(pageTables[0]);
		expect(docx.tables[2]).toEqual(pageTables[1]);
		expect(docx.paragraphs).toContain(
			'Xã An Bình đạt 0,05% (chỉ tiêu 60%), còn thiếu 2.548 người để đạt chỉ tiêu.'
		);
		expect(docx.paragraphs).toContain('NGƯỜI LẬP BÁO CÁO');

		// Printed (the PDF): the document only, no notice, within A4.
		const pdf = join(dir, 'periodic.pdf');
		await writeFile(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'70',
			'-f',
			'1',
			'-l',
			'1',
			pdf,
			'/tmp/shots-review/periodic-a4'
		]);
		const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
		expect(text).toMatch(/BÁO CÁO/);
		expect(text).not.toMatch(/sẵn sàng dùng khi không có mạng|Tải Word|Về báo cáo/);

		// To date: every year added up, said in the heading.
		await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Từ trước đến nay' });
		await doc.getByText(/tính đến ngày \d{2}\/\d{2}\/\d{4}$/).waitFor();
		expect(new URL(page.url()).searchParams.get('period')).toBe('to-date');
		await page.setViewportSize({ width: 360, height: 740 });
		await page.screenshot({ path: '/tmp/shots-review/periodic-360.png', fullPage: true });
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
		).toBe(0);
		await page.context().close();
	}
);
