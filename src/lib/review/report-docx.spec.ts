import { describe, expect, it } from 'vitest';
import { periodicDocument } from '$lib/domain/periodic-report';
import { buildReport, communeCountsFromRows, type UnitLike } from '$lib/domain/report';
import { readDocx } from '../../../tests/docx-read';
import { periodicDocx } from './report-docx';

const units: UnitLike[] = [
	{ id: 'P', name: 'Tỉnh A & B <mới>', level: 'province', parentId: null },
	{ id: 'C1', name: 'Xã An Bình', level: 'commune', parentId: 'P', population: { '2026': 4250 } }
];
const report = buildReport({
	units,
	targets: [],
	rootId: 'P',
	period: 2026,
	counts: new Map([
		[
			'C1',
			communeCountsFromRows([{ key: [2026, 'recognised', 'nong-dan', '2026-03'], value: 2 }], 2026)
		]
	])
});
const doc = periodicDocument(report, 2026, new Date('2026-12-05T03:00:00Z'), () => 'Nông dân');

describe('the periodic report as .docx', () => {
	it('is a package Word opens: content types, relations, a well-formed document', () => {
		const file = readDocx(periodicDocx(doc));
		expect(file.files.sort()).toEqual([
			'[Content_Types].xml',
			'_rels/.rels',
			'word/_rels/document.xml.rels',
			'word/document.xml',
			'word/styles.xml'
		]);
	});

	it('holds the model’s text: heading, sentences, both tables and the signature, names escaped', () => {
		const file = readDocx(periodicDocx(doc));
		expect(file.tables[0]).toEqual([
			[
				'HỘI KHUYẾN HỌCTỈNH A & B <MỚI>',
				'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc'
			]
		]);
		expect(file.paragraphs).toContain('A & B <mới>, ngày 05 tháng 12 năm 2026');
		expect(file.paragraphs).toContain('BÁO CÁO');
		for (const s of doc.summary) expect(file.paragraphs).toContain(s);
		expect(file.tables[1]).toEqual([doc.units.headers, ...doc.units.rows.map((r) => r.cells)]);
		expect(file.tables[1][1]).toEqual([
			'Xã An Bình',
			'C1',
			'4.250',
			'2',
			'0,05%',
			'60%',
			'còn thiếu 2.548 người'
		]);
		expect(file.tables[2]).toEqual([doc.groups.headers, ...doc.groups.rows.map((r) => r.cells)]);
		expect(file.tables[3][0][1]).toBe('NGƯỜI LẬP BÁO CÁO(Ký, ghi rõ họ tên)');
	});
});
