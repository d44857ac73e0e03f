import { describe, expect, it } from 'vitest';
import { neutraliseCsvText, reportCsv, type ReportTable } from './report-sheet';

// A cell a spreadsheet would read as a formula is written as text (issue #13, item 11).
describe('reportCsv: formula-looking text cells are neutralised', () => {
	it.each([
		['=HYPERLINK("http://x","bấm")', `'=HYPERLINK("http://x","bấm")`],
		['+1+1', "'+1+1"],
		['-1+1', "'-1+1"],
		['@SUM(A1:A2)', "'@SUM(A1:A2)"],
		['\t=1+1', "'\t=1+1"],
		['\r=1+1', "'\r=1+1"],
		['Xã Tân Phú', 'Xã Tân Phú'],
		['a=b', 'a=b'],
		['', '']
	])('%j → %j', (cell, expected) => expect(neutraliseCsvText(cell)).toBe(expected));

	const table = (name: string, figure: number): ReportTable => ({
		title: 'Báo cáo',
		generated: 'Ngày lập: 23/11/2026',
		headers: ['Mã', 'Tên', 'Số'],
		body: [['C01', name, figure]],
		depths: [0],
		totals: ['P01', 'Tổng', figure]
	});
	const bodyLine = (csv: string) => csv.slice(1).split('\r\n')[3];

	it.each([
		['=cmd|"/c calc"!A1', -3, `C01,"'=cmd|""/c calc""!A1",-3`],
		['@x', 5, "C01,'@x,5"],
		['\rX', 0, `C01,"'\rX",0`],
		['-chữ', 12, "C01,'-chữ,12"]
	])('a unit named %j: %j', (name, figure, line) =>
		expect(bodyLine(reportCsv(table(name, figure)))).toBe(line)
	);

	it('leaves numbers as numbers, negative ones included', () =>
		expect(bodyLine(reportCsv(table('Xã A', -7)))).toBe('C01,Xã A,-7'));
});
