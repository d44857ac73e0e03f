import { describe, expect, it } from 'vitest';
import { prepareCriteriaFile } from './admin-criteria';
import { defaultCriteriaSet } from './criteria-default';
import {
	criteriaFromSheets,
	criteriaSheets,
	optionKey,
	SHEET_INDICATORS,
	type Sheet
} from './criteria-sheet';
import { score } from './scoring';

const template = () =>
	criteriaSheets(defaultCriteriaSet).map((s) => ({ ...s, data: s.data.map((r) => [...r]) }));
const indicators = (sheets: Sheet[]) => sheets.find((s) => s.sheet === SHEET_INDICATORS)!;

describe('criteria from a spreadsheet', () => {
	it('the template read back is the same set: ids, wording, points, groups, the rule', () => {
		const read = criteriaFromSheets(template());
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		const prepared = prepareCriteriaFile(
			JSON.stringify(read.content),
			2,
			'2026-12-31T17:00:00.000Z'
		);
		expect(prepared.ok).toBe(true);
		if (!prepared.ok) return;
		const set = prepared.set;
		expect(
			set.criteria.map((c) => [
				c.id,
				c.title,
				c.minPercent,
				c.indicators.map((i) => [
					i.id,
					i.text,
					i.hint,
					i.groups,
					i.required,
					i.options.map((o) => [o.label, o.points])
				])
			])
		).toEqual(
			defaultCriteriaSet.criteria.map((c) => [
				c.id,
				c.title,
				c.minPercent,
				c.indicators.map((i) => [
					i.id,
					i.text,
					i.hint,
					i.groups,
					i.required,
					i.options.map((o) => [o.label, o.points])
				])
			])
		);
		expect([set.slug, set.code, set.minAge, set.rule, set.verified]).toEqual([
			defaultCriteriaSet.slug,
			defaultCriteriaSet.code,
			defaultCriteriaSet.minAge,
			defaultCriteriaSet.rule,
			defaultCriteriaSet.verified
		]);
		// Scoring the same answers (by position) gives the same result.
		const group = defaultCriteriaSet.groups[0].id;
		const answersBy = (s: typeof set) =>
			Object.fromEntries(
				s.criteria.flatMap((c) => c.indicators.map((i) => [i.id, i.options[0].key]))
			);
		expect(score(set, group, answersBy(set)).total).toBe(
			score(defaultCriteriaSet, group, answersBy(defaultCriteriaSet)).total
		);
	});

	it('names every problem by sheet, row and column', () => {
		const sheets = template();
		const rows = indicators(sheets).data;
		rows[2][6] = 'Thường xuyên = 10\nthỉnh thoảng';
		rows[4][8] = 'Có lẽ';
		const read = criteriaFromSheets(sheets);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.problems).toEqual([
			{
				sheet: 'Chỉ tiêu',
				row: 3,
				column: 'G (Các lựa chọn và điểm (mỗi dòng: lựa chọn = điểm))',
				message: 'Dòng “thỉnh thoảng” phải có dạng “lựa chọn = điểm”, ví dụ “Thường xuyên = 10”.'
			},
			{
				sheet: 'Chỉ tiêu',
				row: 5,
				column: 'I (Bắt buộc đạt (Có/Không))',
				message: 'Hãy ghi “Có” hoặc “Không”, hoặc để trống.'
			}
		]);
	});

	it('a group the set does not have, and an indicator id used twice, at their cells (the shared schema’s check)', () => {
		const sheets = template();
		const rows = indicators(sheets).data;
		rows[3][7] = 'nong-dan, ngu-dan';
		rows[4][3] = rows[2][3];
		const read = criteriaFromSheets(sheets);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		expect(read.problems.map((p) => [p.sheet, p.row, p.column?.[0]])).toEqual(
			expect.arrayContaining([
				['Chỉ tiêu', 4, 'H'],
				['Chỉ tiêu', 5, 'D']
			])
		);
	});

	it('a missing sheet is said by name', () => {
		const read = criteriaFromSheets(template().filter((s) => s.sheet !== 'Nhóm đối tượng'));
		expect(read).toEqual({
			ok: false,
			problems: [
				{
					sheet: 'Nhóm đối tượng',
					row: null,
					column: null,
					message: 'Không có trang tính “Nhóm đối tượng”. Hãy bắt đầu từ tệp mẫu.'
				}
			]
		});
	});

	it('option keys are the labels without accents', () =>
		expect(optionKey('Thường xuyên, đều đặn')).toBe('thuong-xuyen-deu-dan'));
});
