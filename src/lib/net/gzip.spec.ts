import { describe, expect, it } from 'vitest';
import { canGzip, gunzip, gzip } from './gzip';

describe('gzip', () => {
	it('is available where the sync runs (Node 20, Chromium)', () => expect(canGzip()).toBe(true));
	it('round-trips Vietnamese text and makes repetitive JSON much smaller', async () => {
		const text = JSON.stringify(
			Array.from({ length: 200 }, (_, i) => ({
				_id: `citizen:C01:${i}`,
				fullName: 'Nguyễn Thị Hồng',
				hamletId: 'C01-H01'
			}))
		);
		const packed = await gzip(text);
		expect(packed[0]).toBe(0x1f);
		expect(packed[1]).toBe(0x8b);
		expect(packed.byteLength).toBeLessThan(new TextEncoder().encode(text).byteLength / 5);
		expect(await gunzip(packed)).toBe(text);
	});
});
