// Issue #16 end to end: an officer imports the lists she keeps in Excel, offline, on the tablet; the
// same file again adds nobody; the people are found by search and reach the server on the next
// send. The files are made here with write-excel-file and by hand (CSV), never with the reader.
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import writeExcelFile from 'write-excel-file/node';
import type { Page } from 'playwright-core';
import { newContext, openControlled, waitForAppReady } from './harness';
import { useStack } from './stack';
import { communeDocs, signInBrowser, signInOverHttp } from './sync-helpers';

const stack = useStack();

const date = (y: number, m: number, d: number) => ({
	value: new Date(Date.UTC(y, m - 1, d)),
	format: 'dd/mm/yyyy'
});
const text = (value: string) => ({ value });
const HEADER = [
	'STT',
	'Họ và tên',
	'Ngày tháng năm sinh',
	'Giới tính',
	'Số CCCD',
	'Dân tộc',
	'Ghi chú'
].map(text);

/** A workbook as communes keep them: a title block, one sheet per hamlet, a total and a signature block. */
async function titledWorkbook(): Promise<Buffer> {
	const titled = (hamlet: string, people: unknown[][]) => [
		[text('UBND XÃ AN BÌNH')],
		[text(`DANH SÁCH NGƯỜI DÂN TỪ 16 TUỔI TRỞ LÊN — ${hamlet.toUpperCase()}`)],
		[],
		HEADER,
		...people,
		[null, text(`Tổng cộng: ${people.length} người`)],
		[null, text('NGƯỜI LẬP BIỂU')],
		[null, text('(Ký, ghi rõ họ tên)')],
		[null, text('Phạm Văn Lập')]
	];
	return writeExcelFile([
		{
			sheet: 'Thôn Đông',
			data: titled('Thôn Đông', [
				[
					{ value: 1 },
					text('Hoàng Văn Nhập'),
					date(1961, 3, 11),
					text('Nam'),
					text('079061001234'),
					text('Kinh'),
					null
				],
				[
					{ value: 2 },
					text('HOÀNG THỊ XUÂN'),
					{ value: 1965 },
					text('Nữ'),
					null,
					text('Kinh'),
					null
				],
				[{ value: 3 }, text(''), { value: 1970 }, text('Nam'), null, null, text('thiếu tên')]
			])
		},
		{
			sheet: 'Thôn Tây',
			data: titled('Thôn Tây', [
				[
					{ value: 1 },
					text('Đinh Công Tráng'),
					text('5/6/72'),
					text('Nam'),
					null,
					text('Kinh'),
					null
				]
			])
		}
	] as never).toBuffer();
}

/** What Excel in Vietnamese saves as "CSV UTF-8": a byte-order mark and `;`. */
function semicolonCsv(): Buffer {
	const lines = [
		'Họ tên;Năm sinh;Giới;Thôn',
		'Hoàng Văn Nhập;11/03/1961;Nam;Thôn Đông', // already imported from the workbook
		'Lương Thị Mới;1980;Nữ;Bắc Sơn',
		'Vũ Văn Xa;1977;Nam;Xóm Mới'
	];
	return Buffer.concat([
		Buffer.from([0xef, 0xbb, 0xbf]),
		Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')
	]);
}

async function openImport(page: Page) {
	await page.goto(stack.server.url + '/citizens');
	await waitForAppReady(page);
	await page.getByRole('link', { name: 'Nhập danh sách từ Excel' }).click();
	await page.getByRole('heading', { level: 1, name: 'Nhập danh sách từ Excel' }).waitFor();
}

async function pick(page: Page, name: string, buffer: Buffer, mimeType: string) {
	await page.locator('input[type=file]').first().setInputFiles({ name, mimeType, buffer });
	await page.getByRole('heading', { level: 1, name: 'Xem trước khi nhập' }).waitFor();
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test(
	'a titled two-sheet workbook and a `;` CSV are imported offline, once; the people are found and sent',
	{ timeout: 180_000 },
	async () => {
		const context = await newContext(stack.browser);
		const page = await context.newPage();
		await openControlled(page, stack.server.url + '/');
		await signInBrowser(page, 'canbo.c01');
		await context.setOffline(true);
		const workbook = await titledWorkbook();

		await openImport(page);
		await pick(page, 'danh-sach.xlsx', workbook, XLSX);
		await page.getByText('Sẽ thêm 3 người mới').waitFor();
		await page.getByText('1 dòng cần xem lại (chưa nhập)').waitFor();
		// The row without a name is listed with the file's own row number and sheet; totals and signatures are not people.
		await page.getByText('Dòng 7, trang “Thôn Đông”').waitFor();
		await page.getByText('Không có họ tên').waitFor();
		expect(await page.getByText('Phạm Văn Lập').count()).toBe(0);
		const confirm = page.getByRole('button', { name: 'Nhập 3 người vào máy' });
		// The group is picked first: pressing without one says so next to the picker, and stores nothing.
		await confirm.click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Hãy chọn nhóm đối tượng trước khi nhập.' })
			.waitFor();
		await page.getByRole('heading', { level: 1, name: 'Xem trước khi nhập' }).waitFor();
		await page
			.getByLabel('Nhóm đối tượng cho cả danh sách')
			.selectOption({ label: 'Nông dân, lao động nông thôn' });
		await confirm.click();
		await page.getByText('Đã lưu trên máy 3 người mới.').waitFor();

		// The same file again adds nobody.
		await openImport(page);
		await pick(page, 'danh-sach.xlsx', workbook, XLSX);
		await page.getByText('0 người mới: mọi người trong tệp đã có trong danh sách.').waitFor();
		expect(await page.getByRole('button', { name: /^Nhập \d+ người/ }).count()).toBe(0);
		await page.getByText('Đã có trong danh sách (3)').waitFor();
		await page.getByText('đã có: Hoàng Thị Xuân').waitFor();

		// The CSV: a hamlet written without its word is matched; an unknown one is mapped by her.
		await page
			.locator('input[type=file]')
			.last()
			.setInputFiles({ name: 'ds.csv', mimeType: 'text/csv', buffer: semicolonCsv() });
		await page.getByText('Tệp: ds.csv').waitFor();
		await page.getByText('Sẽ thêm 1 người mới').waitFor();
		await page.getByText('Dòng 4, trang “ds”').waitFor();
		await page
			.getByLabel('Trong tệp ghi “Xóm Mới” (1 người). Thuộc thôn, ấp:')
			.selectOption({ label: 'Thôn Tây' });
		await page.getByText('Sẽ thêm 2 người mới').waitFor();
		await page
			.getByLabel('Nhóm đối tượng cho cả danh sách')
			.selectOption({ label: 'Nông dân, lao động nông thôn' });
		await page.getByRole('button', { name: 'Nhập 2 người vào máy' }).click();
		await page.getByText('Đã lưu trên máy 2 người mới.').waitFor();

		// A `,` CSV whose name column is worded in a way the app does not know: she says which it is.
		await openImport(page);
		const unknownColumn = Buffer.from(
			'Công dân,Năm sinh,Giới tính,Thôn\nMai Văn Phụ,1959,Nam,Thôn Tây\n',
			'utf8'
		);
		await pick(page, 'khac.csv', unknownColumn, 'text/csv');
		await page
			.getByText('Chưa thấy cột họ tên, năm sinh hoặc giới tính.', { exact: false })
			.waitFor();
		await page.getByLabel('Cột “Công dân”').selectOption({ label: 'Họ và tên' });
		await page.getByText('Sẽ thêm 1 người mới').waitFor();
		await page
			.getByLabel('Nhóm đối tượng cho cả danh sách')
			.selectOption({ label: 'Nông dân, lao động nông thôn' });
		await page.getByRole('button', { name: 'Nhập 1 người vào máy' }).click();
		await page.getByText('Đã lưu trên máy 1 người mới.').waitFor();

		// Found by the register's search, accents optional.
		await page.getByRole('link', { name: 'Về danh sách người dân' }).click();
		await page.getByLabel('Tìm theo tên').fill('hoang');
		await page.getByText('2 người').waitFor();
		await page.getByRole('heading', { level: 3, name: 'Hoàng Thị Xuân' }).waitFor();
		await page.getByLabel('Tìm theo tên').fill('xa vu');
		await page.getByRole('heading', { level: 3, name: 'Vũ Văn Xa' }).waitFor();

		// Online again: the next send takes them to the server, the CCCD as its last four digits only.
		await context.setOffline(false);
		await page.goto(stack.server.url + '/send');
		await waitForAppReady(page);
		await page.getByRole('button', { name: 'Gửi dữ liệu' }).click();
		const admin = await signInOverHttp(stack.server.url, 'quantri');
		const names = async () =>
			(await communeDocs(stack.server.url, admin))
				.filter((d) => d.type === 'citizen')
				.map((d) => d.fullName as string)
				.sort();
		await expect
			.poll(names, { timeout: 60_000 })
			.toEqual([
				'Hoàng Thị Xuân',
				'Hoàng Văn Nhập',
				'Lương Thị Mới',
				'Mai Văn Phụ',
				'Vũ Văn Xa',
				'Đinh Công Tráng'
			]);
		const docs = await communeDocs(stack.server.url, admin);
		const nhap = docs.find((d) => d.fullName === 'Hoàng Văn Nhập')!;
		expect([nhap.idCardLast4, nhap.birthYear, nhap.hamletId, nhap.gender]).toEqual([
			'1234',
			1961,
			'C01-H01',
			'male'
		]);
		expect(JSON.stringify(docs)).not.toContain('079061');
		expect(docs.find((d) => d.fullName === 'Vũ Văn Xa')!.hamletId).toBe('C01-H02');
		expect(docs.find((d) => d.fullName === 'Lương Thị Mới')!.hamletId).toBe('C01-H03');

		// The register back out for the People's Committee: every person with this year's status.
		await page.goto(stack.server.url + '/citizens');
		await waitForAppReady(page);
		await page.getByRole('link', { name: 'Xuất danh sách ra Excel' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Lưu tệp Excel' }).click()
		]);
		const year = new Date().getFullYear();
		expect(download.suggestedFilename()).toMatch(
			new RegExp(`^danh-sach-nguoi-dan-C01-${year}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`)
		);
		const rows = await readSheet(await readFile(await download.path()));
		expect(rows[2]).toEqual([
			'Thôn, ấp',
			'Họ và tên',
			'Năm sinh',
			'Giới tính',
			'Hộ',
			'Nhóm đối tượng',
			`Tình trạng năm ${year}`
		]);
		expect(
			rows
				.slice(3, -1)
				.map((r) => r[1])
				.sort()
		).toEqual([
			'Hoàng Thị Xuân',
			'Hoàng Văn Nhập',
			'Lương Thị Mới',
			'Mai Văn Phụ',
			'Vũ Văn Xa',
			'Đinh Công Tráng'
		]);
		expect(rows.find((r) => r[1] === 'Hoàng Văn Nhập')).toEqual([
			'Thôn Đông',
			'Hoàng Văn Nhập',
			'1961',
			'Nam',
			null,
			'Nông dân, lao động nông thôn',
			'Chưa đánh giá'
		]);
		await page.getByText(/^Đã lưu tệp danh-sach-nguoi-dan-C01-.* \(6 người\)\.$/).waitFor();

		await context.close();
	}
);
