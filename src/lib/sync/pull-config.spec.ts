import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { currentCriteriaSet, ensureBundledCriteria } from '$lib/db/criteria';
import { freshDb } from '$lib/db/test-db';
import { defaultCriteriaSet } from '$lib/domain/criteria-default';
import { CONFIG_DB, criteriaSetDocId } from '$lib/domain/ids';
import { pullAll } from './checkpoint';
import { configApplier } from './pull-config';
import { TestCouch } from './test-couch';
import type { WireDoc } from './wire';

describe('pulling cdht-config', () => {
	it('a newly published criteria version becomes the default; the old one stays for drafts; org units update', async () => {
		const db = freshDb();
		await ensureBundledCriteria(db);
		const couch = new TestCouch();
		const v2 = {
			...defaultCriteriaSet,
			_id: criteriaSetDocId(defaultCriteriaSet.slug, 2),
			version: 2,
			verified: true,
			publishedAt: '2026-03-01T00:00:00.000Z'
		};
		couch.put(CONFIG_DB, v2 as unknown as WireDoc);
		couch.put(CONFIG_DB, {
			_id: 'orgUnit:C01-H04',
			type: 'orgUnit',
			id: 'C01-H04',
			name: 'Thôn Mới',
			level: 'hamlet',
			parentId: 'C01'
		});
		await pullAll({ db, transport: couch, remoteDb: CONFIG_DB, ...configApplier(db, CONFIG_DB) });
		expect((await currentCriteriaSet(db, new Date('2026-04-01T00:00:00.000Z')))?.version).toBe(2);
		expect(await db.criteriaSets.get(defaultCriteriaSet._id)).toBeDefined();
		expect(await db.orgUnits.get('orgUnit:C01-H04')).toMatchObject({ name: 'Thôn Mới' });
	});

	it('a unit deleted on the server goes; a criteria set never does', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		const unit = couch.put(CONFIG_DB, {
			_id: 'orgUnit:X',
			type: 'orgUnit',
			id: 'X',
			name: 'X',
			level: 'hamlet',
			parentId: 'C01'
		});
		const set = couch.put(CONFIG_DB, defaultCriteriaSet as unknown as WireDoc);
		const run = () =>
			pullAll({ db, transport: couch, remoteDb: CONFIG_DB, ...configApplier(db, CONFIG_DB) });
		await run();
		couch.put(CONFIG_DB, { ...unit, _deleted: true });
		couch.put(CONFIG_DB, { ...set, _deleted: true });
		await run();
		expect(await db.orgUnits.get('orgUnit:X')).toBeUndefined();
		expect(await db.criteriaSets.get(set._id)).toBeDefined();
	});
});
