// Medians, percentiles and the words the table prints them in.

export interface Summary {
	n: number;
	median: number;
	min: number;
	max: number;
	p95: number;
}

export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return NaN;
	// Nearest rank: the value a fraction q of the samples are at or below (p95 of 50 = the 48th).
	const rank = Math.max(1, Math.ceil(q * sorted.length));
	return sorted[rank - 1];
}

export function median(values: readonly number[]): number {
	const s = [...values].sort((a, b) => a - b);
	if (s.length === 0) return NaN;
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function summarize(values: readonly number[]): Summary {
	const s = [...values].sort((a, b) => a - b);
	return {
		n: s.length,
		median: median(s),
		min: s[0],
		max: s[s.length - 1],
		p95: quantile(s, 0.95)
	};
}

/**
 * 1,234 / 123.4 / 12.3 / 1.23 / 0.123: thousands grouped; below 1,000 one decimal more than three
 * significant figures would give to hundreds, so a figure just over a budget (100.4 ms against
 * 100 ms) never prints as the budget itself.
 */
export function num(x: number, digits = 3): string {
	if (!Number.isFinite(x)) return String(x);
	const a = Math.abs(x);
	const decimals =
		a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? Math.max(0, digits - 2) : a >= 1 ? digits - 1 : digits;
	return x.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}

export const ms = (x: number) => `${num(x)} ms`;
export const seconds = (x: number) => `${num(x)} s`;
export const kb = (bytes: number) => `${num(bytes / 1024)} KB`;
export const mb = (bytes: number) => `${num(bytes / 1024 / 1024)} MB`;
export const ratio = (x: number) => `${num(x, 2)}×`;

/** "median (min–max, n runs)" in the unit's words; a single run says so. */
export function spread(s: Summary, unit: (x: number) => string, what = 'runs'): string {
	if (s.n === 1) return `${unit(s.median)} (1 ${what.replace(/s$/, '')})`;
	return `${unit(s.median)} (${unit(s.min)}–${unit(s.max)}, ${s.n} ${what})`;
}
