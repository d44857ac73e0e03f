// What dominates a slow figure: a CDP CPU profile of the page while it runs, self time summed by
// function and by script, largest first.
import type { CDPSession } from 'playwright-core';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

export interface ProfileSummary {
	totalMs: number;
	byFunction: { name: string; ms: number }[];
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
	const fn = new Map<string, number>();
	const script = new Map<string, number>();
	let total = 0;
	profile.samples.forEach((id, i) => {
		const us = profile.timeDeltas[i] ?? 0;
		const node = byId.get(id);
		if (!node) return;
		total += us;
		const { functionName, url, lineNumber } = node.callFrame;
		const file = url ? url.replace(/^https?:\/\/[^/]+/, '') : '';
		const name = `${functionName || '(anonymous)'}${file ? ` ${file.split('/').pop()}:${lineNumber + 1}` : ''}`;
		fn.set(name, (fn.get(name) ?? 0) + us);
		const key = file || functionName; // (program), (idle), (garbage collector) have no url
		script.set(key, (script.get(key) ?? 0) + us);
	});
	const top = <K extends string>(m: Map<string, number>, k: K) =>
		[...m].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([x, us]) => ({ [k]: x, ms: us / 1000 }) as { [P in K]: string } & { ms: number });
	return { totalMs: total / 1000, byFunction: top(fn, 'name'), byScript: top(script, 'url') };
}

export const profileWords = (p: ProfileSummary) =>
	`CPU profile (${Math.round(p.totalMs)} ms sampled), self time by script: ` +
	p.byScript.map((s) => `${s.url} ${Math.round(s.ms)} ms`).join(', ') +
	`; by function: ${p.byFunction.slice(0, 4).map((f) => `${f.name} ${Math.round(f.ms)} ms`).join(', ')}`;
