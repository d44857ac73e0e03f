// The table `npm run bench` prints, and the file it writes (docs/benchmarks.md by default).
import type { Row } from './types';

export const COLUMNS = ['figure', 'conditions', 'result (median, min–max)', 'budget', 'verdict'] as const;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n+/g, ' ').trim();
const VERDICT: Record<Row['verdict'], string> = { met: '✅ met', missed: '❌ missed', report: 'reported', 'not run': '— not run' };

export function renderTable(rows: readonly Row[]): string {
	const lines = [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => ' --- ').join('|')}|`];
	for (const r of rows) {
		const result = r.result && !r.reason ? r.result : `not measured: ${r.reason ?? 'no reason given'}`;
		lines.push(`| ${[r.figure, r.conditions, result, r.budget, VERDICT[r.verdict]].map(cell).join(' | ')} |`);
	}
	return lines.join('\n');
}

export function renderNotes(rows: readonly Row[]): string {
	return rows
		.filter((r) => r.note)
		.map((r) => `- **${r.figure}**: ${r.note}`)
		.join('\n');
}

export interface Machine {
	cpu: string;
	cores: number;
	memoryGb: number;
	os: string;
	node: string;
	chromium: string;
}

export interface DocInput {
	date: Date;
	machine: Machine;
	size: string;
	runs: number;
	command: string;
	conditions: string[];
	rows: readonly Row[];
	seconds: number;
}

export function renderDoc(d: DocInput): string {
	const date = d.date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
	return `# Benchmarks

Measured by \`${d.command}\` on ${date} (${d.size} sizes; ${d.runs} run${d.runs === 1 ? '' : 's'} per figure unless the row says otherwise; the whole run took ${Math.round(d.seconds)} s). Every figure is the median of its runs, with min–max beside it; a row that could not run says why.

**Machine:** ${d.machine.cpu}, ${d.machine.cores} cores, ${d.machine.memoryGb} GB memory; ${d.machine.os}; Node ${d.machine.node}; Chromium ${d.machine.chromium} (headless).

**Conditions:**
${d.conditions.map((c) => `- ${c}`).join('\n')}

${renderTable(d.rows)}

## Notes

${renderNotes(d.rows) || '(none)'}
`;
}
