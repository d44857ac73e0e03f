import { describe, expect, it } from 'vitest';
import { PasswordPool, PoolBusy } from './password-pool';
import { SignInThrottle } from './throttle';

describe('SignInThrottle', () => {
	const make = () => {
		let now = 0;
		const t = new SignInThrottle({
			freeFailures: 2,
			baseDelayMs: 1000,
			lockAfter: 5,
			lockMs: 60_000,
			accountLockAfter: 8,
			accountWindowMs: 60_000,
			accountLockMs: 5000,
			now: () => now
		});
		return { t, advance: (ms: number) => (now += ms) };
	};

	it('doubles the wait after the free mistakes, then locks the pair', () => {
		const { t, advance } = make();
		const waits: (number | null)[] = [];
		for (let i = 0; i < 5; i++) {
			t.failed('a', 'ip1');
			const hold = t.hold('a', 'ip1');
			waits.push(hold?.retryAfterMs ?? null);
			advance(hold?.retryAfterMs ?? 0);
		}
		expect(waits).toEqual([null, 1000, 2000, 4000, 60_000]);
		expect(t.hold('a', 'ip2')).toBeNull();
	});

	it('locks the account from every address, briefly, after many mistakes spread over addresses', () => {
		const { t, advance } = make();
		for (let i = 0; i < 8; i++) t.failed('a', `ip${i}`);
		expect(t.hold('a', 'fresh')).toEqual({ kind: 'accountLocked', retryAfterMs: 5000 });
		advance(5000);
		expect(t.hold('a', 'fresh')).toBeNull();
	});

	it('a right password clears that address only; a pair is forgotten a lock length after its last mistake', () => {
		const { t, advance } = make();
		t.failed('a', 'ip1');
		t.failed('a', 'ip1');
		t.succeeded('a', 'ip1');
		expect(t.hold('a', 'ip1')).toBeNull();
		t.failed('b', 'ip1');
		advance(60_000);
		t.failed('b', 'ip1');
		expect(t.hold('b', 'ip1')).toBeNull();
	});
});

describe('PasswordPool', () => {
	it('derives what crypto.pbkdf2 derives, and refuses at once past its queue', async () => {
		const pool = new PasswordPool({ threads: 1, maxWaiting: 1 });
		try {
			const first = pool.derive('mat-khau', 'muoi', 1000, 32, 'sha256');
			const second = pool.derive('mat-khau', 'muoi', 1000, 32, 'sha256');
			await expect(pool.derive('x', 'y', 1000, 32, 'sha256')).rejects.toBeInstanceOf(PoolBusy);
			const { pbkdf2Sync } = await import('node:crypto');
			expect((await first).equals(pbkdf2Sync('mat-khau', 'muoi', 1000, 32, 'sha256'))).toBe(true);
			expect((await second).equals(await first)).toBe(true);
			expect(pool.load).toEqual({ running: 0, waiting: 0 });
		} finally {
			await pool.close();
		}
	});
});
