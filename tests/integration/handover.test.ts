import 'fake-indexeddb/auto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyIdFor } from '../../src/lib/domain/handover';
import { testPrivateKey, testPublicJwk } from '../../src/lib/domain/handover-test-keys';
import { makeHandoverFile } from '../../src/lib/sync/handover-make';
import { makeWork } from '../../src/lib/sync/test-fixtures';
import { newDocId } from '../../src/lib/domain/ids';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';
import { seed, serverDocs, tablet, type Tablet } from './sync-tablet';

// Hand-over files (docs/handover.md): a tablet with no line makes a signed file, a reviewer hands it
// to the server, which applies it with the checks of a send, once; the tablet's later send then
// finds everything there and marks it sent.

let h: Harness;
let cookies: Record<DemoName, string>;
const A = { jwk: testPublicJwk('a') };
const B = { jwk: testPublicJwk('b') };

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

const keyOf = async (officer: string, which: 'a' | 'b') => ({
	id: await keyIdFor(officer, testPublicJwk(which)),
	privateKey: await testPrivateKey(which)
});
const post = (bytes: Uint8Array, cookie: string, query = '') =>
	h.request('POST', `/_handover${query}`, {
		cookie,
		body: Buffer.from(bytes),
		headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }
	});

/** A tablet of `officer` with `n` ready assessments (ids from `from`), offline: it only makes the file. */
async function fileFrom(
	officer: string,
	communeId: string,
	which: 'a' | 'b',
	n: number,
	from: number,
	keyOwner = officer
): Promise<{ t: Tablet; bytes: Uint8Array }> {
	const t = tablet(h, { cookie: cookies[officer as DemoName], officer, communeId });
	const work = makeWork(n, { communeId, from });
	for (const c of work.citizens) c.createdBy = officer;
	for (const a of work.assessments) a.assessedBy = officer;
	await seed(t, work);
	const made = await makeHandoverFile(
		{
			db: t.db,
			communeId,
			officer,
			now: () => new Date('2026-12-04T09:30:00.000Z'),
			newBatchId: () => newDocId('batch', communeId)
		},
		await keyOf(keyOwner, which)
	);
	return { t, bytes: made!.bytes };
}

describe('device keys', () => {
	it('an officer registers its tablet’s key once; the same again is no change; a reviewer has none to register', async () => {
		const body = { id: await keyIdFor('canbo.c01', A.jwk), jwk: A.jwk };
		expect(
			(await h.request('PUT', '/_handover/keys', { cookie: cookies['canbo.c01'], body })).status
		).toBe(201);
		expect(
			(await h.request('PUT', '/_handover/keys', { cookie: cookies['canbo.c01'], body })).status
		).toBe(200);
		const wrongId = await h.request('PUT', '/_handover/keys', {
			cookie: cookies['canbo.c02'],
			body
		});
		expect(wrongId.status).toBe(400);
		const reviewer = await h.request('PUT', '/_handover/keys', {
			cookie: cookies['duyet.p01'],
			body
		});
		expect(reviewer.status).toBe(403);
		const c02 = { id: await keyIdFor('canbo.c02', B.jwk), jwk: B.jwk };
		expect(
			(await h.request('PUT', '/_handover/keys', { cookie: cookies['canbo.c02'], body: c02 }))
				.status
		).toBe(201);
		const c03 = { id: await keyIdFor('canbo.c03', A.jwk), jwk: A.jwk };
		expect(
			(await h.request('PUT', '/_handover/keys', { cookie: cookies['canbo.c03'], body: c03 }))
				.status
		).toBe(201);
	});
});

describe('importing a file', () => {
	let good: { t: Tablet; bytes: Uint8Array };

	it('a good file is applied once: every document new, the batch as a send makes it', async () => {
		good = await fileFrom('canbo.c01', 'C01', 'a', 3, 100);
		const preview = await post(good.bytes, cookies['duyet.p01'], '?dryRun=1');
		expect(preview.status).toBe(200);
		expect(preview.body).toMatchObject({
			dryRun: true,
			header: {
				officer: 'canbo.c01',
				communeId: 'C01',
				counts: { citizens: 3, assessments: 3, batches: 1 }
			}
		});
		expect(preview.body.new).toHaveLength(7);
		expect((await serverDocs(h, cookies.quantri)).size).toBe(0);

		const res = await post(good.bytes, cookies['duyet.p01']);
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ already: [], refused: [] });
		expect(res.body.new).toHaveLength(7);
		const docs = [...(await serverDocs(h, cookies.quantri)).values()];
		const batch = docs.find((d) => d.type === 'batch')!;
		expect(batch).toMatchObject({ officer: 'canbo.c01', status: 'sent', count: 3 });
		expect(
			docs
				.filter((d) => d.type === 'assessment')
				.every((a) => a.status === 'sent' && a.batchId === batch._id)
		).toBe(true);
	});

	it('the same file again: everything already there, nothing stored twice', async () => {
		const before = await serverDocs(h, cookies.quantri);
		const res = await post(good.bytes, cookies['duyet.p01']);
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ new: [], refused: [] });
		expect(res.body.already).toHaveLength(7);
		const after = await serverDocs(h, cookies.quantri);
		expect([...after.values()].map((d) => d._rev)).toEqual([...before.values()].map((d) => d._rev));
	});

	it('the tablet goes online: its send finds the documents there, marks them sent, and duplicates nothing', async () => {
		const before = await serverDocs(h, cookies.quantri);
		const outcome = await good.t.engine.run();
		expect(outcome.ok).toBe(true);
		const assessments = await good.t.db.assessments.toArray();
		expect(assessments.map((a) => [a.status, a.dirty])).toEqual([
			['sent', 0],
			['sent', 0],
			['sent', 0]
		]);
		expect((await good.t.db.citizens.toArray()).every((c) => c.dirty === 0)).toBe(true);
		const after = await serverDocs(h, cookies.quantri);
		expect([...after.keys()]).toEqual([...before.keys()]);
	});

	it('a file whose content was also sent online, and a file overlapping it: only what is new is stored', async () => {
		const first = await fileFrom('canbo.c01', 'C01', 'a', 2, 600);
		expect((await first.t.engine.run()).ok).toBe(true);
		const online = await serverDocs(h, cookies.quantri);
		const res = await post(first.bytes, cookies.quantri);
		expect(res.status).toBe(200);
		expect(res.body).toMatchObject({ new: [], refused: [] });
		expect(res.body.already).toHaveLength(5);
		// Two more on the same tablet: its next file holds only them (the first two were acknowledged).
		await seed(first.t, makeWork(2, { from: 610 }));
		const made = await makeHandoverFile(
			{
				db: first.t.db,
				communeId: 'C01',
				officer: 'canbo.c01',
				now: () => new Date(),
				newBatchId: () => newDocId('batch', 'C01')
			},
			await keyOf('canbo.c01', 'a')
		);
		const second = await post(made!.bytes, cookies['duyet.p01']);
		expect(second.body.new).toHaveLength(5);
		expect((await serverDocs(h, cookies.quantri)).size).toBe(online.size + 5);
	});

	it('the reviewer decides before the tablet is online again: the tablet shows the decision, and sends nothing twice', async () => {
		const { t, bytes } = await fileFrom('canbo.c01', 'C01', 'a', 2, 700);
		expect((await post(bytes, cookies['duyet.p01'])).body.new).toHaveLength(5);
		const [first, second] = await t.db.assessments.toArray();
		const path = `/cdht-c-c01/${encodeURIComponent(first._id)}`;
		const current = (await h.request('GET', path, { cookie: cookies['duyet.p01'] })).body;
		const entry = { by: 'duyet.p01', at: new Date().toISOString(), decision: 'recognised' };
		const decided = await h.request('PUT', path, {
			cookie: cookies['duyet.p01'],
			body: { ...current, status: 'recognised', review: entry, history: [entry] }
		});
		expect(decided.status, decided.text).toBe(201);
		const before = await serverDocs(h, cookies.quantri);
		expect((await t.engine.run()).ok).toBe(true);
		expect(await t.db.assessments.get(first._id)).toMatchObject({
			status: 'recognised',
			dirty: 0,
			_rev: decided.body.rev
		});
		expect(await t.db.assessments.get(second._id)).toMatchObject({ status: 'sent', dirty: 0 });
		const after = await serverDocs(h, cookies.quantri);
		expect([...after.keys()]).toEqual([...before.keys()]);
		expect(after.get(first._id)?._rev).toBe(decided.body.rev);
	});

	it('a changed byte is refused as tampered, and nothing is stored', async () => {
		const { bytes } = await fileFrom('canbo.c01', 'C01', 'a', 1, 200);
		const text = gunzipSync(bytes).toString('utf8').replace('"birthYear":', '"birthYear":1');
		const res = await post(gzipSync(text), cookies['duyet.p01']);
		expect(res.status).toBe(403);
		expect(res.body).toMatchObject({ error: 'handover_refused', code: 'signature' });
		expect(res.body.reason).toMatch(/^Chữ ký không khớp/);
	});

	it('a file of canbo.c01 signed with canbo.c02’s key: refused, naming canbo.c02', async () => {
		const { bytes } = await fileFrom('canbo.c01', 'C01', 'b', 1, 300, 'canbo.c02');
		const res = await post(bytes, cookies['duyet.p01']);
		expect(res.status).toBe(403);
		expect(res.body).toMatchObject({ error: 'handover_refused', code: 'other_officer' });
		expect(res.body.reason).toContain('canbo.c02');
	});

	it('a reviewer without scope over the commune, or an officer, cannot import', async () => {
		const { bytes } = await fileFrom('canbo.c01', 'C01', 'a', 1, 400);
		const outside = await post(bytes, cookies['duyet.d01']);
		expect(outside.status).toBe(403);
		expect(outside.body.reason).toBe('Bạn không có quyền với dữ liệu của đơn vị C01.');
		const officer = await post(bytes, cookies['canbo.c01']);
		expect(officer.status).toBe(403);
		expect(officer.body.reason).toBe('Chỉ người duyệt hoặc quản trị viên nhận tệp từ xã.');
	});

	it('a revoked device, then a disabled account: each refused with its own sentence', async () => {
		const { bytes } = await fileFrom('canbo.c03', 'C03', 'a', 1, 500);
		const path = '/_users/org.couchdb.user:canbo.c03';
		const account = (await h.request('GET', path, { cookie: cookies.quantri })).body;
		expect(account.handoverKeys).toHaveLength(1);
		const added = await h.request('PUT', path, {
			cookie: cookies.quantri,
			body: {
				...account,
				handoverKeys: [...account.handoverKeys, { ...account.handoverKeys[0], id: 'canbo.c03~x' }]
			}
		});
		expect(added.status).toBe(400);
		const revokedAt = '2026-12-05T08:00:00.000Z';
		const revoked = await h.request('PUT', path, {
			cookie: cookies.quantri,
			body: { ...account, handoverKeys: [{ ...account.handoverKeys[0], revokedAt }] }
		});
		expect(revoked.status).toBe(201);
		const res = await post(bytes, cookies['duyet.d01']);
		expect(res.status).toBe(403);
		expect(res.body).toMatchObject({ error: 'handover_refused', code: 'revoked' });
		expect(res.body.reason).toContain('2026-12-05');

		const now = (await h.request('GET', path, { cookie: cookies.quantri })).body;
		expect(
			(await h.request('PUT', path, { cookie: cookies.quantri, body: { ...now, disabled: true } }))
				.status
		).toBe(201);
		const disabled = await post(bytes, cookies['duyet.d01']);
		expect(disabled.status).toBe(403);
		expect(disabled.body).toMatchObject({ error: 'handover_refused', code: 'disabled' });
		expect(disabled.body.reason).toBe(
			'Tài khoản của cán bộ canbo.c03 đã bị khoá. Không nhận tệp của tài khoản này.'
		);
		expect((await serverDocs(h, cookies.quantri, 'C03')).size).toBe(0);
	});
});
