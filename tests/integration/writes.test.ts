import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Batch } from '../../src/lib/domain/assessment.schema';
import { communeDbName, newDocId } from '../../src/lib/domain/ids';
import { assessment, citizen, citizenOf, reviewEntry } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

// The gateway stores the document it checked (issue 13.5–13.7, 13.10): nothing outside the schema,
// no attachments, only references the server can vouch for, bounded sizes; one bad document in a
// `_bulk_docs` is refused alone.

let h: Harness;
let cookies: Record<DemoName, string>;
const C01 = communeDbName('C01');
const path = (id: string) => `/${C01}/${encodeURIComponent(id)}`;
const as = (name: DemoName) => ({ cookie: cookies[name] });

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

async function storedAssessment(extra: Partial<Assessment> = {}) {
	const a = assessment('C01', extra);
	const res = await h.request('POST', `/${C01}/_bulk_docs`, {
		...as('canbo.c01'),
		body: { docs: [citizenOf(a), a] }
	});
	expect(res.body.map((r: { ok?: boolean }) => r.ok)).toEqual([true, true]);
	return { ...a, _rev: res.body[1].rev as string };
}

describe('fields outside the schema', () => {
	it('refuses a whole CCCD number, a health note and an attachment, naming each, and stores nothing', async () => {
		const doc = { ...citizen('C01'), cccdFull: '001085012345', healthNote: 'tiểu đường' };
		const res = await h.request('PUT', path(doc._id), { ...as('canbo.c01'), body: doc });
		expect(res.status).toBe(400);
		expect(res.body.error).toBe('bad_request');
		expect(res.body.issues).toEqual([
			{ path: 'cccdFull', message: 'err.unknownField' },
			{ path: 'healthNote', message: 'err.unknownField' }
		]);
		expect(res.body.reason).toContain('(cccdFull)');
		const photo = {
			...citizen('C01'),
			_attachments: {
				'cccd.jpg': { content_type: 'image/jpeg', data: Buffer.alloc(2000).toString('base64') }
			}
		};
		const attached = await h.request('PUT', path(photo._id), { ...as('canbo.c01'), body: photo });
		expect(attached.status).toBe(400);
		expect(attached.body.reason).toContain('(_attachments)');
		for (const id of [doc._id, photo._id])
			expect((await h.request('GET', path(id), as('canbo.c01'))).status).toBe(404);
	});

	it('refuses a reviewer’s extra field or attachment while deciding', async () => {
		const a = await storedAssessment();
		const review = reviewEntry('duyet.p01', 'recognised');
		const decided = { ...a, status: 'recognised', review, history: [review] };
		const withField = await h.request('PUT', path(a._id), {
			...as('duyet.p01'),
			body: { ...decided, cccd: '001085012345' }
		});
		expect(withField.status).toBe(400);
		expect(withField.body.reason).toContain('(cccd)');
		const html = {
			'x.html': {
				content_type: 'text/html',
				data: Buffer.from('<script>alert(1)</script>').toString('base64')
			}
		};
		const withPage = await h.request('PUT', path(a._id), {
			...as('duyet.p01'),
			body: { ...decided, _attachments: html }
		});
		expect(withPage.status).toBe(400);
		expect(
			(await h.request('PUT', path(a._id), { ...as('duyet.p01'), body: decided })).status
		).toBe(201);
	});

	it('one bad document in _bulk_docs is refused alone: a _foo field, an attachment stub, an unknown field', async () => {
		const good = citizen('C01');
		const foo = { ...citizen('C01'), _foo: 1 };
		const stub = {
			...citizen('C01'),
			_attachments: {
				'a.jpg': { stub: true, content_type: 'image/jpeg', digest: 'md5-x', length: 1 }
			}
		};
		const extra = { ...citizen('C01'), note: 'x' };
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('canbo.c01'),
			body: { docs: [foo, good, stub, extra] }
		});
		expect(res.status).toBe(201);
		expect(res.body.map((r: { ok?: boolean; error?: string }) => r.ok ?? r.error)).toEqual([
			'forbidden',
			true,
			'forbidden',
			'forbidden'
		]);
		expect(res.body.map((r: { issues?: { path: string }[] }) => r.issues?.[0].path)).toEqual([
			'_foo',
			undefined,
			'_attachments',
			'note'
		]);
	});

	it('a field an officer stored before the schemas were strict never makes the assessment undecidable', async () => {
		const a = assessment('C01');
		const legacy = { ...a, healthNote: 'cao huyết áp' };
		// Written straight to the store as its admin, as the gateway let it through before.
		await (
			await h.adminClient()
		).ok('POST', `/${C01}/_bulk_docs`, { docs: [citizenOf(a), legacy] });
		const stored = (await h.request('GET', path(a._id), as('duyet.p01'))).body;
		expect(stored.healthNote).toBe('cao huyết áp');
		const review = reviewEntry('duyet.p01', 'recognised');
		const res = await h.request('PUT', path(a._id), {
			...as('duyet.p01'),
			body: { ...stored, status: 'recognised', review, history: [review] }
		});
		expect(res.status, res.text).toBe(201);
		const after = (await h.request('GET', path(a._id), as('duyet.p01'))).body;
		expect(after.status).toBe('recognised');
		expect(after).not.toHaveProperty('healthNote');
	});
});

describe('integrity', () => {
	it('an assessment needs its citizen on the server, or in the same request, before or after it', async () => {
		const a = assessment('C01');
		const alone = await h.request('PUT', path(a._id), { ...as('canbo.c01'), body: a });
		expect(alone.status).toBe(400);
		expect(alone.body.reason).toContain('(citizenId)');
		const b = assessment('C01');
		const together = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('canbo.c01'),
			body: { docs: [b, citizenOf(b)] }
		});
		expect(together.body.map((r: { ok?: boolean }) => r.ok)).toEqual([true, true]);
		// A refused citizen takes its assessment with it.
		const c = assessment('C01');
		const both = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('canbo.c01'),
			body: { docs: [citizenOf(c, { fullName: '' }), c] }
		});
		expect(both.body.map((r: { issues?: { path: string }[] }) => r.issues?.[0].path)).toEqual([
			'fullName',
			'citizenId'
		]);
	});

	it('refuses what the citizen contradicts, and work signed in another officer’s name', async () => {
		const a = assessment('C01');
		const cases: [Record<string, unknown>, Record<string, unknown>, string][] = [
			[{}, { hamletId: 'C01-H02' }, 'hamletId'],
			[{ birthYear: 2015 }, {}, 'period'],
			[{}, { assessedBy: 'canbo.c02' }, 'assessedBy'],
			[{}, { period: 2099 }, 'period'],
			[{}, { assessedAt: '1970-01-01T00:00:00.000Z' }, 'assessedAt']
		];
		for (const [citizenChange, change, field] of cases) {
			const doc = {
				...a,
				_id: newDocId('assessment', 'C01'),
				citizenId: newDocId('citizen', 'C01'),
				...change
			};
			const res = await h.request('POST', `/${C01}/_bulk_docs`, {
				...as('canbo.c01'),
				body: {
					docs: [citizenOf({ ...a, citizenId: doc.citizenId as string }, citizenChange), doc]
				}
			});
			expect(res.body[1].issues?.[0].path, `${field}: ${res.text}`).toBe(field);
		}
		const someoneElse = citizen('C01', { createdBy: 'canbo.c02' });
		expect(
			(await h.request('PUT', path(someoneElse._id), { ...as('canbo.c01'), body: someoneElse }))
				.body.reason
		).toContain('(createdBy)');
	});

	it('a batch is its sender’s, counts its members, and lists only members on the server', async () => {
		const a = await storedAssessment();
		const batch: Batch = {
			_id: newDocId('batch', 'C01'),
			type: 'batch',
			communeId: 'C01',
			officer: 'canbo.c01',
			createdAt: '2026-03-01T08:00:00.000Z',
			sentAt: '2026-03-01T08:00:00.000Z',
			assessmentIds: [a._id],
			citizenIds: [a.citizenId],
			count: 1,
			status: 'sent'
		};
		const refused = async (doc: Batch) =>
			(await h.request('PUT', path(doc._id), { ...as('canbo.c01'), body: doc })).body.issues?.[0]
				.path;
		expect(await refused({ ...batch, count: 2 })).toBe('count');
		expect(await refused({ ...batch, officer: 'canbo.c02' })).toBe('officer');
		expect(await refused({ ...batch, assessmentIds: [newDocId('assessment', 'C01')] })).toBe(
			'assessmentIds.0'
		);
		expect(
			(await h.request('PUT', path(batch._id), { ...as('canbo.c01'), body: batch })).status
		).toBe(201);
	});

	it('a reviewer decides only sent assessments: a draft cannot be recognised', async () => {
		const draft = await storedAssessment({ status: 'draft' });
		const review = reviewEntry('duyet.p01', 'recognised');
		const res = await h.request('PUT', path(draft._id), {
			...as('duyet.p01'),
			body: { ...draft, status: 'recognised', review, history: [review] }
		});
		expect(res.status).toBe(403);
		expect(res.body.reason).toContain('(status)');
	});
});

describe('sizes', () => {
	it('bounds the documents of one _bulk_docs request', async () => {
		const docs = Array.from({ length: 1001 }, () => citizen('C01'));
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('canbo.c01'),
			body: { docs }
		});
		expect(res.status).toBe(413);
		expect(res.body.error).toBe('too_large');
	});
	it('bounds a request body at 4 MB after inflating, and a _local document at 64 KB', async () => {
		const body = { docs: [{ ...citizen('C01'), household: 'x'.repeat(4 * 1024 * 1024) }] };
		const big = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('canbo.c01'),
			body,
			gzip: true
		});
		expect(big.status).toBe(413);
		const local = await h.request('PUT', `/${C01}/_local/checkpoint-x`, {
			...as('canbo.c01'),
			body: { history: 'x'.repeat(70 * 1024) }
		});
		expect(local.status).toBe(413);
		expect(
			(
				await h.request('PUT', `/${C01}/_local/checkpoint-x`, {
					...as('canbo.c01'),
					body: { last_seq: '12-abc' }
				})
			).status
		).toBe(201);
	});
});

describe('POST /{db} (nano’s db.insert)', () => {
	it('stores a checked document that carries its id, and refuses one without', async () => {
		const doc = citizen('C01');
		const res = await h.request('POST', `/${C01}`, { ...as('canbo.c01'), body: doc });
		expect(res.status).toBe(201);
		expect(res.body).toMatchObject({ ok: true, id: doc._id });
		const { _id: _, ...noId } = citizen('C01');
		const bare = await h.request('POST', `/${C01}`, { ...as('canbo.c01'), body: noId });
		expect(bare.status).toBe(400);
		expect(bare.body.reason).toContain('_id');
		const extra = await h.request('POST', `/${C01}`, {
			...as('canbo.c01'),
			body: { ...citizen('C01'), x: 1 }
		});
		expect(extra.status).toBe(400);
	});
});
