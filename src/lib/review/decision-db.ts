import Dexie, { type EntityTable } from 'dexie';
import type { Assessment } from '$lib/domain/assessment.schema';
import type { CommuneCounts } from '$lib/domain/report';

// The reviewer's decisions not yet on the server: a small IndexedDB database of its own per user
// (`cdht-review-<name>`), apart from the officer's database, so a reviewer who works offline for
// an hour loses nothing on a reload, and a second reviewer on the same browser never sees (or
// sends) the first one's decisions. It also keeps report counts between visits (report-load.ts).

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

/** A commune's report counts for a period, valid while its database's update_seq is `seq`. */
export interface SavedCountsRecord {
	communeId: string;
	period: number;
	seq: string;
	counts: CommuneCounts;
}

export class ReviewDatabase extends Dexie {
	decisions!: EntityTable<QueuedDecision, '_id'>;
	counts!: Dexie.Table<SavedCountsRecord, [string, number]>;

	constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		// Shipped versions are never edited; a change is a new version (as in src/lib/db/versions.ts).
		this.version(1).stores({ decisions: '_id, state, db, queuedAt' });
		this.version(2).stores({ counts: '[communeId+period]' });
	}
}

export const reviewDbName = (userName: string) => `cdht-review-${userName.toLowerCase()}`;
