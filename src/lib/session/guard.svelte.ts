import { browser } from '$app/environment';
import { hasRole, type UserCtx } from '$lib/domain/scope';
import { isFailure } from '$lib/net/failure';
import { currentUser } from '$lib/net/session-api';
import { couch } from '$lib/net/site';

// The door of a section that works online (review, administration): the server's session must be
// a person with the section's role, asked each time the section opens, never assumed from the
// browser, since the server decides anyway. Signing in and out is the one session's
// (./session.svelte.ts); a guard only forgets.

export type GuardStatus = 'checking' | 'ok' | 'denied' | 'offline' | 'failed';

export class RoleGuard {
	#status = $state<GuardStatus>('checking');
	#user = $state.raw<UserCtx | null>(null);
	#checking: Promise<void> | null = null;

	constructor(readonly allows: (user: UserCtx) => boolean) {}

	get status(): GuardStatus {
		return this.#status;
	}
	/** Only once `status` is ok. */
	get user(): UserCtx | null {
		return this.#user;
	}

	/** Ask the server once; callers meanwhile share the answer, and a refusal is asked again next time. */
	start(): Promise<void> {
		if (!browser) return Promise.resolve();
		this.#checking ??= this.#check().finally(() => {
			if (this.#status !== 'ok') this.#checking = null;
		});
		return this.#checking;
	}

	/** Ask again (after signing in in another tab, or a lost connection). */
	check(): Promise<void> {
		this.#status = 'checking';
		this.#checking = null;
		return this.start();
	}

	/**
	 * Entering the section (its layout mounts): start, or make sure the server's session is still
	 * this person's. Someone may have signed out and another signed in on this browser meanwhile,
	 * through a page that knows nothing of this state.
	 */
	enter(): void {
		if (!browser) return;
		if (this.#status !== 'ok') {
			void this.start();
			return;
		}
		currentUser(couch).then(
			(user) => {
				if (user?.name !== this.#user?.name) void this.check();
			},
			() => {} // offline: the page already loaded keeps working.
		);
	}

	/** Signed out, or a refusal for want of a session: the section shows its door again. */
	forget(): void {
		this.#user = null;
		this.#checking = null;
		this.#status = 'denied';
	}

	/** What the section loads for an admitted person before its screens show (nothing by default). */
	protected async admit(_user: UserCtx): Promise<void> {}

	async #check(): Promise<void> {
		this.#status = 'checking';
		try {
			const user = await currentUser(couch);
			if (!user || !this.allows(user)) {
				this.#status = 'denied';
				return;
			}
			await this.admit(user);
			this.#user = user;
			this.#status = 'ok';
		} catch (e) {
			console.error(e);
			this.#status = isFailure(e, 'network')
				? 'offline'
				: isFailure(e, 'auth')
					? 'denied'
					: 'failed';
		}
	}
}

/** The administration screens: desktop or tablet, always online, nothing kept in the browser. */
export const adminGuard = new RoleGuard((user) => hasRole(user, 'admin'));
