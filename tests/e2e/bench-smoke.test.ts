// `npm run bench` at tiny sizes, once: that every row of the harness runs and gives a figure or
// says why not, and that the table and the file it writes are well-formed. Never the full bench,
// never an assertion on a time (the figures of a tiny run mean nothing). The CouchDB rows really
// run where ../shared/couchdb is (the bench starts and stops its own), and say why not elsewhere.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { couchAbsent } from '../../bench/couchdb';
import { runBench, TABLE_ORDER } from '../../bench/harness';
import { parseOptions } from '../../bench/options';
import { COLUMNS } from '../../bench/table';

/** The cells of a markdown table line (escaped pipes stay inside their cell). */
const cells = (line: string) =>
	line
		.replace(/^\|/, '')
		.replace(/\|$/, '')
		.split(/(?<!\\)\|/)
		.map((c) => c.trim());

it(
	'bench harness at tiny sizes: every row has a figure or a reason, table and file well-formed',
	{ timeout: 300_000 },
	async () => {
		const dir = await mkdtemp(join(tmpdir(), 'cdht-bench-smoke-'));
		try {
			const out = join(dir, 'benchmarks.md');
			const options = parseOptions(
				// Ports of its own: a full bench may be running on the same machine (16400, 4380).
				[
					'--size=tiny',
					'--no-build',
					`--out=${out}`,
					'--couchdb-port=16500',
					'--couchdb-epmd-port=4381'
				],
				{}
			);
			const log: string[] = [];
			const result = await runBench(options, (m) => log.push(m));

			expect(result.rows.map((r) => r.id)).toEqual(TABLE_ORDER);
			for (const row of result.rows) {
				expect(row.figure, row.id).not.toBe('');
				expect(row.conditions, row.id).not.toBe('');
				expect(row.budget, row.id).not.toBe('');
				if (row.verdict === 'not run') expect(row.reason, `${row.id} gives no reason`).toBeTruthy();
				else expect(row.result, `${row.id} gives no figure`).toMatch(/\d/);
			}
			// Only Lighthouse may be skipped at tiny size, and the CouchDB rows on a machine without
			// ../shared/couchdb; every other row must really run.
			const notRun = result.rows
				.filter((r) => r.verdict === 'not run')
				.map((r) => `${r.id}: ${r.reason}`);
			const absent = couchAbsent(options);
			const couchRows = TABLE_ORDER.filter((id) => id.endsWith('-couchdb'));
			expect(couchRows).toEqual([
				'push-couchdb',
				'push-peer-couchdb',
				'push-limit-couchdb',
				'report-couchdb',
				'many-officers-couchdb'
			]);
			expect(notRun.filter((r) => !r.startsWith('lighthouse:'))).toEqual(
				absent ? couchRows.map((id) => `${id}: ${absent}`) : []
			);

			const doc = await readFile(out, 'utf8');
			expect(doc).toBe(result.doc);
			expect(doc).toMatch(/^# Benchmarks\n/);
			expect(doc).toMatch(/on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
			expect(doc).toMatch(/\*\*Machine:\*\* .+, \d+ cores, \d+ GB memory/);
			expect(doc).toMatch(/\*\*Conditions:\*\*\n- /);
			expect(doc).toMatch(
				absent
					? /\n- The rows marked Apache CouchDB: not measured: Apache CouchDB is not on this machine/
					: /\n- The rows marked Apache CouchDB: Apache CouchDB 3\.\d+\.\d+, one node, started by the bench/
			);
			// The figures' table: the first run of table lines in the file.
			const lines = doc.split('\n');
			const first = lines.findIndex((l) => l.startsWith('|'));
			const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
			const table = lines.slice(first, end);
			expect(cells(table[0])).toEqual([...COLUMNS]);
			expect(cells(table[1]).every((c) => /^-+$/.test(c))).toBe(true);
			expect(table.length).toBe(2 + TABLE_ORDER.length);
			for (const line of table) expect(cells(line), line).toHaveLength(COLUMNS.length);
			expect(result.table.split('\n').filter((l) => l.startsWith('|'))).toEqual(table);
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}
);
