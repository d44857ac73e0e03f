import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalDatabase } from './db';
import { deleteMeta, getMeta, setMeta } from './meta';
import { freshDb } from './test-db';

let db: LocalDatabase;
beforeEach(() => {
	db = freshDb();
});
afterEach(async () => {
	await db.delete();
});

describe('meta', () => {
	it('stores, reads back and deletes a value of any shape', async () => {
		expect(await getMeta(db, 'lastSentAt')).toBeUndefined();
		await setMeta(db, 'checkpoint', { seq: '12-abc', at: 3 });
		expect(await getMeta(db, 'checkpoint')).toEqual({ seq: '12-abc', at: 3 });
		await setMeta(db, 'checkpoint', { seq: '13-def', at: 4 });
		expect(await getMeta(db, 'checkpoint')).toEqual({ seq: '13-def', at: 4 });
		await deleteMeta(db, 'checkpoint');
		expect(await getMeta(db, 'checkpoint')).toBeUndefined();
	});
});
