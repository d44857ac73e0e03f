import { describe, expect, it } from 'vitest';
import { mapLimit } from './pool';

describe('mapLimit', () => {
	it('keeps the order of the items and never runs more than the limit at once', async () => {
		let running = 0;
		let most = 0;
		const result = await mapLimit([5, 1, 4, 2, 3, 0], 3, async (n) => {
			running++;
			most = Math.max(most, running);
			await new Promise((r) => setTimeout(r, n));
			running--;
			return n * 10;
		});
		expect(result).toEqual([50, 10, 40, 20, 30, 0]);
		expect(most).toBe(3);
	});
	it('an empty list gives an empty list', async () =>
		expect(await mapLimit([], 4, async () => 1)).toEqual([]));
	it('a failure rejects the whole', async () => {
		await expect(
			mapLimit([1, 2], 2, async (n) => (n === 2 ? Promise.reject(new Error('hỏng')) : n))
		).rejects.toThrow('hỏng');
	});
});
