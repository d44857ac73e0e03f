import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { isNodeFailure, mayRetry, NodePool } from './nodes';
import { readAll, storeRequest, type StoreTarget } from './target';

export interface JsonResponse<T = unknown> {
	status: number;
	body: T;
}

// Re-sign-in well before the store's own session timeout (3600 s embedded, 600 s CouchDB default).
const ADMIN_SESSION_MAX_AGE_MS = 4 * 60 * 1000;

/**
 * Talks to the store as its server admin. The gateway has already decided the request is allowed;
 * the store cannot be told "act as user X" except through that user's own cookie, which the
 * gateway does not have. Signs in once with `POST /_session` and reuses the cookie (Basic auth on
 * every request would run the admin's pbkdf2 on every request).
 */
export class StoreClient {
	#cookie: Promise<string> | null = null;
	#cookieAt = 0;
	readonly nodes: NodePool;

	/** One node, or a cluster's nodes (each answers every request; see nodes.ts). */
	constructor(
		targets: StoreTarget | readonly StoreTarget[],
		private readonly adminName: string,
		private readonly adminPassword: string
	) {
		this.nodes = new NodePool(Array.isArray(targets) ? targets : [targets as StoreTarget]);
	}

	/** The first node: where tests and tools reach the store itself. */
	get target(): StoreTarget {
		return this.nodes.targets[0];
	}

	/**
	 * A raw exchange as admin, retried once with a fresh session if the store forgot ours; `signal`
	 * ends it (a client that went away), the store's side included.
	 */
	async raw(
		method: string,
		path: string,
		headers: OutgoingHttpHeaders = {},
		body?: Buffer,
		signal?: AbortSignal
	): Promise<IncomingMessage> {
		let res = await this.#send(
			method,
			path,
			{ ...headers, cookie: await this.#adminCookie() },
			body,
			signal
		);
		if (res.statusCode === 401) {
			res.resume();
			this.#cookie = null;
			res = await this.#send(
				method,
				path,
				{ ...headers, cookie: await this.#adminCookie() },
				body,
				signal
			);
		}
		return res;
	}

	/**
	 * Waits until every node that answers knows the database (a cluster's nodes learn of a new one
	 * a moment apart, and a tablet's next request may reach any of them). Bounded: a slow node only
	 * delays, never fails, provisioning.
	 */
	async awaitDbOnEveryNode(db: string, timeoutMs = 15_000): Promise<void> {
		if (this.nodes.targets.length < 2) return;
		const deadline = Date.now() + timeoutMs;
		const pending = new Set(this.nodes.targets);
		while (pending.size && Date.now() < deadline) {
			for (const target of [...pending]) {
				try {
					const res = await storeRequest(target, 'HEAD', `/${encodeURIComponent(db)}`, {
						cookie: await this.#adminCookie()
					});
					res.resume();
					if (res.statusCode === 200) pending.delete(target);
				} catch {
					pending.delete(target); // a node that is down learns of it when it is back
				}
			}
			if (pending.size) await new Promise((ok) => setTimeout(ok, 100));
		}
	}

	/** Sends to the nodes in the pool's order until one answers, where sending again is safe. */
	async #send(
		method: string,
		path: string,
		headers: OutgoingHttpHeaders,
		body?: Buffer,
		signal?: AbortSignal
	): Promise<IncomingMessage> {
		let last: unknown;
		const order = this.nodes.order();
		for (const [attempt, i] of order.entries()) {
			try {
				const res = await storeRequest(
					this.nodes.targets[i],
					method,
					path,
					headers,
					body,
					undefined,
					signal
				);
				this.nodes.answered(i);
				return res;
			} catch (err) {
				// A client that went away is no node failure, and nothing to send again.
				if (signal?.aborted || !isNodeFailure(err)) throw err;
				this.nodes.failed(i);
				last = err;
				if (!mayRetry(err, method, path)) throw err;
				if (attempt < order.length - 1) this.nodes.stats.retries++;
			}
		}
		throw last;
	}

	async json<T = unknown>(method: string, path: string, body?: unknown): Promise<JsonResponse<T>> {
		const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
		const headers: OutgoingHttpHeaders = { accept: 'application/json' };
		if (payload) headers['content-type'] = 'application/json';
		const res = await this.raw(method, path, headers, payload);
		const text = (await readAll(res)).toString('utf8');
		return { status: res.statusCode ?? 500, body: (text ? JSON.parse(text) : null) as T };
	}

	/** Like json(), but anything outside 2xx (and the listed statuses) is an error naming the call. */
	async ok<T = unknown>(
		method: string,
		path: string,
		body?: unknown,
		alsoOk: number[] = []
	): Promise<JsonResponse<T>> {
		const res = await this.json<T>(method, path, body);
		if ((res.status < 200 || res.status > 299) && !alsoOk.includes(res.status))
			throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
		return res;
	}

	#adminCookie(): Promise<string> {
		if (!this.#cookie || Date.now() - this.#cookieAt > ADMIN_SESSION_MAX_AGE_MS) {
			this.#cookieAt = Date.now();
			this.#cookie = this.#signIn();
			// A failed sign-in must not be cached: the next call tries again.
			this.#cookie.catch(() => (this.#cookie = null));
		}
		return this.#cookie;
	}

	async #signIn(): Promise<string> {
		const body = Buffer.from(
			JSON.stringify({ name: this.adminName, password: this.adminPassword })
		);
		const res = await this.#send('POST', '/_session', { 'content-type': 'application/json' }, body);
		await readAll(res);
		const setCookie = res.headers['set-cookie']?.find((c) => c.startsWith('AuthSession='));
		if (res.statusCode !== 200 || !setCookie)
			throw new Error(`The store refused its server admin's sign-in (${res.statusCode}).`);
		return setCookie.split(';', 1)[0];
	}
}
