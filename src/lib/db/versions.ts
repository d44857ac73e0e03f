import type Dexie from 'dexie';

/**
 * Every schema version the app has shipped, oldest first. A shipped version is never edited:
 * a change is a new entry (with an upgrade function when data must move), so a tablet that
 * skipped releases upgrades through each step in order.
 *
 * Index notes (version 1):
 * - citizens `*nameWords`: one entry per accent-free word of the name, so "an nguyen" is a prefix
 *   range on one word, then a check of the few candidates, instead of a scan of 20,000 people.
 * - citizens `[communeId+sortKey]`, `[communeId+hamletId+sortKey]`: lists in Vietnamese order
 *   (given name first), paged by the index. Their prefixes also serve `[communeId+hamletId]`.
 * - citizens `dupKey`: the possible-duplicate warning is one exact lookup.
 * - assessments `[communeId+status+updatedAt]`: counts per status and "latest first" lists per
 *   status straight from the index.
 * - `dirty` everywhere a document can wait to be sent: the outbox and the export read it.
 *
 * Version 3:
 * - `hamlets`: hamlets the officer added in the field (hamlet.schema.ts), synced like citizens.
 *
 * Version 2:
 * - `syncError.at` on citizens, assessments and batches: only records the server refused are in
 *   it, so what needs the officer is read without reading every unsent record (after an import of
 *   20,000 people, the header's count re-ran over all of them at every change).
 */
export function declareVersions(db: Dexie): void {
	db.version(1).stores({
		criteriaSets: '_id, slug, [slug+version]',
		orgUnits: '_id, &id, parentId, level',
		targets: '_id, orgUnitId',
		citizens:
			'_id, communeId, [communeId+sortKey], [communeId+hamletId+sortKey], [hamletId+household], *nameWords, dupKey, updatedAt, dirty',
		assessments:
			'_id, citizenId, status, [citizenId+period], [communeId+status+updatedAt], [communeId+updatedAt], updatedAt, batchId, dirty',
		batches: '_id, status, createdAt, dirty',
		meta: 'key'
	});
	db.version(2).stores({
		citizens:
			'_id, communeId, [communeId+sortKey], [communeId+hamletId+sortKey], [hamletId+household], *nameWords, dupKey, updatedAt, dirty, syncError.at',
		assessments:
			'_id, citizenId, status, [citizenId+period], [communeId+status+updatedAt], [communeId+updatedAt], updatedAt, batchId, dirty, syncError.at',
		batches: '_id, status, createdAt, dirty, syncError.at'
	});
	db.version(3).stores({
		hamlets: '_id, communeId, dirty, syncError.at'
	});
}
