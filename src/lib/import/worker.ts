/// <reference lib="webworker" />
// read-excel-file's web-worker entry: the same reader without spawning workers of its own.
import readExcelFile from 'read-excel-file/web-worker';
import { planImport, type Plan, type PlanContext } from './plan';
import { fileKind, csvSheet } from './read';
import { prepareSheets, sheetColumns, type SheetColumns, type SheetTable } from './sheets';
import type { Field } from './columns';
import type { TextEncoding } from './legacy';

// Reading and checking a file off the main thread, so the screen answers taps while 20,000 rows
// are read. The file's sheets stay here between the first read and each new plan (she corrects a
// column, maps a hamlet, picks the group): only the plan goes back.

export type ReadRefusal = 'xls' | 'encoding' | 'empty' | 'unreadable' | 'noTable';
export type WorkerRequest =
	| { kind: 'read'; name: string; bytes: ArrayBuffer }
	| { kind: 'plan'; ctx: PlanContext; columns: Record<string, (Field | null)[]> };
export type ReadResult =
	| {
			ok: true;
			encoding: TextEncoding;
			tables: (SheetColumns & { rows: number; sample: string[][] })[];
			skipped: string[];
	  }
	| { ok: false; reason: ReadRefusal };
export type WorkerResponse =
	| { kind: 'read'; result: ReadResult }
	| { kind: 'plan'; plan: Plan }
	| { kind: 'error'; message: string };

let sheets: SheetTable[] = [];
let tables: (SheetColumns | null)[] = [];

async function read(name: string, buffer: ArrayBuffer): Promise<ReadResult> {
	const bytes = new Uint8Array(buffer);
	const kind = fileKind(bytes);
	if (kind === 'xls') return { ok: false, reason: 'xls' };
	let raw: SheetTable[];
	try {
		if (kind === 'xlsx') {
			raw = (await readExcelFile(buffer)).map((s) => ({
				name: s.sheet,
				rows: s.data as SheetTable['rows']
			}));
		} else raw = [csvSheet(bytes, name)];
	} catch {
		return { ok: false, reason: 'unreadable' };
	}
	const prepared = prepareSheets(raw);
	if (!prepared.ok) return { ok: false, reason: prepared.reason };
	sheets = prepared.sheets;
	tables = sheets.map(sheetColumns);
	const found = tables.flatMap((t, i) =>
		t ? [{ ...t, rows: sheets[i].rows.length - t.dataFrom, sample: sample(sheets[i], t) }] : []
	);
	if (!found.length) return { ok: false, reason: 'noTable' };
	return {
		ok: true,
		encoding: prepared.encoding,
		tables: found,
		skipped: sheets.filter((_, i) => !tables[i]).map((s) => s.name)
	};
}

/** The first values under each column, so she can tell what an unrecognised column holds. */
function sample(sheet: SheetTable, table: SheetColumns): string[][] {
	return table.columns.map((_, c) =>
		sheet.rows
			.slice(table.dataFrom, table.dataFrom + 3)
			.map((r) =>
				r[c] instanceof Date ? (r[c] as Date).toISOString().slice(0, 10) : String(r[c] ?? '').trim()
			)
			.filter(Boolean)
	);
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const msg = event.data;
	try {
		if (msg.kind === 'read') {
			post({ kind: 'read', result: await read(msg.name, msg.bytes) });
		} else {
			const chosen = tables.map((t) =>
				t && msg.columns[t.sheet] ? { ...t, columns: msg.columns[t.sheet] } : t
			);
			post({ kind: 'plan', plan: planImport(sheets, chosen, msg.ctx) });
		}
	} catch (e) {
		post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
	}
};

function post(response: WorkerResponse) {
	(self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
}
