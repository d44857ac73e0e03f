import { formatNumber, type Lang } from './messages';

// A recognition rate as people read it in a report: "62,5%", "3,2%", and never "0%" next to
// "2 recognised" — a rate below one tenth of a percent keeps its first significant digit
// ("0,05%"). One decimal everywhere else, the app's decimal comma in Vietnamese.

/** A percentage (0–100) as text. */
export function percentText(pct: number, lang: Lang): string {
	const oneDecimal = Math.round(pct * 10) / 10;
	if (pct > 0 && oneDecimal === 0) {
		const text = pct
			.toPrecision(1)
			.replace(/^(\d)e-(\d+)$/, (_, d: string, e: string) => `0.${'0'.repeat(Number(e) - 1)}${d}`);
		return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
	}
	return `${formatNumber(oneDecimal, lang)}%`;
}

/** A rate (a fraction 0–1) as text; null without a population figure. */
export function rateText(fraction: number | null, lang: Lang): string | null {
	return fraction === null ? null : percentText(fraction * 100, lang);
}
