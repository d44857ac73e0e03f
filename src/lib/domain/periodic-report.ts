import { percentText, rateText } from './rate-text';
import { addTally, emptyTally, type CommuneCounts, type Report, type ReportRow } from './report';
import { vietnamDate } from './report-sheet';
import { sheets } from '../i18n/catalog/sheets';
import { textIn, type Params } from '../i18n/format';

const say = (key: keyof typeof sheets, params?: Params) => textIn(sheets, 'vi', key, params);

// The periodic report sent up the chain (commune → province; the Hải Phòng letter: "định kỳ tổng
// hợp, báo cáo kết quả"): an official heading, a few generated sentences, the rates by unit and by
// citizen group against their targets, a signature block. One model, in Vietnamese (it goes to
// other offices; the words are in i18n/catalog/sheets.ts), that both the printable page and the
// .docx render: their numbers cannot differ.

/** A year, or everything up to today. */
export type PeriodChoice = number | 'to-date';

export interface PeriodicTable {
	headers: string[];
	/** The columns that hold numbers (set to the right). */
	numeric: number[];
	rows: { cells: string[]; depth: number; total: boolean }[];
}

export interface PeriodicDocument {
	/** Upper left: the association and the unit, in capitals. */
	org: [string, string];
	nation: [string, string];
	/** "Demo, ngày 05 tháng 12 năm 2026" */
	placeDate: string;
	title: string;
	subtitle: string;
	summaryHeading: string;
	summary: string[];
	unitsHeading: string;
	units: PeriodicTable;
	groupsHeading: string;
	groups: PeriodicTable;
	signature: { role: string; hint: string };
	recipients: string[];
}

const count = new Intl.NumberFormat('vi-VN');
const n = (x: number) => count.format(x);
const pct = (x: number) => percentText(x, 'vi');
const rate = (x: number | null) => rateText(x, 'vi');

/** Adds up per-period counts commune by commune ("to date" = every year so far). */
export function mergeCounts(
	perPeriod: readonly ReadonlyMap<string, CommuneCounts>[]
): Map<string, CommuneCounts> {
	const merged = new Map<string, CommuneCounts>();
	for (const counts of perPeriod)
		for (const [id, c] of counts) {
			const into = merged.get(id) ?? { total: emptyTally(), byGroup: {}, byMonth: {} };
			addTally(into.total, c.total);
			for (const [g, t] of Object.entries(c.byGroup))
				into.byGroup[g] = addTally(into.byGroup[g] ?? emptyTally(), t);
			for (const [m, t] of Object.entries(c.byMonth))
				into.byMonth[m] = addTally(into.byMonth[m] ?? emptyTally(), t);
			merged.set(id, into);
		}
	return merged;
}

/** The place in the date line: the unit's name without its kind ("Tỉnh Đồng Tháp" → "Đồng Tháp"). */
export function placeName(name: string): string {
	return name.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)\s+/i, '') || name;
}

function dateLine(at: Date): { dd: string; mm: string; yyyy: string } {
	const [dd, mm, yyyy] = vietnamDate(at).split('/');
	return { dd, mm, yyyy };
}

/** Where a unit stands against its target, in a few words. */
function standing(row: ReportRow): string {
	if (row.rate === null) return say('periodic.noPopulation');
	if (row.needed === 0) return say('periodic.reached');
	return say('periodic.short', { n: n(row.needed ?? 0) });
}

/** One sentence for a unit: "Xã An Bình đạt 62% (chỉ tiêu 60%)." */
export function unitSentence(row: ReportRow, periodText: string): string {
	if (row.rate === null)
		return say('periodic.unitNoRate', {
			name: row.name,
			recognised: n(row.recognised),
			period: periodText
		});
	const head = say('periodic.unitHead', {
		name: row.name,
		rate: rate(row.rate) ?? '',
		target: pct(row.target)
	});
	return row.needed === 0
		? say('periodic.headReached', { head })
		: say('periodic.headShort', { head, n: n(row.needed!) });
}

/** Communes listed one by one up to this many; beyond it, the three lowest and the three highest. */
const LISTED = 10;

/** The summary in sentences, from the report's own figures. */
export function summarySentences(
	report: Report,
	groupName: (id: string) => string,
	choice: PeriodChoice
): string[] {
	const root = report.totals;
	const periodText = say('periodic.year', { year: choice === 'to-date' ? report.period : choice });
	const out: string[] = [];
	if (root.population !== null)
		out.push(
			say(root.needed === 0 ? 'periodic.rootReached' : 'periodic.rootShort', {
				name: root.name,
				population: n(root.population),
				recognised: n(root.recognised),
				rate: rate(root.rate) ?? '',
				target: pct(root.target),
				n: n(root.needed ?? 0)
			})
		);
	else out.push(unitSentence(root, periodText));
	out.push(
		say('periodic.assessed', {
			assessed: n(root.assessed),
			recognised: n(root.recognised),
			returned: n(root.returned),
			rejected: n(root.rejected),
			pending: n(root.pending)
		})
	);

	const communes = report.rows.filter((r) => r.level === 'commune' && r.id !== root.id);
	if (communes.length) {
		const reached = communes.filter((r) => r.needed === 0);
		out.push(
			reached.length
				? say('periodic.communesReached', {
						reached: n(reached.length),
						of: n(communes.length),
						names: reached.map((r) => r.name).join(', ')
					})
				: say('periodic.noCommuneReached', { of: n(communes.length) })
		);
		const known = communes.filter((r) => r.rate !== null);
		if (communes.length <= LISTED) out.push(...known.map((r) => unitSentence(r, periodText)));
		else {
			const sorted = [...known].sort((a, b) => a.rate! - b.rate! || (a.id < b.id ? -1 : 1));
			const list = (rows: ReportRow[]) =>
				rows
					.map((r) =>
						say('periodic.unitRate', {
							name: r.name,
							rate: rate(r.rate) ?? '',
							target: pct(r.target)
						})
					)
					.join('; ');
			out.push(
				say('periodic.lowest', { list: list(sorted.slice(0, 3)) }),
				say('periodic.highest', { list: list(sorted.slice(-3).reverse()) })
			);
		}
		const missing = communes.filter((r) => r.rate === null);
		if (missing.length)
			out.push(
				say('periodic.communesNoRate', {
					n: n(missing.length),
					period: periodText,
					names: missing.map((r) => r.name).join(', ')
				})
			);
	}
	for (const g of report.groups) {
		if (!g.assessed) continue;
		out.push(
			say('periodic.group', {
				group: groupName(g.group),
				recognised: n(g.recognised),
				assessed: n(g.assessed),
				rate: rate(g.shareOfAssessed) ?? '',
				target: pct(g.target)
			})
		);
	}
	return out;
}

export const UNIT_HEADERS = (
	['unit', 'code', 'population', 'recognised', 'rate', 'target', 'standing'] as const
).map((c) => say(`periodic.col.${c}`));
export const GROUP_HEADERS = (
	['group', 'assessed', 'recognised', 'rateAssessed', 'target'] as const
).map((c) => say(`periodic.col.${c}`));

function unitCells(row: ReportRow, total: boolean): string[] {
	return [
		total
			? say('totals', { name: row.name })
			: (row.retired ? say('retired', { name: row.name }) : row.name) +
				(row.merged.length
					? say('mergedFrom', { names: row.merged.map((m) => m.name).join(', ') })
					: ''),
		row.id,
		row.population === null ? '—' : n(row.population),
		n(row.recognised),
		rate(row.rate) ?? '—',
		pct(row.target),
		standing(row)
	];
}

export function periodicDocument(
	report: Report,
	choice: PeriodChoice,
	at: Date,
	groupName: (id: string) => string
): PeriodicDocument {
	const root = report.totals;
	const { dd, mm, yyyy } = dateLine(at);
	const under = report.rows.length > 1 ? report.rows.slice(1) : [];
	const shift = report.rows.length > 1 ? 1 : 0;
	return {
		org: [say('periodic.org'), root.name.toUpperCase()],
		nation: [say('periodic.nation'), say('periodic.motto')],
		placeDate: say('periodic.placeDate', { place: placeName(root.name), dd, mm, yyyy }),
		title: say('periodic.title'),
		subtitle:
			choice === 'to-date'
				? say('periodic.subtitleToDate', { name: root.name, date: `${dd}/${mm}/${yyyy}` })
				: say('periodic.subtitleYear', { name: root.name, year: choice }),
		summaryHeading: say('periodic.summaryHeading'),
		summary: summarySentences(report, groupName, choice),
		unitsHeading: say('periodic.unitsHeading'),
		units: {
			headers: UNIT_HEADERS,
			numeric: [2, 3, 4, 5],
			rows: [
				...under.map((r) => ({ cells: unitCells(r, false), depth: r.depth - shift, total: false })),
				{ cells: unitCells(root, true), depth: 0, total: true }
			]
		},
		groupsHeading: say('periodic.groupsHeading'),
		groups: {
			headers: GROUP_HEADERS,
			numeric: [1, 2, 3, 4],
			rows: report.groups.map((g) => ({
				cells: [
					groupName(g.group),
					n(g.assessed),
					n(g.recognised),
					rate(g.shareOfAssessed) ?? '—',
					pct(g.target)
				],
				depth: 0,
				total: false
			}))
		},
		signature: { role: say('periodic.signatureRole'), hint: say('periodic.signatureHint') },
		recipients: [
			say('periodic.recipients'),
			say('periodic.recipientsAbove'),
			say('periodic.recipientsFiled')
		]
	};
}

/** A file name without spaces or accents: bao-cao-dinh-ky-P01-2026-2026-12-05.docx */
export function periodicFileName(rootId: string, choice: PeriodChoice, at: Date): string {
	const { dd, mm, yyyy } = dateLine(at);
	return `bao-cao-dinh-ky-${rootId}-${choice === 'to-date' ? 'den-nay' : choice}-${yyyy}-${mm}-${dd}.docx`;
}
