import type { LocalDatabase } from '$lib/db/db';
import type {
	AssessmentRecord,
	BatchRecord,
	CitizenRecord,
	HamletRecord,
	LocalFields
} from '$lib/db/records';
import type { Table } from 'dexie';
import { citizenKeys } from '$lib/db/citizen-keys';
import type { Citizen } from '$lib/domain/citizen.schema';
import type { WireDoc } from './wire';

// The tablet's records of the documents a commune syncs, and the one way a server version becomes
// a record: local bookkeeping (dirty, syncError, the wizard step) is the tablet's own and is kept
// or reset here, never copied from the server.

export type SyncedType = 'citizen' | 'assessment' | 'batch' | 'hamlet';
export type SyncedRecord = CitizenRecord | AssessmentRecord | BatchRecord | HamletRecord;

const TABLES = {
	citizen: 'citizens',
	assessment: 'assessments',
	batch: 'batches',
	hamlet: 'hamlets'
} as const;

export function isSyncedType(type: unknown): type is SyncedType {
	return typeof type === 'string' && Object.hasOwn(TABLES, type);
}

export function tableOf(db: LocalDatabase, type: SyncedType): Table<SyncedRecord, string> {
	return db.table(TABLES[type]);
}

export const syncedTableNames = Object.values(TABLES);
export const SYNCED_TYPES = Object.keys(TABLES) as SyncedType[];

/** Why a record is held back from sending: a server refusal of this very content, or an open conflict. */
export const CONFLICT_REASON = 'conflict';

/**
 * A record the server refused is not sent again as it is: it would be refused again. It goes again
 * once the officer changed it (its `updatedAt` moved past the refusal) or asked to retry.
 */
export function isHeldBack(record: Partial<LocalFields> & { updatedAt?: string }): boolean {
	const error = record.syncError;
	if (!error) return false;
	if (error.reason === CONFLICT_REASON) return true;
	return !record.updatedAt || record.updatedAt <= error.at;
}

/** The server's version as the tablet's record: acknowledged, with the tablet's derived fields. */
export function fromServer(doc: WireDoc, previous?: SyncedRecord): SyncedRecord {
	const record: Record<string, unknown> = { ...doc, dirty: 0 };
	for (const key of ['_revisions', '_conflicts', '_deleted_conflicts']) delete record[key];
	if (doc.type === 'citizen') Object.assign(record, citizenKeys(doc as unknown as Citizen));
	if (
		doc.type === 'assessment' &&
		previous &&
		'wizardStep' in previous &&
		previous.wizardStep !== undefined
	)
		record.wizardStep = previous.wizardStep;
	return record as unknown as SyncedRecord;
}

/** A copy without the local error mark. */
export function withoutError<T extends Partial<LocalFields>>(record: T): T {
	const copy = { ...record };
	delete copy.syncError;
	return copy;
}

/**
 * A citizen's removal or merge the server refused (another tablet sent an assessment of them
 * meanwhile): the person is back on the tablet's list, with the refusal to read, so nobody
 * disappears from the officer's view over a change the server does not hold.
 */
export function reopened(
	record: SyncedRecord,
	issues?: { path: string; message: string }[]
): SyncedRecord {
	if (record.type !== 'citizen' || !(record.removed || record.merged)) return record;
	const closing = issues?.some(
		(i) => /^(removed|merged)(\.|$)/.test(i.path) && i.message !== 'rule.citizenClosed'
	);
	if (!closing) return record;
	const { removed: _r, merged: _m, ...open } = record;
	return { ...open, ...citizenKeys(open) } as SyncedRecord;
}
