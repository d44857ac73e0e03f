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

/**
 * Watches `pids` every `everyMs` until `stop()`; null when /proc gave nothing. CPU is counted per
 * process, from its first sample to its last: a process that ends while watched (one of CouchDB's
 * helpers) keeps what it used instead of taking it off the total (a CouchDB row once read −22 CPU s).
 */
export function watchProcesses(
	pids: readonly number[],
	everyMs = 200
): { stop(): ProcUsage | null } {
	const first = new Map<number, number>();
	const last = new Map<number, number>();
	let seen = false;
	const t0 = performance.now();
	let lastT = t0;
	let peakCores = 0;
	let peakRss = 0;
	const tick = () => {
		const t = performance.now();
		let rss = 0;
		let delta = 0;
		for (const pid of pids) {
			const s = sample(pid);
			if (!s) continue;
			seen = true;
			rss += s.rssBytes;
			if (!first.has(pid)) first.set(pid, s.cpuSeconds);
			const before = last.get(pid);
			if (before !== undefined) delta += s.cpuSeconds - before;
			last.set(pid, s.cpuSeconds);
		}
		peakRss = Math.max(peakRss, rss);
		if (t > lastT) peakCores = Math.max(peakCores, delta / ((t - lastT) / 1000));
		lastT = t;
	};
	tick();
	const timer = setInterval(tick, everyMs);
	return {
		stop() {
			clearInterval(timer);
			tick();
			if (!seen) return null;
			const seconds = (performance.now() - t0) / 1000;
			const cpuSeconds = [...last].reduce((sum, [pid, cpu]) => sum + cpu - first.get(pid)!, 0);
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
