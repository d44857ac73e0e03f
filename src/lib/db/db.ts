import Dexie, { type EntityTable } from 'dexie';
import type {
	AssessmentRecord,
	BatchRecord,
	CitizenRecord,
	CriteriaSetRecord,
	HamletRecord,
	MetaRecord,
	OrgUnitRecord,
	TargetRecord
} from './records';
import { declareVersions } from './versions';

export class LocalDatabase extends Dexie {
	criteriaSets!: EntityTable<CriteriaSetRecord, '_id'>;
	orgUnits!: EntityTable<OrgUnitRecord, '_id'>;
	targets!: EntityTable<TargetRecord, '_id'>;
	citizens!: EntityTable<CitizenRecord, '_id'>;
	assessments!: EntityTable<AssessmentRecord, '_id'>;
	batches!: EntityTable<BatchRecord, '_id'>;
	hamlets!: EntityTable<HamletRecord, '_id'>;
	meta!: EntityTable<MetaRecord, 'key'>;

	constructor(name: string, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		declareVersions(this);
	}
}

/**
 * One database per signed-in user on the tablet: a second officer on the same device never sees
 * the first one's records, and signing out deletes nothing.
 */
export function localDbName(userName: string): string {
	return `cdht-${userName.toLowerCase()}`;
}

let current: LocalDatabase | null = null;

/** Open (or switch to) the signed-in user's database. */
export function openUserDb(
	userName: string,
	options?: ConstructorParameters<typeof Dexie>[1]
): LocalDatabase {
	const name = localDbName(userName);
	// A copy closed by a sign-out cannot be used again (Dexie refuses every call on it): make a new one.
	if (current?.name === name && !current.hasBeenClosed()) return current;
	current?.close();
	current = new LocalDatabase(name, options);
	// Another tab upgraded the schema: close so it can proceed; the app shows a reload prompt.
	current.on('versionchange', () => {
		current?.close();
		return false;
	});
	return current;
}

export function db(): LocalDatabase {
	if (!current) throw new Error('No user database is open: sign in first.');
	return current;
}
