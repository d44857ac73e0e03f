import { browser } from '$app/environment';
import type { LocalDatabase } from '$lib/db/db';
import { accountOf, type Account } from '$lib/domain/account';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import type { UserCtx } from '$lib/domain/scope';
import { currentUser, signIn, signInProblem, signOut, type SignInProblem } from '$lib/net/session-api';
import { createRequests } from '$lib/net/request';

export interface SessionUser extends Account {
	/** The officer's commune; empty for reviewers and administrators. */
	communeId: string;
}

/** The tablet remembers who signed in last (never a password), so that person keeps working offline. */
const LAST_USER_KEY = 'cdht.lastUser';

type Status = 'starting' | 'signedOut' | 'ready' | 'failed';

/** Only the `_session` calls: the sign-in form, the first screen of a new tablet, loads no more of the client. */
const server = createRequests({ baseUrl: '/couch', timeoutMs: 60_000 });

export type SignInOutcome = { kind: 'ok' } | { kind: SignInProblem | 'noRole' };

// A remembered user opens their database at once: start fetching that code now, beside the page's
// own modules, rather than after the layout has mounted (a second round of module loads on a
// slow tablet). The sign-in screen of a new tablet still loads none of it.
if (browser && localStorage.getItem(LAST_USER_KEY)) void import('./session-db');

/**
 * Who works on this device, whatever their role, and their local database, opened and seeded: the
 * one sign-in (/login) and sign-out of the app. Screens wait for `ready`; the officer layout sends
 * a signed-out tablet to /login. The online sections add a server check at their door
 * (./guard.svelte.ts).
 *
 * Offline first: the last signed-in user is taken from this device at once, and the server is
 * asked afterwards. A session that expired while offline keeps the user working (`expired`); only
 * sending waits for a new sign-in.
 */
export class Session {
	#status = $state<Status>('starting');
	#user = $state.raw<SessionUser | null>(null);
	#commune = $state.raw<OrgUnit | null>(null);
	#expired = $state(false);
	#persisted = $state<boolean | null>(null);
	#signIns = $state(0);
	#db: LocalDatabase | null = null;
	#starting: Promise<void> | null = null;

	get user(): SessionUser | null {
		return this.#user;
	}
	get commune(): OrgUnit | null {
		return this.#commune;
	}
	get ready(): boolean {
		return this.#status === 'ready';
	}
	get signedOut(): boolean {
		return this.#status === 'signedOut';
	}
	get failed(): boolean {
		return this.#status === 'failed';
	}
	/** The server no longer knows this tablet's session: work goes on, sending waits for a sign-in. */
	get expired(): boolean {
		return this.#expired;
	}
	/** Counts sign-ins made in this tab: the sync, waiting after an expired session, resumes on a change. */
	get signIns(): number {
		return this.#signIns;
	}
	/** Whether the browser agreed to keep this site's storage (null: not known yet). */
	get persisted(): boolean | null {
		return this.#persisted;
	}
	/** The signed-in user's database; only once `ready`. */
	get db(): LocalDatabase {
		if (!this.#db) throw new Error('The session is not ready.');
		return this.#db;
	}
	get communeId(): string {
		return this.#user?.communeId ?? '';
	}

	/** Open the remembered user's database once; every screen calls it, the first one does the work. */
	start(): Promise<void> {
		if (!browser) return Promise.resolve();
		this.#starting ??= this.#start().catch((e) => {
			console.error(e);
			this.#status = 'failed';
			this.#starting = null;
		});
		return this.#starting;
	}

	async #start(): Promise<void> {
		const remembered = readLastUser();
		if (remembered) {
			await this.#open(remembered);
			void this.#confirmWithServer(remembered);
			return;
		}
		// Nobody remembered here: a cookie may still be valid (signed in from another page of the app).
		const account = accountOf(await askServer());
		if (account) await this.#adopt(account);
		else this.#status = 'signedOut';
	}

	/** Sign in with the server; on success the tablet switches to that user's own database. */
	async signIn(name: string, password: string): Promise<SignInOutcome> {
		let user: UserCtx;
		try {
			user = await signIn(server, name, password);
		} catch (e) {
			return { kind: signInProblem(e) };
		}
		const account = accountOf(user);
		if (!account) {
			await signOut(server);
			return { kind: 'noRole' };
		}
		await this.#adopt(account);
		return { kind: 'ok' };
	}

	/** Forget the user on this tablet; their database stays (unsent work included) for their next sign-in. */
	async signOut(): Promise<void> {
		await signOut(server);
		localStorage.removeItem(LAST_USER_KEY);
		this.#db?.close();
		this.#db = null;
		this.#user = null;
		this.#commune = null;
		this.#expired = false;
		this.#status = 'signedOut';
		this.#starting = Promise.resolve();
	}

	/** A sign-in just happened: remember the user, fetch the configuration, open their database. */
	async #adopt(account: Account): Promise<void> {
		const user = toSessionUser(account);
		localStorage.setItem(LAST_USER_KEY, JSON.stringify(user));
		await (await import('./session-db')).loadConfiguration(user.name);
		await this.#open(user);
		this.#expired = false;
		this.#signIns++;
		this.#starting = Promise.resolve();
	}

	async #open(user: SessionUser): Promise<void> {
		// Dexie and the database work come with the first user (./session-db.ts), not with the sign-in form.
		const { openSessionDb } = await import('./session-db');
		const { db, commune } = await openSessionDb(user.name, user.communeId);
		this.#commune = commune;
		this.#db = db;
		this.#user = user;
		this.#status = 'ready';
		void this.#keepStorage();
	}

	/** Ask the server, without holding up the screen, whether the remembered session still stands. */
	async #confirmWithServer(remembered: SessionUser): Promise<void> {
		const user = await askServer();
		if (user === undefined) return;
		if (user === null) {
			this.#expired = true;
			return;
		}
		const account = accountOf(user);
		if (account && account.name === remembered.name) {
			// Roles may have changed (a new scope): keep the tablet's copy current.
			const user = toSessionUser(account);
			localStorage.setItem(LAST_USER_KEY, JSON.stringify(user));
			if (user.communeId === remembered.communeId) this.#user = user;
			else await this.#adopt(account);
		} else if (account) {
			// Someone else signed in on this browser meanwhile: the server's cookie is who acts now.
			await this.#adopt(account);
		}
	}

	/** Ask once per start that the browser never evicts the data (officers stay offline for days). */
	async #keepStorage(): Promise<void> {
		const storage = navigator.storage;
		if (!storage?.persisted) return;
		try {
			this.#persisted = (await storage.persisted()) || (await storage.persist());
		} catch {
			this.#persisted = false;
		}
	}
}

/** Who the server's cookie says is signed in: null for nobody, undefined when it cannot say (offline). */
async function askServer(): Promise<UserCtx | null | undefined> {
	try {
		return await currentUser(server);
	} catch {
		return undefined;
	}
}

function toSessionUser(account: Account): SessionUser {
	return { ...account, communeId: account.role === 'officer' ? (account.scope ?? '') : '' };
}

function readLastUser(): SessionUser | null {
	try {
		const value = JSON.parse(localStorage.getItem(LAST_USER_KEY) ?? 'null') as UserCtx | null;
		const account = accountOf(value);
		return account ? toSessionUser(account) : null;
	} catch {
		return null;
	}
}

export const session = new Session();
