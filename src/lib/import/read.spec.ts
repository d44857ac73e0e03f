import { describe, expect, it } from 'vitest';
import { csvSheet, fileKind } from './read';

describe('which reader a file needs', () => {
	it.each([
		['.xlsx (a zip)', [0x50, 0x4b, 0x03, 0x04], 'xlsx'],
		[
			'.xls (OLE2, Excel 97–2003): refused with a sentence',
			[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1],
			'xls'
		],
		['CSV with a BOM', [0xef, 0xbb, 0xbf, 0x48], 'csv'],
		['plain text', [...'Họ tên;Năm sinh'].map((c) => c.charCodeAt(0) & 0xff), 'csv']
	] as const)('%s', (_what, bytes, kind) => {
		expect(fileKind(new Uint8Array(bytes))).toBe(kind);
	});

	it('names a CSV sheet after its file', () => {
		const sheet = csvSheet(
			new TextEncoder().encode('Họ tên;Năm sinh\nAn;1970'),
			'ds thon dong.csv'
		);
		expect(sheet).toEqual({
			name: 'ds thon dong',
			rows: [
				['Họ tên', 'Năm sinh'],
				['An', '1970']
			]
		});
	});
});
