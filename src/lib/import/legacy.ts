// Lists typed years ago with the .VnTime / VNI-Times fonts keep their text in legacy Vietnamese
// encodings: Excel stores what the font drew as Latin-1 characters ("NguyÔn V¨n §øc" is TCVN3 for
// "Nguyễn Văn Đức", "Nguyeãn Vaên Ñöùc" is VNI). Such text is detected for the whole file and
// converted; a file that fits neither table is refused rather than guessed at.
//
// Tables from the published charts: TCVN 5712:1993 VN3 (the "ABC" .VnTime fonts: lowercase
// precomposed letters, plus the seven uppercase letters Ă Â Ê Ô Ơ Ư Đ) and VNI for Windows (a base
// letter followed by a mark character). Bytes the VN3 chart leaves to VN1 (0xBA, 0xBF–0xC5, 0xCD,
// 0xD9–0xDB, 0xE0, 0xF0) are not mapped: a file using them is refused.

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

const TCVN3_CHART: [number, string][] = [
	[0xa1, 'Ă'],
	[0xa2, 'Â'],
	[0xa3, 'Ê'],
	[0xa4, 'Ô'],
	[0xa5, 'Ơ'],
	[0xa6, 'Ư'],
	[0xa7, 'Đ'],
	[0xa8, 'ă'],
	[0xa9, 'â'],
	[0xaa, 'ê'],
	[0xab, 'ô'],
	[0xac, 'ơ'],
	[0xad, 'ư'],
	[0xae, 'đ'],
	[0xb5, 'à'],
	[0xb6, 'ả'],
	[0xb7, 'ã'],
	[0xb8, 'á'],
	[0xb9, 'ạ'],
	[0xbb, 'ằ'],
	[0xbc, 'ẳ'],
	[0xbd, 'ẵ'],
	[0xbe, 'ắ'],
	[0xc6, 'ặ'],
	[0xc7, 'ầ'],
	[0xc8, 'ẩ'],
	[0xc9, 'ẫ'],
	[0xca, 'ấ'],
	[0xcb, 'ậ'],
	[0xcc, 'è'],
	[0xce, 'ẻ'],
	[0xcf, 'ẽ'],
	[0xd0, 'é'],
	[0xd1, 'ẹ'],
	[0xd2, 'ề'],
	[0xd3, 'ể'],
	[0xd4, 'ễ'],
	[0xd5, 'ế'],
	[0xd6, 'ệ'],
	[0xd7, 'ì'],
	[0xd8, 'ỉ'],
	[0xdc, 'ĩ'],
	[0xdd, 'í'],
	[0xde, 'ị'],
	[0xdf, 'ò'],
	[0xe1, 'ỏ'],
	[0xe2, 'õ'],
	[0xe3, 'ó'],
	[0xe4, 'ọ'],
	[0xe5, 'ồ'],
	[0xe6, 'ổ'],
	[0xe7, 'ỗ'],
	[0xe8, 'ố'],
	[0xe9, 'ộ'],
	[0xea, 'ờ'],
	[0xeb, 'ở'],
	[0xec, 'ỡ'],
	[0xed, 'ớ'],
	[0xee, 'ợ'],
	[0xef, 'ù'],
	[0xf1, 'ủ'],
	[0xf2, 'ũ'],
	[0xf3, 'ú'],
	[0xf4, 'ụ'],
	[0xf5, 'ừ'],
	[0xf6, 'ử'],
	[0xf7, 'ữ'],
	[0xf8, 'ứ'],
	[0xf9, 'ự'],
	[0xfa, 'ỳ'],
	[0xfb, 'ỷ'],
	[0xfc, 'ỹ'],
	[0xfd, 'ý'],
	[0xfe, 'ỵ']
];
const TCVN3 = new Map(TCVN3_CHART.map(([code, letter]) => [String.fromCharCode(code), letter]));

// VNI: a vowel then one mark character. Tone marks go on any vowel; the circumflex family on a, e,
// o; the breve family on a only. Lowercase marks after lowercase bases, uppercase after uppercase.
const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323']; // none, sắc, huyền, hỏi, ngã, nặng
const VNI_TONE_MARKS = ['ù', 'ø', 'û', 'õ', 'ï']; // sắc huyền hỏi ngã nặng
const VNI_CIRC_MARKS = ['â', 'á', 'à', 'å', 'ã', 'ä']; // ^ then ^ with each tone
const VNI_BREVE_MARKS = ['ê', 'é', 'è', 'ú', 'ü', 'ë']; // ˘ then ˘ with each tone
// Letters VNI draws with one character of their own.
const VNI_SINGLE: Record<string, string> = {
	ñ: 'đ',
	Ñ: 'Đ',
	ô: 'ơ',
	Ô: 'Ơ',
	ö: 'ư',
	Ö: 'Ư',
	í: 'í',
	Í: 'Í',
	ì: 'ì',
	Ì: 'Ì',
	æ: 'ỉ',
	Æ: 'Ỉ',
	ó: 'ĩ',
	Ó: 'Ĩ',
	ò: 'ị',
	Ò: 'Ị',
	î: 'ỵ',
	Î: 'Ỵ'
};

const VNI_PAIRS = new Map<string, string>();
function addPairs(base: string, letter: string, marks: string[], tones: string[]) {
	marks.forEach((mark, i) => {
		VNI_PAIRS.set(base + mark, (letter + tones[i]).normalize('NFC'));
		VNI_PAIRS.set(
			base.toUpperCase() + mark.toUpperCase(),
			(letter.toUpperCase() + tones[i]).normalize('NFC')
		);
	});
}
for (const v of ['a', 'e', 'o', 'u', 'y']) addPairs(v, v, VNI_TONE_MARKS, TONES.slice(1));
addPairs('ô', 'ơ', VNI_TONE_MARKS, TONES.slice(1));
addPairs('ö', 'ư', VNI_TONE_MARKS, TONES.slice(1));
for (const v of ['a', 'e', 'o']) addPairs(v, v + '\u0302', VNI_CIRC_MARKS, TONES);
addPairs('a', 'a\u0306', VNI_BREVE_MARKS, TONES);

/** Letters of Unicode Vietnamese that Latin-1 also has: text made only of these and ASCII is plain. */
const VIETNAMESE_LATIN1 = new Set('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ');
/** Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the Latin Extended Additional block). */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/;
const VNI_MARK_AFTER_VOWEL = /[aeiouyôöAEIOUYÔÖ][ùøûõïâáàåãäêéèúüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑöÖ]/;

/** Characters of U+0080–U+00FF that are not letters of Vietnamese: signs a text is not plain Unicode. */
function foreign(text: string): number {
	let n = 0;
	for (const ch of text) {
		const c = ch.charCodeAt(0);
		if (c >= 0x80 && c <= 0xff && !VIETNAMESE_LATIN1.has(ch)) n++;
	}
	return n;
}

/** Every character beyond ASCII is one the VN3 chart maps (a byte it leaves to VN1 is not guessed at). */
function allInChart(text: string): boolean {
	for (const ch of text) if (ch.charCodeAt(0) >= 0x80 && !TCVN3.has(ch)) return false;
	return true;
}

export function fromTcvn3(text: string): string {
	let out = '';
	for (const ch of text) out += TCVN3.get(ch) ?? ch;
	return out;
}

export function fromVni(text: string): string {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const pair = VNI_PAIRS.get(text.slice(i, i + 2));
		if (pair) {
			out += pair;
			i++;
		} else out += VNI_SINGLE[text[i]] ?? text[i];
	}
	return out;
}

export type EncodingVerdict = { encoding: TextEncoding } | { encoding: null };

/**
 * Which encoding the file's text is in, judged on all of it at once (one name alone can fool any
 * rule; a list of names cannot). Unicode when any letter only Unicode Vietnamese has appears, or
 * nothing beyond plain letters does; else the legacy table that accounts for every character;
 * else null (the caller refuses the file).
 */
export function detectEncoding(texts: readonly string[]): EncodingVerdict {
	const all = texts.join('\n');
	if (UNICODE_VIETNAMESE.test(all)) return { encoding: 'unicode' };
	const suspicious = foreign(all);
	const vniLike = VNI_MARK_AFTER_VOWEL.test(all);
	if (suspicious === 0 && !vniLike) return { encoding: 'unicode' };
	if (vniLike && foreign(fromVni(all)) === 0) return { encoding: 'vni' };
	if (allInChart(all)) return { encoding: 'tcvn3' };
	return { encoding: null };
}

export function convert(text: string, encoding: TextEncoding): string {
	return encoding === 'tcvn3' ? fromTcvn3(text) : encoding === 'vni' ? fromVni(text) : text;
}
