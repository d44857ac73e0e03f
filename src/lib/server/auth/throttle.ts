/**
 * Wrong passwords slow down the next tries of that account, so guessing one account costs hours,
 * not minutes, while its rightful user is hardly hindered:
 * - per account AND client address: a few free mistakes, then a growing wait (1 s, 2 s, 4 s, …)
 *   before the next try is even checked, then a lock of that pair (15 min). The same account from
 *   another address (the officer's own tablet) is not affected;
 * - per account from all addresses (an attack spread over many): past a larger number of mistakes
 *   in a window, a SHORT account-wide lock (1 min), so the rightful user is never out for long.
 * A try during a wait or lock is refused before any password work. Names are counted whether the
 * account exists or not (the answer must not tell). In memory, per gateway instance: behind a load
 * balancer each instance counts its own (docs/server.md).
 */
export interface ThrottleOptions {
	/** Mistakes per account + address before waits begin. */
	freeFailures: number;
	/** The first wait; it doubles with each further mistake. */
	baseDelayMs: number;
	/** Mistakes per account + address that lock that pair. */
	lockAfter: number;
	lockMs: number;
	/** Mistakes of one account (all addresses) within `accountWindowMs` that lock the account. */
	accountLockAfter: number;
	accountWindowMs: number;
	accountLockMs: number;
	/** The clock (tests move it instead of waiting). */
	now: () => number;
}

export const DEFAULT_THROTTLE: ThrottleOptions = {
	freeFailures: 5,
	baseDelayMs: 1000,
	lockAfter: 10,
	lockMs: 15 * 60_000,
	accountLockAfter: 20,
	accountWindowMs: 15 * 60_000,
	accountLockMs: 60_000,
	now: () => Date.now()
};

export type Hold = { kind: 'wait' | 'locked' | 'accountLocked'; retryAfterMs: number };

interface Count {
	failures: number;
	/** Start of the counting window (account) or time of the last mistake (pair). */
	at: number;
	until: number;
}

// Bounds memory under a flood of made-up names: the oldest entries go first.
const MAX_ENTRIES = 50_000;

export class SignInThrottle {
	readonly #pairs = new Map<string, Count>();
	readonly #accounts = new Map<string, Count>();
	readonly opts: ThrottleOptions;

	constructor(opts: Partial<ThrottleOptions> = {}) {
		this.opts = { ...DEFAULT_THROTTLE, ...opts };
	}

	/** Why this try must wait, or null if it may be checked now. */
	hold(name: string, address: string): Hold | null {
		const now = this.opts.now();
		const account = this.#accounts.get(name);
		if (account && account.until > now)
			return { kind: 'accountLocked', retryAfterMs: account.until - now };
		const pair = this.#pairs.get(pairKey(name, address));
		if (pair && pair.until > now)
			return {
				kind: pair.failures >= this.opts.lockAfter ? 'locked' : 'wait',
				retryAfterMs: pair.until - now
			};
		return null;
	}

	failed(name: string, address: string): void {
		const { opts } = this;
		const now = opts.now();
		const key = pairKey(name, address);
		// A pair's count is forgotten a lock's length after its last mistake.
		const old = this.#pairs.get(key);
		const pair = old && now - old.at < opts.lockMs ? old : { failures: 0, at: now, until: 0 };
		pair.failures += 1;
		pair.at = now;
		if (pair.failures >= opts.lockAfter) pair.until = now + opts.lockMs;
		else if (pair.failures >= opts.freeFailures)
			pair.until =
				now + Math.min(opts.lockMs, opts.baseDelayMs * 2 ** (pair.failures - opts.freeFailures));
		remember(this.#pairs, key, pair);

		const prev = this.#accounts.get(name);
		const account =
			prev && now - prev.at < opts.accountWindowMs
				? prev
				: { failures: 0, at: now, until: prev?.until ?? 0 };
		account.failures += 1;
		if (account.failures >= opts.accountLockAfter) {
			account.until = now + opts.accountLockMs;
			account.failures = 0;
			account.at = now;
		}
		remember(this.#accounts, name, account);
	}

	/** A right password from this address clears its count (not the account-wide one). */
	succeeded(name: string, address: string): void {
		this.#pairs.delete(pairKey(name, address));
	}
}

const pairKey = (name: string, address: string) => `${name}\n${address}`;

function remember(map: Map<string, Count>, key: string, value: Count): void {
	map.delete(key);
	map.set(key, value);
	if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
}
