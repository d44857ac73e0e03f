import type { Call } from './context';
import { forward, storePath } from './forward';
import { sendBytes } from './respond';
import type { StoreClient } from '../store/client';
import { readAll } from '../store/target';

// The embedded store (PouchDB) keeps no reductions in its view indexes: every reduced query reads
// and re-reduces every row in its range, ≈ 0.1–1 s per commune of 2,000 assessments, so a
// province report of 100 communes took 13.6 s even with every index built (docs/benchmarks.md).
// A view's answer is a function of the database's contents, which its update_seq names: an answer
// kept with the update_seq read *before* the query is served again while the sequence is the same
// (one cheap database-info request). A write between the two reads makes the entry look old, never
// new. After a write through the gateway, the queries already asked of that database, and every
// grouped query already asked of any database (the report's shape: the same query for each commune),
// are run again in the background, one at a time, so the next reviewer finds them answered and the
// index built. The report of the current period is such a shape from the start.
// Apache CouchDB keeps reductions, so nothing is kept there (`keep: false`), but its indexer builds
// an index only when asked (and lags behind writes): the same background queries after a write
// build the index, so the first reviewer does not pay for it.

export interface ViewCacheOptions {
	/** Answers larger than this are never kept (a listing with documents, say). */
	maxEntryBytes: number;
	/** All kept answers together; the least recently used go first. */
	maxTotalBytes: number;
	/** Quiet time after the last write to a database before its queries are refreshed. */
	refreshDelayMs: number;
	/** Queries remembered per database for the background refresh. */
	maxQueriesPerDb: number;
	/** Grouped queries refreshed in every database written to, seeded with these (path after the database, query). */
	shapes: { view: string; query: string }[];
	maxShapes: number;
	/** false: answers are never kept, only the background queries after writes run (to build the indexes). */
	keep?: boolean;
	log: (msg: string) => void;
}

export interface Answer {
	status: number;
	body: Buffer;
	contentType: string;
}

interface Entry {
	db: string;
	path: string;
	query: string;
	seq: string;
	body: Buffer;
	contentType: string;
}

export interface ViewCacheStats {
	hits: number;
	misses: number;
	refreshed: number;
	entries: number;
	bytes: number;
}

export class ViewCache {
	#entries = new Map<string, Entry>();
	#bytes = 0;
	#timers = new Map<string, NodeJS.Timeout>();
	#queue: Promise<void> = Promise.resolve();
	/** Queries on their way to the store, by key and sequence: two reviewers asking at once cost one. */
	#inflight = new Map<string, Promise<Answer>>();
	#closed = false;
	/** Grouped queries by `view?query` (canonical), most recently asked last. */
	#shapes = new Map<string, { view: string; query: string }>();
	readonly stats: Omit<ViewCacheStats, 'entries' | 'bytes'> = { hits: 0, misses: 0, refreshed: 0 };

	constructor(
		private readonly store: StoreClient,
		private readonly options: ViewCacheOptions
	) {
		for (const shape of options.shapes) this.#learn(shape.view, canonicalQuery(shape.query));
	}

	/** Answers a GET of an app view from the cache when the database has not changed since. */
	async serve(call: Call): Promise<void> {
		const db = call.params.db;
		const view = storePath(...call.segments.slice(1));
		const path = storePath(db) + view;
		const query = canonicalQuery(call.rawQuery);
		const key = `${path}?${query}`;
		if (isGrouped(query)) this.#learn(view, query);
		if (this.options.keep === false) return forward(call, { path });
		const seq = await this.#updateSeq(db);
		const kept = this.#entries.get(key);
		if (kept && seq !== null && kept.seq === seq) {
			this.stats.hits++;
			this.#touch(key, kept);
			sendBytes(call.req, call.res, 200, kept.contentType, kept.body);
			return;
		}
		this.stats.misses++;
		if (seq === null) return forward(call, { path });
		const answer = await this.#fresh(db, path, query, key, seq);
		sendBytes(call.req, call.res, answer.status, answer.contentType, answer.body);
	}

	/**
	 * The same for the gateway's own reads (the public summary): a view's answer from memory while
	 * the database is unchanged, else from the store (and kept). `view` is the path after the database.
	 */
	async read(db: string, view: string, rawQuery: string): Promise<Answer> {
		const path = storePath(db) + view;
		const query = canonicalQuery(rawQuery);
		const key = `${path}?${query}`;
		if (isGrouped(query)) this.#learn(view, query);
		if (this.options.keep === false) return this.#query(path, query);
		const seq = await this.#updateSeq(db);
		const kept = this.#entries.get(key);
		if (kept && seq !== null && kept.seq === seq) {
			this.stats.hits++;
			this.#touch(key, kept);
			return { status: 200, body: kept.body, contentType: kept.contentType };
		}
		this.stats.misses++;
		return seq === null ? this.#query(path, query) : this.#fresh(db, path, query, key, seq);
	}

	/** One query per key and sequence at a time (two readers at once cost one), kept when it succeeds. */
	#fresh(db: string, path: string, query: string, key: string, seq: string): Promise<Answer> {
		const flight = `${key}#${seq}`;
		let pending = this.#inflight.get(flight);
		if (!pending) {
			pending = this.#query(path, query).then((answer) => {
				if (answer.status === 200)
					this.#keep(key, {
						db,
						path,
						query,
						seq,
						body: answer.body,
						contentType: answer.contentType
					});
				return answer;
			});
			this.#inflight.set(flight, pending);
			void pending.finally(() => this.#inflight.delete(flight)).catch(() => {});
		}
		return pending;
	}

	/**
	 * A write to `db` went through: refresh its queries a little later, so the writes of one batch's
	 * chunks are taken together. Not pushed back by later writes: a commune written to all day is
	 * still refreshed; a write during the refresh schedules the next one.
	 */
	written(db: string): void {
		if (this.#closed || this.#timers.has(db)) return;
		if (this.#shapes.size === 0 && ![...this.#entries.values()].some((e) => e.db === db)) return;
		const timer = setTimeout(() => {
			this.#timers.delete(db);
			this.#queue = this.#queue
				.then(() => this.#refresh(db))
				.catch((err) => {
					if (!this.#closed) this.options.log(`view cache: refreshing ${db} failed: ${err}`);
				});
		}, this.options.refreshDelayMs);
		timer.unref();
		this.#timers.set(db, timer);
	}

	/** Waits until no refresh is scheduled or running (tests, the report measurement). */
	async settled(): Promise<void> {
		for (;;) {
			const queue = this.#queue;
			await queue;
			if (this.#timers.size === 0 && queue === this.#queue) return;
			await new Promise((ok) => setTimeout(ok, Math.max(10, this.options.refreshDelayMs)));
		}
	}

	close(): void {
		this.#closed = true;
		for (const timer of this.#timers.values()) clearTimeout(timer);
		this.#timers.clear();
	}

	get size(): ViewCacheStats {
		return { ...this.stats, entries: this.#entries.size, bytes: this.#bytes };
	}

	async #refresh(db: string): Promise<void> {
		const queries = new Map<string, { path: string; query: string }>();
		for (const [key, entry] of this.#entries) if (entry.db === db) queries.set(key, entry);
		for (const shape of this.#shapes.values()) {
			const path = storePath(db) + shape.view;
			queries.set(`${path}?${shape.query}`, { path, query: shape.query });
		}
		for (const [key, { path, query }] of queries) {
			if (this.#closed) return;
			if (this.options.keep === false) {
				if ((await this.#query(path, query)).status === 200) this.stats.refreshed++;
				continue;
			}
			const seq = await this.#updateSeq(db);
			if (seq === null || this.#entries.get(key)?.seq === seq) continue;
			const answer = await this.#query(path, query);
			if (answer.status === 200) {
				this.#keep(key, {
					db,
					path,
					query,
					seq,
					body: answer.body,
					contentType: answer.contentType
				});
				this.stats.refreshed++;
			} else this.#drop(key);
		}
	}

	#learn(view: string, query: string): void {
		const key = `${view}?${query}`;
		this.#shapes.delete(key);
		this.#shapes.set(key, { view, query });
		for (const [oldest] of this.#shapes) {
			if (this.#shapes.size <= this.options.maxShapes) break;
			this.#shapes.delete(oldest);
		}
	}

	async #updateSeq(db: string): Promise<string | null> {
		const info = await this.store.json<{ update_seq?: unknown }>('GET', storePath(db));
		// CouchDB's update_seq is a number on the embedded store and an opaque string on a cluster.
		return info.status === 200 && info.body?.update_seq !== undefined
			? JSON.stringify(info.body.update_seq)
			: null;
	}

	async #query(path: string, query: string): Promise<Answer> {
		const res = await this.store.raw('GET', path + (query ? `?${query}` : ''), {
			accept: 'application/json'
		});
		const body = await readAll(res);
		return {
			status: res.statusCode ?? 502,
			body,
			contentType: String(res.headers['content-type'] ?? 'application/json')
		};
	}

	#keep(key: string, entry: Entry): void {
		this.#drop(key);
		if (entry.body.length > this.options.maxEntryBytes) return;
		const sameDb = [...this.#entries.entries()].filter(([, e]) => e.db === entry.db);
		if (sameDb.length >= this.options.maxQueriesPerDb) this.#drop(sameDb[0][0]);
		this.#entries.set(key, entry);
		this.#bytes += entry.body.length;
		for (const [oldest] of this.#entries) {
			if (this.#bytes <= this.options.maxTotalBytes) break;
			this.#drop(oldest);
		}
	}

	#touch(key: string, entry: Entry): void {
		// Map order is insertion order: re-inserting makes it the most recently used.
		this.#entries.delete(key);
		this.#entries.set(key, entry);
	}

	#drop(key: string): void {
		const entry = this.#entries.get(key);
		if (!entry) return;
		this.#entries.delete(key);
		this.#bytes -= entry.body.length;
	}
}

/**
 * One spelling per query: parameters sorted, JSON values re-serialised, so `group_level=4&startkey=[2026]`
 * and `startkey=%5B2026%5D&group_level=4` are one entry. The store gets the canonical spelling too.
 */
export function canonicalQuery(raw: string): string {
	const params = [...new URLSearchParams(raw)].map(([name, value]): [string, string] => {
		try {
			return [name, JSON.stringify(JSON.parse(value))];
		} catch {
			return [name, value];
		}
	});
	params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return new URLSearchParams(params).toString();
}

/** A grouped (reduced by key) query: an aggregate asked of every commune alike, worth keeping warm everywhere. */
const isGrouped = (query: string): boolean => {
	const params = new URLSearchParams(query);
	return params.has('group_level') || params.get('group') === 'true';
};
