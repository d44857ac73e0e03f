// A tablet that missed a change hears CouchDB's "conflict", before any write rule is judged
// against a version it never saw; it then fetches the server's version and resolves by rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { communeDbName } from '../../src/lib/domain/ids';
import { citizen } from './fixtures';
import { startHarness, type Harness } from './harness';

let h: Harness;
let officer: string;
const C01 = communeDbName('C01');

beforeAll(async () => {
	h = await startHarness();
	officer = await h.signIn('canbo.c01');
});
afterAll(() => h?.stop());

describe('a write on a stale or missing _rev', () => {
	it('is a 409 conflict in _bulk_docs, beside the documents that go through', async () => {
		const doc = citizen('C01');
		const first = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: { docs: [doc] }
		});
		const rev1 = first.body[0].rev;
		const second = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: { docs: [{ ...doc, _rev: rev1, household: 'Hộ mới' }] }
		});
		expect(second.body[0].ok).toBe(true);

		const fresh = citizen('C01');
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: {
				docs: [
					{ ...doc, _rev: rev1, household: 'Bản cũ' },
					{ ...doc, household: 'Không có _rev' },
					fresh
				]
			}
		});
		expect(res.status).toBe(201);
		expect(res.body.map((r: { error?: string; ok?: boolean }) => r.error ?? r.ok)).toEqual([
			'conflict',
			'conflict',
			true
		]);
		const stored = await h.request('GET', `/${C01}/${encodeURIComponent(doc._id)}`, {
			cookie: officer
		});
		expect(stored.body.household).toBe('Hộ mới');
	});

	it('is a 409 conflict on a single PUT', async () => {
		const doc = citizen('C01');
		const path = `/${C01}/${encodeURIComponent(doc._id)}`;
		const put = await h.request('PUT', path, { cookie: officer, body: doc });
		expect(put.status).toBe(201);
		await h.request('PUT', path, {
			cookie: officer,
			body: { ...doc, _rev: put.body.rev, household: 'Hộ mới' }
		});
		const stale = await h.request('PUT', path, {
			cookie: officer,
			body: { ...doc, _rev: put.body.rev, household: 'Bản cũ' }
		});
		expect(stale.status).toBe(409);
		expect(stale.body.error).toBe('conflict');
	});

	it('a refusal by the schema names its fields in `issues` as well as in the reason', async () => {
		const bad = { ...citizen('C01'), birthYear: 1800 };
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			cookie: officer,
			body: { docs: [bad] }
		});
		expect(res.body[0]).toMatchObject({ id: bad._id, error: 'forbidden' });
		expect(res.body[0].issues).toEqual([{ path: 'birthYear', message: 'err.birthYear' }]);
	});
});
