import { describe, expect, it } from 'vitest';
import { isRoomy } from './room';

describe('isRoomy', () => {
	it('a phone 740 px tall has room at 18 px text, not at twice that (and not at the app’s largest)', () => {
		expect(isRoomy(740, 18)).toBe(true);
		expect(isRoomy(740, 36)).toBe(false);
		expect(isRoomy(740, 24)).toBe(false); // the app's largest text
		expect(isRoomy(1280, 36)).toBe(true);
		expect(isRoomy(740, 0)).toBe(false);
	});
});
