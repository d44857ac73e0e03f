import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Reason } from './assessment.schema';
import { criteriaSetSchema, type CriteriaSet } from './criteria-set.schema';
import {
	fieldLabel,
	formatNumber,
	issueText,
	messageKeys,
	messageText,
	reasonText
} from './messages';
import { citizenSchema } from './citizen.schema';
import { toFieldIssues } from './schemas';

const set: CriteriaSet = criteriaSetSchema.parse({
	_id: 'criteriaSet:test:v1',
	type: 'criteriaSet',
	code: 'TEST',
	slug: 'test',
	version: 1,
	title: 'Bộ thử',
	source: 'Dùng cho kiểm thử',
	verified: false,
	minAge: 16,
	groups: [{ id: 'a', name: 'Nhóm A', nameEn: 'Group A' }],
	criteria: [
		{
			id: 'self',
			title: 'Năng lực tự học',
			titleEn: 'Self-learning',
			indicators: [
				{
					id: 'read',
					text: 'Đọc sách, báo hằng tuần',
					textEn: 'Reads books or papers every week',
					groups: [],
					options: [
						{ key: 'yes', label: 'Đạt', points: 10 },
						{ key: 'no', label: 'Chưa đạt', points: 0 }
					]
				}
			]
		}
	],
	rule: { passPercent: 50 }
});

describe('messageText', () => {
	it('every message key used in the domain and the local database has a Vietnamese and an English text', () => {
		const used = new Set<string>();
		for (const folder of ['.', '../db']) {
			const dir = fileURLToPath(new URL(folder + '/', import.meta.url));
			for (const file of readdirSync(dir).filter(
				(f) => f.endsWith('.ts') && !f.endsWith('.spec.ts')
			))
				for (const m of readFileSync(dir + file, 'utf8').matchAll(
					/'((?:err|assess|file|elig)\.[A-Za-z_]+)'/g
				))
					used.add(m[1]);
		}
		for (const reason of ['too_young', 'birth_year_after_period']) used.add(`elig.${reason}`);
		expect(used.size).toBeGreaterThan(20);
		for (const key of used) {
			expect(messageText(key, 'vi'), key).not.toBe(key);
			expect(messageText(key, 'en'), key).not.toBe(key);
		}
	});

	it('both languages have the same keys', () => {
		for (const key of messageKeys) expect(messageText(key, 'en'), key).not.toBe(key);
	});

	it.each([
		['err.required', 'vi', undefined, 'Không được để trống'],
		['err.required', 'en', undefined, 'Must not be empty'],
		['err.nope', 'vi', undefined, 'err.nope'],
		['toString', 'vi', undefined, 'toString'],
		[
			'elig.too_young',
			'vi',
			{ age: 15, period: 2026, minAge: 16 },
			'Người này mới 15 tuổi trong năm 2026; cần đủ 16 tuổi mới được đánh giá.'
		],
		[
			'elig.too_young',
			'vi',
			{ age: 15 },
			'Người này mới 15 tuổi trong năm {period}; cần đủ {minAge} tuổi mới được đánh giá.'
		],
		[
			'assess.unanswered',
			'vi',
			{ count: 3 },
			'Còn 3 câu chưa trả lời. Hãy trả lời hết rồi bấm lại.'
		]
	] as const)('%s (%s, %j) → %s', (key, lang, params, text) => {
		expect(messageText(key, lang, params)).toBe(text);
	});
});

describe('formatNumber', () => {
	it.each([
		[45, 'vi', '45'],
		[12.5, 'vi', '12,5'],
		[12.5, 'en', '12.5'],
		[0.1 + 0.2, 'vi', '0,3'],
		[2026, 'vi', '2026']
	] as const)('%d in %s → %s', (n, lang, text) => expect(formatNumber(n, lang)).toBe(text));
});

describe('reasonText', () => {
	it.each<[Reason, string, string]>([
		[
			{ code: 'total_below', got: 45, need: 50, max: 100 },
			'Tổng điểm 45/100, cần ít nhất 50 điểm để được công nhận.',
			'Total score 45/100; at least 50 points are needed for recognition.'
		],
		[
			{ code: 'criterion_below', criterionId: 'self', got: 4.5, need: 10, max: 20 },
			'Phần “Năng lực tự học” được 4,5/20 điểm, cần ít nhất 10 điểm.',
			'The part "Self-learning" scored 4.5/20; at least 10 points are needed.'
		],
		[
			{ code: 'required_missed', criterionId: 'self', indicatorId: 'read' },
			'Chưa đạt yêu cầu bắt buộc: “Đọc sách, báo hằng tuần”.',
			'A required item is not met: "Reads books or papers every week".'
		],
		[
			{ code: 'unanswered', criterionId: 'self', indicatorId: 'read' },
			'Chưa trả lời câu: “Đọc sách, báo hằng tuần”.',
			'Not answered yet: "Reads books or papers every week".'
		],
		[
			{ code: 'unanswered', indicatorId: 'gone' },
			'Chưa trả lời câu: “gone”.',
			'Not answered yet: "gone".'
		],
		[
			{ code: 'passed' },
			'Đạt đủ điều kiện để được công nhận Công dân học tập.',
			'Meets the conditions to be recognised as a Learning Citizen.'
		],
		[
			{ code: 'no_indicators' },
			'Bộ tiêu chí không có câu hỏi nào cho nhóm đối tượng này, nên chưa đánh giá được.',
			'The criteria set has no questions for this citizen group, so no assessment is possible.'
		]
	])('%j', (reason, textVi, textEn) => {
		expect(reasonText(reason, set, 'vi')).toBe(textVi);
		expect(reasonText(reason, set, 'en')).toBe(textEn);
	});
});

describe('fieldLabel', () => {
	it.each([
		['fullName', 'Họ và tên'],
		['review.comment', 'Lý do (ý kiến duyệt)'],
		['rule.passPercent', 'Tỉ lệ điểm để công nhận'],
		['criteria.0.indicators.2.text', 'Tiêu chí 1, Chỉ tiêu 3, Nội dung'],
		['criteria.1.indicators.0.options', 'Tiêu chí 2, Chỉ tiêu 1, Cách trả lời'],
		['answers.read', 'Câu trả lời “read”'],
		['documents.3.review.comment', 'Hồ sơ 4, Lý do (ý kiến duyệt)'],
		['somethingNew', 'somethingNew'],
		['', '']
	])('%s → %s', (path, label) => expect(fieldLabel(path, 'vi')).toBe(label));
});

describe('issueText', () => {
	it.each([
		[{ path: 'fullName', message: 'err.required' }, 'vi', 'Họ và tên: Không được để trống'],
		[{ path: 'fullName', message: 'err.required' }, 'en', 'Full name: Must not be empty'],
		[
			{ path: 'birthYear', message: 'err.birthYearFuture' },
			'vi',
			'Năm sinh: Năm sinh không thể sau năm nay'
		],
		[{ path: '', message: 'err.notObject' }, 'vi', 'Không phải là một hồ sơ'],
		// A library's own English message never reaches the officer.
		[
			{ path: 'assessedBy', message: 'Invalid input: expected string, received undefined' },
			'vi',
			'Người đánh giá: Giá trị không hợp lệ'
		]
	] as const)('%j in %s → %s', (issue, lang, text) => expect(issueText(issue, lang)).toBe(text));

	it('names every field a real citizen-form refusal points at', () => {
		const result = citizenSchema.safeParse({
			type: 'citizen',
			fullName: '  ',
			birthYear: 3000,
			gender: 'x',
			phone: '12'
		});
		expect(result.success).toBe(false);
		const texts = toFieldIssues(result.error!.issues).map((i) => issueText(i, 'vi'));
		expect(texts).toEqual(
			expect.arrayContaining([
				'Họ và tên: Không được để trống',
				'Năm sinh: Năm sinh không thể sau năm nay',
				'Giới tính: Hãy chọn giới tính',
				'Số điện thoại: Số điện thoại không đúng, hãy ghi 10 chữ số (ví dụ 0912345678)'
			])
		);
		// No raw keys or field ids leak into what the officer reads.
		for (const t of texts) expect(t).not.toMatch(/err\.|fullName|birthYear/);
	});
});
