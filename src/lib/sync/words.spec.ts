import { describe, expect, it } from 'vitest';
import { outcomeProblem, syncWord } from './words';

// Both languages and the same placeholders in every catalog: src/lib/i18n/catalog.spec.ts.
describe('sending words', () => {
	it('say every way a run can fail, in both languages, and that the data is safe when it is', () => {
		for (const kind of [
			'network',
			'server',
			'rejected',
			'tooLarge',
			'auth',
			'forbidden',
			'busy',
			'no-session',
			'local'
		] as const) {
			expect(outcomeProblem('vi', { ok: false, kind, message: '' })).toBeTruthy();
			expect(outcomeProblem('en', { ok: false, kind, message: '' })).toBeTruthy();
		}
		expect(outcomeProblem('vi', { ok: false, kind: 'network', message: '' })).toContain(
			'an toàn trên máy'
		);
		expect(outcomeProblem('vi', { ok: false, kind: 'auth', message: '' })).toContain(
			'đăng nhập lại'
		);
	});
	it('use the words of UI.md', () => {
		expect(syncWord('vi', 'send')).toBe('Gửi dữ liệu');
		expect(syncWord('vi', 'sending')).toBe('Đang gửi…');
		expect(syncWord('vi', 'conn.offline')).toBe('Không có mạng');
		expect(syncWord('vi', 'conn.online')).toBe('Đã có mạng');
		expect(syncWord('vi', 'batchSent')).toBe('Đã gửi, chờ duyệt');
		expect(syncWord('vi', 'lastSent', { when: '14:05' })).toBe('Lần gửi gần nhất: 14:05');
	});
});
