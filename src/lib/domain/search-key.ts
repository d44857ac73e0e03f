// Officers type names without accents on a tablet keyboard ("nguyen van an"), in any order ("an
// nguyen"), often only the start of a word ("ng an"). Names are therefore kept as a key without
// diacritics and searched word by word: every query word must begin some word of the name.

/** Lower case, no diacritics (đ → d), only letters and digits, single spaces: "  Đặng Thị  Hồng-Nhung " → "dang thi hong nhung". */
export function searchKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** The distinct words of a name's key: what a multi-entry index of names holds. */
export function nameWords(text: string): string[] {
	const key = searchKey(text);
	return key ? [...new Set(key.split(' '))] : [];
}

/**
 * Whether a name key matches what the officer typed: each query word is the start of some word of
 * the name, in any order ("an nguyen" finds "nguyen van an", "dang" finds "Đặng"). An empty query
 * matches everyone. Word prefixes rather than substrings, so "an" does not find "Toàn" or "Lan".
 */
export function matchesQuery(key: string, query: string): boolean {
	const words = key.split(' ');
	return nameWords(query).every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * The order of a commune's lists: by given name (the last word), then family and middle names,
 * as Vietnamese lists are kept ("Nguyễn Văn An" before "Lê Thị Bình").
 */
export function sortKey(fullName: string): string {
	const words = searchKey(fullName).split(' ');
	const given = words.pop() ?? '';
	return [given, ...words].join(' ');
}

/** Two records with this same key may be the same person: same name (ignoring accents and spacing), birth year and hamlet. */
export function duplicateKey(fullName: string, birthYear: number, hamletId: string): string {
	return `${hamletId}|${birthYear}|${searchKey(fullName)}`;
}
