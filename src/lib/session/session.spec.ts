import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The one session, in the browser's place: a stored last user, a server that answers `_session`
// as told (or not at all), and the database work replaced by a record of what was opened.

const env = vi.hoisted(() => {
	const store = new Map<string, string>();
	Object.assign(globalThis, {
		localStorage: {
			getItem: (k: string) => store.get(k) ?? null,
			setItem: (k: string, v: string) => void store.set(k, String(v)),
			removeItem: (k: string) => void store.delete(k)
		}
	});
	if (!('navigator' in globalThis)) Object.assign(globalThis, { navigator: {} });
	return {
		store,
		/** What `_session` answers: a user, nobody, or no answer at all (offline). */
		server: {
			user: null as { name: string; roles: string[] } | null,
			offline: false,
			password: 'demo1234'
		},
		requests: [] as string[],
		opened: [] as string[],
		configured: [] as string[],
		closed: [] as string[]
	};
});

vi.mock('$app/environment', () => ({
	browser: true,
	building: false,
	dev: false,
	version: 'test'
}));

vi.mock('./session-db', () => ({
	openSessionDb: async (name: string, communeId: string) => {
		env.opened.push(name);
		return {
			db: { name, close: () => env.closed.push(name) },
			commune: communeId ? { _id: `orgUnit:${communeId}`, id: communeId } : null
		};
	},
	loadConfiguration: async (name: string) => void env.configured.push(name)
}));

/** The gateway's `_session`, answering as `env.server` says (the session's client uses the page's fetch). */
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
	const method = init.method ?? 'GET';
	env.requests.push(`${method} ${String(input)}`);
	if (env.server.offline) throw new TypeError('Failed to fetch');
	if (method === 'GET')
		return json({ ok: true, userCtx: env.server.user ?? { name: null, roles: [] } });
	if (method === 'DELETE') return json({ ok: true });
	const { name, password } = JSON.parse(new TextDecoder().decode(init.body as Uint8Array)) as {
		name: string;
		password: string;
	};
	const account = ACCOUNTS[name];
	if (!account || password !== env.server.password)
		return json({ error: 'unauthorized', reason: 'Name or password is incorrect.' }, 401);
	env.server.user = account;
	return json({ ok: true, ...account });
}) as typeof globalThis.fetch;

const ACCOUNTS: Record<string, { name: string; roles: string[] }> = {
	'canbo.c01': { name: 'canbo.c01', roles: ['officer', 'ou:C01'] },
	'canbo.c02': { name: 'canbo.c02', roles: ['officer', 'ou:C02'] },
	'duyet.p01': { name: 'duyet.p01', roles: ['reviewer', 'ou:P01'] },
	khach: { name: 'khach', roles: [] }
};
const LAST_USER_KEY = 'cdht.lastUser';

/** A session as the page makes it once (the module's singleton is one of these). */
async function freshSession() {
	const { Session } = await import('./session.svelte');
	return new Session();
}

/** The server's own check runs after `start()` resolves: wait for it. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
	env.store.clear();
	Object.assign(env.server, { user: null, offline: false, password: 'demo1234' });
	for (const list of [env.requests, env.opened, env.configured, env.closed]) list.length = 0;
});
afterEach(() => vi.restoreAllMocks());

describe('start', () => {
	it('opens the remembered officer at once, without the network, and stays working', async () => {
		env.store.set(LAST_USER_KEY, JSON.stringify(ACCOUNTS['canbo.c01']));
		env.server.offline = true;
		const session = await freshSession();
		await session.start();
		await settled();
		expect(session.ready).toBe(true);
		expect(session.user).toMatchObject({ name: 'canbo.c01', role: 'officer', communeId: 'C01' });
		expect(session.commune).toMatchObject({ id: 'C01' });
		expect(session.expired).toBe(false);
		expect(env.opened).toEqual(['canbo.c01']);
	});

	it('a remembered user the server no longer knows keeps working, marked expired', async () => {
		env.store.set(LAST_USER_KEY, JSON.stringify(ACCOUNTS['canbo.c01']));
		const session = await freshSession();
		await session.start();
		await settled();
		expect(session.ready).toBe(true);
		expect(session.expired).toBe(true);
	});

	it('someone else signed in on this browser meanwhile: the server’s user is adopted', async () => {
		env.store.set(LAST_USER_KEY, JSON.stringify(ACCOUNTS['canbo.c01']));
		env.server.user = ACCOUNTS['canbo.c02'];
		const session = await freshSession();
		await session.start();
		await vi.waitFor(() => expect(session.user?.name).toBe('canbo.c02'));
		expect(session.communeId).toBe('C02');
		expect(JSON.parse(env.store.get(LAST_USER_KEY)!)).toMatchObject({ name: 'canbo.c02' });
	});

	it('nobody remembered but a valid cookie: that user is adopted, configuration first', async () => {
		env.server.user = ACCOUNTS['duyet.p01'];
		const session = await freshSession();
		await session.start();
		expect(session.ready).toBe(true);
		expect(session.user).toMatchObject({ name: 'duyet.p01', role: 'reviewer', communeId: '' });
		expect(env.configured).toEqual(['duyet.p01']);
		expect(session.signIns).toBe(1);
	});

	it('nobody remembered and no cookie: signed out', async () => {
		const session = await freshSession();
		await session.start();
		expect(session.signedOut).toBe(true);
		expect(env.opened).toEqual([]);
	});

	it('every screen calls start; the work is done once', async () => {
		env.store.set(LAST_USER_KEY, JSON.stringify(ACCOUNTS['canbo.c01']));
		const session = await freshSession();
		await Promise.all([session.start(), session.start(), session.start()]);
		expect(env.opened).toEqual(['canbo.c01']);
	});
});

describe('signIn', () => {
	it('a wrong password opens nothing and says so', async () => {
		const session = await freshSession();
		await session.start();
		expect(await session.signIn('canbo.c01', 'sai')).toEqual({ kind: 'wrong' });
		expect(session.signedOut).toBe(true);
		expect(env.opened).toEqual([]);
	});

	it('offline, it says the server cannot be reached', async () => {
		env.server.offline = true;
		const session = await freshSession();
		expect(await session.signIn('canbo.c01', 'demo1234')).toEqual({ kind: 'unreachable' });
	});

	it('signs in, remembers the user (never the password) and opens their database', async () => {
		const session = await freshSession();
		await session.start();
		expect(await session.signIn(' canbo.c01 ', 'demo1234')).toEqual({ kind: 'ok' });
		expect(session.ready).toBe(true);
		expect(session.user).toMatchObject({ name: 'canbo.c01', communeId: 'C01' });
		expect(env.store.get(LAST_USER_KEY)).not.toContain('demo1234');
		expect(session.signIns).toBe(1);
	});

	it('an expired session signed in again is no longer expired', async () => {
		env.store.set(LAST_USER_KEY, JSON.stringify(ACCOUNTS['canbo.c01']));
		const session = await freshSession();
		await session.start();
		await settled();
		expect(session.expired).toBe(true);
		await session.signIn('canbo.c01', 'demo1234');
		expect(session.expired).toBe(false);
	});

	it('an account with no role in this app is signed out again on the server', async () => {
		const session = await freshSession();
		expect(await session.signIn('khach', 'demo1234')).toEqual({ kind: 'noRole' });
		expect(env.requests.at(-1)).toBe('DELETE /couch/_session');
		expect(env.opened).toEqual([]);
	});
});

describe('signOut', () => {
	it('forgets the user on this device and closes their database, even offline', async () => {
		env.store.set(LAST_USER_KEY, JSON.stringify(ACCOUNTS['canbo.c01']));
		const session = await freshSession();
		await session.start();
		env.server.offline = true;
		await session.signOut();
		expect(session.signedOut).toBe(true);
		expect(session.user).toBeNull();
		expect(env.store.has(LAST_USER_KEY)).toBe(false);
		expect(env.closed).toEqual(['canbo.c01']);
		expect(() => session.db).toThrow();
	});
});

describe('signIn without the server (the pass kept from her last online sign-in)', () => {
	async function signedOutAfterOnline() {
		const session = await freshSession();
		await session.start();
		expect(await session.signIn('canbo.c01', 'demo1234')).toEqual({ kind: 'ok' });
		await session.signOut(); // waits for the pass to be kept
		env.server.offline = true;
		return session;
	}

	it('the same officer signs back in with her password and gets her database; the password is not stored', async () => {
		const session = await signedOutAfterOnline();
		expect([...env.store.values()].join()).not.toContain('demo1234');
		expect(session.lastName).toBe('canbo.c01');
		expect(await session.signIn('canbo.c01', 'demo1234')).toEqual({ kind: 'ok', offline: true });
		expect(session.ready).toBe(true);
		expect(session.user).toMatchObject({ name: 'canbo.c01', communeId: 'C01' });
		expect(env.opened).toEqual(['canbo.c01', 'canbo.c01']);
	});

	it('a wrong password says how many tries are left; after five, only the server can let her in', async () => {
		const session = await signedOutAfterOnline();
		for (const left of [4, 3, 2, 1])
			expect(await session.signIn('canbo.c01', 'sai')).toEqual({ kind: 'offlineWrong', left });
		expect(await session.signIn('canbo.c01', 'sai')).toEqual({ kind: 'offlineLocked' });
		expect(await session.signIn('canbo.c01', 'demo1234')).toEqual({ kind: 'offlineLocked' });
		expect(session.signedOut).toBe(true);
		env.server.offline = false;
		expect(await session.signIn('canbo.c01', 'demo1234')).toEqual({ kind: 'ok' });
	});

	it('someone who never signed in on this tablet is told so', async () => {
		const session = await signedOutAfterOnline();
		expect(await session.signIn('canbo.c02', 'demo1234')).toEqual({ kind: 'unreachable' });
	});
});
