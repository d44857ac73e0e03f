import { browser } from '$app/environment';
import { ensureBundledCriteria } from '$lib/db/criteria';
import { openUserDb, type LocalDatabase } from '$lib/db/db';
import { ensureOrgUnits, getOrgUnit } from '$lib/db/org';
import { demoOrgUnits } from '$lib/domain/demo-data';
import type { OrgUnit } from '$lib/domain/org-unit.schema';

export interface SessionUser {
	name: string;
	roles: string[];
	communeId: string;
}

// PLACEHOLDER until sign-in exists: the tablet works as the demo officer of Xã An Bình. This is
// the only place that knows it; sign-in replaces `#whoIsSignedIn` (and seeding org units from the
// bundled demo data) with the real session.
const DEMO_OFFICER: SessionUser = { name: 'canbo.c01', roles: ['officer'], communeId: 'C01' };

/**
 * Who works on this tablet, and their local database, opened and seeded. Screens wait for `ready`.
 */
class Session {
	#user = $state.raw<SessionUser | null>(null);
	#commune = $state.raw<OrgUnit | null>(null);
	#ready = $state(false);
	#failed = $state(false);
	#persisted = $state<boolean | null>(null);
	#db: LocalDatabase | null = null;
	#starting: Promise<void> | null = null;

	get user(): SessionUser | null {
		return this.#user;
	}
	get commune(): OrgUnit | null {
		return this.#commune;
	}
	get ready(): boolean {
		return this.#ready;
	}
	get failed(): boolean {
		return this.#failed;
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

	/** Open and seed the local database once; every officer screen calls it, the first one does the work. */
	start(): Promise<void> {
		if (!browser) return Promise.resolve();
		this.#starting ??= this.#start().catch((e) => {
			console.error(e);
			this.#failed = true;
			this.#starting = null;
		});
		return this.#starting;
	}

	async #start(): Promise<void> {
		const user = this.#whoIsSignedIn();
		const db = openUserDb(user.name);
		await ensureOrgUnits(db, demoOrgUnits);
		await ensureBundledCriteria(db);
		this.#commune = (await getOrgUnit(db, user.communeId)) ?? null;
		this.#db = db;
		this.#user = user;
		this.#ready = true;
		this.#failed = false;
		void this.#keepStorage();
	}

	#whoIsSignedIn(): SessionUser {
		return DEMO_OFFICER;
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

export const session = new Session();
