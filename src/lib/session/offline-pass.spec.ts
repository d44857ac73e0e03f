import { describe, expect, it } from 'vitest';
import { ITERATIONS, MAX_TRIES, checkPass, makePass, readPass, writePass } from './offline-pass';

// A low work factor keeps the spec fast; the rule is the same at ITERATIONS.
const FAST = 1_000;

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('makePass', () => {
	it('keeps a salted hash, never the password, and a new salt each time', async () => {
		const a = await makePass('demo1234', { name: 'canbo.c01' }, FAST);
		const b = await makePass('demo1234', { name: 'canbo.c01' }, FAST);
		expect(JSON.stringify(a)).not.toContain('demo1234');
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
		expect(a.failures).toBe(0);
	});

	it('uses a slow hash by default (at least 200,000 PBKDF2 iterations)', async () => {
		expect(ITERATIONS).toBeGreaterThanOrEqual(200_000);
		expect((await makePass('x', null)).iterations).toBe(ITERATIONS);
	});
});

describe('checkPass', () => {
	it('accepts the right password and resets the count of wrong tries', async () => {
		const pass = { ...(await makePass('demo1234', null, FAST)), failures: 3 };
		const result = await checkPass(pass, 'demo1234');
		expect(result.kind).toBe('ok');
		if (result.kind === 'ok') expect(result.pass.failures).toBe(0);
	});

	it(`counts wrong tries and, after ${MAX_TRIES}, refuses even the right password`, async () => {
		let pass = await makePass('demo1234', null, FAST);
		for (let i = 1; i <= MAX_TRIES; i++) {
			const result = await checkPass(pass, 'sai' + i);
			expect(result).toMatchObject({ kind: 'wrong', left: MAX_TRIES - i });
			if (result.kind !== 'wrong') throw new Error('expected wrong');
			pass = result.pass;
		}
		expect(await checkPass(pass, 'demo1234')).toEqual({ kind: 'locked' });
	});
});

describe('readPass / writePass', () => {
	it('one entry per user name, whatever its case; junk reads as none', async () => {
		const storage = memoryStorage();
		const pass = await makePass('demo1234', { name: 'canbo.c01' }, FAST);
		writePass(storage, 'Canbo.C01 ', pass);
		expect(readPass(storage, 'canbo.c01')).toEqual(pass);
		expect(readPass(storage, 'canbo.c02')).toBeNull();
		storage.setItem('cdht.offlinePass.canbo.c03', '{oops');
		expect(readPass(storage, 'canbo.c03')).toBeNull();
	});
});
