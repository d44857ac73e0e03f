import { sheets } from '../i18n/catalog/sheets';
import { textIn, type Params } from '../i18n/format';
import type { Report, ReportRow } from './report';

// The report as a table for the periodic report up the chain: the same cells for the .xlsx and the
// .csv, Vietnamese headers (the files go to other offices; the words are in i18n/catalog/sheets.ts),
// org-unit codes, a totals row and the date it was made. Pure, so a test can read the file back and compare with these cells.

export type Cell = string | number | null;

export interface ReportTable {
	title: string;
	/** "Ngày lập: 23/11/2026" */
	generated: string;
	headers: string[];
	/** The units under the report's root (or the root alone when it is a commune). */
	body: Cell[][];
	/** How deep each body row sits under the root (0 = a child of the root): the .xlsx indents names by it. */
	depths: number[];
	totals: Cell[];
}

const say = (key: keyof typeof sheets, params?: Params) => textIn(sheets, 'vi', key, params);

const COLUMNS = [
	'unitId',
	'unit',
	'level',
	'population',
	'assessed',
	'recognised',
	'returned',
	'rejected',
	'pending',
	'rate',
	'target',
	'gap',
	'needed'
] as const;
export const REPORT_HEADERS: readonly string[] = COLUMNS.map((c) => say(`col.${c}`));

const level = (row: ReportRow) =>
	row.retired ? say('retired', { name: say(`level.${row.level}`) }) : say(`level.${row.level}`);

/** Percent with one decimal, as a number (so a spreadsheet can sum and chart it). */
export const percent1 = (fraction: number | null) =>
	fraction === null ? null : Math.round(fraction * 1000) / 10;

/** dd/mm/yyyy in Vietnam's time zone, whatever the machine's. */
export function vietnamDate(at: Date): string {
	const local = new Date(at.getTime() + 7 * 3600_000);
	const dd = String(local.getUTCDate()).padStart(2, '0');
	const mm = String(local.getUTCMonth() + 1).padStart(2, '0');
	return `${dd}/${mm}/${local.getUTCFullYear()}`;
}

function cells(row: ReportRow): Cell[] {
	return [
		row.id,
		row.name,
		level(row),
		row.population,
		row.assessed,
		row.recognised,
		row.returned,
		row.rejected,
		row.pending,
		percent1(row.rate),
		row.target,
		row.gapPoints,
		row.needed
	];
}

export function reportTable(report: Report, generatedAt: Date): ReportTable {
	const root = report.totals;
	const under = report.rows.length > 1 ? report.rows.slice(1) : report.rows;
	const shift = report.rows.length > 1 ? 1 : 0;
	const totals = cells(root);
	totals[1] = say('totals', { name: root.name });
	return {
		title: say('title', { period: report.period, name: root.name, id: root.id }),
		generated: say('generated', { date: vietnamDate(generatedAt) }),
		headers: [...REPORT_HEADERS],
		body: under.map(cells),
		depths: under.map((r) => Math.max(0, r.depth - shift)),
		totals
	};
}

// A text cell starting with one of these is read by spreadsheets as a formula (`=HYPERLINK(…)`,
// `@SUM(…)`, a tab or CR before one): an org unit named so by an administrator would run in the
// reviewer's Excel. Numbers are written as numbers and never need it.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as plain text for a spreadsheet: a leading `'` makes a would-be formula literal. */
export const neutraliseCsvText = (s: string): string => (FORMULA_START.test(s) ? `'${s}` : s);

/** CSV for any spreadsheet: UTF-8 with a byte-order mark (Excel needs it for Vietnamese), CRLF lines. */
export function reportCsv(table: ReportTable): string {
	const quote = (c: Cell) => {
		const s = c === null ? '' : typeof c === 'string' ? neutraliseCsvText(c) : String(c);
		return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [[table.title], [table.generated], table.headers, ...table.body, table.totals].map(
		(r) => r.map(quote).join(',')
	);
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** A file name without spaces or accents: bao-cao-cdht-P01-2026-2026-11-23.xlsx */
export function reportFileName(report: Report, generatedAt: Date, ext: 'xlsx' | 'csv'): string {
	const [dd, mm, yyyy] = vietnamDate(generatedAt).split('/');
	return `bao-cao-cdht-${report.rootId}-${report.period}-${yyyy}-${mm}-${dd}.${ext}`;
}
