import { describe, expect, it } from 'vitest';
import { createCouch } from './couch';
import { CouchFailure } from './failure';
import { currentUser, signIn, signInProblem, signOut, type SignInProblem } from './session-api';

const answering = (status: number, body: unknown) => {
	const seen: { url: string; init: RequestInit }[] = [];
	const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
		seen.push({ url: String(input), init });
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
	}) as typeof globalThis.fetch;
	return { couch: createCouch({ baseUrl: '/couch', fetch }), seen };
};

describe('signIn', () => {
	it('posts the trimmed name and the password, and returns the user the server names', async () => {
		const { couch, seen } = answering(200, {
			ok: true,
			name: 'canbo.c01',
			roles: ['officer', 'commune:C01']
		});
		expect(await signIn(couch, '  canbo.c01 ', 'demo1234')).toEqual({
			name: 'canbo.c01',
			roles: ['officer', 'commune:C01']
		});
		expect(seen[0].url).toBe('/couch/_session');
		expect(seen[0].init.method).toBe('POST');
		expect(JSON.parse(new TextDecoder().decode(seen[0].init.body as Uint8Array))).toEqual({
			name: 'canbo.c01',
			password: 'demo1234'
		});
	});

	it('an answer that names nobody is a server failure', async () => {
		await expect(signIn(answering(200, { ok: true }).couch, 'a', 'b')).rejects.toMatchObject({
			kind: 'server',
			status: 200
		});
	});
});

describe('signInProblem', () => {
	it.each<[string, unknown, SignInProblem]>([
		[
			'a 401',
			failure(401, { error: 'unauthorized', reason: 'Name or password is incorrect.' }),
			'wrong'
		],
		[
			'a 401 for a disabled account',
			failure(401, { error: 'account_disabled', reason: 'Tài khoản đã bị khóa' }),
			'disabled'
		],
		['a 429', failure(429, { error: 'too_many_requests' }), 'tooMany'],
		['no answer', new CouchFailure('network', 'fetch failed'), 'unreachable'],
		['a 502 from a proxy', failure(502, '<html>'), 'unreachable'],
		['a 503 from the service worker', failure(503, ''), 'unreachable'],
		['a 504', failure(504, ''), 'unreachable'],
		['a 500', failure(500, { error: 'internal' }), 'serverError'],
		['a 403', failure(403, { error: 'forbidden' }), 'serverError'],
		['something else thrown', new Error('bug'), 'unreachable']
	])('%s is %s', async (_what, e, problem) => {
		expect(signInProblem(await e)).toBe(problem);
	});
});

describe('currentUser and signOut', () => {
	it('names the signed-in user, or null for nobody', async () => {
		expect(
			await currentUser(
				answering(200, { ok: true, userCtx: { name: 'duyet.p01', roles: ['reviewer'] } }).couch
			)
		).toEqual({ name: 'duyet.p01', roles: ['reviewer'] });
		expect(
			await currentUser(answering(200, { ok: true, userCtx: { name: null, roles: [] } }).couch)
		).toBeNull();
	});

	it('throws when the server cannot say', async () => {
		await expect(currentUser(answering(503, '').couch)).rejects.toMatchObject({
			kind: 'server',
			status: 503
		});
	});

	it('signing out never fails, even when the server is gone', async () => {
		const { couch, seen } = answering(503, '');
		await expect(signOut(couch)).resolves.toBeUndefined();
		expect(seen[0].init.method).toBe('DELETE');
	});
});

function failure(status: number, body: unknown): Promise<unknown> {
	return answering(status, body)
		.couch.post('/_session', {})
		.catch((e: unknown) => e);
}
