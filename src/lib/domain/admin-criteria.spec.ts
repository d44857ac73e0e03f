import { describe, expect, it } from 'vitest';
import { adminReason } from './admin-messages';
import {
	criteriaTemplate,
	latestVersion,
	prepareCriteriaFile,
	publishIssues
} from './admin-criteria';
import { defaultCriteriaSet } from './criteria-default';

const FROM = '2027-01-01T00:00:00.000Z';
const template = criteriaTemplate(defaultCriteriaSet);

describe('latestVersion', () => {
	it('reads versions of one slug from document ids', () => {
		const ids = [
			'criteriaSet:cdht-324:v1',
			'criteriaSet:cdht-324:v10',
			'criteriaSet:cdht-324:v2',
			'criteriaSet:khac:v40'
		];
		expect(latestVersion(ids, 'cdht-324')).toBe(10);
		expect(latestVersion(ids, 'moi')).toBe(0);
	});
});

describe('prepareCriteriaFile', () => {
	it('turns the template into the next version, without a publication stamp', () => {
		const prepared = prepareCriteriaFile(template, 2, FROM);
		expect(prepared.ok).toBe(true);
		if (!prepared.ok) return;
		expect(prepared.set).toMatchObject({
			_id: 'criteriaSet:cdht-324:v2',
			version: 2,
			effectiveFrom: FROM,
			title: defaultCriteriaSet.title
		});
		expect(prepared.set).not.toHaveProperty('publishedAt');
		expect(prepared.set).not.toHaveProperty('_rev');
		expect(publishIssues(['criteriaSet:cdht-324:v1'], prepared.set)).toEqual([]);
	});
	it('lists every problem with its path, in words', () => {
		const broken = JSON.parse(template);
		broken.rule.passPercent = 140;
		broken.criteria[0].indicators[1].options = [broken.criteria[0].indicators[1].options[0]];
		broken.criteria[1].title = '';
		const prepared = prepareCriteriaFile(JSON.stringify(broken), 2, FROM);
		expect(prepared.ok).toBe(false);
		if (prepared.ok) return;
		expect(prepared.issues.map((i) => i.path).sort()).toEqual([
			'criteria.0.indicators.1.options',
			'criteria.1.title',
			'rule.passPercent'
		]);
		expect(adminReason(prepared.issues)).toContain(
			'Tiêu chí 1, Chỉ tiêu 2, Cách trả lời: Cần ít nhất hai cách trả lời (criteria.0.indicators.1.options)'
		);
	});
	it('says plainly when the file is not JSON or not a set', () => {
		expect(prepareCriteriaFile('{"title": ', 2, FROM)).toEqual({
			ok: false,
			issues: [{ path: '', message: 'criteria.notJson' }]
		});
		expect(prepareCriteriaFile('[1]', 2, FROM)).toMatchObject({
			ok: false,
			issues: [{ message: 'err.notObject' }]
		});
		expect(adminReason([{ path: '', message: 'criteria.notJson' }], 'en')).toBe(
			'This file is not readable JSON. Start from the template file.'
		);
	});
});

describe('publishIssues', () => {
	const v2 = {
		...defaultCriteriaSet,
		_id: 'criteriaSet:cdht-324:v2',
		version: 2,
		effectiveFrom: FROM
	};
	it.each([
		[
			'a version already published',
			{ ...v2, _id: 'criteriaSet:cdht-324:v1', version: 1 },
			'version'
		],
		['an id that is not slug + version', { ...v2, _id: 'criteriaSet:cdht-324:v3' }, '_id'],
		['no date it applies from', { ...v2, effectiveFrom: undefined }, 'effectiveFrom']
	])('refuses %s', (_name, set, path) => {
		expect(publishIssues(['criteriaSet:cdht-324:v1'], set).map((i) => i.path)).toEqual([path]);
	});
	it('a new slug starts at any version', () => {
		expect(
			publishIssues(['criteriaSet:cdht-324:v1'], {
				...v2,
				slug: 'khac',
				_id: 'criteriaSet:khac:v2'
			})
		).toEqual([]);
	});
});
