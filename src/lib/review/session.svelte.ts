import { browser } from '$app/environment';
import { hasRole, type UserCtx } from '$lib/domain/scope';
import { isFailure } from '$lib/net/failure';
import { currentUser } from '$lib/net/session-api';
import { couch } from '$lib/net/site';
import { loadConfig, type ReviewConfig } from './config';
import { ReviewDatabase, reviewDbName } from './decision-db';
import { queue } from './queue.svelte';

// Who is reviewing, checked against the server's session (GET /couch/_session) until the lead's
// sign-in screen lands; the org tree and criteria sets for every review screen; and the reviewer's
// own decision queue, opened by name. One instance for the review pages.

export type ReviewStatus = 'checking' | 'ok' | 'denied' | 'offline' | 'failed';

const canReview = (user: UserCtx) => hasRole(user, 'reviewer') || hasRole(user, 'admin');

class ReviewSession {
	#status = $state<ReviewStatus>('checking');
	#user = $state.raw<UserCtx | null>(null);
	#config = $state.raw<ReviewConfig | null>(null);
	#starting: Promise<void> | null = null;
	#db: ReviewDatabase | null = null;
	readonly couch = couch;

	get status(): ReviewStatus {
		return this.#status;
	}
	get user(): UserCtx | null {
		return this.#user;
	}
	/** The reviewer's own IndexedDB (decision queue, saved report counts); only once `status` is ok. */
	get db(): ReviewDatabase {
		if (!this.#db) throw new Error('The review session is not ready.');
		return this.#db;
	}
	/** Only once `status` is ok. */
	get config(): ReviewConfig {
		if (!this.#config) throw new Error('The review session is not ready.');
		return this.#config;
	}

	start(): Promise<void> {
		if (!browser) return Promise.resolve();
		this.#starting ??= this.#start().finally(() => {
			if (this.#status !== 'ok') this.#starting = null;
		});
		return this.#starting;
	}

	/**
	 * Entering the review pages (the layout mounts): start, or make sure the server's session is
	 * still this reviewer's. Someone may have signed out and another person signed in on this
	 * browser meanwhile, through a page that knows nothing of this state.
	 */
	enter(): void {
		if (!browser) return;
		if (this.#status !== 'ok') {
			void this.start();
			return;
		}
		currentUser(couch).then(
			(user) => {
				if (user?.name !== this.#user?.name) void this.retry();
			},
			() => {} // offline: the page already loaded keeps working; decisions queue.
		);
	}

	/** Signed out: forget the reviewer, so the next one starts clean. */
	forget(): void {
		this.#user = null;
		this.#config = null;
		this.#db = null;
		this.#starting = null;
		this.#status = 'denied';
	}

	/** Read the session again (after signing in in another tab, or a lost connection). */
	retry(): Promise<void> {
		this.#status = 'checking';
		this.#starting = null;
		return this.start();
	}

	/** Forget the org tree and criteria sets so the next screen reads them again. */
	async reloadConfig(): Promise<void> {
		this.#config = await loadConfig(couch);
	}

	async #start(): Promise<void> {
		this.#status = 'checking';
		try {
			const user = await currentUser(couch);
			if (!user || !canReview(user)) {
				this.#status = 'denied';
				return;
			}
			this.#config = await loadConfig(couch);
			this.#user = user;
			this.#db = new ReviewDatabase(reviewDbName(user.name));
			queue.start(this.#db, couch);
			this.#status = 'ok';
		} catch (e) {
			console.error(e);
			this.#status = isFailure(e, 'network') ? 'offline' : isFailure(e, 'auth') ? 'denied' : 'failed';
		}
	}
}

export const reviewSession = new ReviewSession();
