import { describe, expect, it } from 'vitest';
import { backoffBound, backoffDelay } from './backoff';

const policy = { baseMs: 1000, capMs: 60_000 };

describe('backoff', () => {
	it('doubles the bound after each failure, up to the cap', () => {
		expect([0, 1, 2, 3, 4, 7, 50].map((n) => backoffBound(n, policy))).toEqual([
			0, 1000, 2000, 4000, 8000, 60_000, 60_000
		]);
	});
	it('waits a uniformly random time within the bound (full jitter)', () => {
		expect(backoffDelay(3, () => 0, policy)).toBe(0);
		expect(backoffDelay(3, () => 0.5, policy)).toBe(2000);
		expect(backoffDelay(3, () => 0.999999, policy)).toBeLessThan(4000);
	});
	it('spreads tablets that failed together', () => {
		let seed = 1;
		const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		const waits = new Set(Array.from({ length: 20 }, () => backoffDelay(5, random, policy)));
		expect(waits.size).toBeGreaterThan(15);
	});
});
