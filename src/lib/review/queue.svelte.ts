import { browser } from '$app/environment';
import { liveQuery } from 'dexie';
import type { Assessment } from '$lib/domain/assessment.schema';
import { backoffDelay } from '$lib/sync/backoff';
import type { Transport } from '$lib/net/couch';
import type { QueuedDecision, ReviewDatabase } from './decision-db';
import { dismiss, enqueue, flush, type Decided } from './decisions';

// The decision queue as the screens see it: every queued decision (waiting, conflict, refused)
// live from IndexedDB, sending right after a decision, when the connection returns, and after a
// failure with the sync engine's backoff (with jitter). What the server confirmed is kept in
// memory, so a screen loaded before the decision shows the new revision and the next decision on
// the same assessment builds on it.

type SentListener = (docs: Assessment[]) => void;

class DecisionQueue {
	#entries = $state.raw<ReadonlyMap<string, QueuedDecision>>(new Map());
	#confirmed = $state.raw<ReadonlyMap<string, Assessment>>(new Map());
	#sending = $state(false);
	#needsSignIn = $state(false);
	#failures = 0;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#db: ReviewDatabase | null = null;
	#transport: Transport | null = null;
	#unsubscribe: (() => void) | null = null;
	#listeners = new Set<SentListener>();
	#listening = false;

	get entries(): ReadonlyMap<string, QueuedDecision> {
		return this.#entries;
	}
	get waiting(): number {
		let n = 0;
		for (const q of this.#entries.values()) if (q.state === 'waiting') n++;
		return n;
	}
	get sending(): boolean {
		return this.#sending;
	}
	get needsSignIn(): boolean {
		return this.#needsSignIn;
	}

	start(db: ReviewDatabase, transport: Transport): void {
		if (this.#db?.name === db.name) return;
		this.#unsubscribe?.();
		this.#db = db;
		this.#transport = transport;
		const sub = liveQuery(() => db.decisions.toArray()).subscribe({
			next: (rows) => (this.#entries = new Map(rows.map((r) => [r._id, r]))),
			error: (e) => console.error(e)
		});
		this.#unsubscribe = () => sub.unsubscribe();
		if (browser && !this.#listening) {
			addEventListener('online', () => void this.send());
			this.#listening = true;
		}
		void this.send();
	}

	/** Called with the documents the server now holds after each send. */
	onSent(listener: SentListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** The assessment as the reviewer should see it now, and its queue entry if any. */
	current(doc: Assessment): { doc: Assessment; queued: QueuedDecision | null } {
		const q = this.#entries.get(doc._id) ?? null;
		if (q?.state === 'waiting') return { doc: q.doc, queued: q };
		const confirmed = this.#confirmed.get(doc._id);
		return {
			doc: confirmed && revNumber(confirmed) >= revNumber(doc) ? confirmed : doc,
			queued: q
		};
	}

	async decide(decided: readonly Decided[]): Promise<void> {
		if (!this.#db) throw new Error('The decision queue is not open.');
		await enqueue(this.#db, decided);
		await this.send();
	}

	async dismiss(id: string): Promise<void> {
		const q = this.#entries.get(id);
		if (q?.server) this.#confirm([q.server]);
		if (this.#db) await dismiss(this.#db, id);
	}

	/** Send what waits; a run already going, or no connection, leaves it to the next trigger. */
	async send(): Promise<void> {
		if (!this.#db || !this.#transport || this.#sending) return;
		if (browser && !navigator.onLine) return;
		this.#clearTimer();
		this.#sending = true;
		try {
			const result = await flush(this.#db, this.#transport);
			const docs = [...result.sent.values()];
			if (docs.length) {
				this.#confirm(docs);
				for (const listener of this.#listeners) listener(docs);
			}
			this.#needsSignIn = result.stopped === 'auth';
			if (
				result.stopped === 'network' ||
				result.stopped === 'server' ||
				result.stopped === 'tooLarge'
			) {
				this.#failures++;
				this.#timer = setTimeout(
					() => void this.send(),
					Math.max(1000, backoffDelay(this.#failures))
				);
			} else this.#failures = 0;
		} finally {
			this.#sending = false;
		}
	}

	#confirm(docs: readonly Assessment[]): void {
		const next = new Map(this.#confirmed);
		for (const d of docs) next.set(d._id, d);
		this.#confirmed = next;
	}

	#clearTimer(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
	}
}

const revNumber = (doc: { _rev?: string }) => Number(doc._rev?.split('-')[0] ?? 0);

export const queue = new DecisionQueue();
