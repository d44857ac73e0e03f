import { describe, expect, it } from 'vitest';
import { RATE, pickVietnamese, questionSpeech } from './read-aloud';

describe('pickVietnamese', () => {
	it('takes a Vietnamese voice, one on the device first; none when there is no such voice', () => {
		const en = { lang: 'en-US', name: 'English', localService: true };
		const viNet = { lang: 'vi-VN', name: 'Google tiếng Việt', localService: false };
		const viHere = { lang: 'vi_VN', name: 'Tiếng Việt (máy)', localService: true };
		expect(pickVietnamese([en, viNet, viHere])).toBe(viHere);
		expect(pickVietnamese([en, viNet])).toBe(viNet);
		expect(pickVietnamese([en])).toBeNull();
		expect(pickVietnamese([])).toBeNull();
	});
});

describe('questionSpeech', () => {
	it('says the number, the question and every choice, each as its own sentence', () => {
		expect(
			questionSpeech(2, 'Bác có đọc sách, báo không?', ['Thường xuyên', 'Thỉnh thoảng', 'Chưa'])
		).toBe(
			'Câu 2. Bác có đọc sách, báo không? Các cách trả lời: Thường xuyên. Thỉnh thoảng. Chưa.'
		);
	});
	it('reads slower than the default', () => {
		expect(RATE).toBeLessThan(1);
	});
});
