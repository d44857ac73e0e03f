import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-db';
import { keyIdFor } from '$lib/domain/handover';
import { deviceKey, deviceKeyOf, registerDeviceKey } from './device-key';

describe('the tablet’s device key', () => {
	it('is made once, non-extractable, kept in IndexedDB, and its id names the officer and the key', async () => {
		const db = freshDb();
		const key = await deviceKey(db, 'canbo.c01');
		expect(key.privateKey.extractable).toBe(false);
		expect(key.id).toBe(await keyIdFor('canbo.c01', key.jwk));
		expect((await deviceKeyOf(db))?.id).toBe(key.id);
		expect((await deviceKey(db, 'canbo.c01')).id).toBe(key.id);
	});

	it('is registered once, confirmed a day later, and replaced when the server says it was revoked', async () => {
		const db = freshDb();
		const sent: { id: string }[] = [];
		let revoked = false;
		const put = async (_path: string, body: unknown) => {
			sent.push(body as { id: string });
			return {
				ok: true,
				key: { ...(body as object), ...(revoked ? { revokedAt: '2026-12-05T00:00:00.000Z' } : {}) }
			};
		};
		const day0 = new Date('2026-12-04T08:00:00.000Z');
		const first = await registerDeviceKey(db, 'canbo.c01', put, day0);
		expect(first.registeredAt).toBe(day0.toISOString());
		await registerDeviceKey(db, 'canbo.c01', put, new Date('2026-12-04T20:00:00.000Z'));
		expect(sent).toHaveLength(1);
		revoked = true;
		const next = await registerDeviceKey(
			db,
			'canbo.c01',
			async (path, body) => {
				const answer = await put(path, body);
				revoked = false;
				return answer;
			},
			new Date('2026-12-05T09:00:00.000Z')
		);
		expect(sent).toHaveLength(3);
		expect(next.id).not.toBe(first.id);
		expect(sent[2].id).toBe(next.id);
		expect((await deviceKeyOf(db))?.id).toBe(next.id);
	});
});
