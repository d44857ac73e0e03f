import { decodeCsvBytes, parseCsv } from './csv';
import type { SheetTable } from './sheets';

// Which reader a file needs, by its first bytes (a renamed file is read for what it is).

export type FileKind = 'xlsx' | 'xls' | 'csv';

export function fileKind(bytes: Uint8Array): FileKind {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'xlsx'; // a zip: Office Open XML
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
		return 'xls'; // OLE2: Excel 97–2003
	return 'csv';
}

export function csvSheet(bytes: Uint8Array, fileName: string): SheetTable {
	return { name: fileName.replace(/\.[^.]*$/, ''), rows: parseCsv(decodeCsvBytes(bytes).text) };
}
