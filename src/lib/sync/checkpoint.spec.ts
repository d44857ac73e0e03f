import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-db';
import { getCheckpoint, planPage, pullAll, type PulledPage } from './checkpoint';
import { TestCouch } from './test-couch';

describe('planPage', () => {
	it('fetches only what the tablet lacks at that revision; deletions are listed; design docs skipped', async () => {
		const page = {
			results: [
				{ seq: 1, id: 'a', changes: [{ rev: '1-a' }] },
				{ seq: 2, id: 'b', changes: [{ rev: '2-b' }] },
				{ seq: 3, id: '_design/app', changes: [{ rev: '1-d' }] },
				{ seq: 4, id: 'c', changes: [{ rev: '3-c' }], deleted: true }
			],
			last_seq: 4
		};
		const plan = await planPage(
			{
				knownRevs: async (ids) =>
					ids.map((id) => (id === 'a' ? '1-a' : id === 'b' ? '1-b' : undefined))
			},
			page
		);
		expect(plan).toEqual({ fetch: ['b'], deleted: ['c'] });
	});
});

describe('pullAll', () => {
	it('walks the pages from the stored checkpoint, handing each page with its checkpoint', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		for (let i = 0; i < 7; i++) couch.put('r', { _id: `orgUnit:U${i}`, type: 'orgUnit' });
		const pages: PulledPage[] = [];
		const apply = async (page: PulledPage) => {
			pages.push(page);
			await db.meta.put({ key: 'sync:checkpoint:r', value: page.seq });
		};
		const seen = await pullAll({
			db,
			transport: couch,
			remoteDb: 'r',
			pageSize: 3,
			knownRevs: async (ids) => ids.map(() => undefined),
			apply
		});
		expect(seen).toBe(7);
		expect(pages.map((p) => [p.docs.length, p.seq])).toEqual([
			[3, 3],
			[3, 6],
			[1, 7]
		]);
		expect(await getCheckpoint(db, 'r')).toBe(7);
		// Nothing new: one request, nothing applied but the (same) checkpoint.
		const before = couch.stats.requests;
		await pullAll({
			db,
			transport: couch,
			remoteDb: 'r',
			pageSize: 3,
			knownRevs: async (ids) => ids.map(() => undefined),
			apply
		});
		expect(couch.stats.requests - before).toBe(1);
		expect(pages.at(-1)).toEqual({ docs: [], deleted: [], seq: 7 });
	});

	it('a failure mid-way leaves the checkpoint at the last page written', async () => {
		const db = freshDb();
		const couch = new TestCouch();
		for (let i = 0; i < 5; i++) couch.put('r', { _id: `orgUnit:U${i}`, type: 'orgUnit' });
		let calls = 0;
		const getDocs = couch.getDocs.bind(couch);
		couch.getDocs = async (name, ids) => {
			if (++calls === 2) throw new Error('cut');
			return getDocs(name, ids);
		};
		const apply = async (page: PulledPage) =>
			void (await db.meta.put({ key: 'sync:checkpoint:r', value: page.seq }));
		await expect(
			pullAll({
				db,
				transport: couch,
				remoteDb: 'r',
				pageSize: 2,
				knownRevs: async (ids) => ids.map(() => undefined),
				apply
			})
		).rejects.toThrow('cut');
		expect(await getCheckpoint(db, 'r')).toBe(2);
	});
});
