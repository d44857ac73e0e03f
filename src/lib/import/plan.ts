import { citizenSchema, type Citizen } from '$lib/domain/citizen.schema';
import {
	GROUP_COMMUNITY,
	GROUP_FARMERS,
	GROUP_OFFICIALS,
	GROUP_STUDENTS
} from '$lib/domain/criteria-default';
import { checkEligibility } from '$lib/domain/eligibility';
import { toFieldIssues, type FieldIssue } from '$lib/domain/schemas';
import { duplicateKey, searchKey } from '$lib/domain/search-key';
import { isFooterRow, type Cell, type Field } from './columns';
import { importedCitizenId } from './identity';
import type { SheetColumns, SheetTable } from './sheets';
import {
	birthYearOf,
	genderOf,
	hamletKey,
	idCardLast4Of,
	isMarked,
	nameCase,
	textOf
} from './values';

// What importing a file would do, row by row, before anything is stored: the same schema, the same
// duplicate key and the same eligibility rule as the citizen form, imported, never copied.

export interface PlanContext {
	communeId: string;
	user: string;
	/** ISO time stamped on every created citizen. */
	now: string;
	period: number;
	minAge: number;
	hamlets: { id: string; name: string }[];
	groups: { id: string; name: string }[];
	/** The group she picked for the whole import ('' until she has). */
	group: string;
	/** The commune's register as it stands: what a row may already be. */
	existing: { id: string; dupKey: string; fullName: string }[];
	/** Hamlet words of the file she mapped to a hamlet (hamletKey → hamlet id). */
	hamletChoices: Record<string, string>;
	/** Record under-16s too. */
	includeYoung: boolean;
}

export type RowStatus = 'new' | 'young' | 'inFile' | 'inRegister' | 'invalid' | 'noHamlet';

export interface PlanRow {
	sheet: string;
	/** The row number the spreadsheet shows (1-based). */
	row: number;
	fullName: string;
	birthYear?: number;
	status: RowStatus;
	issues: FieldIssue[];
	/** The hamlet as the file writes it, when it matched none. */
	hamletText?: string;
	/** The record this row repeats: in the register (id) or earlier in the file (sheet and row). */
	same?: { fullName: string; id?: string; sheet?: string; row?: number };
}

export interface Plan {
	/** Citizens to store, with where each came from. */
	add: { doc: Citizen; sheet: string; row: number; young: boolean }[];
	/** Every row that is not simply new: what the preview lists. */
	look: PlanRow[];
	counts: Record<RowStatus, number>;
	/** Hamlet words matching none of the commune's hamlets, with how many rows use each. */
	unknownHamlets: { key: string; text: string; rows: number }[];
	/** Rows under the table that are not people (totals, signatures). */
	footerRows: number;
	/** Sheets with no recognisable table (a cover sheet). */
	skippedSheets: string[];
	/** Whether some row's group came from an occupation column. */
	groupsFromOccupation: number;
	/** Phone numbers the schema would refuse: the person is added without one, and she is told which. */
	droppedPhones: { sheet: string; row: number; fullName: string; text: string }[];
}

const OCCUPATION_WORDS: [string, string[]][] = [
	[GROUP_STUDENTS, ['hoc sinh', 'sinh vien', 'hs', 'sv', 'di hoc']],
	[
		GROUP_OFFICIALS,
		[
			'can bo',
			'cong chuc',
			'vien chuc',
			'cong nhan',
			'giao vien',
			'nhan vien',
			'bo doi',
			'cong an',
			'bac si',
			'y si',
			'ky su',
			'quan ly',
			'doanh nhan',
			'giam doc'
		]
	],
	[
		GROUP_FARMERS,
		[
			'nong dan',
			'lam ruong',
			'lam nong',
			'nong nghiep',
			'trong trot',
			'chan nuoi',
			'ngu dan',
			'danh ca',
			'lao dong nong thon',
			'lam vuon'
		]
	],
	[
		GROUP_COMMUNITY,
		[
			'buon ban',
			'kinh doanh',
			'noi tro',
			'huu tri',
			'tho',
			'lam thue',
			'tu do',
			'lao dong tu do',
			'gia',
			'nguoi cao tuoi',
			'tieu thuong',
			'dich vu'
		]
	]
];

/** The group an occupation names, among the criteria set's groups; undefined when unrecognised. */
export function groupFromOccupation(
	text: string,
	groups: readonly { id: string; name: string }[]
): string | undefined {
	const key = searchKey(text);
	if (!key) return undefined;
	const byName = groups.find(
		(g) => searchKey(g.name) === key || searchKey(g.name).startsWith(key + ' ')
	);
	if (byName) return byName.id;
	for (const [id, words] of OCCUPATION_WORDS) {
		if (groups.some((g) => g.id === id) && words.some((w) => key === w || key.startsWith(w + ' ')))
			return id;
	}
	return undefined;
}

const RELATIONS = new Set([
	'vo',
	'chong',
	'con',
	'cha',
	'me',
	'bo',
	'ong',
	'ba',
	'chau',
	'anh',
	'chi',
	'em',
	'con dau',
	'con re',
	'me vo',
	'bo vo',
	'me chong',
	'bo chong',
	'chau noi',
	'chau ngoai'
]);
const HEAD_MARKS = new Set(['x', 'ch', 'chu ho', 'la chu ho', 'co']);

function pick(row: readonly Cell[], columns: readonly (Field | null)[], field: Field): Cell {
	const i = columns.indexOf(field);
	return i < 0 ? null : row[i];
}

const emptyCounts = (): Record<RowStatus, number> => ({
	new: 0,
	young: 0,
	inFile: 0,
	inRegister: 0,
	invalid: 0,
	noHamlet: 0
});

/** The whole import, decided: who is added, who is listed and why. Pure; runs in the worker. */
export function planImport(
	sheets: readonly SheetTable[],
	tables: readonly (SheetColumns | null)[],
	ctx: PlanContext
): Plan {
	const byDupKey = new Map(ctx.existing.map((e) => [e.dupKey, e]));
	const byId = new Map(ctx.existing.map((e) => [e.id, e]));
	const hamletByKey = new Map(ctx.hamlets.map((h) => [hamletKey(h.name), h.id]));
	const seen = new Map<string, { sheet: string; row: number; fullName: string }>();
	const unknown = new Map<string, { key: string; text: string; rows: number }>();
	const plan: Plan = {
		add: [],
		look: [],
		counts: emptyCounts(),
		unknownHamlets: [],
		footerRows: 0,
		skippedSheets: [],
		groupsFromOccupation: 0,
		droppedPhones: []
	};

	sheets.forEach((sheet, s) => {
		const table = tables[s];
		if (!table) {
			if (sheet.rows.some((r) => r.some((c) => textOf(c)))) plan.skippedSheets.push(sheet.name);
			return;
		}
		const { columns } = table;
		const hasHamletColumn = columns.includes('hamlet');
		let footerSeen = false;
		let head = '';
		for (let r = table.dataFrom; r < sheet.rows.length; r++) {
			const cells = sheet.rows[r];
			const fullName = nameCase(textOf(pick(cells, columns, 'fullName')));
			const male = pick(cells, columns, 'birthMale');
			const female = pick(cells, columns, 'birthFemale');
			const birthCell =
				pick(cells, columns, 'birth') ?? (isMarked(male) ? male : isMarked(female) ? female : null);
			const birth = birthYearOf(
				typeof birthCell === 'string' && /^x$/i.test(birthCell.trim()) ? null : birthCell
			);
			if (!birth && (footerSeen || isFooterRow(cells))) {
				if (cells.some((c) => textOf(c))) plan.footerRows++;
				footerSeen = true;
				continue;
			}
			// A row with neither a name nor a birth date is a spacer (an STT alone, a blank line).
			if (!fullName && !birth) continue;
			const where = { sheet: sheet.name, row: r + 1, fullName };

			const hamletText = hasHamletColumn ? textOf(pick(cells, columns, 'hamlet')) : sheet.name;
			const hKey = hamletKey(hamletText);
			const hamletId = ctx.hamletChoices[hKey] ?? hamletByKey.get(hKey);

			const gender =
				genderOf(pick(cells, columns, 'gender')) ??
				(isMarked(male) ? 'male' : isMarked(female) ? 'female' : undefined);
			const occupationGroup = groupFromOccupation(
				textOf(pick(cells, columns, 'occupation')),
				ctx.groups
			);
			if (occupationGroup) plan.groupsFromOccupation++;
			const group = occupationGroup ?? ctx.group;

			const householdText = textOf(pick(cells, columns, 'household'));
			const hhKey = searchKey(householdText);
			let household: string | undefined;
			if (HEAD_MARKS.has(hhKey)) household = head = fullName;
			else if (RELATIONS.has(hhKey)) household = head || undefined;
			else if (householdText) household = head = householdText;

			const phoneText = textOf(pick(cells, columns, 'phone'));
			const phone = phoneText.replace(/[\s.()-]/g, '');
			const phoneOk = /^(\+?84|0)\d{8,10}$/.test(phone);
			const candidate = {
				_id: 'citizen:pending',
				type: 'citizen',
				communeId: ctx.communeId,
				hamletId: hamletId ?? 'pending',
				...(household ? { household } : {}),
				fullName,
				birthYear: birth && 'year' in birth ? birth.year : undefined,
				gender,
				// Validated with a stand-in until she picks the group: the group is one choice, not a row's fault.
				group: group || 'pending',
				...(phoneOk ? { phone } : {}),
				...(idCardLast4Of(pick(cells, columns, 'idCard'))
					? { idCardLast4: idCardLast4Of(pick(cells, columns, 'idCard')) }
					: {}),
				createdAt: ctx.now,
				createdBy: ctx.user,
				updatedAt: ctx.now
			};
			const parsed = citizenSchema.safeParse(candidate);
			const birthYear = typeof candidate.birthYear === 'number' ? candidate.birthYear : undefined;
			const listed = (status: RowStatus, extra: Partial<PlanRow> = {}) => {
				plan.counts[status]++;
				plan.look.push({ ...where, birthYear, status, issues: [], ...extra });
			};
			if (!parsed.success) {
				listed('invalid', { issues: toFieldIssues(parsed.error.issues) });
				continue;
			}
			if (!hamletId) {
				const u = unknown.get(hKey) ?? { key: hKey, text: hamletText, rows: 0 };
				u.rows++;
				unknown.set(hKey, u);
				listed('noHamlet', { hamletText });
				continue;
			}
			const dupKey = duplicateKey(parsed.data.fullName, parsed.data.birthYear, hamletId);
			const id = importedCitizenId(ctx.communeId, dupKey);
			const inRegister = byDupKey.get(dupKey) ?? byId.get(id);
			if (inRegister) {
				listed('inRegister', { same: { fullName: inRegister.fullName, id: inRegister.id } });
				continue;
			}
			const earlier = seen.get(dupKey);
			if (earlier) {
				listed('inFile', { same: earlier });
				continue;
			}
			seen.set(dupKey, where);
			const doc: Citizen = { ...parsed.data, _id: id, group };
			const eligibility = checkEligibility(parsed.data.birthYear, ctx.period, ctx.minAge);
			if (!eligibility.eligible) {
				listed('young');
				if (ctx.includeYoung) plan.add.push({ doc, sheet: sheet.name, row: r + 1, young: true });
				continue;
			}
			if (phoneText && !phoneOk)
				plan.droppedPhones.push({
					sheet: sheet.name,
					row: r + 1,
					fullName: parsed.data.fullName,
					text: phoneText
				});
			plan.counts.new++;
			plan.add.push({ doc, sheet: sheet.name, row: r + 1, young: false });
		}
	});
	plan.unknownHamlets = [...unknown.values()].sort((a, b) => b.rows - a.rows);
	return plan;
}
