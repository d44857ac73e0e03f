import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-db';
import { LAST_SENT_KEY, SyncEngine, type EngineEvent } from './engine';
import { TestCouch } from './test-couch';
import { makeWork } from './test-fixtures';

async function setup() {
	const db = freshDb();
	const work = makeWork(3);
	await db.citizens.bulkAdd(work.citizens);
	await db.assessments.bulkAdd(work.assessments);
	const couch = new TestCouch();
	return { db, couch };
}

describe('SyncEngine', () => {
	it('pushes, pulls the commune and the configuration, and records when it last succeeded', async () => {
		const { db, couch } = await setup();
		couch.put('cdht-config', {
			_id: 'orgUnit:C01-H09',
			type: 'orgUnit',
			id: 'C01-H09',
			name: 'Thôn Chín',
			level: 'hamlet',
			parentId: 'C01'
		});
		const events: EngineEvent['type'][] = [];
		const engine = new SyncEngine({
			transport: couch,
			context: () => ({ db, communeId: 'C01', officer: 'canbo.c01' }),
			now: () => new Date('2026-03-10T00:00:00.000Z'),
			onEvent: (e) => events.push(e.type)
		});
		const outcome = await engine.run();
		expect(outcome).toMatchObject({ ok: true, push: { acknowledged: 7, assessments: 3 } });
		expect(couch.docs('cdht-c-c01')).toHaveLength(7);
		expect(await db.orgUnits.get('orgUnit:C01-H09')).toBeDefined();
		expect((await db.meta.get(LAST_SENT_KEY))?.value).toBe('2026-03-10T00:00:00.000Z');
		expect(events[0]).toBe('start');
		expect(events.at(-1)).toBe('end');
		expect(events).toContain('progress');
	});

	it('a push that got through counts as sent even when receiving reviews then fails', async () => {
		const { db, couch } = await setup();
		couch.changes = async () => {
			throw new (await import('$lib/net/failure')).CouchFailure('network', 'cut');
		};
		const engine = new SyncEngine({
			transport: couch,
			context: () => ({ db, communeId: 'C01', officer: 'canbo.c01' }),
			now: () => new Date('2026-03-11T00:00:00.000Z')
		});
		expect(await engine.run()).toMatchObject({ ok: false, kind: 'network' });
		expect((await db.meta.get(LAST_SENT_KEY))?.value).toBe('2026-03-11T00:00:00.000Z');
	});

	it('one run at a time: a trigger during a run gets one more run after it, not a parallel one', async () => {
		const { db, couch } = await setup();
		let active = 0;
		let most = 0;
		const real = couch.bulkDocs.bind(couch);
		couch.bulkDocs = async (name, items) => {
			most = Math.max(most, ++active);
			await new Promise((r) => setTimeout(r, 5));
			active -= 1;
			return real(name, items);
		};
		let runs = 0;
		const engine = new SyncEngine({
			transport: couch,
			context: () => ({ db, communeId: 'C01', officer: 'canbo.c01' }),
			onEvent: (e) => e.type === 'start' && runs++
		});
		const [a, b, c] = [engine.run(), engine.run(), engine.run()];
		expect(a).toBe(b);
		expect(b).toBe(c);
		await a;
		expect(most).toBe(1);
		expect(runs).toBe(2);
		expect(engine.running).toBe(false);
	});

	it('another tab holding the lock: this one does not run', async () => {
		const { db, couch } = await setup();
		const locks = {
			request: async (_name: string, _opts: unknown, cb: (lock: null) => unknown) => cb(null)
		} as unknown as LockManager;
		const engine = new SyncEngine({
			transport: couch,
			context: () => ({ db, communeId: 'C01', officer: 'canbo.c01' }),
			locks
		});
		expect(await engine.run()).toMatchObject({ ok: false, kind: 'busy' });
		expect(couch.stats.requests).toBe(0);
	});

	it('says what stopped it: an expired session, nobody signed in, the tablet’s own storage', async () => {
		const { db, couch } = await setup();
		couch.faults = [{ when: 'before', kind: 'auth' }];
		const engine = new SyncEngine({
			transport: couch,
			context: () => ({ db, communeId: 'C01', officer: 'canbo.c01' })
		});
		expect(await engine.run()).toMatchObject({ ok: false, kind: 'auth' });
		expect(await new SyncEngine({ transport: couch, context: () => null }).run()).toMatchObject({
			ok: false,
			kind: 'no-session'
		});
		db.close();
		expect(await engine.run()).toMatchObject({ ok: false, kind: 'local' });
	});
});
