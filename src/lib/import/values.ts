import { searchKey } from '$lib/domain/search-key';
import type { Cell } from './columns';

// Cell values as lists hold them: a birth date as a real Excel date, a date serial the reader did
// not recognise, text "dd/mm/yyyy", "d/m/yy", "mm/yyyy", or just a year.

export type BirthValue = { year: number } | { unreadable: string } | null;

// Excel's day 0 is 30/12/1899 (its 1900 leap-year bug is before any birth date that matters here).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const validDay = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** Two-digit years: the latest past year ending so ("05" → 2005 in 2026, "58" → 1958). */
function fullYear(yy: number, thisYear: number): number {
	const y = 2000 + yy;
	return y > thisYear ? y - 100 : y;
}

/** The birth year a cell holds; null when blank. The schema decides whether the year is possible. */
export function birthYearOf(cell: Cell, thisYear: number = new Date().getFullYear()): BirthValue {
	if (cell == null || cell === '') return null;
	if (cell instanceof Date)
		return Number.isNaN(cell.getTime()) ? { unreadable: '' } : { year: cell.getUTCFullYear() };
	if (typeof cell === 'number') {
		if (Number.isInteger(cell) && cell >= 1000 && cell <= 2999) return { year: cell };
		// A date serial (11/03/1958 is 21255): the cell's format was not a known date format.
		if (cell > 2999 && cell < 2958466)
			return { year: new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000).getUTCFullYear() };
		return { unreadable: String(cell) };
	}
	const text = String(cell).trim();
	if (!text) return null;
	let m = /^(\d{4})(?:\.0+)?$/.exec(text);
	if (m) return { year: Number(m[1]) };
	m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})$/.exec(text);
	if (m && validDay(Number(m[1]), Number(m[2])))
		return { year: m[3].length === 4 ? Number(m[3]) : fullYear(Number(m[3]), thisYear) };
	m = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(text);
	if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return { year: Number(m[2]) };
	m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
	if (m && validDay(Number(m[3]), Number(m[2]))) return { year: Number(m[1]) };
	return { unreadable: text };
}

/** "Nam"/"Nữ" in a gender column; undefined when the cell says neither. */
export function genderOf(cell: Cell): 'male' | 'female' | undefined {
	const key = searchKey(String(cell ?? ''));
	if (['nam', 'm', 'male', 'trai', 'ong'].includes(key)) return 'male';
	if (['nu', 'f', 'female', 'gai', 'ba'].includes(key)) return 'female';
	return undefined;
}

/** A mark in a "Nam" or "Nữ" column: an "x", or the birth date written in it (the old form's way). */
export function isMarked(cell: Cell): boolean {
	return cell != null && cell !== '' && cell !== false && String(cell).trim() !== '';
}

/** The last four digits of an identity card number, never more (decree 13/2023/NĐ-CP; the schema's rule). */
export function idCardLast4Of(cell: Cell): string | undefined {
	if (cell == null) return undefined;
	const digits = (typeof cell === 'number' ? cell.toFixed(0) : String(cell)).replace(/\D/g, '');
	return digits.length >= 4 ? digits.slice(-4) : undefined;
}

/** A cell as trimmed text with single spaces. */
export function textOf(cell: Cell): string {
	if (cell == null) return '';
	if (cell instanceof Date) return '';
	return String(cell).replace(/\s+/g, ' ').trim();
}

/** "NGUYỄN VĂN AN" or "nguyễn văn an" → "Nguyễn Văn An": names as the register writes them. */
export function nameCase(name: string): string {
	if (name !== name.toLocaleUpperCase('vi') && name !== name.toLocaleLowerCase('vi')) return name;
	return name
		.toLocaleLowerCase('vi')
		.split(' ')
		.map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
		.join(' ');
}

const KIND_WORDS = /^(thon|ap|to dan pho|khu pho|to|xom|khom|ban|khu|doi|lang|so)\s+/;

/** A hamlet's name folded and without its kind word, so "Ấp Bình Hòa", "ap binh hoa" and "Bình Hòa" meet. */
export function hamletKey(name: string): string {
	let key = searchKey(name.split(/[,;]/)[0]);
	for (let i = 0; i < 2; i++) key = key.replace(KIND_WORDS, '');
	return key;
}
