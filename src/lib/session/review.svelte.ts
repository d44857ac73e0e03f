import { hasRole, type UserCtx } from '$lib/domain/scope';
import { couch } from '$lib/net/site';
import { loadConfig, type ReviewConfig } from '$lib/review/config';
import { ReviewDatabase, reviewDbName } from '$lib/review/decision-db';
import { queue } from '$lib/review/queue.svelte';
import { RoleGuard } from './guard.svelte';

// The review pages' door (a reviewer's or an administrator's session on the server), and what
// every review screen reads once it is open: the org tree and criteria sets, and the reviewer's
// own decision queue, opened by name.

class ReviewSession extends RoleGuard {
	#config = $state.raw<ReviewConfig | null>(null);
	#db: ReviewDatabase | null = null;
	readonly couch = couch;

	constructor() {
		super((user) => hasRole(user, 'reviewer') || hasRole(user, 'admin'));
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

	/** Forget the org tree and criteria sets so the next screen reads them again. */
	async reloadConfig(): Promise<void> {
		this.#config = await loadConfig(couch);
	}

	override forget(): void {
		super.forget();
		this.#config = null;
		this.#db = null;
	}

	protected override async admit(user: UserCtx): Promise<void> {
		this.#config = await loadConfig(couch);
		this.#db = new ReviewDatabase(reviewDbName(user.name));
		queue.start(this.#db, couch);
	}
}

export const reviewSession = new ReviewSession();
