// CPU time and resident memory of processes, read from Linux's /proc/<pid>/stat, sampled while a
// row runs: the server's own cost, apart from the load generator's.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux
const PAGE_BYTES = 4096;

function sample(pid: number): { cpuSeconds: number; rssBytes: number } | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// Fields after the command name (which may hold spaces): state is [0], utime [11], stime [12], rss [21].
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return {
			cpuSeconds: (Number(f[11]) + Number(f[12])) / TICKS_PER_SECOND,
			rssBytes: Number(f[21]) * PAGE_BYTES
		};
	} catch {
		return null; // gone, or not Linux
	}
}

export interface ProcUsage {
	/** CPU seconds used while watched, all processes together. */
	cpuSeconds: number;
	/** Mean cores busy (cpuSeconds ÷ wall time) and the busiest sample's. */
	meanCores: number;
	peakCores: number;
	/** Largest resident memory seen, all processes together. */
	peakRssBytes: number;
	seconds: number;
}

/** Watches `pids` every `everyMs` until `stop()`; null when /proc gave nothing. */
export function watchProcesses(
	pids: readonly number[],
	everyMs = 200
): { stop(): ProcUsage | null } {
	const total = () => {
		const s = pids.map(sample).filter((x) => x !== null);
		return s.length
			? { cpu: s.reduce((a, x) => a + x.cpuSeconds, 0), rss: s.reduce((a, x) => a + x.rssBytes, 0) }
			: null;
	};
	const first = total();
	const t0 = performance.now();
	let last = { cpu: first?.cpu ?? 0, t: t0 };
	let peakCores = 0;
	let peakRss = first?.rss ?? 0;
	const tick = () => {
		const now = total();
		const t = performance.now();
		if (!now) return;
		peakRss = Math.max(peakRss, now.rss);
		if (t - last.t > 0)
			peakCores = Math.max(peakCores, (now.cpu - last.cpu) / ((t - last.t) / 1000));
		last = { cpu: now.cpu, t };
	};
	const timer = setInterval(tick, everyMs);
	return {
		stop() {
			clearInterval(timer);
			tick();
			if (!first) return null;
			const seconds = (performance.now() - t0) / 1000;
			const cpuSeconds = last.cpu - first.cpu;
			return {
				cpuSeconds,
				meanCores: cpuSeconds / seconds,
				peakCores,
				peakRssBytes: peakRss,
				seconds
			};
		}
	};
}
