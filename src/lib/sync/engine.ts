import type { LocalDatabase } from '$lib/db/db';
import { CONFIG_DB, communeDbName, newDocId } from '$lib/domain/ids';
import { pullAll } from './checkpoint';
import { startChunker, type ChunkerState, type ChunkLimits } from './chunker';
import { configApplier } from './pull-config';
import { communeApplier } from './pull-commune';
import { pushAll, type PushProgress, type PushReport } from './push-run';
import type { Transport } from '$lib/net/couch';
import { CouchFailure, type FailureKind } from '$lib/net/failure';

// The loop: push, then pull the commune's changes, then the configuration's. One run at a time:
// a trigger that fires during a run asks for one more run after it (so an assessment marked ready
// mid-send is not left behind), and where the browser has Web Locks, a second tab does not start
// a run while the first one sends.

/** Where the time of the last successful send is kept (the header reads it). */
export const LAST_SENT_KEY = 'lastSentAt';

export interface SyncContext {
	db: LocalDatabase;
	communeId: string;
	officer: string;
}

export type RunOutcome =
	| { ok: true; at: string; push: PushReport; pulled: number }
	| { ok: false; kind: RunFailure | 'busy' | 'no-session' | 'local'; message: string };

/** A whole request refused for a conflict is, for a run, one more refusal ('rejected'). */
type RunFailure = Exclude<FailureKind, 'conflict'>;

export type EngineEvent =
	| { type: 'start' }
	| { type: 'progress'; progress: PushProgress }
	| { type: 'pulling'; done: number }
	| { type: 'end'; outcome: RunOutcome };

export interface EngineOptions {
	transport: Transport;
	/** Who is signed in and their database; null when nobody is. */
	context: () => SyncContext | null;
	now?: () => Date;
	newBatchId?: (communeId: string) => string;
	/** `navigator.locks` in a browser that has it. */
	locks?: LockManager | null;
	chunkLimits?: ChunkLimits;
	onEvent?: (event: EngineEvent) => void;
}

export class SyncEngine {
	readonly #options: EngineOptions;
	#running: Promise<RunOutcome> | null = null;
	#again = false;
	/** Survives between runs: after a cut, the next run starts with the smaller chunk. */
	readonly chunker: { state: ChunkerState; limits?: ChunkLimits };

	constructor(options: EngineOptions) {
		this.#options = options;
		this.chunker = { state: startChunker(options.chunkLimits), limits: options.chunkLimits };
	}

	get running(): boolean {
		return this.#running !== null;
	}

	/** Run now, or once more after the run in progress. */
	run(): Promise<RunOutcome> {
		if (this.#running) {
			this.#again = true;
			return this.#running;
		}
		this.#running = (async () => {
			let outcome: RunOutcome;
			do {
				this.#again = false;
				outcome = await this.#locked();
			} while (this.#again && outcome.ok);
			return outcome;
		})().finally(() => (this.#running = null));
		return this.#running;
	}

	#locked(): Promise<RunOutcome> {
		const locks = this.#options.locks;
		if (!locks) return this.#once();
		return locks.request('cdht-sync', { ifAvailable: true }, (lock) =>
			lock
				? this.#once()
				: ({ ok: false, kind: 'busy', message: 'another tab is sending' } as const)
		);
	}

	async #once(): Promise<RunOutcome> {
		const { transport, onEvent } = this.#options;
		const now = this.#options.now ?? (() => new Date());
		const context = this.#options.context();
		if (!context) return { ok: false, kind: 'no-session', message: 'nobody is signed in' };
		const { db, communeId, officer } = context;
		const remoteDb = communeDbName(communeId);
		onEvent?.({ type: 'start' });
		let outcome: RunOutcome;
		try {
			const push = await pushAll({
				db,
				transport,
				remoteDb,
				communeId,
				officer,
				now,
				newBatchId: () => (this.#options.newBatchId ?? ((c) => newDocId('batch', c)))(communeId),
				chunker: this.chunker,
				onProgress: (progress) => onEvent?.({ type: 'progress', progress })
			});
			// Everything waiting reached the server: that is the time the officer sees, even if
			// receiving the reviews afterwards fails.
			const at = now().toISOString();
			await db.meta.put({ key: LAST_SENT_KEY, value: at });
			const onPage = (done: number) => onEvent?.({ type: 'pulling', done });
			let pulled = await pullAll({
				db,
				transport,
				remoteDb,
				...communeApplier(db, remoteDb, now),
				onPage
			});
			pulled += await pullAll({
				db,
				transport,
				remoteDb: CONFIG_DB,
				...configApplier(db, CONFIG_DB),
				onPage
			});
			outcome = { ok: true, at, push, pulled };
		} catch (e) {
			outcome =
				e instanceof CouchFailure
					? { ok: false, kind: e.kind === 'conflict' ? 'rejected' : e.kind, message: e.message }
					: // The tablet's own storage failed (full, closed by an upgrade): nothing was lost, say so.
						{
							ok: false,
							kind: 'local',
							message: e instanceof Error ? `${e.name}: ${e.message}` : String(e)
						};
		}
		onEvent?.({ type: 'end', outcome });
		return outcome;
	}
}
