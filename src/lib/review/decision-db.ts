import Dexie, { type EntityTable } from 'dexie';
import type { Assessment } from '$lib/domain/assessment.schema';

// The reviewer's decisions not yet on the server: a small IndexedDB database of its own per user
// (`cdht-review-<name>`), apart from the officer's database, so a reviewer who works offline for
// an hour loses nothing on a reload, and a second reviewer on the same browser never sees (or
// sends) the first one's decisions.

export type QueuedState =
	/** Not on the server yet; sent at the next chance. */
	| 'waiting'
	/** Someone else changed the assessment first (409): shown, never overwritten. */
	| 'conflict'
	/** The server refused it (not in scope, rules): shown with the reason. */
	| 'refused';

export interface QueuedDecision {
	/** The assessment id. */
	_id: string;
	/** The commune database. */
	db: string;
	/** The next version of the assessment, carrying the `_rev` it was decided on. */
	doc: Assessment;
	queuedAt: string;
	state: QueuedState;
	reason?: string;
	/** conflict: the server's version, so the screen can say who decided what. */
	server?: Assessment | null;
}

export class ReviewDatabase extends Dexie {
	decisions!: EntityTable<QueuedDecision, '_id'>;

	constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		// Shipped versions are never edited; a change is a new version (as in src/lib/db/versions.ts).
		this.version(1).stores({ decisions: '_id, state, db, queuedAt' });
	}
}

export const reviewDbName = (userName: string) => `cdht-review-${userName.toLowerCase()}`;
