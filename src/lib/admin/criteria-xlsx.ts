import type { CriteriaSet } from '$lib/domain/criteria-set.schema';
import { criteriaSheets, type Sheet, type SheetCell } from '$lib/domain/criteria-sheet';

// The criteria spreadsheet in and out of the browser: the template written with write-excel-file,
// a filled one read with read-excel-file (both already used for the report), loaded only when the
// administrator asks.

const WIDTHS: Record<string, number[]> = {
	'Bộ tiêu chí': [44, 70],
	'Nhóm đối tượng': [24, 70],
	'Chỉ tiêu': [20, 36, 14, 22, 70, 50, 40, 34, 14]
};

export async function criteriaTemplateXlsx(set: CriteriaSet): Promise<Blob> {
	const { default: writeExcelFile } = await import('write-excel-file/universal');
	const sheets = criteriaSheets(set).map(({ sheet, data }) => ({
		sheet,
		columns: (WIDTHS[sheet] ?? []).map((width) => ({ width })),
		stickyRowsCount: 1,
		data: data.map((row, r) =>
			row.map((value) => ({
				value: value === '' ? null : value,
				type: typeof value === 'number' ? Number : String,
				wrap: true,
				alignVertical: 'top',
				...(r === 0 ? { fontWeight: 'bold', backgroundColor: '#dde6f0' } : {})
			}))
		)
	}));
	// The library's cell types are stricter than what it accepts at run time (null cells).
	return writeExcelFile(sheets as never).toBlob();
}

export async function readCriteriaXlsx(file: Blob): Promise<Sheet[]> {
	const { default: readXlsxFile } = await import('read-excel-file/browser');
	const sheets = await readXlsxFile(file);
	return sheets.map((s) => ({ sheet: s.sheet, data: s.data as SheetCell[][] }));
}
