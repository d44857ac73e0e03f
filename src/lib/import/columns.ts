import { searchKey } from '$lib/domain/search-key';

// Which column holds what. Headers are worded in many ways and any order; they are compared folded
// (no accents, lower case: the register's own searchKey), first as whole phrases, then by leading
// words, so "Họ và tên người dân" is a name and "Ngày tháng năm sinh" a birth date.

export const FIELDS = [
	'stt',
	'fullName',
	'birth',
	'birthMale',
	'birthFemale',
	'gender',
	'hamlet',
	'idCard',
	'household',
	'occupation',
	'phone',
	'ignore'
] as const;
export type Field = (typeof FIELDS)[number];

/** Folded header phrases per field, longest first where one starts another. */
export const HEADER_WORDS: Record<Exclude<Field, 'ignore'>, string[]> = {
	stt: ['stt', 'so tt', 'so thu tu', 'tt'],
	fullName: ['ho va ten', 'ho ten', 'ho va ten nguoi dan', 'ten', 'ho va ten cong dan'],
	birth: ['ngay thang nam sinh', 'ngay sinh', 'nam sinh', 'sinh ngay', 'nam sinh ngay sinh'],
	// Old forms: the birth date written in a "Nam" or a "Nữ" column, which also says the gender.
	birthMale: ['nam'],
	birthFemale: ['nu'],
	gender: ['gioi tinh', 'gioi', 'nam nu', 'phai'],
	hamlet: [
		'thon',
		'ap',
		'to dan pho',
		'khu pho',
		'dia chi',
		'thon ap',
		'thon xom',
		'xom',
		'to',
		'khom',
		'ban',
		'noi o',
		'cho o hien nay',
		'noi thuong tru'
	],
	idCard: [
		'so cccd',
		'cccd',
		'cmnd',
		'so cmnd',
		'so cmnd cccd',
		'cmnd cccd',
		'cccd cmnd',
		'so dinh danh',
		'can cuoc cong dan',
		'so can cuoc'
	],
	household: ['ho', 'chu ho', 'ten chu ho', 'ho gia dinh', 'quan he voi chu ho'],
	occupation: ['nghe nghiep', 'nghe', 'cong viec', 'doi tuong', 'nhom doi tuong'],
	phone: ['so dien thoai', 'dien thoai', 'sdt', 'so dt']
};

/** Columns known to be of no use here: recognised so they are not offered as "not recognised". */
export const IGNORED_WORDS = [
	'dan toc',
	'ton giao',
	'ghi chu',
	'trinh do',
	'trinh do hoc van',
	'van hoa',
	'quoc tich',
	'que quan',
	'email',
	'ky ten',
	'ky nhan'
];

export type Cell = string | number | boolean | Date | null | undefined;

const EXACT = new Map<string, Field>();
for (const [field, words] of Object.entries(HEADER_WORDS))
	for (const w of words) EXACT.set(w, field as Field);
for (const w of IGNORED_WORDS) EXACT.set(w, 'ignore');

/** The field a header cell names, or null when it is not recognised. */
export function matchHeader(cell: Cell): Field | null {
	if (typeof cell !== 'string') return null;
	const key = searchKey(cell);
	if (!key) return null;
	const exact = EXACT.get(key);
	if (exact) return exact;
	// A longer header starting with a known phrase ("Họ và tên người dân", "Năm sinh (dương lịch)").
	let best: [string, Field] | null = null;
	for (const [phrase, field] of EXACT) {
		if (phrase.length < 3 && field !== 'hamlet') continue; // "tt", "ho", "to" only as whole headers
		if (
			(key.startsWith(phrase + ' ') || key.endsWith(' ' + phrase)) &&
			(!best || phrase.length > best[0].length)
		)
			best = [phrase, field];
	}
	return best?.[1] ?? null;
}

export interface HeaderGuess {
	/** Index in the sheet's rows. */
	row: number;
	/** The field of each column (null: not recognised). */
	columns: (Field | null)[];
	/** The header cells as written, for the correction screen. */
	labels: string[];
}

/**
 * The header row: among the first `scan` rows, the one naming a name column and the most other
 * known columns. A title block above it ("DANH SÁCH NGƯỜI DÂN…", a commune name in merged cells)
 * names at most one. A second header row (a merged "Năm sinh" over "Nam | Nữ") is read by sheets.ts.
 */
export function findHeader(rows: readonly (readonly Cell[])[], scan = 20): HeaderGuess | null {
	return bestHeader(rows, scan, true) ?? bestHeader(rows, scan, false);
}

/**
 * The row naming the most known columns; with `needName`, only rows naming the name column. Without
 * it (the name column worded in a way not known here, "Công dân"), a row naming two others is taken
 * and she says which column holds the names.
 */
function bestHeader(
	rows: readonly (readonly Cell[])[],
	scan: number,
	needName: boolean
): HeaderGuess | null {
	let best: HeaderGuess | null = null;
	let bestScore = 1;
	for (let r = 0; r < Math.min(scan, rows.length); r++) {
		const columns = rows[r].map(matchHeader);
		const named = columns.filter((f) => f && f !== 'ignore' && f !== 'stt');
		if (needName && !named.includes('fullName')) continue;
		const score = new Set(named).size;
		if (score > bestScore) {
			bestScore = score;
			best = {
				row: r,
				columns: dedupe(columns),
				labels: rows[r].map((c) => (c == null ? '' : String(c).trim()))
			};
		}
	}
	return best;
}

/** When two columns claim one field, the first keeps it ("Họ tên" … "Tên chủ hộ" is caught earlier by its own words). */
function dedupe(columns: (Field | null)[]): (Field | null)[] {
	const seen = new Set<Field>();
	return columns.map((f) => {
		if (!f || f === 'ignore') return f;
		if (seen.has(f)) return null;
		seen.add(f);
		return f;
	});
}

// Folded. Applied only to rows with no birth date (the plan checks), so a person named Tống or Cộng
// is never taken for a total.
const NOT_PEOPLE = [
	/^tong (cong|so)\b/,
	/^(tong|cong)( \d|$)/,
	/^nguoi lap\b/,
	/^ky ghi ro\b/,
	/^xac nhan\b/,
	/^(chu tich|truong thon|truong ap|to truong|thu truong|can bo|ubnd|uy ban)\b/,
	/ngay \d+ thang \d+ nam \d+/
];

/**
 * Whether a row below the table is not a person: a total ("Tổng cộng: 1.200 người"), a signature
 * block ("NGƯỜI LẬP BIỂU", "(Ký, ghi rõ họ tên)", "…, ngày 5 tháng 3 năm 2026").
 */
export function isFooterRow(cells: readonly Cell[]): boolean {
	return cells.some((c) => typeof c === 'string' && NOT_PEOPLE.some((re) => re.test(searchKey(c))));
}
