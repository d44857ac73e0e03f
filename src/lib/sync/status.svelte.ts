import { browser } from '$app/environment';
import type { LocalDatabase } from '$lib/db/db';
import { language } from '$lib/state/language.svelte';
import { session } from '$lib/state/session.svelte';
import { syncActivity } from '$lib/state/sync-status.svelte';
import { liveQuery } from 'dexie';
import { untrack } from 'svelte';
import { LAST_SENT_KEY, SyncEngine, type EngineEvent, type RunOutcome } from './engine';
import type { PushProgress } from './push-run';
import { queueCounts, type QueueCounts } from './queue-view';
import { createTransport } from './transport';
import { SyncScheduler } from './triggers';
import { outcomeProblem } from './words';

// The sending state every officer screen shows, and the one place the browser wires the engine:
// the transport on same-origin `/couch`, the triggers (app start, connection back, an assessment
// marked ready), the counts read live from the tablet's database. `start()` is called once by the
// officer layout; it waits for the session and then runs by itself.

const NO_COUNTS: QueueCounts = { waiting: 0, returned: 0, attention: 0 };

class SyncStatus {
	#online = $state(browser ? navigator.onLine : true);
	#sending = $state(false);
	#pulling = $state(false);
	#progress = $state.raw<PushProgress | null>(null);
	#lastSentAt = $state<string | null>(null);
	#counts = $state.raw<QueueCounts>(NO_COUNTS);
	#lastOutcome = $state.raw<RunOutcome | null>(null);
	#needsSignIn = $state(false);
	#scheduler: SyncScheduler | null = null;
	#detach: (() => void) | null = null;
	#attachedTo: string | null = null;
	#started = false;

	get online(): boolean {
		return this.#online;
	}
	get sending(): boolean {
		return this.#sending;
	}
	/** Receiving review decisions and configuration after a push. */
	get pulling(): boolean {
		return this.#pulling;
	}
	get progress(): PushProgress | null {
		return this.#progress;
	}
	get lastSentAt(): string | null {
		return this.#lastSentAt;
	}
	get waiting(): number {
		return this.#counts.waiting;
	}
	get returned(): number {
		return this.#counts.returned;
	}
	get attention(): number {
		return this.#counts.attention;
	}
	get lastOutcome(): RunOutcome | null {
		return this.#lastOutcome;
	}
	/** The session expired: nothing is sent until the officer signs in again; the queue waits. */
	get needsSignIn(): boolean {
		return this.#needsSignIn;
	}
	/** Why the last run did not finish, in the reader's language; null when it did. */
	get error(): string | null {
		return outcomeProblem(language.current, this.#lastOutcome);
	}

	/** Follow the session: attach to whoever is signed in. Idempotent. */
	start(): void {
		if (!browser || this.#started) return;
		this.#started = true;
		$effect.root(() => {
			$effect(() => {
				const user = session.ready ? session.user : null;
				const db = user ? session.db : null;
				untrack(() => (user && db ? this.#attach(db, user.name, user.communeId) : this.#stop()));
			});
			$effect(() => {
				if (session.signIns > 0) untrack(() => this.#resume());
			});
			$effect(() => {
				// The header's line: mirrored into the app's shared sending state.
				syncActivity.sending = this.#sending;
				syncActivity.progress = this.#progress && this.#sending ? { done: this.#progress.docsDone, total: this.#progress.docsTotal } : null;
				syncActivity.problem = this.error;
			});
		});
	}

	/** The officer pressed "Gửi dữ liệu". */
	async send(): Promise<RunOutcome | null> {
		return this.#scheduler ? this.#scheduler.runNow() : null;
	}

	/** Sign in again after the session expired (the session does it), then carry on with the queue. */
	async signIn(password: string): Promise<'ok' | 'wrong' | 'offline'> {
		const name = session.user?.name;
		if (!name) return 'wrong';
		const result = await session.signIn(name, password);
		if (result.kind === 'ok') return 'ok';
		return result.kind === 'unreachable' || result.kind === 'serverError' ? 'offline' : 'wrong';
	}

	/** A sign-in happened (here or on /login): the queue that waited for it goes on. */
	#resume(): void {
		if (!this.#needsSignIn) return;
		this.#needsSignIn = false;
		this.#scheduler?.signedIn();
	}

	#attach(db: LocalDatabase, officer: string, communeId: string): void {
		const key = `${db.name}|${communeId}`;
		if (this.#attachedTo === key) return;
		this.#stop();
		this.#attachedTo = key;
		const engine = new SyncEngine({
			transport: createTransport({ baseUrl: '/couch' }),
			context: () => ({ db, communeId, officer }),
			locks: navigator.locks ?? null,
			onEvent: (e) => this.#onEvent(e)
		});
		const scheduler = new SyncScheduler({ run: () => engine.run(), online: () => navigator.onLine });
		this.#scheduler = scheduler;

		const online = () => {
			this.#online = true;
			scheduler.request('online');
		};
		const offline = () => {
			this.#online = false;
			scheduler.offline();
		};
		addEventListener('online', online);
		addEventListener('offline', offline);

		let lastWaiting = -1;
		const counts = liveQuery(() => queueCounts(db, communeId)).subscribe({
			next: (c) => {
				this.#counts = c;
				// Newly marked ready: send soon, without the officer having to think of it.
				if (lastWaiting >= 0 && c.waiting > lastWaiting) scheduler.request('ready');
				lastWaiting = c.waiting;
			},
			error: (e) => console.error(e)
		});
		const lastSent = liveQuery(async () => (await db.meta.get(LAST_SENT_KEY))?.value as string | undefined).subscribe({
			next: (at) => (this.#lastSentAt = at ?? null),
			error: (e) => console.error(e)
		});
		scheduler.request('start');

		this.#detach = () => {
			scheduler.stop();
			removeEventListener('online', online);
			removeEventListener('offline', offline);
			counts.unsubscribe();
			lastSent.unsubscribe();
		};
	}

	#stop(): void {
		this.#detach?.();
		this.#detach = null;
		this.#scheduler = null;
		this.#attachedTo = null;
		this.#counts = NO_COUNTS;
	}

	#onEvent(e: EngineEvent): void {
		switch (e.type) {
			case 'start':
				this.#sending = true;
				this.#progress = null;
				break;
			case 'progress':
				this.#progress = e.progress;
				break;
			case 'pulling':
				this.#pulling = true;
				break;
			case 'end':
				this.#sending = false;
				this.#pulling = false;
				this.#lastOutcome = e.outcome;
				if (!e.outcome.ok && e.outcome.kind === 'auth') this.#needsSignIn = true;
				break;
		}
	}
}

export const syncStatus = new SyncStatus();
