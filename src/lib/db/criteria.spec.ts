import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCriteriaSet } from '$lib/domain/criteria-default';
import { criteriaSetDocId } from '$lib/domain/ids';
import { currentCriteriaSet, ensureBundledCriteria, getCriteriaSet } from './criteria';
import type { LocalDatabase } from './db';
import { freshDb } from './test-db';

let db: LocalDatabase;
beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	await db.delete();
});

describe('criteria sets', () => {
	it('ensureBundledCriteria stores the default once and keeps a stored copy', async () => {
		await ensureBundledCriteria(db);
		expect(await getCriteriaSet(db, criteriaSetDocId('cdht-324', 1))).toEqual(defaultCriteriaSet);
		await db.criteriaSets.update(defaultCriteriaSet._id, { _rev: '2-abc' });
		await ensureBundledCriteria(db);
		expect((await getCriteriaSet(db, defaultCriteriaSet._id))?._rev).toBe('2-abc');
	});

	const version = (slug: string, v: number, publishedAt?: string, effectiveFrom?: string) => ({
		...defaultCriteriaSet,
		_id: criteriaSetDocId(slug, v),
		slug,
		version: v,
		publishedAt,
		effectiveFrom
	});

	it.each([
		['only the bundled set', [], 'criteriaSet:cdht-324:v1'],
		[
			'a newer version of the same set',
			[version('cdht-324', 2, '2026-03-01T00:00:00Z')],
			'criteriaSet:cdht-324:v2'
		],
		['an unpublished version is ignored', [version('cdht-324', 2)], 'criteriaSet:cdht-324:v1'],
		[
			'a version not yet in force is ignored',
			[version('cdht-324', 2, '2026-03-01T00:00:00Z', '2099-01-01T00:00:00Z')],
			'criteriaSet:cdht-324:v1'
		],
		[
			'the newest published set wins, at its highest version',
			[
				version('official', 1, '2026-02-01T00:00:00Z'),
				version('official', 2, '2026-01-15T00:00:00Z')
			],
			'criteriaSet:official:v2'
		],
		[
			'instants compare across formats (with or without milliseconds)',
			[version('a', 1, '2026-02-01T00:00:00.500Z'), version('b', 1, '2026-02-01T00:00:00Z')],
			'criteriaSet:a:v1'
		]
	])('currentCriteriaSet: %s', async (_, extra, expectedId) => {
		await ensureBundledCriteria(db);
		await db.criteriaSets.bulkPut(extra);
		expect((await currentCriteriaSet(db, new Date('2026-06-01T00:00:00Z')))?._id).toBe(expectedId);
	});

	it('currentCriteriaSet is undefined on an empty tablet', async () => {
		expect(await currentCriteriaSet(db)).toBeUndefined();
	});
});
