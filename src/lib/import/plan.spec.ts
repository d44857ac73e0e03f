import { describe, expect, it } from 'vitest';
import { GROUP_FARMERS, GROUP_STUDENTS } from '$lib/domain/criteria-default';
import { duplicateKey } from '$lib/domain/search-key';
import { importedCitizenId } from './identity';
import { planImport, type PlanContext } from './plan';
import { sheetColumns, type SheetTable } from './sheets';

const ctx = (over: Partial<PlanContext> = {}): PlanContext => ({
	communeId: 'C01',
	user: 'canbo.c01',
	now: '2026-03-01T00:00:00.000Z',
	period: 2026,
	minAge: 16,
	hamlets: [
		{ id: 'C01-H01', name: 'Thôn Đông' },
		{ id: 'C01-H02', name: 'Thôn Tây' }
	],
	groups: [
		{ id: GROUP_STUDENTS, name: 'Học sinh, sinh viên' },
		{ id: GROUP_FARMERS, name: 'Nông dân, lao động nông thôn' },
		{ id: 'cong-dong', name: 'Người dân khác' }
	],
	group: 'cong-dong',
	existing: [],
	hamletChoices: {},
	includeYoung: false,
	...over
});

const plan = (sheets: SheetTable[], c: PlanContext = ctx()) =>
	planImport(sheets, sheets.map(sheetColumns), c);

const DONG: SheetTable = {
	name: 'Thôn Đông',
	rows: [
		['DANH SÁCH NGƯỜI DÂN THÔN ĐÔNG'],
		['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Dân tộc', 'Nghề nghiệp'],
		[1, 'Lê Thị Bình', '11/03/1958', 'Nữ', '079158001234', 'Kinh', 'Làm ruộng'],
		[2, 'NGUYỄN VĂN AN', 1970, 'Nam', null, 'Kinh', null],
		[3, '', 1980, 'Nam'],
		[4, 'Trần Văn Cũ', 1850, 'Nam'],
		[5, 'Phạm Bé', 2015, 'Nữ', null, null, 'Học sinh'],
		[6, 'Lê Thị  Bình', 1958, 'Nữ'],
		['Tổng cộng: 6 người'],
		[null, 'NGƯỜI LẬP BIỂU'],
		[null, '(Ký, ghi rõ họ tên)'],
		[null, 'Nguyễn Văn Ký']
	]
};
const TAY: SheetTable = {
	name: 'Sheet2',
	rows: [
		['Họ tên', 'Năm sinh', 'Giới', 'Thôn'],
		['Đỗ Văn Tư', '5/6/72', 'Nam', 'thon tay'],
		['Hà Thị Năm', 1990, 'Nữ', 'Xóm Mới']
	]
};

describe('planning an import', () => {
	it('lists each row with its own row number and why; adds only the new', () => {
		const p = plan([DONG, TAY]);
		expect(p.counts).toEqual({
			new: 3,
			young: 1,
			inFile: 1,
			inRegister: 0,
			invalid: 2,
			noHamlet: 1
		});
		expect(
			p.add.map((a) => [a.sheet, a.row, a.doc.fullName, a.doc.birthYear, a.doc.hamletId])
		).toEqual([
			['Thôn Đông', 3, 'Lê Thị Bình', 1958, 'C01-H01'],
			['Thôn Đông', 4, 'Nguyễn Văn An', 1970, 'C01-H01'],
			['Sheet2', 2, 'Đỗ Văn Tư', 1972, 'C01-H02']
		]);
		expect(
			p.look.map((l) => [l.sheet, l.row, l.status, l.issues.map((i) => `${i.path}:${i.message}`)])
		).toEqual([
			['Thôn Đông', 5, 'invalid', ['fullName:err.required']],
			['Thôn Đông', 6, 'invalid', ['birthYear:err.birthYear']],
			['Thôn Đông', 7, 'young', []],
			['Thôn Đông', 8, 'inFile', []],
			['Sheet2', 3, 'noHamlet', []]
		]);
		expect(p.look[3].same).toEqual({ sheet: 'Thôn Đông', row: 3, fullName: 'Lê Thị Bình' });
		expect(p.unknownHamlets).toEqual([{ key: 'moi', text: 'Xóm Mới', rows: 1 }]);
		expect(p.footerRows).toBe(4);
	});

	it('keeps only the last four CCCD digits, takes the group from a recognised occupation, else hers', () => {
		const [binh, an] = plan([DONG]).add;
		expect(binh.doc.idCardLast4).toBe('1234');
		expect(JSON.stringify(binh.doc)).not.toContain('079158');
		expect(binh.doc.group).toBe(GROUP_FARMERS);
		expect(an.doc.group).toBe('cong-dong');
		expect(an.doc).not.toHaveProperty('idCardLast4');
	});

	it('a phone number in no usable form is left empty and named, never dropped without a word', () => {
		const sheet: SheetTable = {
			name: 'Thôn Tây',
			rows: [
				['Họ và tên', 'Năm sinh', 'Giới tính', 'Số điện thoại'],
				['Phạm Văn Ba', 1960, 'Nam', '0912.345.678'],
				['Đỗ Thị Tư', 1965, 'Nữ', 'không có'],
				['Vũ Văn Năm', 1970, 'Nam', '']
			]
		};
		const p = plan([sheet]);
		expect(p.add.map((a) => a.doc.phone)).toEqual(['0912345678', undefined, undefined]);
		expect(p.droppedPhones).toEqual([
			{ sheet: 'Thôn Tây', row: 3, fullName: 'Đỗ Thị Tư', text: 'không có' }
		]);
	});

	it('records under-16s only when she chooses', () => {
		const young = plan([DONG], ctx({ includeYoung: true })).add.filter((a) => a.young);
		expect(young.map((a) => [a.doc.fullName, a.doc.group])).toEqual([['Phạm Bé', GROUP_STUDENTS]]);
	});

	it('maps an unknown hamlet to the one she picks', () => {
		const p = plan([TAY], ctx({ hamletChoices: { moi: 'C01-H01' } }));
		expect(p.add.map((a) => [a.doc.fullName, a.doc.hamletId])).toEqual([
			['Đỗ Văn Tư', 'C01-H02'],
			['Hà Thị Năm', 'C01-H01']
		]);
	});

	it('names the register record a row repeats', () => {
		const existing = [
			{
				id: 'citizen:C01:X',
				dupKey: duplicateKey('Nguyễn Văn An', 1970, 'C01-H01'),
				fullName: 'Nguyễn Văn An'
			}
		];
		const p = plan([DONG], ctx({ existing }));
		expect(p.look.find((l) => l.status === 'inRegister')).toMatchObject({
			row: 4,
			same: { id: 'citizen:C01:X', fullName: 'Nguyễn Văn An' }
		});
	});

	it('is idempotent: the same file again adds nobody; a half-finished import completes without duplicates', () => {
		const first = plan([DONG, TAY]);
		const stored = (n: number) =>
			first.add.slice(0, n).map(({ doc }) => ({
				id: doc._id,
				dupKey: duplicateKey(doc.fullName, doc.birthYear, doc.hamletId),
				fullName: doc.fullName
			}));
		expect(plan([DONG, TAY], ctx({ existing: stored(3) })).add).toEqual([]);
		const rest = plan([DONG, TAY], ctx({ existing: stored(1) })).add;
		expect(rest.map((a) => a.doc._id)).toEqual(first.add.slice(1).map((a) => a.doc._id));
	});

	it('derives one id per person from the duplicate key, the same on every tablet', () => {
		const id = importedCitizenId('C01', duplicateKey('Lê Thị Bình', 1958, 'C01-H01'));
		expect(id).toMatch(/^citizen:C01:[0-9A-HJKMNP-TV-Z]{26}$/);
		expect(plan([DONG]).add[0].doc._id).toBe(id);
		expect(importedCitizenId('C01', duplicateKey('Le Thi Binh', 1958, 'C01-H01'))).toBe(id);
		expect(importedCitizenId('C01', duplicateKey('Lê Thị Bình', 1959, 'C01-H01'))).not.toBe(id);
	});

	it('reads an old form: the birth date in the "Nam" or "Nữ" column gives the gender', () => {
		const sheet = {
			name: 'Thôn Tây',
			rows: [
				['STT', 'Họ và tên', 'Năm sinh', null],
				[null, null, 'Nam', 'Nữ'],
				[1, 'Võ Văn Ba', 1955, null],
				[2, 'Võ Thị Tư', null, '02/02/1960']
			]
		};
		expect(
			plan([sheet]).add.map((a) => [a.doc.fullName, a.doc.birthYear, a.doc.gender, a.doc.hamletId])
		).toEqual([
			['Võ Văn Ba', 1955, 'male', 'C01-H02'],
			['Võ Thị Tư', 1960, 'female', 'C01-H02']
		]);
	});
});

describe('a legacy-encoded CSV, end to end through the pure steps', () => {
	it('TCVN3 bytes (a .VnTime list saved as CSV) become Unicode names, capitalised', async () => {
		const { csvSheet } = await import('./read');
		const { prepareSheets } = await import('./sheets');
		const b = (...parts: (string | number)[]) =>
			new Uint8Array(
				parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p].map((c) => c.charCodeAt(0))))
			);
		// "Họ và tên;Năm sinh;Giới tính;Thôn" / "nguyễn văn đức;1960;Nam;Đông" in TCVN3, typed in lowercase.
		const bytes = b(
			'H',
			0xe4,
			' v',
			0xb5,
			' t',
			0xaa,
			'n;N',
			0xa8,
			'm sinh;Gi',
			0xed,
			'i t',
			0xdd,
			'nh;Th',
			0xab,
			'n\r\n',
			'nguy',
			0xd4,
			'n v',
			0xa8,
			'n ',
			0xae,
			0xf8,
			'c;1960;Nam;',
			0xa7,
			0xab,
			'ng\r\n'
		);
		const prepared = prepareSheets([csvSheet(bytes, 'ds.csv')]);
		if (!prepared.ok) throw new Error(prepared.reason);
		expect(prepared.encoding).toBe('tcvn3');
		expect(prepared.sheets[0].rows[0]).toEqual(['Họ và tên', 'Năm sinh', 'Giới tính', 'Thôn']);
		expect(plan(prepared.sheets).add.map((a) => [a.doc.fullName, a.doc.hamletId])).toEqual([
			['Nguyễn Văn Đức', 'C01-H01']
		]);
	});
});
