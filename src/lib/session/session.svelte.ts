import { browser } from '$app/environment';
import type { LocalDatabase } from '$lib/db/db';
import { accountOf, type Account } from '$lib/domain/account';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import type { UserCtx } from '$lib/domain/scope';
import {
	currentUser,
	ownFullName,
	signIn,
	signInProblem,
	signOut,
	type SignInProblem
} from '$lib/net/session-api';
import { createRequests } from '$lib/net/request';
import { checkPass, makePass, readPass, writePass } from './offline-pass';

export interface SessionUser extends Account {
	/** The officer's commune; empty for reviewers and administrators. */
	communeId: string;
	/** The person's name as the administrator wrote it; the header shows it (login name in settings). */
	fullName?: string;
}

/** The tablet remembers who signed in last (never a password), so that person keeps working offline. */
const LAST_USER_KEY = 'cdht.lastUser';
/** Who signed out last on this tablet: the sign-in form starts with her name. */
const LAST_NAME_KEY = 'cdht.lastName';

type Status = 'starting' | 'signedOut' | 'ready' | 'failed';

/** Only the `_session` calls: the sign-in form, the first screen of a new tablet, loads no more of the client. */
const server = createRequests({ baseUrl: '/couch', timeoutMs: 60_000 });

export type SignInOutcome =
	| { kind: 'ok'; offline?: boolean }
	| { kind: SignInProblem | 'noRole' | 'offlineFirst' | 'offlineLocked' }
	| { kind: 'offlineWrong'; left: number };

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
	/** The offline pass being made after an online sign-in; a sign-out waits for it. */
	#passing: Promise<void> = Promise.resolve();

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
	/** The name to show people: the display name, else the login name. */
	get displayName(): string {
		return this.#user?.fullName || this.#user?.name || '';
	}
	/** The login name of whoever signed out last here, for the sign-in form. */
	get lastName(): string {
		return browser ? (localStorage.getItem(LAST_NAME_KEY) ?? '') : '';
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

	/**
	 * Sign in with the server; on success the tablet switches to that user's own database and keeps
	 * an offline pass. With no network (or no answer), the pass kept from her last online sign-in
	 * on this tablet decides (./offline-pass.ts).
	 */
	async signIn(name: string, password: string): Promise<SignInOutcome> {
		if (navigator.onLine === false) return this.#signInOffline(name, password, 'offlineFirst');
		let user: UserCtx;
		try {
			user = await signIn(server, name, password);
		} catch (e) {
			const problem = signInProblem(e);
			return problem === 'unreachable'
				? this.#signInOffline(name, password, 'unreachable')
				: { kind: problem };
		}
		const account = accountOf(user);
		if (!account) {
			await signOut(server);
			return { kind: 'noRole' };
		}
		await this.#adopt(account);
		const profile = this.#user;
		this.#passing = makePass(password, profile).then(
			(pass) => writePass(localStorage, account.name, pass),
			(e) => console.warn('No offline pass kept', e)
		);
		return { kind: 'ok' };
	}

	/** No server to ask: her pass on this tablet decides; without one, `unknown` says why not. */
	async #signInOffline(
		name: string,
		password: string,
		unknown: 'offlineFirst' | 'unreachable'
	): Promise<SignInOutcome> {
		const pass = readPass(localStorage, name);
		const user = pass ? toSessionUser(pass.profile) : null;
		if (!pass || !user) return { kind: unknown };
		const check = await checkPass(pass, password);
		if (check.kind === 'locked') return { kind: 'offlineLocked' };
		writePass(localStorage, name, check.pass);
		if (check.kind === 'wrong')
			return check.left > 0
				? { kind: 'offlineWrong', left: check.left }
				: { kind: 'offlineLocked' };
		localStorage.setItem(LAST_USER_KEY, JSON.stringify(user));
		await this.#open(user);
		this.#starting = Promise.resolve();
		// Once the network is back the server says whether her session still stands (else: sign in to send).
		void this.#confirmWithServer(user);
		return { kind: 'ok', offline: true };
	}

	/** Forget the user on this tablet; their database stays (unsent work included) for their next sign-in. */
	async signOut(): Promise<void> {
		await this.#passing;
		await signOut(server);
		localStorage.removeItem(LAST_USER_KEY);
		if (this.#user) localStorage.setItem(LAST_NAME_KEY, this.#user.name);
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
		const user = fromAccount(account, await askFullName(account.name));
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
			const user = fromAccount(account, (await askFullName(account.name)) ?? remembered.fullName);
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

/** The display name, or undefined when the server cannot say (offline, an old server). */
async function askFullName(name: string): Promise<string | undefined> {
	try {
		return await ownFullName(server, name);
	} catch {
		return undefined;
	}
}

function fromAccount(account: Account, fullName?: string): SessionUser {
	return {
		...account,
		communeId: account.role === 'officer' ? (account.scope ?? '') : '',
		...(fullName ? { fullName } : {})
	};
}

/** A user kept on the tablet (last user, offline pass), checked again as the server's answer would be. */
function toSessionUser(value: unknown): SessionUser | null {
	const kept = value as (UserCtx & { fullName?: unknown }) | null;
	const account = accountOf(kept);
	return account
		? fromAccount(account, typeof kept?.fullName === 'string' ? kept.fullName : undefined)
		: null;
}

function readLastUser(): SessionUser | null {
	try {
		return toSessionUser(JSON.parse(localStorage.getItem(LAST_USER_KEY) ?? 'null'));
	} catch {
		return null;
	}
}

export const session = new Session();
