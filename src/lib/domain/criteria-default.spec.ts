import { describe, expect, it } from 'vitest';
import { defaultCriteriaSet as set } from './criteria-default';
import { criteriaSetSchema } from './criteria-set.schema';
import { criteriaSetDocId } from './ids';
import { applicableIndicators, criteriaForGroup, indicatorMax, score } from './scoring';

const groupIds = set.groups.map((g) => g.id);

describe('defaultCriteriaSet', () => {
	it('passes its own schema', () => {
		const result = criteriaSetSchema.safeParse(set);
		expect(result.success ? [] : result.error.issues).toEqual([]);
	});

	it('is the unverified 324/QĐ-KHVN approximation, version 1, 16+, and says so in its source', () => {
		expect(set).toMatchObject({
			_id: criteriaSetDocId('cdht-324', 1),
			code: '324/QĐ-KHVN',
			slug: 'cdht-324',
			version: 1,
			verified: false,
			minAge: 16
		});
		expect(set.source).toMatch(/324\/QĐ-KHVN/);
		expect(set.source).toMatch(/gần đúng/);
		expect(set.source).toMatch(/CHƯA đối chiếu/);
	});

	it('has four groups covering pupils/students, officials and workers, farmers, and other citizens incl. the elderly', () => {
		expect(set.groups).toHaveLength(4);
		const names = set.groups.map((g) => g.name).join(' | ');
		for (const word of [
			'Học sinh, sinh viên',
			'công chức',
			'doanh nghiệp',
			'Nông dân',
			'người cao tuổi'
		])
			expect(names).toContain(word);
	});

	it('scores under the three competency groups, in order', () => {
		expect(set.criteria.map((c) => c.title)).toEqual([
			'Năng lực tự học và học tập suốt đời',
			'Năng lực sử dụng công cụ tương tác',
			'Năng lực xây dựng và duy trì các mối quan hệ xã hội'
		]);
	});

	it.each(groupIds)(
		'group %s: 100 points, indicators in all three criteria (30 / 40 / 30)',
		(group) => {
			expect(criteriaForGroup(set, group).map((c) => c.id)).toEqual([
				'tu-hoc',
				'cong-cu',
				'quan-he'
			]);
			const max = Object.fromEntries(
				criteriaForGroup(set, group).map((c) => [
					c.id,
					c.indicators.reduce((s, i) => s + indicatorMax(i), 0)
				])
			);
			expect(max).toEqual({ 'tu-hoc': 30, 'cong-cu': 40, 'quan-he': 30 });
			expect(score(set, group, {}).max).toBe(100);
		}
	);

	it.each(groupIds)(
		'group %s: the top answers are recognised, the lowest are not, half marks pass at 50%%',
		(group) => {
			const indicators = applicableIndicators(set, group);
			const pick = (choose: (o: (typeof indicators)[number]['options']) => string) =>
				Object.fromEntries(indicators.map((i) => [i.id, choose(i.options)]));
			expect(
				score(
					set,
					group,
					pick((o) => o[0].key)
				)
			).toMatchObject({ total: 100, recognised: true });
			expect(
				score(
					set,
					group,
					pick((o) => o[o.length - 1].key)
				)
			).toMatchObject({ total: 0, recognised: false });
			// The middle answer on every three-level question, "Đạt" on the yes/no ones.
			const middle = score(
				set,
				group,
				pick((o) => (o.length === 3 ? o[1].key : o[0].key))
			);
			expect(middle.total).toBeGreaterThanOrEqual(50);
			expect(middle.recognised).toBe(true);
		}
	);

	it('every indicator and option has Vietnamese and English text, and a hint', () => {
		for (const c of set.criteria) {
			expect(c.titleEn).toBeTruthy();
			for (const i of c.indicators) {
				expect([i.id, i.textEn, i.hint, i.hintEn].every(Boolean), i.id).toBe(true);
				for (const o of i.options) expect(o.labelEn, `${i.id}.${o.key}`).toBeTruthy();
			}
		}
	});

	it('digital skills include a smartphone, the Internet and public online services', () => {
		const texts = set.criteria[1].indicators.map((i) => i.text).join(' | ');
		for (const word of ['điện thoại thông minh', 'Internet', 'dịch vụ công trực tuyến'])
			expect(texts).toContain(word);
	});
});
