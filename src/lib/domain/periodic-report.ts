import { percentText, rateText } from './rate-text';
import { addTally, emptyTally, type CommuneCounts, type Report, type ReportRow } from './report';
import { vietnamDate } from './report-sheet';

// The periodic report sent up the chain (commune → province; the Hải Phòng letter: "định kỳ tổng
// hợp, báo cáo kết quả"): an official heading, a few generated sentences, the rates by unit and by
// citizen group against their targets, a signature block. One model, in Vietnamese (it goes to
// other offices), that both the printable page and the .docx render: their numbers cannot differ.

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
export function mergeCounts(perPeriod: readonly ReadonlyMap<string, CommuneCounts>[]): Map<string, CommuneCounts> {
	const merged = new Map<string, CommuneCounts>();
	for (const counts of perPeriod)
		for (const [id, c] of counts) {
			const into = merged.get(id) ?? { total: emptyTally(), byGroup: {}, byMonth: {} };
			addTally(into.total, c.total);
			for (const [g, t] of Object.entries(c.byGroup)) into.byGroup[g] = addTally(into.byGroup[g] ?? emptyTally(), t);
			for (const [m, t] of Object.entries(c.byMonth)) into.byMonth[m] = addTally(into.byMonth[m] ?? emptyTally(), t);
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
	if (row.rate === null) return 'chưa có số dân';
	if (row.needed === 0) return 'đạt chỉ tiêu';
	return `còn thiếu ${n(row.needed ?? 0)} người`;
}

/** One sentence for a unit: "Xã An Bình đạt 62% (chỉ tiêu 60%)." */
export function unitSentence(row: ReportRow, periodText: string): string {
	if (row.rate === null) return `${row.name}: ${n(row.recognised)} người được công nhận; chưa có số người từ 16 tuổi ${periodText} nên chưa tính được tỉ lệ.`;
	const head = `${row.name} đạt ${rate(row.rate)} (chỉ tiêu ${pct(row.target)})`;
	return row.needed === 0 ? `${head}, đã đạt chỉ tiêu.` : `${head}, còn thiếu ${n(row.needed!)} người để đạt chỉ tiêu.`;
}

/** Communes listed one by one up to this many; beyond it, the three lowest and the three highest. */
const LISTED = 10;

/** The summary in sentences, from the report's own figures. */
export function summarySentences(report: Report, groupName: (id: string) => string, choice: PeriodChoice): string[] {
	const root = report.totals;
	const periodText = choice === 'to-date' ? `năm ${report.period}` : `năm ${choice}`;
	const out: string[] = [];
	if (root.population !== null)
		out.push(
			`${root.name} có ${n(root.population)} người từ 16 tuổi trở lên; ${n(root.recognised)} người đã được công nhận danh hiệu Công dân học tập, đạt ${rate(root.rate)} (chỉ tiêu ${pct(root.target)})` +
				(root.needed === 0 ? ', đã đạt chỉ tiêu.' : `, còn thiếu ${n(root.needed ?? 0)} người để đạt chỉ tiêu.`)
		);
	else out.push(unitSentence(root, periodText));
	out.push(`Đã đánh giá ${n(root.assessed)} phiếu: công nhận ${n(root.recognised)}, trả lại ${n(root.returned)}, không công nhận ${n(root.rejected)}, đang chờ duyệt ${n(root.pending)}.`);

	const communes = report.rows.filter((r) => r.level === 'commune' && r.id !== root.id);
	if (communes.length) {
		const reached = communes.filter((r) => r.needed === 0);
		out.push(
			reached.length
				? `${n(reached.length)}/${n(communes.length)} xã, phường đạt chỉ tiêu: ${reached.map((r) => r.name).join(', ')}.`
				: `Chưa có xã, phường nào trong ${n(communes.length)} xã, phường đạt chỉ tiêu.`
		);
		const known = communes.filter((r) => r.rate !== null);
		if (communes.length <= LISTED) out.push(...known.map((r) => unitSentence(r, periodText)));
		else {
			const sorted = [...known].sort((a, b) => a.rate! - b.rate! || (a.id < b.id ? -1 : 1));
			const say = (rows: ReportRow[]) => rows.map((r) => `${r.name} ${rate(r.rate)} (chỉ tiêu ${pct(r.target)})`).join('; ');
			out.push(`Thấp nhất: ${say(sorted.slice(0, 3))}.`, `Cao nhất: ${say(sorted.slice(-3).reverse())}.`);
		}
		const missing = communes.filter((r) => r.rate === null);
		if (missing.length) out.push(`${n(missing.length)} xã, phường chưa có số người từ 16 tuổi ${periodText}, chưa tính được tỉ lệ: ${missing.map((r) => r.name).join(', ')}.`);
	}
	for (const g of report.groups) {
		if (!g.assessed) continue;
		out.push(`Nhóm ${groupName(g.group)}: ${n(g.recognised)}/${n(g.assessed)} phiếu đã đánh giá được công nhận (${rate(g.shareOfAssessed)}; chỉ tiêu ${pct(g.target)}).`);
	}
	return out;
}

export const UNIT_HEADERS = ['Đơn vị', 'Mã', 'Số người từ 16 tuổi', 'Đã công nhận', 'Tỉ lệ', 'Chỉ tiêu', 'So với chỉ tiêu'];
export const GROUP_HEADERS = ['Nhóm đối tượng', 'Đã đánh giá', 'Đã công nhận', 'Tỉ lệ trên số đã đánh giá', 'Chỉ tiêu'];

function unitCells(row: ReportRow, total: boolean): string[] {
	return [
		total ? `Tổng cộng (${row.name})` : row.name + (row.retired ? ' (cũ)' : '') + (row.merged.length ? ` (gồm cả ${row.merged.map((m) => m.name).join(', ')} cũ)` : ''),
		row.id,
		row.population === null ? '—' : n(row.population),
		n(row.recognised),
		rate(row.rate) ?? '—',
		pct(row.target),
		standing(row)
	];
}

export function periodicDocument(report: Report, choice: PeriodChoice, at: Date, groupName: (id: string) => string): PeriodicDocument {
	const root = report.totals;
	const { dd, mm, yyyy } = dateLine(at);
	const under = report.rows.length > 1 ? report.rows.slice(1) : [];
	const shift = report.rows.length > 1 ? 1 : 0;
	return {
		org: ['HỘI KHUYẾN HỌC', root.name.toUpperCase()],
		nation: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
		placeDate: `${placeName(root.name)}, ngày ${dd} tháng ${mm} năm ${yyyy}`,
		title: 'BÁO CÁO',
		subtitle:
			choice === 'to-date'
				? `Kết quả công nhận danh hiệu “Công dân học tập” của ${root.name}, tính đến ngày ${dd}/${mm}/${yyyy}`
				: `Kết quả công nhận danh hiệu “Công dân học tập” của ${root.name} năm ${choice}`,
		summaryHeading: 'I. Tóm tắt kết quả',
		summary: summarySentences(report, groupName, choice),
		unitsHeading: 'II. Tỉ lệ công nhận theo đơn vị, so với chỉ tiêu',
		units: {
			headers: UNIT_HEADERS,
			numeric: [2, 3, 4, 5],
			rows: [...under.map((r) => ({ cells: unitCells(r, false), depth: r.depth - shift, total: false })), { cells: unitCells(root, true), depth: 0, total: true }]
		},
		groupsHeading: 'III. Theo nhóm đối tượng, so với chỉ tiêu',
		groups: {
			headers: GROUP_HEADERS,
			numeric: [1, 2, 3, 4],
			rows: report.groups.map((g) => ({
				cells: [groupName(g.group), n(g.assessed), n(g.recognised), rate(g.shareOfAssessed) ?? '—', pct(g.target)],
				depth: 0,
				total: false
			}))
		},
		signature: { role: 'NGƯỜI LẬP BÁO CÁO', hint: '(Ký, ghi rõ họ tên)' },
		recipients: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.']
	};
}

/** A file name without spaces or accents: bao-cao-dinh-ky-P01-2026-2026-12-05.docx */
export function periodicFileName(rootId: string, choice: PeriodChoice, at: Date): string {
	const { dd, mm, yyyy } = dateLine(at);
	return `bao-cao-dinh-ky-${rootId}-${choice === 'to-date' ? 'den-nay' : choice}-${yyyy}-${mm}-${dd}.docx`;
}
