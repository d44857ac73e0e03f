// Issue 17.6 and 17.9 on the real stack (embedded store, and Apache CouchDB with TEST_COUCHDB_URL):
// the province's public summary is the one anonymous read, off until its administrator turns it
// on, with small counts hidden and the reviewer's numbers elsewhere; a retired commune taken over
// by another is counted under it, in the reviewer's report and the public summary alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/lib/domain/assessment.schema';
import {
	defaultCriteriaSet,
	GROUP_COMMUNITY,
	GROUP_FARMERS
} from '../../src/lib/domain/criteria-default';
import { CONFIG_DB, communeDbName } from '../../src/lib/domain/ids';
import { applyDecision } from '../../src/lib/domain/review-decision';
import { applicableIndicators, score } from '../../src/lib/domain/scoring';
import { createCouch, fetchWithCookie } from '../../src/lib/net/couch';
import { loadConfig } from '../../src/lib/review/config';
import { CountsCache, loadReport } from '../../src/lib/review/report-load';
import { assessment, citizenOf } from './fixtures';
import { journal } from './admin-helpers';
import { startHarness, type Harness } from './harness';

let h: Harness;
let admin: string;
const NOT_PUBLIC = { error: 'not_found', reason: 'Không có bản tổng hợp công khai này.' };
/** Names and ids that must never appear in a public answer. */
const personal: string[] = [];

/** `recognised` decided and `pending` sent assessments of one group in a commune, stored by the administrator. */
async function store(communeId: string, group: string, recognised: number, pending = 0) {
	const docs: unknown[] = [];
	for (let i = 0; i < recognised + pending; i++) {
		const answers = Object.fromEntries(
			applicableIndicators(defaultCriteriaSet, group).map((x) => [x.id, x.options[0].key])
		);
		let a: Assessment = assessment(communeId, {
			group,
			answers,
			result: score(defaultCriteriaSet, group, answers)
		});
		const c = citizenOf(a, {
			fullName: `Người Riêng Tư ${communeId} ${group} ${i}`,
			phone: `09${String(i).padStart(8, '7')}`
		});
		personal.push(c.fullName, c._id, a._id);
		if (i < recognised)
			a = applyDecision(a, {
				decision: 'recognised',
				by: 'quantri',
				at: '2026-04-02T03:00:00.000Z'
			});
		docs.push(c, a);
	}
	const res = await h.request('POST', `/${communeDbName(communeId)}/_bulk_docs`, {
		cookie: admin,
		body: { docs }
	});
	expect(res.status).toBe(201);
	expect(res.body.filter((r: { error?: string }) => r.error)).toEqual([]);
}

async function setUnit(id: string, fields: Record<string, unknown>) {
	const unit = await h.request('GET', `/${CONFIG_DB}/orgUnit:${id}`, { cookie: admin });
	const res = await h.request('PUT', `/${CONFIG_DB}/orgUnit:${id}`, {
		cookie: admin,
		body: { ...unit.body, ...fields }
	});
	expect(res.status, res.text).toBe(201);
}

const anonymous = (path: string, method = 'GET') => h.request(method, path, { cookie: null });

beforeAll(async () => {
	h = await startHarness();
	admin = await h.signIn('quantri');
	await store('C01', GROUP_FARMERS, 14, 2);
	await store('C01', GROUP_COMMUNITY, 3);
	await store('C02', GROUP_FARMERS, 12);
	await store('C03', GROUP_FARMERS, 5);
});
afterAll(() => h?.stop());

describe('the public summary (anonymous)', () => {
	it('is one exact 404 while the province has not turned it on', async () => {
		for (const path of ['/_public/C01/2026', '/_public/P01/2026', '/_public/ZZ/2026']) {
			const res = await anonymous(path);
			expect(res.status).toBe(404);
			expect(res.body).toEqual(NOT_PUBLIC);
		}
	});

	it('refuses other methods and shapes under /_public with one exact status', async () => {
		for (const [method, path] of [
			['POST', '/_public/C01/2026'],
			['PUT', '/_public/C01/2026'],
			['DELETE', '/_public/C01/2026'],
			['GET', '/_public/C01'],
			['GET', '/_public/C01/2026/x'],
			['GET', '/_public']
		]) {
			const res = await anonymous(path, method);
			expect(res.status, `${method} ${path}`).toBe(404);
			expect(res.body.error).toBe('not_found');
		}
		const query = await anonymous('/_public/C01/2026?include_docs=true');
		expect(query.status).toBe(400);
		expect(query.body).toMatchObject({
			error: 'bad_request',
			reason: 'Tham số "include_docs" không dùng được ở địa chỉ này.'
		});
	});

	describe('turned on, with C03 (retired) taken over by C02', () => {
		beforeAll(async () => {
			await setUnit('C03', { retired: true, successorId: 'C02' });
			await setUnit('P01', { publicSummary: true });
		});

		it('answers the exact JSON, small counts hidden, for an anonymous client of another site', async () => {
			const res = await h.request('GET', '/_public/P01/2026', {
				cookie: null,
				headers: { origin: 'https://congthongtin.example.vn' }
			});
			expect(res.status).toBe(200);
			expect(res.headers.get('access-control-allow-origin')).toBe('*');
			expect(res.headers.get('cache-control')).toBe('public, max-age=60');
			const farmers = 'Nông dân, lao động nông thôn';
			const community = defaultCriteriaSet.groups.find((g) => g.id === GROUP_COMMUNITY)!.name;
			const unit = (
				id: string,
				name: string,
				level: string,
				population: unknown,
				recognised: unknown,
				rate: number | null,
				rateText: string | null,
				extra = {}
			) => ({
				id,
				name,
				level,
				retired: false,
				target: 60,
				population,
				recognised,
				rate,
				rateText,
				mergedFrom: [],
				...extra
			});
			expect(res.body).toEqual({
				...unit('P01', 'Tỉnh Demo', 'province', 7400, 34, 34 / 7400, '0,5%'),
				province: { id: 'P01', name: 'Tỉnh Demo' },
				year: 2026,
				generatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
				minCellSize: 10,
				children: [
					// C01's 17 is hidden because the empty legacy district beside it would otherwise be 34 − 17 − 17.
					unit('C01', 'Xã An Bình', 'commune', 4250, '*', null, null),
					unit('C02', 'Xã Hòa Lợi', 'commune', 3150, 17, 17 / 3150, '0,5%', {
						mergedFrom: [{ id: 'C03', name: 'Xã Tân Phú' }]
					}),
					unit('D01', 'Huyện Cũ', 'district', null, '<10', null, null, { retired: true })
				],
				groups: [
					{
						id: GROUP_COMMUNITY,
						name: community,
						target: 60,
						assessed: '<10',
						recognised: '<10',
						shareOfAssessed: null,
						shareText: null
					},
					{
						id: GROUP_FARMERS,
						name: farmers,
						target: 60,
						assessed: 33,
						recognised: '*',
						shareOfAssessed: null,
						shareText: null
					}
				],
				legend: {
					'<10': 'Ít hơn 10 người: không công bố để không ai bị nhận ra',
					'*': 'Ẩn để không suy ra được ô ít hơn 10 từ tổng và các ô khác'
				}
			});
		});

		it('has the reviewer report’s numbers wherever a cell is published', async () => {
			const reviewer = createCouch({
				baseUrl: h.couch,
				fetch: fetchWithCookie(await h.signIn('duyet.p01'))
			});
			const config = await loadConfig(reviewer);
			const { report } = await loadReport(reviewer, config, 'P01', 2026, new CountsCache());
			const summary = (await anonymous('/_public/P01/2026')).body;
			const published = [summary, ...summary.children];
			let compared = 0;
			for (const u of published) {
				const row = report.rows.find((r) => r.id === u.id)!;
				for (const field of ['population', 'recognised', 'rate'] as const)
					if (typeof u[field] === 'number') {
						expect(u[field], `${u.id} ${field}`).toBe(row[field]);
						compared++;
					}
			}
			expect(compared).toBe(7);
			expect(summary.groups.find((g: { id: string }) => g.id === GROUP_FARMERS).assessed).toBe(
				report.groups.find((g) => g.group === GROUP_FARMERS)!.assessed
			);
		});

		it('answers a commune too, and nothing personal anywhere', async () => {
			for (const unit of ['P01', 'C01', 'C02', 'D01']) {
				const res = await anonymous(`/_public/${unit}/2026`);
				expect(res.status).toBe(200);
				for (const secret of [
					...personal,
					'citizen:',
					'assessment:',
					'canbo',
					'quantri',
					'fullName',
					'birthYear',
					'phone'
				])
					expect(res.text.includes(secret), `${unit} has ${secret}`).toBe(false);
			}
			expect((await anonymous('/_public/C02/2026')).body).toMatchObject({
				recognised: 17,
				population: 3150,
				mergedFrom: [{ id: 'C03' }]
			});
		});

		it('is the same 404 for a hamlet, a taken-over commune, an unknown unit or a year out of range', async () => {
			for (const path of [
				'/_public/C01-H01/2026',
				'/_public/C03/2026',
				'/_public/ZZ/2026',
				'/_public/C01/1999',
				'/_public/C01/2999'
			]) {
				const res = await anonymous(path);
				expect(res.status, path).toBe(404);
				expect(res.body).toEqual(NOT_PUBLIC);
				expect(res.headers.get('access-control-allow-origin')).toBe('*');
			}
		});

		it('is 404 again at once when the administrator turns it off', async () => {
			await setUnit('P01', { publicSummary: false });
			const res = await anonymous('/_public/C01/2026');
			expect(res.status).toBe(404);
			expect(res.body).toEqual(NOT_PUBLIC);
		});
	});
});

describe('a retired commune taken over by another (17.9)', () => {
	it('is counted in the reviewer’s report over its successor, its records untouched', async () => {
		await setUnit('C03', { retired: true, successorId: 'C02' });
		const reviewer = createCouch({
			baseUrl: h.couch,
			fetch: fetchWithCookie(await h.signIn('duyet.p01'))
		});
		const config = await loadConfig(reviewer);
		const { report } = await loadReport(reviewer, config, 'C02', 2026, new CountsCache());
		expect(report.totals).toMatchObject({
			id: 'C02',
			recognised: 17,
			merged: [{ id: 'C03', name: 'Xã Tân Phú' }]
		});
		// Journalled like every administrator's change, with the field that changed.
		const entries = (await journal(h, admin, 'orgUnit')).filter((e) => e.target === 'orgUnit:C03');
		expect(entries.find((e) => e.changes.some((c) => c.field === 'successorId'))).toMatchObject({
			by: 'quantri',
			action: 'update'
		});
		// The retired commune's own database still holds its five people and their assessments.
		const own = await h.request('GET', `/${communeDbName('C03')}/_all_docs`, { cookie: admin });
		expect(own.body.rows.filter((r: { id: string }) => r.id.startsWith('assessment:')).length).toBe(
			5
		);
	});

	it('may be read by a reviewer of the successor alone', async () => {
		const put = await h.request('PUT', '/_users/org.couchdb.user:duyet.c02', {
			cookie: admin,
			body: { name: 'duyet.c02', password: 'mat-khau-moi', roles: ['reviewer', 'ou:C02'] }
		});
		expect(put.status, put.text).toBe(201);
		const cookie = await h.signIn('duyet.c02', 'mat-khau-moi');
		expect((await h.request('GET', `/${communeDbName('C03')}`, { cookie })).status).toBe(200);
		expect((await h.request('GET', `/${communeDbName('C01')}`, { cookie })).status).toBe(403);
		// The second line agrees: the retired commune's database admits the successor's reviewers.
		const security = await h.request('GET', `/${communeDbName('C03')}/_security`, {
			cookie: admin
		});
		expect(security.body.members.roles).toEqual(
			expect.arrayContaining(['ou:C03', 'ou:D01', 'ou:P01', 'ou:C02'])
		);
	});
});
