import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openUserDb } from './db';

describe('openUserDb', () => {
	it('after a sign-out closed it, the same user gets a database that works', async () => {
		const first = openUserDb('canbo.reopen');
		await first.meta.put({ key: 'lastSentAt', value: 1 });
		first.close(); // what a sign-out does
		const again = openUserDb('canbo.reopen');
		expect(await again.meta.get('lastSentAt')).toEqual({ key: 'lastSentAt', value: 1 });
	});

	it('the same user while open gets the same copy', () => {
		expect(openUserDb('canbo.same')).toBe(openUserDb('canbo.same'));
	});
});
