// JS loaded by the officer's first screen, gzip: scripts/first-screen-js.ts (the lead's), run as it
// is — a fresh profile's first visit to /, every script response gzip'd at level 9 — and its
// printed table read back. Deterministic for one build, but run `runs` times like every figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/harness';
import { kb, spread, summarize } from '../stats';
import { tsx } from '../spawn';
import { notRun, type BenchContext, type Row, type RowModule } from '../types';

const BUDGET = 120 * 1024;
const base = {
	id: 'first-screen-js',
	figure: "JS loaded by the officer's first screen, gzip",
	conditions:
		'production build; fresh profile, first visit to `/` (nobody signed in yet, so the officer layout hands over to `/login`); every script response, gzip -9 (scripts/first-screen-js.ts)',
	budget: '≤ 120 KB'
};

interface Parsed {
	total: number;
	files: number;
	largest: { file: string; gzip: number }[];
}

export function parseFirstScreen(output: string): Parsed {
	const largest: Parsed['largest'] = [];
	for (const m of output.matchAll(/^\s*([\d.]+) KB gzip\s+[\d.]+ KB raw\s+(\S+)$/gm))
		largest.push({ file: m[2], gzip: Number(m[1]) * 1024 });
	const total = /([\d.]+) KB gzip in (\d+) files/.exec(output);
	if (!total)
		throw new Error(`scripts/first-screen-js.ts printed no total:\n${output.slice(-2000)}`);
	return {
		total: Number(total[1]) * 1024,
		files: Number(total[2]),
		largest: largest.sort((a, b) => b.gzip - a.gzip)
	};
}

/** Libraries recognisable in a built chunk by a string they carry. */
const SIGNATURES: [RegExp, string][] = [
	[/Dexie/, 'dexie'],
	[/svelte\.dev\/e\//, 'svelte runtime'],
	[/\$ZodType|ZodError/, 'zod'],
	[/workbox/i, 'workbox-window'],
	[/layercake/, 'layercake'],
	[/Unsupported file content type/, 'fflate (xlsx)']
];

/** What a served chunk holds, read from the build it came from (build/client). */
export function libraries(file: string): string[] {
	try {
		const text = readFileSync(join(ROOT, 'build/client', file), 'utf8');
		return SIGNATURES.filter(([re]) => re.test(text)).map(([, name]) => name);
	} catch {
		return [];
	}
}

export const firstScreenJs: RowModule = {
	ids: [base.id],
	async measure(ctx: BenchContext): Promise<Row[]> {
		const results: Parsed[] = [];
		try {
			for (let i = 0; i < ctx.options.runs; i++) {
				results.push(parseFirstScreen(await tsx('scripts/first-screen-js.ts', {}, 180_000)));
				ctx.log(`first-screen JS run ${i + 1}: ${kb(results.at(-1)!.total)}`);
			}
		} catch (e) {
			return [
				notRun(base, `scripts/first-screen-js.ts failed: ${(e as Error).message.split('\n')[0]}`)
			];
		}
		const s = summarize(results.map((r) => r.total));
		const last = results.at(-1)!;
		const top = last.largest
			.slice(0, 3)
			.map((f) => {
				const libs = libraries(f.file);
				return `${f.file.replace('/_app/immutable/', '')} ${kb(f.gzip)}${libs.length ? ` (${libs.join(', ')})` : ''}`;
			})
			.join(', ');
		return [
			{
				...base,
				result: `${spread(s, kb)}, ${last.files} files`,
				verdict: s.median <= BUDGET ? 'met' : 'missed',
				note: `Largest: ${top} (${kb(last.largest.slice(0, 3).reduce((a, f) => a + f.gzip, 0))} of ${kb(last.total)}).`
			}
		];
	}
};
