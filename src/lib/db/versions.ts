import type Dexie from 'dexie';

/**
 * Every schema version the app has shipped, oldest first. A shipped version is never edited:
 * a change is a new entry (with an upgrade function when data must move), so a tablet that
 * skipped releases upgrades through each step in order.
 */
export function declareVersions(db: Dexie): void {
	db.version(1).stores({
		criteriaSets: '_id, slug, [slug+version]',
		orgUnits: '_id, &id, parentId, level',
		targets: '_id, orgUnitId',
		citizens: '_id, communeId, [communeId+hamletId], [hamletId+household], searchKey, updatedAt, dirty',
		assessments: '_id, citizenId, status, [communeId+status], [citizenId+period], updatedAt, batchId, dirty',
		batches: '_id, status, createdAt',
		meta: 'key'
	});
}
