import { describe, expect, it } from 'vitest';
import { toWire } from '$lib/db/records';
import { makeWork } from '$lib/sync/test-fixtures';
import {
	decodeHandover,
	encodeHandover,
	handoverFileName,
	keyIdFor,
	signHandover,
	verifyHandover,
	type HandoverAccount,
	type HandoverContent,
	type HandoverFile
} from './handover';
import { testPrivateKey, testPublicJwk } from './handover-test-keys';

const AT = '2026-12-04T09:30:00.000Z';

async function accountsWith(extra: Partial<Record<string, Partial<HandoverAccount>>> = {}) {
	const keyA = {
		id: await keyIdFor('canbo.c01', testPublicJwk('a')),
		jwk: testPublicJwk('a'),
		createdAt: AT
	};
	const keyB = {
		id: await keyIdFor('canbo.c02', testPublicJwk('b')),
		jwk: testPublicJwk('b'),
		createdAt: AT
	};
	const accounts: Record<string, HandoverAccount> = {
		'canbo.c01': { name: 'canbo.c01', keys: [keyA], ...extra['canbo.c01'] },
		'canbo.c02': { name: 'canbo.c02', keys: [keyB], ...extra['canbo.c02'] }
	};
	return { keyA, keyB, accountOf: async (name: string) => accounts[name] ?? null };
}

function content(n: number, keyId: string, officer = 'canbo.c01'): HandoverContent {
	const { citizens, assessments } = makeWork(n);
	const batchId = 'batch:C01:01JBATCH0000000000000000';
	const members = assessments.map((a) => ({ ...toWire(a), status: 'sent', batchId }));
	const batch = {
		_id: batchId,
		type: 'batch',
		communeId: 'C01',
		officer,
		createdAt: AT,
		sentAt: AT,
		assessmentIds: members.map((a) => a._id),
		citizenIds: citizens.map((c) => c._id),
		count: members.length,
		status: 'sent'
	};
	return {
		officer,
		communeId: 'C01',
		keyId,
		createdAt: AT,
		citizens: citizens.map((c) => toWire(c)),
		assessments: members,
		batches: [batch]
	};
}

/** Through the bytes, as it travels. */
const roundTrip = async (file: HandoverFile) => decodeHandover(await encodeHandover(file));

describe('hand-over file', () => {
	it('a file signed with the officer’s registered key is accepted as it was made', async () => {
		const { keyA, accountOf } = await accountsWith();
		const file = await signHandover(content(3, keyA.id), await testPrivateKey('a'));
		const verdict = await verifyHandover(await roundTrip(file), accountOf);
		expect(verdict).toEqual({ ok: true, file });
		expect(handoverFileName(file.signed.header)).toBe('cdht-C01-2026-12-04-3-phieu.cdht');
	});

	it('a changed byte anywhere in the signed part is refused as tampered', async () => {
		const { keyA, accountOf } = await accountsWith();
		const file = await signHandover(content(3, keyA.id), await testPrivateKey('a'));
		const text = JSON.stringify(file).replace('"birthYear":1951', '"birthYear":1952');
		expect(text).not.toBe(JSON.stringify(file));
		const verdict = await verifyHandover(JSON.parse(text), accountOf);
		expect(verdict).toMatchObject({ ok: false, code: 'signature' });
		const later = {
			...file,
			signed: {
				...file.signed,
				header: { ...file.signed.header, createdAt: '2026-12-05T09:30:00.000Z' }
			}
		};
		expect(await verifyHandover(later, accountOf)).toMatchObject({ ok: false, code: 'signature' });
	});

	it('the same content laid out differently (key order) still verifies: the signature covers canonical JSON', async () => {
		const { keyA, accountOf } = await accountsWith();
		const file = await signHandover(content(2, keyA.id), await testPrivateKey('a'));
		const reordered = {
			signature: file.signature,
			signed: { docs: file.signed.docs, header: file.signed.header }
		};
		expect((await verifyHandover(reordered, accountOf)).ok).toBe(true);
	});

	it('signed with another key under the officer’s key id: refused as not signed by that device', async () => {
		const { keyA, accountOf } = await accountsWith();
		const file = await signHandover(content(2, keyA.id), await testPrivateKey('b'));
		expect(await verifyHandover(file, accountOf)).toMatchObject({ ok: false, code: 'signature' });
	});

	it('a file naming officer c01 but signed with c02’s registered key: refused naming c02', async () => {
		const { keyB, accountOf } = await accountsWith();
		const file = await signHandover(content(2, keyB.id), await testPrivateKey('b'));
		const verdict = await verifyHandover(file, accountOf);
		expect(verdict).toMatchObject({ ok: false, code: 'other_officer' });
		expect(!verdict.ok && verdict.reason).toContain('canbo.c02');
	});

	it('a key the account does not hold, a revoked key, a disabled account: each its own reason', async () => {
		const { keyA } = await accountsWith();
		const file = await signHandover(content(1, keyA.id), await testPrivateKey('a'));
		const none = await accountsWith({ 'canbo.c01': { keys: [] } });
		expect(await verifyHandover(file, none.accountOf)).toMatchObject({
			ok: false,
			code: 'unknown_key'
		});
		const revoked = await accountsWith({
			'canbo.c01': { keys: [{ ...keyA, revokedAt: '2026-12-05T00:00:00.000Z' }] }
		});
		const verdict = await verifyHandover(file, revoked.accountOf);
		expect(verdict).toMatchObject({ ok: false, code: 'revoked' });
		expect(!verdict.ok && verdict.reason).toContain('2026-12-05');
		const disabled = await accountsWith({ 'canbo.c01': { disabled: true } });
		expect(await verifyHandover(file, disabled.accountOf)).toMatchObject({
			ok: false,
			code: 'disabled'
		});
	});

	it('not a hand-over file, or counts that disagree with the documents: unreadable', async () => {
		const { keyA, accountOf } = await accountsWith();
		expect(await verifyHandover({ docs: [] }, accountOf)).toMatchObject({
			ok: false,
			code: 'unreadable'
		});
		const file = await signHandover(content(2, keyA.id), await testPrivateKey('a'));
		const short = {
			...file,
			signed: {
				...file.signed,
				docs: { ...file.signed.docs, citizens: file.signed.docs.citizens.slice(1) }
			}
		};
		expect(await verifyHandover(short, accountOf)).toMatchObject({ ok: false, code: 'unreadable' });
		await expect(decodeHandover(new TextEncoder().encode('not gzip'))).rejects.toThrow();
	});

	it('2,000 assessments with their citizens fit in under 400 KB', async () => {
		const { keyA } = await accountsWith();
		const bytes = await encodeHandover(
			await signHandover(content(2000, keyA.id), await testPrivateKey('a'))
		);
		console.log(`hand-over file, 2,000 assessments + 2,000 citizens: ${bytes.byteLength} bytes`);
		expect(bytes.byteLength).toBeLessThan(400 * 1024);
	});
});
