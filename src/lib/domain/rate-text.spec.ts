import { describe, expect, it } from 'vitest';
import { percentText, rateText } from './rate-text';

describe('rate text', () => {
	it('2 recognised of 4,250 is 0,05%, never 0%', () => {
		expect(rateText(2 / 4250, 'vi')).toBe('0,05%');
		expect(rateText(2 / 4250, 'en')).toBe('0.05%');
		expect(rateText(1 / 200_000, 'vi')).toBe('0,0005%');
	});
	it('one decimal below 10% and above, with the decimal comma in Vietnamese', () => {
		expect(rateText(0.032, 'vi')).toBe('3,2%');
		expect(rateText(0.0004, 'vi')).toBe('0,04%');
		expect(rateText(0.001, 'vi')).toBe('0,1%');
		expect(rateText(0.625, 'vi')).toBe('62,5%');
		expect(rateText(0.62, 'vi')).toBe('62%');
		expect(percentText(60, 'vi')).toBe('60%');
	});
	it('nothing recognised is 0%; no population is null', () => {
		expect(rateText(0, 'vi')).toBe('0%');
		expect(rateText(null, 'vi')).toBeNull();
	});
});
