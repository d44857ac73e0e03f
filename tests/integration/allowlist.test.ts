import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_DB, communeDbName } from '../../src/lib/domain/ids';
import { keyIdFor, signHandover } from '../../src/lib/domain/handover';
import { testPrivateKey, testPublicJwk } from '../../src/lib/domain/handover-test-keys';
import { allowlist } from '../../src/lib/server/gateway/allowlist';
import { assessment, citizen, reviewEntry } from './fixtures';
import { startHarness, type Harness } from './harness';

// Generated from THE table (src/lib/server/gateway/allowlist.ts): for every row and every kind of
// user, one request the row lets through and one it refuses. A row without samples fails, so a
// new row cannot land untested.

type Role = 'anonymous' | 'officer' | 'reviewer' | 'admin';
const ROLES: Role[] = ['anonymous', 'officer', 'reviewer', 'admin'];
const ACCOUNT: Record<Exclude<Role, 'anonymous'>, string> = {
	officer: 'canbo.c01',
	reviewer: 'duyet.d01',
	admin: 'quantri'
};
/** A commune each role may read, and one it may not (for the admin: one that does not exist). */
const OWN: Record<Role, string> = {
	anonymous: communeDbName('C01'),
	officer: communeDbName('C01'),
	reviewer: communeDbName('C03'),
	admin: communeDbName('C02')
};
const OTHER: Record<Role, string> = {
	anonymous: communeDbName('C01'),
	officer: communeDbName('C02'),
	reviewer: communeDbName('C01'),
	admin: 'cdht-c-zz'
};

interface Req {
	method: string;
	path: string;
	body?: unknown;
}
interface Sample {
	allow?: (role: Role) => Req | null | Promise<Req | null>;
	deny: (role: Role) => Req | Promise<Req>;
}

let h: Harness;
const cookies: Partial<Record<Role, string>> = {};
/** Per commune: a citizen and a sent assessment stored before the cases run. */
const stored: Record<
	string,
	{ citizen: { _id: string }; assessment: ReturnType<typeof assessment> & { _rev?: string } }
> = {};

const enc = encodeURIComponent;
const userPath = (name: string) => `/_users/org.couchdb.user:${name}`;

async function signInRoles() {
	for (const role of ['officer', 'reviewer', 'admin'] as const)
		cookies[role] = await h.signIn(ACCOUNT[role]);
}

beforeAll(async () => {
	h = await startHarness();
	await signInRoles();
	for (const commune of ['C01', 'C02', 'C03']) {
		const db = communeDbName(commune);
		const c = citizen(commune);
		const a = assessment(commune, { citizenId: c._id });
		const res = await h.request('POST', `/${db}/_bulk_docs`, {
			cookie: cookies.admin,
			body: { docs: [c, a] }
		});
		expect(res.status).toBe(201);
		stored[commune] = { citizen: c, assessment: { ...a, _rev: res.body[1].rev } };
		await h.request('PUT', `/${db}/_local/checkpoint`, {
			cookie: cookies.admin,
			body: { last_seq: 0 }
		});
	}
	// The province's public summary, switched on by its administrator (off by default).
	const province = await h.request('GET', `/${CONFIG_DB}/orgUnit:P01`, { cookie: cookies.admin });
	expect(
		(
			await h.request('PUT', `/${CONFIG_DB}/orgUnit:P01`, {
				cookie: cookies.admin,
				body: { ...province.body, publicSummary: true }
			})
		).status
	).toBe(201);
});
afterAll(() => h?.stop());

const communeOf = (db: string) => db.slice('cdht-c-'.length).toUpperCase();
const target = (orgUnitId: string) => ({
	_id: `target:${orgUnitId}:2026:all`,
	type: 'target',
	orgUnitId,
	period: 2026,
	group: 'all',
	percentage: 60
});

const keyBody = async (officer: string) => ({
	id: await keyIdFor(officer, testPublicJwk('a')),
	jwk: testPublicJwk('a')
});
/** A file of canbo.c03 (the reviewer's commune) with nothing in it, signed with its registered key. */
async function emptyFile() {
	const officer = 'canbo.c03';
	const key = await keyBody(officer);
	await h.request('PUT', '/_handover/keys', { cookie: await h.signIn(officer), body: key });
	const content = {
		officer,
		communeId: 'C03',
		keyId: key.id,
		createdAt: '2026-12-04T09:30:00.000Z',
		citizens: [],
		assessments: [],
		batches: []
	};
	return signHandover(content, await testPrivateKey('a'));
}

const samples: Record<string, Sample> = {
	root: { allow: () => ({ method: 'GET', path: '/' }), deny: () => ({ method: 'PUT', path: '/' }) },
	'session.get': {
		allow: () => ({ method: 'GET', path: '/_session' }),
		deny: () => ({ method: 'PUT', path: '/_session' })
	},
	'session.signIn': {
		allow: (role) => ({
			method: 'POST',
			path: '/_session',
			body: { name: role === 'anonymous' ? 'canbo.c02' : ACCOUNT[role], password: 'demo1234' }
		}),
		deny: (role) => ({
			method: 'POST',
			path: '/_session',
			body: { name: role === 'anonymous' ? 'canbo.c02' : ACCOUNT[role], password: 'sai-mat-khau' }
		})
	},
	'session.signOut': {
		allow: () => ({ method: 'DELETE', path: '/_session' }),
		deny: () => ({ method: 'DELETE', path: '/_session/x' })
	},
	'handover.putKey': {
		allow: async (role) =>
			role === 'officer'
				? { method: 'PUT', path: '/_handover/keys', body: await keyBody(ACCOUNT.officer) }
				: null,
		deny: async (role) => ({
			method: 'PUT',
			path: '/_handover/keys',
			body: await keyBody(role === 'officer' ? 'canbo.c02' : 'canbo.c01')
		})
	},
	'handover.import': {
		allow: async (role) =>
			role === 'reviewer' || role === 'admin'
				? { method: 'POST', path: '/_handover', body: await emptyFile() }
				: null,
		deny: async (role) => {
			const file = await emptyFile();
			return {
				method: 'POST',
				path: '/_handover',
				body:
					role === 'officer'
						? file
						: { ...file, signature: file.signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) }
			};
		}
	},
	// Anonymous: a unit's public summary; a hamlet (or any unit not published) is the same 404 for everyone.
	'public.summary': {
		allow: () => ({ method: 'GET', path: '/_public/C01/2026' }),
		deny: () => ({ method: 'GET', path: '/_public/C01-H01/2026' })
	},
	'users.list': {
		allow: (role) => (role === 'admin' ? { method: 'GET', path: '/_users/_all_docs' } : null),
		deny: (role) =>
			role === 'admin'
				? { method: 'POST', path: '/_users/_all_docs', body: {} }
				: { method: 'GET', path: '/_users/_all_docs' }
	},
	'users.get': {
		allow: (role) =>
			role === 'anonymous' ? null : { method: 'GET', path: userPath(ACCOUNT[role]) },
		deny: (role) =>
			role === 'admin'
				? { method: 'GET', path: '/_users/_design/_auth' }
				: { method: 'GET', path: userPath('canbo.c03') }
	},
	'users.put': {
		// Administrators create accounts; others may only re-set their own password.
		allow: (role) =>
			role === 'anonymous'
				? null
				: role === 'admin'
					? {
							method: 'PUT',
							path: userPath('moi.tao'),
							body: { name: 'moi.tao', password: 'mat-khau-moi', roles: ['reviewer', 'ou:D01'] }
						}
					: {
							method: 'PUT',
							path: userPath(ACCOUNT[role]),
							body: { password: 'demo1234', currentPassword: 'demo1234' }
						},
		deny: (role) =>
			role === 'admin'
				? {
						method: 'PUT',
						path: userPath('khong.vai.tro'),
						body: { name: 'khong.vai.tro', password: 'mat-khau-moi', roles: [] }
					}
				: {
						method: 'PUT',
						path: userPath('ke.gian'),
						body: { name: 'ke.gian', password: 'mat-khau-moi', roles: ['admin'] }
					}
	},
	// Administration rows: only administrators; the rules of the tree and of publishing refuse the rest.
	'config.put': {
		allow: (role) =>
			role === 'admin'
				? {
						method: 'PUT',
						path: `/${CONFIG_DB}/${enc('target:C01:2026:all')}`,
						body: target('C01')
					}
				: null,
		deny: (role) =>
			role === 'admin'
				? {
						method: 'PUT',
						path: `/${CONFIG_DB}/orgUnit:C09`,
						body: {
							_id: 'orgUnit:C09',
							type: 'orgUnit',
							id: 'C09',
							name: 'Xã Sai',
							level: 'commune',
							parentId: 'C01-H01'
						}
					}
				: {
						method: 'PUT',
						path: `/${CONFIG_DB}/${enc('target:C02:2026:all')}`,
						body: target('C02')
					}
	},
	'config.bulkDocs': {
		allow: (role) =>
			role === 'admin'
				? { method: 'POST', path: `/${CONFIG_DB}/_bulk_docs`, body: { docs: [target('C03')] } }
				: null,
		deny: (role) => ({
			method: 'POST',
			path: `/${CONFIG_DB}/_bulk_docs`,
			body: role === 'admin' ? { docs: 'x' } : { docs: [target('C02')] }
		})
	},
	'audit.list': {
		allow: (role) =>
			role === 'admin'
				? { method: 'GET', path: '/cdht-audit/_all_docs?descending=true&limit=1' }
				: null,
		// The journal is read in these two shapes only; nothing writes it.
		deny: (role) =>
			role === 'admin'
				? { method: 'POST', path: '/cdht-audit/_bulk_docs', body: { docs: [] } }
				: { method: 'GET', path: '/cdht-audit/_all_docs' }
	},
	'audit.byKind': {
		allow: (role) =>
			role === 'admin'
				? { method: 'GET', path: `/cdht-audit/_design/audit/_view/by_kind?descending=true&limit=1` }
				: null,
		deny: (role) => ({
			method: 'GET',
			path: `/cdht-audit/_design/audit/_view/${role === 'admin' ? 'other' : 'by_kind'}`
		})
	},
	'db.info': {
		allow: (role) => (role === 'anonymous' ? null : { method: 'GET', path: `/${OWN[role]}` }),
		deny: (role) => ({ method: 'GET', path: `/${OTHER[role]}` })
	},
	'db.post': {
		// nano's db.insert(doc): a checked write, like a PUT; without an _id it is refused.
		allow: (role) => {
			if (role === 'anonymous' || role === 'reviewer') return null;
			const c = citizen(communeOf(OWN[role]));
			return { method: 'POST', path: `/${OWN[role]}`, body: c };
		},
		deny: (role) => ({
			method: 'POST',
			path: `/${role === 'anonymous' ? OWN[role] : OTHER[role]}`,
			body: citizen(communeOf(OWN[role]))
		})
	},
	'db.changes': {
		allow: (role) =>
			role === 'anonymous' ? null : { method: 'GET', path: `/${OWN[role]}/_changes?limit=5` },
		deny: (role) => ({ method: 'POST', path: `/${OTHER[role]}/_changes`, body: { doc_ids: ['x'] } })
	},
	'db.allDocs': {
		allow: (role) =>
			role === 'anonymous'
				? null
				: { method: 'POST', path: `/${OWN[role]}/_all_docs`, body: { keys: ['x'] } },
		deny: (role) => ({ method: 'GET', path: `/${OTHER[role]}/_all_docs` })
	},
	'db.bulkGet': {
		allow: (role) =>
			role === 'anonymous'
				? null
				: {
						method: 'POST',
						path: `/${OWN[role]}/_bulk_get`,
						body: { docs: [{ id: stored[communeOf(OWN[role])].citizen._id }] }
					},
		deny: (role) => ({
			method: 'POST',
			path: `/${OTHER[role]}/_bulk_get`,
			body: { docs: [{ id: 'x' }] }
		})
	},
	'db.revsDiff': {
		allow: (role) =>
			role === 'anonymous'
				? null
				: { method: 'POST', path: `/${OWN[role]}/_revs_diff`, body: { x: ['1-a'] } },
		deny: (role) => ({ method: 'POST', path: `/${OTHER[role]}/_revs_diff`, body: { x: ['1-a'] } })
	},
	'db.bulkDocs': {
		allow: (role) =>
			role === 'anonymous'
				? null
				: {
						method: 'POST',
						path: `/${OWN[role]}/_bulk_docs`,
						body: { docs: role === 'reviewer' ? [] : [citizen(communeOf(OWN[role]))] }
					},
		deny: (role) => ({
			method: 'POST',
			path: `/${OTHER[role]}/_bulk_docs`,
			body: { docs: [citizen(communeOf(OTHER[role]))] }
		})
	},
	'db.localGet': {
		allow: (role) =>
			role === 'anonymous' ? null : { method: 'GET', path: `/${OWN[role]}/_local/checkpoint` },
		deny: (role) => ({ method: 'GET', path: `/${OTHER[role]}/_local/checkpoint` })
	},
	'db.localPut': {
		allow: (role) =>
			role === 'anonymous'
				? null
				: { method: 'PUT', path: `/${OWN[role]}/_local/${role}`, body: { last_seq: 1 } },
		deny: (role) => ({
			method: 'PUT',
			path: `/${OTHER[role]}/_local/${role}`,
			body: { last_seq: 1 }
		})
	},
	'db.view': {
		allow: (role) =>
			role === 'anonymous'
				? null
				: {
						method: 'GET',
						path: `/${OWN[role]}/_design/reports/_view/by_period_status_group?group=true`
					},
		deny: (role) =>
			role === 'anonymous'
				? { method: 'GET', path: `/${OTHER[role]}/_design/reports/_view/by_batch` }
				: { method: 'GET', path: `/${OTHER[role]}/_design/reports/_view/by_batch` }
	},
	'db.securityGet': {
		allow: (role) => (role === 'admin' ? { method: 'GET', path: `/${OWN[role]}/_security` } : null),
		deny: (role) => ({
			method: 'GET',
			path: `/${role === 'admin' ? OTHER[role] : OWN[role]}/_security`
		})
	},
	'db.securityPut': {
		allow: (role) =>
			role === 'admin'
				? {
						method: 'PUT',
						path: `/${CONFIG_DB}/_security`,
						body: {
							admins: { names: [], roles: [] },
							members: { names: [], roles: ['officer', 'reviewer', 'admin'] }
						}
					}
				: null,
		deny: (role) => ({
			method: 'PUT',
			path: `/${OWN[role]}/_security`,
			body: {
				admins: { names: [], roles: [] },
				members: { names: [], roles: role === 'admin' ? [] : ['ou:C02'] }
			}
		})
	},
	'doc.get': {
		allow: (role) =>
			role === 'anonymous'
				? null
				: { method: 'GET', path: `/${OWN[role]}/${enc(stored[communeOf(OWN[role])].citizen._id)}` },
		deny: (role) => ({
			method: 'GET',
			path: `/${OTHER[role]}/${enc(stored[communeOf(OTHER[role])]?.citizen._id ?? 'citizen:ZZ:1')}`
		})
	},
	'doc.put': {
		allow: (role) => {
			if (role === 'anonymous') return null;
			const commune = communeOf(OWN[role]);
			if (role !== 'reviewer') {
				const c = citizen(commune);
				return { method: 'PUT', path: `/${OWN[role]}/${enc(c._id)}`, body: c };
			}
			const a = stored[commune].assessment;
			const review = reviewEntry(ACCOUNT.reviewer, 'recognised');
			return {
				method: 'PUT',
				path: `/${OWN[role]}/${enc(a._id)}`,
				body: { ...a, status: 'recognised', review, history: [review] }
			};
		},
		deny: (role) => {
			const c = citizen(role === 'admin' ? 'ZZ' : communeOf(OTHER[role]));
			return { method: 'PUT', path: `/${OTHER[role]}/${enc(c._id)}`, body: c };
		}
	},
	'doc.delete': {
		allow: async (role) => {
			if (role !== 'admin') return null;
			const c = citizen('C02');
			const put = await h.request('PUT', `/${OWN.admin}/${enc(c._id)}`, {
				cookie: cookies.admin,
				body: c
			});
			return { method: 'DELETE', path: `/${OWN.admin}/${enc(c._id)}?rev=${put.body.rev}` };
		},
		deny: (role) => {
			const c = stored[communeOf(OWN[role])].citizen;
			return {
				method: 'DELETE',
				path: `/${OWN[role]}/${enc(c._id)}${role === 'admin' ? '' : '?rev=1-a'}`
			};
		}
	},
	deny: { deny: () => ({ method: 'GET', path: '/_all_dbs' }) }
};

// What each row's refused sample answers, per role (anonymous, officer, reviewer, admin): one exact
// status on both stores. Most rows: anonymous 401, a user outside the row's `who` 403, and the
// administrator's sample a path or shape no row serves (404) or a malformed body (400).
const USUAL: readonly number[] = [401, 403, 403, 404];
const DENIED: Record<string, readonly number[]> = {
	root: [404, 404, 404, 404],
	'session.get': [404, 404, 404, 404],
	'session.signIn': [401, 401, 401, 401],
	'session.signOut': [404, 404, 404, 404],
	'public.summary': [404, 404, 404, 404],
	'users.put': [401, 403, 403, 400],
	'handover.putKey': [401, 400, 403, 403],
	'handover.import': [401, 403, 403, 403],
	'config.put': [401, 403, 403, 400],
	'config.bulkDocs': [401, 403, 403, 400],
	'db.securityPut': [401, 403, 403, 400],
	'doc.delete': [401, 403, 403, 400],
	deny: [404, 404, 404, 404]
};

async function send(role: Role, req: Req) {
	return h.request(req.method, req.path, { cookie: cookies[role] ?? null, body: req.body });
}

describe('the allow-list table', () => {
	it('has samples for every row, and ends in deny-all', () => {
		expect(allowlist.map((r) => r.id).filter((id) => !samples[id])).toEqual([]);
		expect(allowlist.at(-1)).toMatchObject({ id: 'deny', path: '*' });
	});

	describe.each(allowlist.map((r) => [r.id, r] as const))('%s', (id, route) => {
		it.each(ROLES)('lets through and refuses as %s', async (role) => {
			const sample = samples[id];
			const allowReq = await sample.allow?.(role);
			if (allowReq) {
				const res = await send(role, allowReq);
				expect(
					res.status,
					`${allowReq.method} ${allowReq.path}: ${res.text}`
				).toBeGreaterThanOrEqual(200);
				expect(res.status, `${allowReq.method} ${allowReq.path}: ${res.text}`).toBeLessThan(300);
				// Re-setting one's own password ends one's sessions: sign in again for later rows.
				if (id === 'users.put' || id === 'session.signOut') await signInRoles();
			} else {
				// A row closed to this role entirely: its allowed request, by someone else, is refused.
				const other = await sample.allow?.('admin');
				if (other && route.who !== 'anyone') {
					const res = await send(role, other);
					expect(res.status, `${other.method} ${other.path}`).toBe(
						role === 'anonymous' ? 401 : 403
					);
				}
			}
			const denyReq = await sample.deny(role);
			const res = await send(role, denyReq);
			expect(res.status, `${denyReq.method} ${denyReq.path}: ${res.text}`).toBe(
				(DENIED[id] ?? USUAL)[ROLES.indexOf(role)]
			);
			expect(res.body).toMatchObject({ error: expect.any(String), reason: expect.any(String) });
		});
	});
});
