// What dominates a slow figure: a CDP CPU profile of the page while it runs, self time summed by
// function and by script, largest first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileSummary {
	totalMs: number;
	byFunction: { name: string; ms: number; url: string; line: number; column: number }[];
	byScript: { url: string; ms: number }[];
}

export async function startProfile(cdp: CDPSession): Promise<() => Promise<ProfileSummary>> {
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	return async () => {
		const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
		return summarizeProfile(profile);
	};
}

export function summarizeProfile(profile: Profile): ProfileSummary {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const fn = new Map<string, { us: number; url: string; line: number; column: number }>();
	const script = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const us = profile.timeDeltas[i] ?? 0;
		const node = byId.get(id);
		if (!node) return;
		total += us;
		const { functionName, url, lineNumber, columnNumber } = node.callFrame;
		const file = url ? url.replace(/^https?:\/\/[^/]+/, '') : '';
		const name = `${functionName || '(anonymous)'}${file ? ` ${file.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
		const entry = fn.get(name) ?? { us: 0, url: file, line: lineNumber, column: columnNumber };
		entry.us += us;
		fn.set(name, entry);
		const key = file || functionName; // (program), (idle), (garbage collector) have no url
		script.set(key, (script.get(key) ?? 0) + us);
	});
	return {
		totalMs: total / 1000,
		byFunction: [...fn]
			.sort((a, b) => b[1].us - a[1].us)
			.slice(0, 6)
			.map(([name, e]) => ({ name, ms: e.us / 1000, url: e.url, line: e.line, column: e.column })),
		byScript: [...script]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 6)
			.map(([url, us]) => ({ url, ms: us / 1000 }))
	};
}

/**
 * The start of a function's source in the built file it ran from, so a minified name says what it
 * is ("function l(t){…toLocaleString(…"). Null when the file is not in build/client.
 */
export function sourceAt(
	buildClient: string,
	url: string,
	line: number,
	column: number,
	chars = 110
): string | null {
	if (!url.startsWith('/_app/')) return null;
	try {
		const lines = readFileSync(join(buildClient, url), 'utf8').split('\n');
		const text = lines[line]?.slice(column, column + chars);
		return text ? text.replace(/\s+/g, ' ') : null;
	} catch {
		return null;
	}
}

export const profileWords = (p: ProfileSummary, buildClient?: string) =>
	`CPU profile (${Math.round(p.totalMs)} ms sampled), self time by script: ` +
	p.byScript.map((s) => `${s.url} ${Math.round(s.ms)} ms`).join(', ') +
	`; by function: ${p.byFunction
		.slice(0, 4)
		.map((f) => {
			const source = buildClient ? sourceAt(buildClient, f.url, f.line, f.column) : null;
			return `${f.name} ${Math.round(f.ms)} ms${source ? ` (\`${source.replace(/`/g, "'")}…\`)` : ''}`;
		})
		.join(', ')}`;
