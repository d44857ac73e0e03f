import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildReport, communeCountsFromRows, type UnitLike } from '$lib/domain/report';
import { REPORT_HEADERS, reportCsv, reportFileName, reportTable } from '$lib/domain/report-sheet';
import { reportXlsx } from './report-xlsx';

const units: UnitLike[] = [
	{ id: 'P01', name: 'Tỉnh Demo', level: 'province', parentId: null },
	{
		id: 'C01',
		name: 'Xã An Bình',
		level: 'commune',
		parentId: 'P01',
		population: { '2026': 4250 }
	},
	{ id: 'D01', name: 'Huyện Cũ', level: 'district', parentId: 'P01', retired: true },
	{
		id: 'C03',
		name: 'Xã Tân Phú, "cũ"',
		level: 'commune',
		parentId: 'D01',
		population: { '2026': 2790 }
	}
];
const counts = new Map([
	[
		'C01',
		communeCountsFromRows(
			[
				{ key: [2026, 'recognised', 'nong-dan', '2026-03'], value: 2 },
				{ key: [2026, 'returned', 'nong-dan', '2026-03'], value: 1 }
			],
			2026
		)
	],
	['C03', communeCountsFromRows([{ key: [2026, 'sent', 'nong-dan', '2026-03'], value: 4 }], 2026)]
]);
const report = buildReport({ units, targets: [], rootId: 'P01', period: 2026, counts });
const at = new Date('2026-11-22T20:00:00Z'); // 03:00 on the 23rd in Vietnam

describe('reportTable', () => {
	const table = reportTable(report, at);
	it('has the Vietnamese headers, the date made in Vietnam’s time, and codes in the first column', () => {
		expect(table.headers).toEqual([...REPORT_HEADERS]);
		expect(table.generated).toBe('Ngày lập: 23/11/2026');
		expect(table.body.map((r) => r[0])).toEqual(['C01', 'D01', 'C03']);
		expect(table.body.map((r) => r[1])).toEqual(['Xã An Bình', 'Huyện Cũ', 'Xã Tân Phú, "cũ"']);
		expect(table.depths).toEqual([0, 0, 1]);
		expect(table.body[1][2]).toBe('Huyện (cũ)');
	});
	it('ends with a totals row of the root’s figures', () => {
		expect(table.totals).toEqual([
			'P01',
			'Tổng cộng (Tỉnh Demo)',
			'Tỉnh/Thành phố',
			7040,
			7,
			2,
			1,
			0,
			4,
			0,
			60,
			60,
			4222
		]);
	});
});

describe('reportCsv', () => {
	it('quotes what needs quoting, starts with a BOM and ends lines with CRLF', () => {
		const csv = reportCsv(reportTable(report, at));
		expect(csv.startsWith('\ufeff')).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[2]).toBe(REPORT_HEADERS.join(','));
		expect(lines[5]).toBe('C03,"Xã Tân Phú, ""cũ""",Xã/Phường,2790,4,0,0,0,4,0,60,60,1674');
		expect(lines.at(-2)).toMatch(/^P01,Tổng cộng \(Tỉnh Demo\),/);
	});
});

describe('reportXlsx', () => {
	it('writes a workbook that reads back to the same cells', async () => {
		const table = reportTable(report, at);
		const blob = await reportXlsx(table);
		const rows = await readSheet(Buffer.from(await blob.arrayBuffer()));
		expect(rows[0][0]).toBe(table.title);
		expect(rows[1][0]).toBe('Ngày lập: 23/11/2026');
		expect(rows[2]).toEqual(table.headers);
		expect(rows.slice(3, 6).map((r) => r.slice(0, 9))).toEqual(
			table.body.map((r) => r.slice(0, 9))
		);
		expect(rows[6]).toEqual(table.totals);
	});
});

describe('reportFileName', () => {
	it('names the unit, the period and the day', () =>
		expect(reportFileName(report, at, 'xlsx')).toBe('bao-cao-cdht-P01-2026-2026-11-23.xlsx'));
});
