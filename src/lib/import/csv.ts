// CSV as officers' spreadsheets save it: Excel in Vietnamese writes UTF-8 with a byte-order mark
// and `;` between cells ("CSV UTF-8"), other programs `,`; older "CSV" saves use the Windows code
// page (1258 on a Vietnamese Windows, 1252 with legacy .VnTime text). Quotes as RFC 4180 has them.

export type CsvBytesEncoding = 'utf-8' | 'windows-1258' | 'windows-1252';

// windows-1258 writes tones as separate marks after the vowel; these bytes are those marks, which
// TCVN3 (read as windows-1252) uses for whole letters, mostly after consonants.
const CP1258_TONE_BYTES = new Set([0xcc, 0xec, 0xd2, 0xde, 0xf2]);
const VOWEL_BYTES = new Set(
	[...'aeiouyAEIOUY']
		.map((c) => c.charCodeAt(0))
		.concat([0xe2, 0xea, 0xf4, 0xe3, 0xf5, 0xfd, 0xc2, 0xca, 0xd4, 0xc3, 0xd5, 0xdd])
);

function looksLikeCp1258(bytes: Uint8Array): boolean {
	let marks = 0;
	let afterVowel = 0;
	for (let i = 1; i < bytes.length; i++) {
		if (!CP1258_TONE_BYTES.has(bytes[i])) continue;
		marks++;
		if (VOWEL_BYTES.has(bytes[i - 1])) afterVowel++;
	}
	return marks > 0 && afterVowel / marks >= 0.9;
}

/** The text of a CSV file and the byte encoding it was read in. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvBytesEncoding } {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Not UTF-8: a Windows code page.
	}
	if (looksLikeCp1258(bytes))
		return {
			text: new TextDecoder('windows-1258').decode(bytes).normalize('NFC'),
			encoding: 'windows-1258'
		};
	return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/** The separator of the first non-empty line outside quotes: `;`, `,` or a tab, whichever is most frequent. */
export function detectSeparator(text: string): string {
	const counts: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (!quoted && ch in counts) counts[ch]++;
		else if (!quoted && ch === '\n' && (counts[';'] || counts[','] || counts['\t'])) break;
	}
	const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
	return n > 0 ? best : ',';
}

/** Rows of cells. Quoted cells may hold separators, doubled quotes and line breaks. */
export function parseCsv(text: string, separator = detectSeparator(text)): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"' && cell === '') quoted = true;
		else if (ch === separator) {
			row.push(cell);
			cell = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}
