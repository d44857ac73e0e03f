// Issue #17, item 7: criteria without hand-editing JSON. The administrator downloads the Excel
// template (one row per indicator), a spreadsheet with mistakes is refused with each one named by
// sheet, row and column, and a correct one leads to the same preview and publish step as JSON.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import { expect, test } from 'vitest';
import { defaultCriteriaSet } from '../../src/lib/domain/criteria-default';
import { criteriaSheets, SHEET_INDICATORS, type Sheet } from '../../src/lib/domain/criteria-sheet';
import { openAsAdmin, seriousViolations } from './admin-helpers';
import { useStack } from './stack';

const stack = useStack();

async function xlsx(sheets: Sheet[]): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
	const data = sheets.map(({ sheet, data }) => ({
		sheet,
		data: data.map((row) =>
			row.map((value) => ({
				value: value === '' ? null : value,
				type: typeof value === 'number' ? Number : String
			}))
		)
	}));
	const buffer = (await writeExcelFile(data as never).toBuffer()) as Buffer;
	return {
		name: 'bo-tieu-chi.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer
	};
}

test(
	'criteria from a spreadsheet: the template, every problem at its cell, then the preview',
	{ timeout: 120_000 },
	async () => {
		const dir = await mkdtemp(join(tmpdir(), 'cdht-criteria-'));
		const context = await stack.browser.newContext({
			viewport: { width: 1280, height: 900 },
			locale: 'vi-VN',
			acceptDownloads: true
		});
		const page = await context.newPage();
		await openAsAdmin(page, stack.server.url, '/admin/criteria');

		// The template: three sheets, one row per indicator.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Tải mẫu Excel (.xlsx)' }).click()
		]);
		const file = join(dir, download.suggestedFilename());
		await download.saveAs(file);
		const sheets = await readXlsxFile(file);
		expect(sheets.map((s) => s.sheet)).toEqual(['Bộ tiêu chí', 'Nhóm đối tượng', 'Chỉ tiêu']);
		const indicatorCount = defaultCriteriaSet.criteria.reduce((n, c) => n + c.indicators.length, 0);
		expect(sheets[2].data).toHaveLength(indicatorCount + 1);

		// Mistakes: an answer line without points, a group the set does not have.
		const broken = criteriaSheets(defaultCriteriaSet);
		const rows = broken.find((s) => s.sheet === SHEET_INDICATORS)!.data;
		const [options, groups] = [rows[2][6], rows[3][7]];
		rows[2][6] = 'Thường xuyên = 10\nthỉnh thoảng';
		const input = page.getByLabel('Tệp bộ tiêu chí (JSON) hoặc bảng tính Excel (.xlsx)');
		await input.setInputFiles(await xlsx(broken));
		const problems = page.locator('[data-sheet-problems]');
		await problems
			.getByText(
				'Trang “Chỉ tiêu”, dòng 3, cột G (Các lựa chọn và điểm (mỗi dòng: lựa chọn = điểm)):'
			)
			.waitFor();
		await problems
			.getByText('Dòng “thỉnh thoảng” phải có dạng “lựa chọn = điểm”, ví dụ “Thường xuyên = 10”.')
			.waitFor();
		rows[2][6] = options;
		rows[3][7] = 'nong-dan, ngu-dan';
		await input.setInputFiles(await xlsx(broken));
		await expect
			.poll(() => problems.locator('li').allTextContents())
			.toEqual([expect.stringMatching(/^Trang “Chỉ tiêu”, dòng 4, cột H \(Áp dụng cho nhóm/)]);
		expect(await seriousViolations(page, 'criteria sheet problems')).toEqual([]);
		await page.screenshot({
			path: '/tmp/shots-review/criteria-sheet-problems.png',
			fullPage: true
		});

		// Corrected, with new wording: the same preview and publish step as a JSON file.
		rows[3][7] = groups;
		rows[1][1] = 'Năng lực tự học (từ bảng tính)';
		await input.setInputFiles(await xlsx(broken));
		await page
			.getByText(`Sẽ xuất bản thành phiên bản 2 của bộ ${defaultCriteriaSet.slug}.`, {
				exact: false
			})
			.waitFor();
		await page.getByText('Năng lực tự học (từ bảng tính)').first().waitFor();
		await page.getByRole('button', { name: /Xuất bản phiên bản 2/ }).waitFor();
		await context.close();
		await rm(dir, { recursive: true, force: true });
	}
);
