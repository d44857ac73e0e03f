import { describe, expect, it } from 'vitest';
import { wordIn, wordKeys } from './words';

// The English beside the Vietnamese says the same things: no blank text, the same {placeholders}
// (a missing one would print a raw brace on the screen).
const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reviewer words', () => {
	for (const key of wordKeys)
		it(`${key}: both languages, same placeholders`, () => {
			const vi = wordIn('vi', key);
			const en = wordIn('en', key);
			expect(vi.trim()).not.toBe('');
			expect(en.trim()).not.toBe('');
			expect(holes(en)).toEqual(holes(vi));
		});
	it('fills placeholders', () => expect(wordIn('vi', 'batch.confirmAllYes', { n: 3 })).toBe('Công nhận 3 người'));
});
