import { describe, expect, it } from 'vitest';
import { birthYearOf, genderOf, hamletKey, idCardLast4Of, nameCase } from './values';

describe('birth dates as lists hold them', () => {
	it.each([
		['Excel date', new Date(Date.UTC(1958, 2, 11)), { year: 1958 }],
		['date serial the reader left a number', 21255, { year: 1958 }],
		['year as a number', 1958, { year: 1958 }],
		['year as text', ' 1958 ', { year: 1958 }],
		['dd/mm/yyyy', '11/03/1958', { year: 1958 }],
		['d/m/yyyy', '1/3/1958', { year: 1958 }],
		['dd-mm-yyyy', '11-03-1958', { year: 1958 }],
		['dd.mm.yyyy', '11.03.1958', { year: 1958 }],
		['d/m/yy, last century', '1/3/58', { year: 1958 }],
		['d/m/yy, this century', '1/3/05', { year: 2005 }],
		['mm/yyyy', '03/1958', { year: 1958 }],
		['ISO', '1958-03-11', { year: 1958 }],
		['a typo stays a year; the schema refuses it', 1858, { year: 1858 }],
		['impossible day', '32/01/1958', { unreadable: '32/01/1958' }],
		['words', 'không rõ', { unreadable: 'không rõ' }],
		['blank', '', null],
		['empty cell', null, null]
	] as const)('%s', (_what, cell, value) => {
		expect(birthYearOf(cell as never, 2026)).toEqual(value);
	});
});

describe('other cells', () => {
	it.each([
		['Nam', 'male'],
		['NỮ', 'female'],
		['nu', 'female'],
		['x', undefined],
		['', undefined]
	] as const)('gender %j', (cell, g) => {
		expect(genderOf(cell)).toBe(g);
	});
	it.each([
		['079058001234', '1234'],
		['079 058 001 234', '1234'],
		[79058001234, '1234'],
		['123', undefined],
		[null, undefined]
	] as const)('CCCD %j keeps only %j', (cell, last4) => {
		expect(idCardLast4Of(cell)).toBe(last4);
	});
	it.each([
		['NGUYỄN VĂN AN', 'Nguyễn Văn An'],
		['nguyễn văn an', 'Nguyễn Văn An'],
		['Nguyễn văn An', 'Nguyễn văn An']
	])('name %j → %j', (name, cased) => expect(nameCase(name)).toBe(cased));
	it.each([
		['Ấp Bình Hòa', 'binh hoa'],
		['ap binh hoa', 'binh hoa'],
		['Thôn 1, xã An Bình', '1'],
		['Tổ dân phố 3', '3'],
		['Bình Hòa', 'binh hoa']
	])('hamlet %j → %j', (name, key) => expect(hamletKey(name)).toBe(key));
});
