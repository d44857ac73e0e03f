import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { UserCtx } from '$lib/domain/scope';

const server = vi.hoisted(() => ({
	answer: { status: 200, user: null as UserCtx | null } as
		{ status: number; user: UserCtx | null } | 'offline',
	asked: 0
}));

vi.mock('$app/environment', () => ({
	browser: true,
	building: false,
	dev: false,
	version: 'test'
}));
vi.mock('$lib/net/site', async () => {
	const { createCouch } = await import('$lib/net/couch');
	const fetch = (async () => {
		server.asked += 1;
		const a = server.answer;
		if (a === 'offline') throw new TypeError('Failed to fetch');
		return new Response(
			JSON.stringify(
				a.status === 200
					? { ok: true, userCtx: a.user ?? { name: null, roles: [] } }
					: { error: 'x' }
			),
			{ status: a.status }
		);
	}) as typeof globalThis.fetch;
	return { couch: createCouch({ baseUrl: '/couch', fetch }) };
});

const { RoleGuard, adminGuard } = await import('./guard.svelte');

const ADMIN = { name: 'quantri', roles: ['admin'] };
const REVIEWER = { name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] };
const signedIn = (user: UserCtx | null) => (server.answer = { status: 200, user });
const isAdmin = (u: UserCtx) => u.roles.includes('admin');

beforeEach(() => {
	signedIn(null);
	server.asked = 0;
	vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('RoleGuard', () => {
	it.each<[string, () => void, string]>([
		['the role’s holder', () => signedIn(ADMIN), 'ok'],
		['someone without the role', () => signedIn(REVIEWER), 'denied'],
		['nobody', () => signedIn(null), 'denied'],
		['no connection', () => (server.answer = 'offline'), 'offline'],
		['a 401', () => (server.answer = { status: 401, user: null }), 'denied'],
		['a server error', () => (server.answer = { status: 500, user: null }), 'failed']
	])('%s: %s', async (_who, arrange, status) => {
		arrange();
		const guard = new RoleGuard(isAdmin);
		expect(guard.status).toBe('checking');
		await guard.check();
		expect(guard.status).toBe(status);
		expect(guard.user).toEqual(status === 'ok' ? ADMIN : null);
	});

	it('asks once for every caller while open, and again after a refusal', async () => {
		const guard = new RoleGuard(isAdmin);
		await Promise.all([guard.start(), guard.start()]);
		expect(server.asked).toBe(1);
		signedIn(ADMIN);
		await guard.start();
		await guard.start();
		expect(server.asked).toBe(2);
		expect(guard.status).toBe('ok');
	});

	it('entering again checks that the server’s session is still the same person', async () => {
		signedIn(ADMIN);
		const guard = new RoleGuard(isAdmin);
		await guard.start();
		signedIn({ name: 'quantri.khac', roles: ['admin'] });
		guard.enter();
		await vi.waitFor(() => expect(guard.user?.name).toBe('quantri.khac'));
	});

	it('forget shows the door again', async () => {
		signedIn(ADMIN);
		const guard = new RoleGuard(isAdmin);
		await guard.check();
		guard.forget();
		expect(guard.status).toBe('denied');
		expect(guard.user).toBeNull();
	});

	it('what a section loads comes before its screens; a failure there is the section’s failure', async () => {
		signedIn(REVIEWER);
		const loaded: string[] = [];
		class Section extends RoleGuard {
			fail = false;
			protected override async admit(user: UserCtx) {
				if (this.fail) throw new Error('config');
				loaded.push(user.name);
			}
		}
		const section = new Section(() => true);
		section.fail = true;
		await section.check();
		expect(section.status).toBe('failed');
		section.fail = false;
		await section.check();
		expect([section.status, loaded]).toEqual(['ok', ['duyet.p01']]);
	});
});

it('the administration’s guard admits administrators only', async () => {
	signedIn(REVIEWER);
	await adminGuard.check();
	expect(adminGuard.status).toBe('denied');
	signedIn(ADMIN);
	await adminGuard.check();
	expect(adminGuard.status).toBe('ok');
});
