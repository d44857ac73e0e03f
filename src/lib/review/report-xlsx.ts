import type { Cell, ReportTable } from '$lib/domain/report-sheet';

// The .xlsx of a report table. write-excel-file's "universal" entry writes a Blob in the browser
// and in Node alike (the test reads the same bytes back); it is loaded only when a reviewer asks
// for the file, so its code never weighs on any first screen.

const HEADER = {
	fontWeight: 'bold',
	backgroundColor: '#dde6f0',
	wrap: true,
	alignVertical: 'top'
} as const;
const TOTALS = { fontWeight: 'bold', backgroundColor: '#fff1d6', topBorderStyle: 'thin' } as const;
const WIDTHS = [12, 34, 16, 14, 12, 12, 11, 14, 11, 14, 11, 16, 16];

function cell(value: Cell, column: number, style: object = {}, depth = 0) {
	if (value === null) return { value: null, ...style };
	if (typeof value === 'number')
		return {
			value,
			type: Number,
			format: column === 9 || column === 11 ? '0.0' : '#,##0',
			...style
		};
	// Codes as text, so a spreadsheet never turns "001" into 1.
	return {
		value,
		type: String,
		...(column === 0 ? { format: '@' } : {}),
		...(column === 1 && depth > 0 ? { indent: depth } : {}),
		...style
	};
}

export async function reportXlsx(table: ReportTable): Promise<Blob> {
	const { default: writeExcelFile } = await import('write-excel-file/universal');
	const span = table.headers.length;
	const data = [
		[{ value: table.title, fontWeight: 'bold', fontSize: 14, columnSpan: span }],
		[{ value: table.generated, columnSpan: span }],
		table.headers.map((h) => ({ value: h, ...HEADER })),
		...table.body.map((row, r) => row.map((v, i) => cell(v, i, {}, table.depths[r]))),
		table.totals.map((v, i) => cell(v, i, TOTALS))
	];
	// The library's cell types are stricter than what it accepts at run time (null cells in a span).
	return writeExcelFile(data as never, {
		sheet: 'Báo cáo',
		columns: WIDTHS.map((width) => ({ width })),
		stickyRowsCount: 3,
		orientation: 'landscape'
	}).toBlob();
}
