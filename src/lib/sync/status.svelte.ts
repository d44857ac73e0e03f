import { browser } from '$app/environment';
import type { LocalDatabase } from '$lib/db/db';
import { language } from '$lib/state/language.svelte';
import { session } from '$lib/session/session.svelte';
import { connection } from '$lib/state/connection.svelte';
import { untrack } from 'svelte';
import type { Connection } from './connect';
import type { EngineEvent, RunOutcome } from './engine';
import type { PushProgress } from './push-run';
import type { QueueCounts } from './queue-view';
import type { SyncScheduler } from './triggers';
import { outcomeProblem } from './words';

// The sending state every officer screen shows. `start()` is called once by the officer layout; it
// waits for the session and then runs by itself. The engine and its triggers (./connect.ts) are
// loaded with `import()` only once somebody is signed in: the first screen of a new tablet is the
// sign-in form, which needs none of it.

const NO_COUNTS: QueueCounts = { waiting: 0, returned: 0, attention: 0 };

class SyncStatus {
	#sending = $state(false);
	#pulling = $state(false);
	#progress = $state.raw<PushProgress | null>(null);
	#lastSentAt = $state<string | null>(null);
	#counts = $state.raw<QueueCounts>(NO_COUNTS);
	#lastOutcome = $state.raw<RunOutcome | null>(null);
	#needsSignIn = $state(false);
	#connection: Connection | null = null;
	/** Counts attach/stop calls, so a module arriving late never wires a user who has gone. */
	#attempt = 0;
	#attachedTo: string | null = null;
	#started = false;

	/** The one online tracker's answer, here too for the send screen. */
	get online(): boolean {
		return connection.online;
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
		});
	}

	get #scheduler(): SyncScheduler | null {
		return this.#connection?.scheduler ?? null;
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
		// Checked on the tablet only (no server): she keeps working, but sending still waits.
		if (result.kind === 'ok') return result.offline ? 'offline' : 'ok';
		return result.kind === 'wrong' || result.kind === 'offlineWrong' ? 'wrong' : 'offline';
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
		const attempt = ++this.#attempt;
		import('./connect')
			.then(({ connect }) => {
				// Signed out, or switched to another user, while the module was loading.
				if (attempt !== this.#attempt) return;
				this.#connection = connect({
					db,
					officer,
					communeId,
					onEvent: (e) => this.#onEvent(e),
					onCounts: (c) => (this.#counts = c),
					onLastSent: (at) => (this.#lastSentAt = at)
				});
			})
			.catch((e) => {
				console.error(e);
				if (attempt === this.#attempt) this.#attachedTo = null;
			});
	}

	#stop(): void {
		this.#attempt++;
		this.#connection?.stop();
		this.#connection = null;
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
