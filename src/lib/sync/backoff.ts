// When a send fails, the next try waits: exponentially longer after each failure so a dead server
// is not hammered, capped so the tablet retries within minutes once the line is back, and with
// "full jitter" (a random wait between 0 and the bound) so the tablets of a province that regain
// the network together do not all knock at the same second.

export interface BackoffPolicy {
	baseMs: number;
	capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 5 * 60_000 };

/** The upper bound of the wait after `failures` failures in a row (1 = the first failure). */
export function backoffBound(failures: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
	if (failures <= 0) return 0;
	// 2 ** 30 already exceeds any cap; the clamp keeps the arithmetic finite.
	return Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
}

/** The wait before the next try: uniformly random in [0, bound]. */
export function backoffDelay(
	failures: number,
	random: () => number = Math.random,
	policy: BackoffPolicy = DEFAULT_BACKOFF
): number {
	return Math.floor(random() * backoffBound(failures, policy));
}
