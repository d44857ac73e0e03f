import type { CriteriaSet } from './criteria-set.schema';
import { messageText } from './messages';
import { validateDocument, type FieldIssue } from './schemas';
import { sheets as words } from '../i18n/catalog/sheets';
import { textIn, type Params } from '../i18n/format';

// The sheets' words are Vietnamese (i18n/catalog/sheets.ts), written into the template and read back.
const say = (key: keyof typeof words, params?: Params) => textIn(words, 'vi', key, params);

// A criteria set as a spreadsheet, for administrators who do not edit JSON: three sheets (the
// set, the citizen groups, one row per indicator), written as a template from a published set and
// read back into the same document the JSON import makes. Every problem names its sheet, row and
// column, as the administrator sees them in Excel. English texts stay in the JSON (for machines).

export type SheetCell = string | number | boolean | Date | null;
export interface Sheet {
	sheet: string;
	data: SheetCell[][];
}
export interface SheetProblem {
	sheet: string;
	/** 1-based, as Excel numbers rows; null: the whole sheet. */
	row: number | null;
	/** "C (Mã chỉ tiêu)"; null: the whole row. */
	column: string | null;
	message: string;
}

export const SHEET_SET = say('criteria.sheetSet');
export const SHEET_GROUPS = say('criteria.sheetGroups');
export const SHEET_INDICATORS = say('criteria.sheetIndicators');

const SET_ROWS = (
	['code', 'slug', 'title', 'source', 'minAge', 'passPercent', 'verified'] as const
).map((field) => [field, say(`criteria.set.${field}`)] as const);
const SET_HEADERS = [say('criteria.item'), say('criteria.value')];
export const GROUP_COLUMNS = [say('criteria.col.groupId'), say('criteria.col.groupName')];
export const INDICATOR_COLUMNS = (
	[
		'criterionId',
		'criterionTitle',
		'minPercent',
		'indicatorId',
		'text',
		'hint',
		'options',
		'groups',
		'required'
	] as const
).map((c) => say(`criteria.col.${c}`));
const YES = say('criteria.yes');
const NO = say('criteria.no');

const letter = (i: number) => String.fromCharCode(65 + i);
const yes = (v: boolean) => (v ? YES : NO);

/** The template: a published set written out as the three sheets. */
export function criteriaSheets(set: CriteriaSet): Sheet[] {
	const setValue = (field: (typeof SET_ROWS)[number][0]): SheetCell =>
		field === 'passPercent'
			? set.rule.passPercent
			: field === 'verified'
				? yes(set.verified)
				: set[field];
	return [
		{
			sheet: SHEET_SET,
			data: [SET_HEADERS, ...SET_ROWS.map(([field, label]) => [label, setValue(field)])]
		},
		{ sheet: SHEET_GROUPS, data: [GROUP_COLUMNS, ...set.groups.map((g) => [g.id, g.name])] },
		{
			sheet: SHEET_INDICATORS,
			data: [
				INDICATOR_COLUMNS,
				...set.criteria.flatMap((c) =>
					c.indicators.map((i, n) => [
						c.id,
						n === 0 ? c.title : '',
						n === 0 && c.minPercent !== undefined ? c.minPercent : '',
						i.id,
						i.text,
						i.hint ?? '',
						i.options.map((o) => `${o.label} = ${o.points}`).join('\n'),
						i.groups.join(', '),
						yes(i.required === true)
					])
				)
			]
		}
	];
}

const text = (v: SheetCell | undefined) =>
	v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v).trim();

/** An option's key from its label: lower case, no accents ("Thường xuyên" → "thuong-xuyen"). */
export function optionKey(label: string): string {
	const plain = label
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return plain || 'lua-chon';
}

function numberIn(v: SheetCell | undefined): number | null {
	if (typeof v === 'number') return v;
	const t = text(v).replace(',', '.');
	return t !== '' && Number.isFinite(Number(t)) ? Number(t) : null;
}

type Where = { sheet: string; row: number; column: number | null };

/** The set read from the sheets, checked with the shared schema; every problem at its cell. */
export function criteriaFromSheets(
	sheets: readonly Sheet[]
): { ok: true; content: Record<string, unknown> } | { ok: false; problems: SheetProblem[] } {
	const problems: SheetProblem[] = [];
	const at = (w: Where, message: string, headers: readonly string[]) =>
		problems.push({
			sheet: w.sheet,
			row: w.row,
			column: w.column === null ? null : `${letter(w.column)} (${headers[w.column] ?? ''})`,
			message
		});
	const find = (name: string) =>
		sheets.find((s) => s.sheet.trim().toLowerCase() === name.toLowerCase());
	for (const name of [SHEET_SET, SHEET_GROUPS, SHEET_INDICATORS])
		if (!find(name))
			problems.push({
				sheet: name,
				row: null,
				column: null,
				message: say('criteria.noSheet', { name })
			});
	if (problems.length) return { ok: false, problems };

	// The set: label in A, value in B; found by label, in any order.
	const setSheet = find(SHEET_SET)!;
	const setHeaders = SET_HEADERS;
	const setWhere = new Map<string, Where>();
	const values: Record<string, SheetCell> = {};
	for (const [field, label] of SET_ROWS) {
		const r = setSheet.data.findIndex((row) => text(row[0]).toLowerCase() === label.toLowerCase());
		if (r < 0) {
			problems.push({
				sheet: SHEET_SET,
				row: null,
				column: null,
				message: say('criteria.noRow', { label })
			});
			continue;
		}
		setWhere.set(field, { sheet: SHEET_SET, row: r + 1, column: 1 });
		values[field] = setSheet.data[r][1] ?? null;
	}
	const setNumber = (field: string) => {
		const n = numberIn(values[field]);
		if (n === null && setWhere.has(field))
			at(setWhere.get(field)!, say('criteria.number'), setHeaders);
		return n ?? 0;
	};
	const verifiedText = text(values.verified).toLowerCase();
	if (setWhere.has('verified') && ![YES, NO].map((w) => w.toLowerCase()).includes(verifiedText))
		at(setWhere.get('verified')!, say('criteria.yesNo'), setHeaders);

	// Groups: one a row, from row 2.
	const groupRows = find(SHEET_GROUPS)!
		.data.slice(1)
		.map((row, i) => ({ row, where: i + 2 }))
		.filter(({ row }) => row.some((c) => text(c) !== ''));
	const groups = groupRows.map(({ row }) => ({ id: text(row[0]), name: text(row[1]) }));

	// Indicators: one a row, grouped by competency group in the order they first appear.
	const where = new Map<string, Where>();
	const criteria: {
		id: string;
		title: string;
		minPercent?: number;
		indicators: Record<string, unknown>[];
	}[] = [];
	const indicatorRows = find(SHEET_INDICATORS)!
		.data.slice(1)
		.map((row, i) => ({ row, r: i + 2 }))
		.filter(({ row }) => row.some((c) => text(c) !== ''));
	for (const { row, r } of indicatorRows) {
		const cell = (c: number): Where => ({ sheet: SHEET_INDICATORS, row: r, column: c });
		const cid = text(row[0]);
		let criterion = criteria.find((c) => c.id === cid);
		if (!criterion) {
			criterion = { id: cid, title: text(row[1]), indicators: [] };
			const min = text(row[2]);
			if (min !== '') {
				const n = numberIn(row[2]);
				if (n === null) at(cell(2), say('criteria.percent'), INDICATOR_COLUMNS);
				else criterion.minPercent = n;
			}
			criteria.push(criterion);
			const ci = criteria.length - 1;
			where.set(`criteria.${ci}.id`, cell(0));
			where.set(`criteria.${ci}.title`, cell(1));
			where.set(`criteria.${ci}.minPercent`, cell(2));
		} else if (text(row[1]) !== '' && text(row[1]) !== criterion.title)
			at(cell(1), say('criteria.otherTitle', { id: cid }), INDICATOR_COLUMNS);
		const ci = criteria.indexOf(criterion);
		const ii = criterion.indicators.length;
		const base = `criteria.${ci}.indicators.${ii}`;
		[
			['id', 3],
			['text', 4],
			['hint', 5],
			['options', 6],
			['groups', 7],
			['required', 8]
		].forEach(([f, c]) => where.set(`${base}.${f}`, cell(c as number)));

		const options: { key: string; label: string; points: number }[] = [];
		text(row[6])
			.split(/\r?\n/)
			.map((l) => l.trim())
			.filter(Boolean)
			.forEach((line) => {
				const m = /^(.*?)\s*[=:]\s*(\d+(?:[.,]\d+)?)$/.exec(line);
				if (!m || !m[1])
					return at(cell(6), say('criteria.optionLine', { line }), INDICATOR_COLUMNS);
				let key = optionKey(m[1]);
				for (let k = 2; options.some((o) => o.key === key); k++)
					key = `${optionKey(m[1]).slice(0, 36)}-${k}`;
				options.push({ key, label: m[1], points: Number(m[2].replace(',', '.')) });
			});
		const required = text(row[8]).toLowerCase();
		if (required !== '' && ![YES, NO].map((w) => w.toLowerCase()).includes(required))
			at(cell(8), say('criteria.yesNoOrEmpty'), INDICATOR_COLUMNS);
		criterion.indicators.push({
			id: text(row[3]),
			text: text(row[4]),
			...(text(row[5]) ? { hint: text(row[5]) } : {}),
			groups: text(row[7])
				.split(/[,;\n]/)
				.map((g) => g.trim())
				.filter(Boolean),
			...(required === YES.toLowerCase() ? { required: true } : {}),
			options
		});
	}
	if (indicatorRows.length === 0)
		problems.push({
			sheet: SHEET_INDICATORS,
			row: null,
			column: null,
			message: say('criteria.noIndicators')
		});
	groupRows.forEach(({ where: r }, gi) => {
		where.set(`groups.${gi}.id`, { sheet: SHEET_GROUPS, row: r, column: 0 });
		where.set(`groups.${gi}.name`, { sheet: SHEET_GROUPS, row: r, column: 1 });
	});
	for (const [field, w] of setWhere)
		where.set(field === 'passPercent' ? 'rule.passPercent' : field, w);

	const content = {
		code: text(values.code),
		slug: text(values.slug),
		title: text(values.title),
		source: text(values.source),
		verified: verifiedText === YES.toLowerCase(),
		minAge: setNumber('minAge'),
		groups,
		criteria,
		rule: { passPercent: setNumber('passPercent') }
	};
	if (problems.length) return { ok: false, problems };

	// The shared schema, as the JSON import and the server apply it; its paths turned into cells.
	const checked = validateDocument({
		...content,
		_id: `criteriaSet:${content.slug}:v1`,
		type: 'criteriaSet',
		version: 1
	});
	if (!checked.ok)
		return { ok: false, problems: checked.issues.map((issue) => placed(issue, where)) };
	return { ok: true, content };
}

const headersOf = (sheet: string) =>
	sheet === SHEET_INDICATORS
		? INDICATOR_COLUMNS
		: sheet === SHEET_GROUPS
			? GROUP_COLUMNS
			: SET_HEADERS;

/** A schema issue at the nearest cell its path names (an option's or a group's issue at its column). */
function placed(issue: FieldIssue, where: ReadonlyMap<string, Where>): SheetProblem {
	const parts = issue.path.split('.');
	for (let n = parts.length; n > 0; n--) {
		const w = where.get(parts.slice(0, n).join('.'));
		if (w)
			return {
				sheet: w.sheet,
				row: w.row,
				column: w.column === null ? null : `${letter(w.column)} (${headersOf(w.sheet)[w.column]})`,
				message: messageText(issue.message, 'vi')
			};
	}
	const sheet =
		parts[0] === 'groups' ? SHEET_GROUPS : parts[0] === 'criteria' ? SHEET_INDICATORS : SHEET_SET;
	return { sheet, row: null, column: null, message: messageText(issue.message, 'vi') };
}
