import { searchKey } from '$lib/domain/search-key';
import { convert, detectEncoding, type TextEncoding } from './legacy';
import { findHeader, matchHeader, type Cell, type Field } from './columns';

/** One sheet of a workbook (a CSV is one sheet named after the file). */
export interface SheetTable {
	name: string;
	rows: Cell[][];
}

export type Prepared =
	| { ok: true; sheets: SheetTable[]; encoding: TextEncoding }
	| { ok: false; reason: 'encoding' | 'empty' };

/** Every text cell in Unicode: the file's encoding judged on all its sheets at once, then converted. */
export function prepareSheets(sheets: SheetTable[]): Prepared {
	const texts: string[] = [];
	for (const s of sheets) {
		texts.push(s.name);
		for (const row of s.rows) for (const c of row) if (typeof c === 'string') texts.push(c);
	}
	if (!sheets.some((s) => s.rows.length)) return { ok: false, reason: 'empty' };
	const { encoding } = detectEncoding(texts);
	if (!encoding) return { ok: false, reason: 'encoding' };
	if (encoding === 'unicode') return { ok: true, sheets, encoding };
	const conv = (c: Cell) => (typeof c === 'string' ? convert(c, encoding) : c);
	return {
		ok: true,
		encoding,
		sheets: sheets.map((s) => ({
			name: convert(s.name, encoding),
			rows: s.rows.map((r) => r.map(conv))
		}))
	};
}

/** Where a sheet's table is: its header row, the field of each column, and where people start. */
export interface SheetColumns {
	sheet: string;
	/** 0-based index of the header row; people start after it (or after a second header row). */
	headerRow: number;
	dataFrom: number;
	columns: (Field | null)[];
	labels: string[];
}

/**
 * The table of a sheet, or null when no header row names a name column (a cover sheet, notes).
 * A second header row under the first ("Năm sinh" merged over "Nam | Nữ") adds its columns.
 */
export function sheetColumns(sheet: SheetTable): SheetColumns | null {
	const header = findHeader(sheet.rows);
	if (!header) return null;
	const columns = [...header.columns];
	const labels = [...header.labels];
	const below = sheet.rows[header.row + 1] ?? [];
	let dataFrom = header.row + 1;
	const sub = below.map((c) => (typeof c === 'string' ? searchKey(c) : ''));
	if (sub.some((k) => k === 'nam') && sub.some((k) => k === 'nu')) {
		sub.forEach((k, i) => {
			if (k === 'nam' || k === 'nu') {
				columns[i] = k === 'nam' ? 'birthMale' : 'birthFemale';
				labels[i] = `${labels[i] ? labels[i] + ' — ' : ''}${String(below[i]).trim()}`;
			} else if (!columns[i] && matchHeader(below[i])) columns[i] = matchHeader(below[i]);
		});
		dataFrom++;
	}
	return { sheet: sheet.name, headerRow: header.row, dataFrom, columns, labels };
}
