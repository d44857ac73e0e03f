import { describe, expect, it } from 'vitest';
import { duplicateKey, matchesQuery, nameWords, searchKey, sortKey } from './search-key';

describe('searchKey', () => {
	it.each([
		['Nguyễn Văn An', 'nguyen van an'],
		['Đặng Thị Hồng', 'dang thi hong'],
		['ĐINH ĐỨC', 'dinh duc'],
		['  Lê   Thị\tHồng-Nhung  ', 'le thi hong nhung'],
		['Trương Ngọc Ánh', 'truong ngoc anh'],
		['Phạm Thị Hương Giang', 'pham thi huong giang'],
		// Composed and decomposed Unicode (a keyboard may send either) give the same key.
		['Nguy\u1ec5n', 'nguyen'],
		['Nguye\u0302\u0303n', 'nguyen'],
		['', ''],
		['   ', '']
	])('%j → %j', (text, key) => expect(searchKey(text)).toBe(key));
});

describe('nameWords', () => {
	it.each([
		['Nguyễn Văn An', ['nguyen', 'van', 'an']],
		['Nguyễn Nguyễn', ['nguyen']],
		['', []]
	])('%j → %j', (text, words) => expect(nameWords(text)).toEqual(words));
});

describe('matchesQuery', () => {
	const an = searchKey('Nguyễn Văn An');
	it.each([
		[an, 'nguyen van an', true],
		[an, 'Nguyễn Văn An', true],
		[an, 'an nguyen', true],
		[an, 'ng an', true],
		[an, 'van', true],
		[an, 'NGUYEN', true],
		[an, '', true],
		[an, '   ', true],
		[an, 'nguyen van binh', false],
		[an, 'guyen', false],
		[searchKey('Đặng Thị Hồng'), 'dang', true],
		[searchKey('Đặng Thị Hồng'), 'đặng hồng', true],
		[searchKey('Trần Văn Toàn'), 'an', false],
		[searchKey('Lê Thị Lan'), 'an', false]
	])('%j matches %j: %s', (key, query, expected) =>
		expect(matchesQuery(key, query)).toBe(expected)
	);
});

describe('sortKey', () => {
	it('orders by given name, then family and middle names', () => {
		const names = ['Lê Thị Bình', 'Nguyễn Văn An', 'Trần An', 'Đặng Văn Cường', 'Âu Dương'];
		expect([...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual([
			'Nguyễn Văn An',
			'Trần An',
			'Lê Thị Bình',
			'Đặng Văn Cường',
			'Âu Dương'
		]);
	});
});

describe('duplicateKey', () => {
	it.each([
		[['Nguyễn Văn An', 1958, 'C01-H01'], ['nguyen  van AN', 1958, 'C01-H01'], true],
		[['Nguyễn Văn An', 1958, 'C01-H01'], ['Nguyễn Văn Ân', 1958, 'C01-H01'], true],
		[['Nguyễn Văn An', 1958, 'C01-H01'], ['Nguyễn Văn An', 1959, 'C01-H01'], false],
		[['Nguyễn Văn An', 1958, 'C01-H01'], ['Nguyễn Văn An', 1958, 'C01-H02'], false],
		[['Nguyễn Văn An', 1958, 'C01-H01'], ['Nguyễn An', 1958, 'C01-H01'], false]
	] as [[string, number, string], [string, number, string], boolean][])(
		'%j vs %j: same = %s',
		(a, b, same) => {
			expect(duplicateKey(...a) === duplicateKey(...b)).toBe(same);
		}
	);
});
