import type { StoreTarget } from './target';

// The CouchDB nodes behind the gateway. Every node of a cluster answers every request (shards are
// routed inside the cluster), so requests are spread over the nodes that answer, a node that fails
// to answer is left alone for a while, then tried again.

export interface NodePoolOptions {
	/** How long a node that failed is left out before it is tried again. */
	retryAfterMs?: number;
	now?: () => number;
}

export interface NodeStats {
	/** Requests that failed on one node and were sent again to another. */
	retries: number;
	/** Times a node was found not answering. */
	downs: number;
	/** Requests each node answered, in the order of COUCHDB_URL. */
	answered: number[];
}

export class NodePool {
	readonly stats: NodeStats;
	readonly #downUntil: number[];
	readonly #retryAfterMs: number;
	readonly #now: () => number;
	#next = 0;

	constructor(
		readonly targets: readonly StoreTarget[],
		opts: NodePoolOptions = {}
	) {
		if (targets.length === 0) throw new Error('At least one store node is needed.');
		this.#downUntil = targets.map(() => 0);
		this.stats = { retries: 0, downs: 0, answered: targets.map(() => 0) };
		this.#retryAfterMs = opts.retryAfterMs ?? 5000;
		this.#now = opts.now ?? Date.now;
	}

	/**
	 * The nodes to try for one request, in order: the answering ones taken in turn (so load is
	 * spread), then those left out (one may be back; better a try than a certain failure).
	 */
	order(): number[] {
		const n = this.targets.length;
		const start = this.#next;
		this.#next = (this.#next + 1) % n;
		const all = Array.from({ length: n }, (_, k) => (start + k) % n);
		const now = this.#now();
		const up = all.filter((i) => this.#downUntil[i] <= now);
		const down = all
			.filter((i) => this.#downUntil[i] > now)
			.sort((a, b) => this.#downUntil[a] - this.#downUntil[b]);
		return [...up, ...down];
	}

	isUp(i: number): boolean {
		return this.#downUntil[i] <= this.#now();
	}

	failed(i: number): void {
		if (this.isUp(i)) this.stats.downs++;
		this.#downUntil[i] = this.#now() + this.#retryAfterMs;
	}

	answered(i: number): void {
		this.#downUntil[i] = 0;
		this.stats.answered[i]++;
	}
}

// The request never reached the node: sending it elsewhere is safe whatever it was.
const NOT_SENT = new Set([
	'ECONNREFUSED',
	'EHOSTUNREACH',
	'ENETUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ECONNECT_TIMEOUT',
	'ENOENT'
]);
// The connection broke after the request may have been sent.
const CUT = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** A node-level failure (as opposed to an answer, even an error answer). */
export function isNodeFailure(err: unknown): boolean {
	const code = (err as NodeJS.ErrnoException)?.code ?? '';
	return NOT_SENT.has(code) || CUT.has(code) || (err as Error)?.message === 'socket hang up';
}

/**
 * Whether a failed request may be sent again to another node. Reads and queries may; `_bulk_docs`
 * may too, because ids and revisions make it idempotent (a repeat answers a conflict for what was
 * written, which the tablet resolves as "already there"). A single PUT cut mid-way may not: it is
 * answered 502 and the client retries it with what it knows.
 */
export function mayRetry(err: unknown, method: string, path: string): boolean {
	const code = (err as NodeJS.ErrnoException)?.code ?? '';
	if (NOT_SENT.has(code)) return true;
	if (method === 'GET' || method === 'HEAD') return true;
	const endpoint = path.split('?', 1)[0];
	return (
		method === 'POST' &&
		/\/(_bulk_docs|_all_docs|_bulk_get|_revs_diff|_changes|_session|_view\/[^/]+)$/.test(endpoint)
	);
}
