import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Citizen } from '../../src/lib/domain/citizen.schema';
import type { Hamlet } from '../../src/lib/domain/hamlet.schema';
import { communeDbName, newDocId } from '../../src/lib/domain/ids';
import { assessment, citizen, citizenOf } from './fixtures';
import { signInAll, startHarness, type DemoName, type Harness } from './harness';

// Issue 15.7–15.8 at the gateway: an officer removes a citizen registered by mistake, merges two
// records of one person, proposes a hamlet; each an ordinary document the rules check, refused
// with one status and reason where it breaks them.

let h: Harness;
let cookies: Record<DemoName, string>;
const C01 = communeDbName('C01');
const AT = '2026-05-01T08:00:00.000Z';
const as = (name: DemoName) => ({ cookie: cookies[name] });
const put = (
	doc: { _id: string } & Record<string, unknown>,
	who: DemoName = 'canbo.c01',
	db = C01
) => h.request('PUT', `/${db}/${encodeURIComponent(doc._id)}`, { ...as(who), body: doc });

beforeAll(async () => {
	h = await startHarness();
	cookies = await signInAll(h);
});
afterAll(() => h?.stop());

async function stored(c: Citizen): Promise<Citizen> {
	const res = await put(c);
	expect(res.status).toBe(201);
	return { ...c, _rev: res.body.rev };
}

const removal = { at: AT, by: 'canbo.c01', reason: 'Nhập nhầm' };

describe('removing a citizen', () => {
	it('stores the removal of a citizen with no assessment', async () => {
		const c = await stored(citizen('C01'));
		const res = await put({ ...c, removed: removal, updatedAt: AT });
		expect(res.status).toBe(201);
	});

	it('refuses the removal of a citizen with an assessment, and nothing changes', async () => {
		const a = assessment('C01');
		const c = await stored(citizenOf(a));
		expect((await put(a)).status).toBe(201);
		const res = await put({ ...c, removed: removal, updatedAt: AT });
		expect(res.status).toBe(400);
		expect(res.body.reason).toBe(
			'Xóa khỏi danh sách: Người này đã có phiếu đánh giá nên không xóa được; nếu trùng người, hãy gộp và giữ hồ sơ có phiếu (removed)'
		);
		expect(
			(await h.request('GET', `/${C01}/${encodeURIComponent(c._id)}`, as('canbo.c01'))).body.removed
		).toBeUndefined();
	});
});

describe('the reviewer’s possible duplicates', () => {
	it('leave out a citizen removed or merged away', async () => {
		const [a, b, c] = [
			await stored(citizen('C01', { birthYear: 1931 })),
			await stored(citizen('C01', { birthYear: 1931 })),
			await stored(citizen('C01', { birthYear: 1931 }))
		];
		expect((await put({ ...b, removed: removal })).status).toBe(201);
		expect((await put({ ...c, merged: { into: a._id, at: AT, by: 'canbo.c01' } })).status).toBe(
			201
		);
		const key = encodeURIComponent(JSON.stringify(['C01-H01', 1931]));
		const res = await h.request(
			'GET',
			`/${C01}/_design/rules/_view/review_twins?key=${key}`,
			as('duyet.p01')
		);
		expect(res.status).toBe(200);
		expect(res.body.rows.map((r: { id: string }) => r.id)).toEqual([a._id]);
	});
});

describe('merging two records of one person', () => {
	it('stores a merge whose assessment moves to the record kept in the same request', async () => {
		const kept = await stored(citizen('C01'));
		const a = assessment('C01', { status: 'ready' });
		const twin = await stored(citizenOf(a));
		const aStored = { ...a, _rev: (await put(a)).body.rev };
		const res = await h.request('POST', `/${C01}/_bulk_docs`, {
			...as('canbo.c01'),
			body: {
				docs: [
					{ ...twin, merged: { into: kept._id, at: AT, by: 'canbo.c01' }, updatedAt: AT },
					{ ...aStored, citizenId: kept._id, updatedAt: AT }
				]
			}
		});
		expect(res.body.map((r: { ok?: boolean }) => r.ok)).toEqual([true, true]);
	});

	it('refuses a merge that would leave an assessment on the record merged away', async () => {
		const kept = await stored(citizen('C01'));
		const a = assessment('C01');
		const twin = await stored(citizenOf(a));
		expect((await put(a)).status).toBe(201);
		const res = await put({
			...twin,
			merged: { into: kept._id, at: AT, by: 'canbo.c01' },
			updatedAt: AT
		});
		expect(res.status).toBe(400);
		expect(res.body.reason).toBe(
			'Gộp hồ sơ: Hồ sơ này còn phiếu đánh giá đã được duyệt; hãy giữ hồ sơ này và gộp hồ sơ kia vào nó (merged)'
		);
	});

	it('refuses a merge into a citizen of another commune', async () => {
		const other = citizen('C02');
		expect((await put(other, 'canbo.c02', communeDbName('C02'))).status).toBe(201);
		const twin = await stored(citizen('C01'));
		const res = await put({
			...twin,
			merged: { into: other._id, at: AT, by: 'canbo.c01' },
			updatedAt: AT
		});
		expect(res.status).toBe(403);
		expect(res.body.reason).toBe(
			'Hồ sơ được giữ lại: Chỉ gộp được hai hồ sơ của cùng một xã (merged.into)'
		);
	});

	it('refuses a chain: a record others were merged into cannot itself be merged', async () => {
		const [a, b, c] = [
			await stored(citizen('C01')),
			await stored(citizen('C01')),
			await stored(citizen('C01'))
		];
		expect((await put({ ...a, merged: { into: b._id, at: AT, by: 'canbo.c01' } })).status).toBe(
			201
		);
		const res = await put({ ...b, merged: { into: c._id, at: AT, by: 'canbo.c01' } });
		expect(res.status).toBe(400);
		expect(res.body.reason).toBe(
			'Gộp hồ sơ: Đã có hồ sơ khác gộp vào hồ sơ này; hãy giữ hồ sơ này và gộp hồ sơ kia vào nó (merged)'
		);
	});
});

describe('a hamlet added by the officer', () => {
	const hamlet = (communeId: string, by: string): Hamlet => {
		const _id = newDocId('hamlet', communeId);
		return {
			_id,
			type: 'hamlet',
			communeId,
			id: _id.split(':')[2],
			name: 'Xóm Mới',
			createdAt: AT,
			createdBy: by
		};
	};

	it('is stored for her own commune, and a citizen can be registered in it', async () => {
		const t = hamlet('C01', 'canbo.c01');
		expect((await put(t)).status).toBe(201);
		expect((await put(citizen('C01', { hamletId: t.id }))).status).toBe(201);
	});

	it('the administrator accepts one under its own id (renamed), or merges one into a hamlet; an officer cannot', async () => {
		const accepted = hamlet('C01', 'canbo.c01');
		const merged = hamlet('C01', 'canbo.c01');
		const revs = [(await put(accepted)).body.rev, (await put(merged)).body.rev];
		const officerMaps = await put({ ...merged, _rev: revs[1], mappedTo: 'C01-H01' });
		expect(officerMaps.status).toBe(403);
		expect(officerMaps.body.reason).toBe(
			'Thôn, ấp chính thức: Chỉ quản trị viên được sửa thôn, ấp đã thêm (mappedTo)'
		);
		const unit = {
			_id: `orgUnit:${accepted.id}`,
			type: 'orgUnit',
			id: accepted.id,
			name: 'Xóm Đồng Chùa',
			level: 'hamlet',
			parentId: 'C01'
		};
		expect((await put(unit, 'quantri', 'cdht-config')).status).toBe(201);
		expect(
			(
				await put(
					{ ...accepted, _rev: revs[0], name: 'Xóm Đồng Chùa', mappedTo: accepted.id },
					'quantri'
				)
			).status
		).toBe(201);
		expect((await put({ ...merged, _rev: revs[1], mappedTo: 'C01-H01' }, 'quantri')).status).toBe(
			201
		);
	});

	it('is refused for another commune', async () => {
		const res = await put(hamlet('C02', 'canbo.c01'), 'canbo.c01', communeDbName('C02'));
		expect(res.status).toBe(403);
		expect(res.body.reason).toBe('Bạn không có quyền với dữ liệu của đơn vị C02.');
	});
});
