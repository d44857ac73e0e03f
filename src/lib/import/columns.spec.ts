import { describe, expect, it } from 'vitest';
import { findHeader, isFooterRow, matchHeader } from './columns';
import { sheetColumns } from './sheets';

describe('header words', () => {
	it.each([
		['Họ và tên', 'fullName'],
		['HỌ TÊN', 'fullName'],
		['Tên', 'fullName'],
		['Họ và tên người dân', 'fullName'],
		['ho va ten', 'fullName'],
		['Năm sinh', 'birth'],
		['Ngày sinh', 'birth'],
		['Ngày tháng năm sinh', 'birth'],
		['Năm sinh (dương lịch)', 'birth'],
		['Giới tính', 'gender'],
		['Giới', 'gender'],
		['Nam/Nữ', 'gender'],
		['Nam', 'birthMale'],
		['Nữ', 'birthFemale'],
		['Thôn', 'hamlet'],
		['Ấp', 'hamlet'],
		['Tổ dân phố', 'hamlet'],
		['Khu phố', 'hamlet'],
		['Địa chỉ', 'hamlet'],
		['Thôn/Ấp', 'hamlet'],
		['Số CCCD', 'idCard'],
		['CCCD', 'idCard'],
		['CMND', 'idCard'],
		['Số CMND/CCCD', 'idCard'],
		['Hộ', 'household'],
		['Chủ hộ', 'household'],
		['Quan hệ với chủ hộ', 'household'],
		['STT', 'stt'],
		['Số TT', 'stt'],
		['Nghề nghiệp', 'occupation'],
		['Số điện thoại', 'phone'],
		['Dân tộc', 'ignore'],
		['Ghi chú', 'ignore'],
		['Tôn giáo', 'ignore'],
		['Cột lạ', null],
		['', null],
		[1958, null]
	] as const)('%j → %s', (cell, field) => {
		expect(matchHeader(cell)).toBe(field);
	});
});

const TITLED = [
	['UBND XÃ AN BÌNH', null, null, null],
	['DANH SÁCH NGƯỜI DÂN TỪ 16 TUỔI TRỞ LÊN', null, null, null],
	['Thôn Đông — năm 2026', null, null, null],
	[null, null, null, null],
	['STT', 'Họ và tên', 'Năm sinh', 'Giới tính'],
	[1, 'Lê Thị Bình', 1960, 'Nữ']
];

describe('header row', () => {
	it('is found under a title block', () => {
		expect(findHeader(TITLED)).toEqual({
			row: 4,
			columns: ['stt', 'fullName', 'birth', 'gender'],
			labels: ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính']
		});
	});
	it('is not a title naming one column', () => {
		expect(findHeader([['Họ và tên: Nguyễn Văn An'], ['Tên'], []])).toBeNull();
	});
	it('reads a second header row: "Năm sinh" merged over "Nam | Nữ"', () => {
		const rows = [
			['STT', 'Họ và tên', 'Năm sinh', null, 'Thôn'],
			[null, null, 'Nam', 'Nữ', null],
			[1, 'Lê Thị Bình', null, 1960, 'Đông']
		];
		expect(sheetColumns({ name: 'S', rows })).toMatchObject({
			headerRow: 0,
			dataFrom: 2,
			columns: ['stt', 'fullName', 'birthMale', 'birthFemale', 'hamlet']
		});
	});
});

describe('rows that are not people', () => {
	it.each([
		[['Tổng cộng: 1.200 người'], true],
		[[null, 'Tổng số', 45], true],
		[['Cộng', null], true],
		[[null, 'NGƯỜI LẬP BIỂU', null, 'TM. UBND XÃ'], true],
		[[null, '(Ký, ghi rõ họ tên)'], true],
		[['An Bình, ngày 5 tháng 3 năm 2026'], true],
		[[3, 'Tống Văn Cộng', 1970], false],
		[[4, 'Lê Thị Bình', 1960], false]
	] as const)('%j → %s', (cells, footer) => {
		expect(isFooterRow(cells)).toBe(footer);
	});
});

describe('a header whose name column is worded in an unknown way', () => {
	it('is still found by its other columns, the name column left for her to say', () => {
		expect(
			findHeader([
				['DANH SÁCH'],
				['Công dân', 'Năm sinh', 'Giới tính', 'Thôn'],
				['Lê An', 1970, 'Nam', 'Đông']
			])
		).toEqual({
			row: 1,
			columns: [null, 'birth', 'gender', 'hamlet'],
			labels: ['Công dân', 'Năm sinh', 'Giới tính', 'Thôn']
		});
	});
	it('is not a lone known word', () => {
		expect(findHeader([['Ghi chú'], ['STT', 'Công dân']])).toBeNull();
	});
});
