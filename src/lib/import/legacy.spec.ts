import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './csv';
import { convert, detectEncoding, fromTcvn3, fromVni } from './legacy';

// Bytes as the .VnTime / VNI-Times fonts stored them, written out by hand from the charts.
const b = (...parts: (string | number)[]) =>
	new Uint8Array(
		parts.flatMap((p) => (typeof p === 'number' ? [p] : [...p].map((c) => c.charCodeAt(0))))
	);

describe('legacy Vietnamese encodings', () => {
	it.each([
		// [what, bytes, encoding, Unicode]
		['TCVN3 name', b('Nguy', 0xd4, 'n V', 0xa8, 'n ', 0xa7, 0xf8, 'c'), 'tcvn3', 'Nguyễn Văn Đức'],
		['TCVN3 hamlet', b('Th', 0xab, 'n ', 0xa7, 0xab, 'ng'), 'tcvn3', 'Thôn Đông'],
		['TCVN3 Trường', b('Tr', 0xad, 0xea, 'ng Th', 0xde, ' Hoa'), 'tcvn3', 'Trường Thị Hoa'],
		[
			'VNI name',
			b('Nguye', 0xe3, 'n Va', 0xea, 'n ', 0xd1, 0xf6, 0xf9, 'c'),
			'vni',
			'Nguyễn Văn Đức'
		],
		['VNI Thị Hồng', b('Tra', 0xe0, 'n Th', 0xf2, ' Ho', 0xe0, 'ng'), 'vni', 'Trần Thị Hồng'],
		['VNI uppercase', b('NGUYE', 0xc3, 'N TH', 0xd2), 'vni', 'NGUYỄN THỊ'],
		['VNI ơ ư', b('Tr', 0xf6, 0xf4, 0xf8, 'ng Ph', 0xf6, 0xf4, 0xf9, 'c'), 'vni', 'Trường Phước']
	] as const)('%s', (_what, bytes, encoding, unicode) => {
		const { text } = decodeCsvBytes(bytes);
		const verdict = detectEncoding([text]);
		expect(verdict.encoding).toBe(encoding);
		expect(convert(text, encoding)).toBe(unicode);
	});

	it.each([
		['Unicode with ơ ư', ['Lê Thị Bình', 'Trương Văn Ơn'], 'unicode'],
		['plain ASCII', ['Nguyen Van An', '1958'], 'unicode'],
		['Unicode using only Latin-1 letters', ['Lê Bá Tâm', 'Võ Tá Hùng'], 'unicode']
	] as const)('%s stays as it is', (_what, texts, encoding) => {
		expect(detectEncoding(texts).encoding).toBe(encoding);
	});

	it('refuses text that neither chart accounts for', () => {
		// 0xC0 is a VN1 capital, not in the VN3 chart: refused rather than guessed.
		const { text } = decodeCsvBytes(b(0xc0, 'nh ', 0xb5, ' ', 0xa7, 0xb5, 'o'));
		expect(detectEncoding([text]).encoding).toBeNull();
	});

	it('converts character by character and leaves ASCII alone', () => {
		expect(fromTcvn3('Hå Ch\u00dd Minh')).toBe('Hồ Chí Minh');
		expect(fromVni('Hoa\u00f8 Bình 1958')).toBe('Hoà Bình 1958');
	});

	it('reads a Windows-1258 CSV (tones as separate marks) as Unicode', () => {
		const { text, encoding } = decodeCsvBytes(b('Nguy', 0xea, 0xde, 'n Thi', 0xf2));
		expect(encoding).toBe('windows-1258');
		expect(text).toBe('Nguyễn Thị');
		expect(detectEncoding([text]).encoding).toBe('unicode');
	});
});
