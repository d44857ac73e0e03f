import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedStore } from '../../src/lib/server/store/embedded';
import { communeDbName, CONFIG_DB } from '../../src/lib/domain/ids';
import { readAll, storeRequest } from '../../src/lib/server/store/target';
import { assessment, citizen, reviewEntry } from './fixtures';
import { startHarness, type Harness } from './harness';
import { couchUnderTest } from '../store';

// The second line: a client that reaches the store WITHOUT the gateway (as one could reach an
// Apache CouchDB port on a LAN) signs in with the store's own /_session and meets `_security`
// and `validate_doc_update`. Sent straight to the embedded store's socket.

let h: Harness;
const C01 = communeDbName('C01');
const C03 = communeDbName('C03');

beforeAll(async () => {
	h = await startHarness();
});
afterAll(() => h?.stop());

async function direct(method: string, path: string, cookie?: string, body?: unknown) {
	const headers: Record<string, string> = {
		'content-type': 'application/json',
		accept: 'application/json'
	};
	if (cookie) headers.cookie = cookie;
	const res = await storeRequest(
		h.system.store,
		method,
		path,
		headers,
		body === undefined ? undefined : Buffer.from(JSON.stringify(body))
	);
	const text = (await readAll(res)).toString();
	return {
		status: res.statusCode ?? 0,
		body: text ? JSON.parse(text) : null,
		cookie: res.headers['set-cookie']?.[0]?.split(';', 1)[0]
	};
}

async function storeSignIn(name: string): Promise<string> {
	const res = await direct('POST', '/_session', undefined, { name, password: 'demo1234' });
	expect(res.status).toBe(200);
	return res.cookie!;
}

const put = (db: string, doc: { _id: string } & Record<string, unknown>, cookie?: string) =>
	direct('PUT', `/${db}/${encodeURIComponent(doc._id)}`, cookie, doc);

describe('_security', () => {
	it('keeps anonymous users and other communes out', async () => {
		expect((await direct('GET', `/${C01}/_all_docs`)).status).toBe(401);
		expect((await put(C01, citizen('C01'))).status).toBe(401);
		// A signed-in non-member: Apache CouchDB says 403, the embedded store 401 (the gateway answers
		// 403 on both; this is the store's own second line, met without the gateway).
		const nonMember = couchUnderTest ? 403 : 401;
		const other = await storeSignIn('canbo.c02');
		expect((await direct('GET', `/${C01}/_all_docs`, other)).status).toBe(nonMember);
		const reviewer = await storeSignIn('duyet.d01');
		expect((await direct('GET', `/${C01}/_all_docs`, reviewer)).status).toBe(nonMember);
		expect((await direct('GET', `/${C03}/_all_docs`, reviewer)).status).toBe(200);
	});
});

describe('validate_doc_update', () => {
	it('lets an officer write its commune, but not review fields, other communes, or deletions', async () => {
		const officer = await storeSignIn('canbo.c01');
		const a = assessment('C01');
		const ok = await put(C01, a, officer);
		expect(ok.status).toBe(201);
		const review = reviewEntry('canbo.c01', 'recognised');
		const selfReview = await put(
			C01,
			{ ...a, _rev: ok.body.rev, status: 'recognised', review, history: [review] } as typeof a,
			officer
		);
		expect(selfReview.status).toBe(403);
		expect(selfReview.body.error).toBe('forbidden');
		const wrongCommune = await put(C01, { ...citizen('C01'), communeId: 'C02' }, officer);
		expect(wrongCommune.status).toBe(403);
		const del = await direct(
			'DELETE',
			`/${C01}/${encodeURIComponent(a._id)}?rev=${ok.body.rev}`,
			officer
		);
		expect(del.status).toBe(403);
	});
	it('lets a reviewer decide, never change answers', async () => {
		const officer = await storeSignIn('canbo.c03');
		const reviewer = await storeSignIn('duyet.d01');
		const a = assessment('C03');
		const stored = await put(C03, a, officer);
		const review = reviewEntry('duyet.d01', 'recognised');
		const firstKey = Object.keys(a.answers)[0];
		const tamper = await put(
			C03,
			{ ...a, _rev: stored.body.rev, answers: { ...a.answers, [firstKey]: 'x' } },
			reviewer
		);
		expect(tamper.status).toBe(403);
		const decide = await put(
			C03,
			{ ...a, _rev: stored.body.rev, status: 'recognised', review, history: [review] } as typeof a,
			reviewer
		);
		expect(decide.status).toBe(201);
	});
	it('refuses a merge across communes, a removed citizen changed, a hamlet for another commune (issue 15.7–15.8)', async () => {
		const officer = await storeSignIn('canbo.c01');
		const at = '2026-05-01T08:00:00.000Z';
		const twin = citizen('C01');
		const stored = await put(C01, twin, officer);
		expect(stored.status).toBe(201);
		const across = await put(
			C01,
			{ ...twin, _rev: stored.body.rev, merged: { into: citizen('C02')._id, at, by: 'canbo.c01' } },
			officer
		);
		expect(across.status).toBe(403);
		expect(across.body.reason).toBe(
			'Hồ sơ được giữ lại: Chỉ gộp được hai hồ sơ của cùng một xã (merged.into)'
		);
		const removed = await put(
			C01,
			{ ...twin, _rev: stored.body.rev, removed: { at, by: 'canbo.c01' } },
			officer
		);
		expect(removed.status).toBe(201);
		const changed = await put(
			C01,
			{ ...twin, _rev: removed.body.rev, removed: { at, by: 'canbo.c01' }, fullName: 'Khác' },
			officer
		);
		expect(changed.status).toBe(403);
		expect(changed.body.reason).toBe(
			'Xóa khỏi danh sách: Hồ sơ này đã bị xóa khỏi danh sách hoặc đã gộp vào hồ sơ khác, không sửa được nữa (removed)'
		);
		const hamletId = '01J0000000000000000000000H';
		const hamlet = {
			_id: `hamlet:C02:${hamletId}`,
			type: 'hamlet',
			communeId: 'C02',
			id: hamletId,
			name: 'Xóm Lạ',
			createdAt: at,
			createdBy: 'canbo.c01'
		};
		expect((await put(C01, hamlet, officer)).status).toBe(403);
		expect(
			(await put(C01, { ...hamlet, _id: `hamlet:C01:${hamletId}`, communeId: 'C01' }, officer))
				.status
		).toBe(201);
	});
	it('is the gateway’s own rules: a direct write is refused with the gateway’s words', async () => {
		const officer = await storeSignIn('canbo.c01');
		const doc = { ...citizen('C01'), cccdFull: '001085012345' };
		const direct = await put(C01, doc, officer);
		const gatewayCookie = await h.signIn('canbo.c01');
		const gateway = await h.request('PUT', `/${C01}/${encodeURIComponent(doc._id)}`, {
			cookie: gatewayCookie,
			body: doc
		});
		expect(direct.status).toBe(403);
		expect(direct.body.error).toBe('forbidden');
		expect(gateway.status).toBe(400);
		expect(direct.body.reason).toBe(gateway.body.reason);
		expect(direct.body.reason).toContain('(cccdFull)');
		// In another officer's name, and a reviewer recognising a draft: the same rules again.
		const signed = await put(C01, citizen('C01', { createdBy: 'canbo.c02' }), officer);
		expect(signed.body.reason).toContain('(createdBy)');
		const draft = assessment('C01', { status: 'draft' });
		const stored = await put(C01, draft, officer);
		expect(stored.status).toBe(201);
		const reviewer = await storeSignIn('duyet.p01');
		const review = reviewEntry('duyet.p01', 'recognised');
		const decided = await put(
			C01,
			{
				...draft,
				_rev: stored.body.rev,
				status: 'recognised',
				review,
				history: [review]
			} as typeof draft,
			reviewer
		);
		expect(decided.status).toBe(403);
		expect(decided.body.reason).toContain('(status)');
	});
	it('keeps cdht-config to administrators', async () => {
		const officer = await storeSignIn('canbo.c01');
		const unit = {
			_id: 'orgUnit:X1',
			type: 'orgUnit',
			id: 'X1',
			name: 'X',
			level: 'commune',
			parentId: 'P01'
		};
		expect((await put(CONFIG_DB, unit, officer)).status).toBe(403);
		const admin = await storeSignIn('quantri');
		expect((await put(CONFIG_DB, unit, admin)).status).toBe(201);
	});
	it('keeps a published criteria set unchanged, administrators included', async () => {
		const admin = await storeSignIn('quantri');
		const all = await direct(
			'GET',
			`/${CONFIG_DB}/_all_docs?include_docs=true&startkey=${encodeURIComponent('"criteriaSet:"')}&endkey=${encodeURIComponent('"criteriaSet:\ufff0"')}`,
			admin
		);
		const published = all.body.rows[0].doc;
		expect(published.type).toBe('criteriaSet');
		const changed = await put(CONFIG_DB, { ...published, title: 'Sửa lén' }, admin);
		expect(changed.status).toBe(403);
		expect(changed.body.reason).toContain('phiên bản mới');
		const deleted = await direct(
			'DELETE',
			`/${CONFIG_DB}/${encodeURIComponent(published._id)}?rev=${published._rev}`,
			admin
		);
		expect(deleted.status).toBe(403);
	});
});

describe('no admin party', () => {
	it('the very first request to a brand-new store is already anonymous', async () => {
		const dataDir = await mkdtemp(join(tmpdir(), 'cdht-party-'));
		const store = await startEmbeddedStore({
			dataDir,
			adminName: 'admin',
			adminPassword: 'a-long-random-password',
			passwordIterations: 1000
		});
		try {
			const ask = async (method: string, path: string) => {
				const res = await storeRequest(store.target, method, path, { accept: 'application/json' });
				return { status: res.statusCode, body: JSON.parse((await readAll(res)).toString()) };
			};
			const session = await ask('GET', '/_session');
			expect(session.body.userCtx).toEqual({ name: null, roles: [] });
			expect((await ask('PUT', '/party')).status).toBe(401);
			expect((await ask('GET', '/_users/_all_docs')).status).toBe(401);
		} finally {
			await store.close();
			await rm(dataDir, { recursive: true, force: true });
		}
	});
});
