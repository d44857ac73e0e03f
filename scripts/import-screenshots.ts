// Screenshots of the import preview (issue #16) at 800×1280 and 360×740, offline, with a file that
// needs every kind of look: an unrecognised column, an unknown hamlet, under-16s, a row without a
// name, an impossible year, the same person twice. Needs a build. Also runs axe on the preview.
// Run: node --import tsx scripts/import-screenshots.ts
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import writeExcelFile from 'write-excel-file/node';
import {
	launchBrowser,
	openControlled,
	startServer,
	waitForAppReady
} from '../tests/e2e/harness.ts';

const OUT = process.env.SHOTS_DIR ?? '/tmp/shots';
const t = (value: string | number | null) => (value === null ? null : { value });
const people: (string | number | null)[][] = [
	[1, 'Nguyễn Văn Hùng', '12/05/1958', 'Nam', 'Thôn Đông', 'Làm ruộng', 'x'],
	[2, 'Trần Thị Lan', '1962', 'Nữ', 'Thôn Đông', 'Nội trợ', ''],
	[3, '', '1970', 'Nam', 'Thôn Tây', '', ''],
	[4, 'Lê Văn Tám', '1850', 'Nam', 'Thôn Tây', '', ''],
	[5, 'Phạm Bé Na', '2014', 'Nữ', 'Thôn Tây', 'Học sinh', ''],
	[6, 'Nguyễn Văn Hùng', '1958', 'Nam', 'Thôn Đông', '', ''],
	[7, 'Võ Thị Sáu', '1966', 'Nữ', 'Xóm Mới', 'Buôn bán', ''],
	...Array.from({ length: 40 }, (_, i) => [
		8 + i,
		`Đặng Văn Số ${i + 1}`,
		String(1950 + i),
		i % 2 ? 'Nữ' : 'Nam',
		'Thôn Bắc Sơn',
		'',
		''
	])
];
const workbook = await writeExcelFile(
	[
		[t('UBND XÃ AN BÌNH')],
		[t('DANH SÁCH NGƯỜI DÂN TỪ 16 TUỔI TRỞ LÊN')],
		[],
		['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Thôn', 'Nghề nghiệp', 'Đánh dấu'].map(t),
		...people.map((r) => r.map(t)),
		[null, t('Tổng cộng: 47 người')]
	] as never,
	{ sheet: 'Danh sách' }
).toBuffer();

const server = await startServer();
const browser = await launchBrowser();
await mkdir(OUT, { recursive: true });
try {
	for (const vp of [
		{ name: 'tablet', width: 800, height: 1280 },
		{ name: 'phone', width: 360, height: 740 }
	]) {
		const context = await browser.newContext({
			viewport: { width: vp.width, height: vp.height },
			locale: 'vi-VN'
		});
		const page = await context.newPage();
		await openControlled(page, server.url + '/');
		await context.setOffline(true);
		await page.goto(server.url + '/citizens');
		await waitForAppReady(page);
		await page.screenshot({ path: `${OUT}/import-${vp.name}-register.png` });
		await page.getByRole('link', { name: 'Nhập danh sách từ Excel' }).click();
		await page.getByRole('heading', { level: 1, name: 'Nhập danh sách từ Excel' }).waitFor();
		await page.screenshot({ path: `${OUT}/import-${vp.name}-pick.png`, fullPage: true });
		await page.locator('input[type=file]').first().setInputFiles({
			name: 'danh-sach-xa.xlsx',
			mimeType: 'application/octet-stream',
			buffer: workbook
		});
		await page.getByRole('heading', { level: 1, name: 'Xem trước khi nhập' }).waitFor();
		await page.screenshot({ path: `${OUT}/import-${vp.name}-preview.png`, fullPage: true });
		await page.screenshot({ path: `${OUT}/import-${vp.name}-preview-top.png` });
		const axe = await new AxeBuilder({ page }).analyze();
		const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		console.log(
			vp.name,
			'axe serious/critical:',
			bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)
		);
		const wide = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		if (wide > 0) console.log(vp.name, `preview ${wide}px too wide`);
		await page
			.getByLabel('Nhóm đối tượng cho cả danh sách')
			.selectOption({ label: 'Nông dân, lao động nông thôn' });
		await page.getByRole('button', { name: /^Nhập .* người vào máy$/ }).click();
		await page.getByText(/^Đã lưu trên máy \d+ người mới\.$/).waitFor();
		await page.screenshot({ path: `${OUT}/import-${vp.name}-done.png`, fullPage: true });
		// An old .xls: refused in one sentence that says what to do.
		await page.goto(server.url + '/citizens/import');
		await page.getByRole('heading', { level: 1, name: 'Nhập danh sách từ Excel' }).waitFor();
		await page
			.locator('input[type=file]')
			.first()
			.setInputFiles({
				name: 'cu.xls',
				mimeType: 'application/vnd.ms-excel',
				buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
			});
		await page.getByRole('alert').waitFor();
		await page.screenshot({ path: `${OUT}/import-${vp.name}-refused.png`, fullPage: true });
		await context.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
