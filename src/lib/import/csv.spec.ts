import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, detectSeparator, parseCsv } from './csv';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('CSV', () => {
	it.each([
		[
			'Excel "CSV UTF-8" (BOM, ;)',
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Họ và tên;Năm sinh\r\nLê Thị Bình;1960\r\n')]),
			[
				['Họ và tên', 'Năm sinh'],
				['Lê Thị Bình', '1960']
			]
		],
		[
			'comma, no BOM, LF',
			utf8('Họ tên,Năm sinh\nAn,1970\n'),
			[
				['Họ tên', 'Năm sinh'],
				['An', '1970']
			]
		],
		[
			'quotes, separators and line breaks inside',
			utf8('"Tên";"Ghi chú"\n"Lê ""Út""";"a;b\nc"\n'),
			[
				['Tên', 'Ghi chú'],
				['Lê "Út"', 'a;b\nc']
			]
		],
		[
			'tab-separated',
			utf8('Tên\tNăm sinh\nAn\t1970'),
			[
				['Tên', 'Năm sinh'],
				['An', '1970']
			]
		],
		[
			'empty cells kept',
			utf8('a;;c\n;;\n'),
			[
				['a', '', 'c'],
				['', '', '']
			]
		]
	])('%s', (_what, bytes, rows) => {
		expect(parseCsv(decodeCsvBytes(bytes).text)).toEqual(rows);
	});

	it.each([
		['Tên;Năm sinh\nAn;1970', ';'],
		['"Họ, tên",Năm\nx,y', ','],
		['one column only', ',']
	])('separator of %j is %j', (text, sep) => {
		expect(detectSeparator(text)).toBe(sep);
	});
});
