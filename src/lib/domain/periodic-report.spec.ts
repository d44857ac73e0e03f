import { describe, expect, it } from 'vitest';
import {
	mergeCounts,
	periodicDocument,
	periodicFileName,
	placeName,
	summarySentences
} from './periodic-report';
import { buildReport, communeCountsFromRows, type UnitLike, type ViewRow } from './report';

const units: UnitLike[] = [
	{ id: 'P', name: 'Tỉnh Đồng Tháp', level: 'province', parentId: null },
	{ id: 'C1', name: 'Xã An Bình', level: 'commune', parentId: 'P', population: { '2026': 1000 } },
	{ id: 'C2', name: 'Xã Hòa Lợi', level: 'commune', parentId: 'P', population: { '2026': 4250 } },
	{ id: 'C3', name: 'Xã Tân Phú', level: 'commune', parentId: 'P' }
];
const targets = [
	{ orgUnitId: 'P', period: 2026, group: 'all', percentage: 60 },
	{ orgUnitId: 'P', period: 2026, group: 'nong-dan', percentage: 40 }
];
const row = (status: string, n: number, group = 'nong-dan', period = 2026): ViewRow => ({
	key: [period, status, group, `${period}-03`],
	value: n
});
const counts = new Map([
	[
		'C1',
		communeCountsFromRows(
			[row('recognised', 600), row('recognised', 20, 'can-bo-cong-chuc'), row('sent', 5)],
			2026
		)
	],
	['C2', communeCountsFromRows([row('recognised', 2), row('returned', 1)], 2026)]
]);
const report = buildReport({ units, targets, rootId: 'P', period: 2026, counts });
const names: Record<string, string> = {
	'nong-dan': 'Nông dân, lao động nông thôn',
	'can-bo-cong-chuc': 'Cán bộ, công chức'
};
const groupName = (id: string) => names[id] ?? id;

describe('the periodic report’s sentences', () => {
	it('says each commune’s rate against its target, the tiny one with its decimal', () => {
		expect(summarySentences(report, groupName, 2026)).toEqual([
			'Tỉnh Đồng Tháp có 5.250 người từ 16 tuổi trở lên; 622 người đã được công nhận danh hiệu Công dân học tập, đạt 11,8% (chỉ tiêu 60%), còn thiếu 2.528 người để đạt chỉ tiêu.',
			'Đã đánh giá 628 phiếu: công nhận 622, trả lại 1, không công nhận 0, đang chờ duyệt 5.',
			'1/3 xã, phường đạt chỉ tiêu: Xã An Bình.',
			'Xã An Bình đạt 62% (chỉ tiêu 60%), đã đạt chỉ tiêu.',
			'Xã Hòa Lợi đạt 0,05% (chỉ tiêu 60%), còn thiếu 2.548 người để đạt chỉ tiêu.',
			'1 xã, phường chưa có số người từ 16 tuổi năm 2026, chưa tính được tỉ lệ: Xã Tân Phú.',
			'Nhóm Cán bộ, công chức: 20/20 phiếu đã đánh giá được công nhận (100%; chỉ tiêu 60%).',
			'Nhóm Nông dân, lao động nông thôn: 602/608 phiếu đã đánh giá được công nhận (99%; chỉ tiêu 40%).'
		]);
	});

	it('names the three lowest and highest when there are more than ten communes', () => {
		const many: UnitLike[] = [
			units[0],
			...Array.from({ length: 12 }, (_, i) => ({
				id: `K${String(i).padStart(2, '0')}`,
				name: `Xã ${i}`,
				level: 'commune' as const,
				parentId: 'P',
				population: { '2026': 100 }
			}))
		];
		const c = new Map(
			many.slice(1).map((u, i) => [u.id, communeCountsFromRows([row('recognised', i * 5)], 2026)])
		);
		const sentences = summarySentences(
			buildReport({ units: many, targets, rootId: 'P', period: 2026, counts: c }),
			groupName,
			2026
		);
		expect(sentences).toContain(
			'Thấp nhất: Xã 0 0% (chỉ tiêu 60%); Xã 1 5% (chỉ tiêu 60%); Xã 2 10% (chỉ tiêu 60%).'
		);
		expect(sentences).toContain(
			'Cao nhất: Xã 11 55% (chỉ tiêu 60%); Xã 10 50% (chỉ tiêu 60%); Xã 9 45% (chỉ tiêu 60%).'
		);
	});
});

describe('the periodic document', () => {
	const at = new Date('2026-12-04T20:00:00Z'); // 5 December in Vietnam
	it('has the official heading, the tables against targets and a signature block', () => {
		const doc = periodicDocument(report, 2026, at, groupName);
		expect(doc.org).toEqual(['HỘI KHUYẾN HỌC', 'TỈNH ĐỒNG THÁP']);
		expect(doc.placeDate).toBe('Đồng Tháp, ngày 05 tháng 12 năm 2026');
		expect(doc.subtitle).toBe(
			'Kết quả công nhận danh hiệu “Công dân học tập” của Tỉnh Đồng Tháp năm 2026'
		);
		expect(doc.units.rows.map((r) => r.cells)).toEqual([
			['Xã An Bình', 'C1', '1.000', '620', '62%', '60%', 'đạt chỉ tiêu'],
			['Xã Hòa Lợi', 'C2', '4.250', '2', '0,05%', '60%', 'còn thiếu 2.548 người'],
			['Xã Tân Phú', 'C3', '—', '0', '—', '60%', 'chưa có số dân'],
			['Tổng cộng (Tỉnh Đồng Tháp)', 'P', '5.250', '622', '11,8%', '60%', 'còn thiếu 2.528 người']
		]);
		expect(doc.groups.rows.map((r) => r.cells)).toEqual([
			['Cán bộ, công chức', '20', '20', '100%', '60%'],
			['Nông dân, lao động nông thôn', '608', '602', '99%', '40%']
		]);
		expect(doc.signature.role).toBe('NGƯỜI LẬP BÁO CÁO');
		expect(periodicFileName('P', 2026, at)).toBe('bao-cao-dinh-ky-P-2026-2026-12-05.docx');
	});

	it('"to date" adds every year up and says so', () => {
		const merged = mergeCounts([
			new Map([['C1', communeCountsFromRows([row('recognised', 100, 'nong-dan', 2025)], 2025)]]),
			new Map([['C1', communeCountsFromRows([row('recognised', 50)], 2026)]])
		]);
		expect(merged.get('C1')!.total.recognised).toBe(150);
		const doc = periodicDocument(
			buildReport({ units, targets, rootId: 'P', period: 2026, counts: merged }),
			'to-date',
			at,
			groupName
		);
		expect(doc.subtitle).toBe(
			'Kết quả công nhận danh hiệu “Công dân học tập” của Tỉnh Đồng Tháp, tính đến ngày 05/12/2026'
		);
		expect(doc.units.rows[0].cells.slice(0, 5)).toEqual([
			'Xã An Bình',
			'C1',
			'1.000',
			'150',
			'15%'
		]);
		expect(periodicFileName('P', 'to-date', at)).toBe('bao-cao-dinh-ky-P-den-nay-2026-12-05.docx');
	});

	it('the place is the unit’s name without its kind', () => {
		expect(placeName('Thành phố Hải Phòng')).toBe('Hải Phòng');
		expect(placeName('Xã An Bình')).toBe('An Bình');
	});
});
