/**
 * A token bucket per key (client address): `perMinute` requests, refilled continuously, so a
 * tablet's bursts pass and a flood is slowed. In memory on purpose: losing it at a restart costs
 * nothing. Idle buckets are dropped so the map stays small.
 */
export class RateLimiter {
	#buckets = new Map<string, { tokens: number; at: number }>();
	#sweepAt = Date.now();

	constructor(private readonly perMinute: number) {}

	/** True if the request may go on; false means "429, try again shortly". */
	take(key: string, now = Date.now()): boolean {
		this.#sweep(now);
		const rate = this.perMinute / 60_000;
		const bucket = this.#buckets.get(key) ?? { tokens: this.perMinute, at: now };
		bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
		bucket.at = now;
		this.#buckets.set(key, bucket);
		if (bucket.tokens < 1) return false;
		bucket.tokens -= 1;
		return true;
	}

	#sweep(now: number): void {
		if (now - this.#sweepAt < 60_000) return;
		this.#sweepAt = now;
		for (const [key, bucket] of this.#buckets)
			if (now - bucket.at > 120_000) this.#buckets.delete(key);
	}
}
