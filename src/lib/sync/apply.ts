import { toWire } from '$lib/db/records';
import { DECIDED_STATUSES, REVIEW_FIELDS, type Resolution } from './conflicts';
import {
	CONFLICT_REASON,
	fromServer,
	reopened,
	withoutError,
	type SyncedRecord
} from './local-record';
import { canonicalJson, content, type WireDoc } from './wire';

// What a server answer does to the tablet's record, as pure functions of (record now, what was sent,
// the answer). The officer may keep working while a send is on the wire, so every answer is checked
// against a snapshot of the record taken when it was read: an acknowledgement of an older version
// never marks a newer edit as sent.

/** A document on its way, with the record's content as it was when the document was made from it. */
export interface Sent {
	doc: WireDoc;
	snapshot: string;
}

export function snapshotOf(record: object): string {
	return canonicalJson(content(record));
}

/** Both versions of a document the officer has to decide on; kept until they do, and after. */
export interface ConflictEntry {
	id: string;
	type: string;
	at: string;
	/** Which version the tablet shows meanwhile. */
	kept: 'local' | 'server';
	local: WireDoc;
	server: WireDoc;
	resolvedAt?: string;
	choice?: 'local' | 'server';
}

/** What to write for one document: a record to put, and maybe a conflict to keep. */
export interface Change {
	put?: SyncedRecord;
	stash?: ConflictEntry;
}

const unchanged = (current: SyncedRecord, sent: Sent) => snapshotOf(current) === sent.snapshot;

/** The server stored `sent` as `rev`. */
export function onAck(current: SyncedRecord, sent: Sent, rev: string): SyncedRecord {
	// A newer edit stays unsent, but now builds on the server's revision, so its send is an update.
	if (!unchanged(current, sent)) return { ...current, _rev: rev };
	return withoutError({ ...current, ...sent.doc, _rev: rev, dirty: 0 } as SyncedRecord);
}

/** The server refused `sent`: keep it, marked with the reason, until the officer changes it. */
export function onRefusal(
	current: SyncedRecord,
	sent: Sent,
	at: string,
	reason: string,
	issues?: { path: string; message: string }[]
): SyncedRecord | null {
	if (!unchanged(current, sent)) return null;
	return {
		...reopened(current, issues),
		syncError: { at, reason, ...(issues?.length ? { issues } : {}) }
	} as SyncedRecord;
}

/** Apply a conflict's resolution (conflicts.ts) to the record. */
export function onResolution(
	current: SyncedRecord,
	sent: Sent,
	resolution: Resolution,
	at: string
): Change {
	switch (resolution.kind) {
		case 'same':
			return { put: onAck(current, sent, resolution.rev) };
		case 'take-server':
			// If the officer changed it meanwhile, leave it: the next send meets the server's version
			// again and is reconciled with the newer edit, not with this one.
			return unchanged(current, sent) ? { put: fromServer(resolution.doc, current) } : {};
		case 'merge':
			// Only server-owned fields are taken, so this holds whatever the officer did meanwhile.
			return { put: mergeServerFields(current, resolution.doc) };
		case 'ask': {
			const stash: ConflictEntry = {
				id: current._id,
				type: String(resolution.server.type),
				at,
				kept: resolution.keep,
				local: toWire(current) as WireDoc,
				server: resolution.server
			};
			const put =
				resolution.keep === 'server'
					? fromServer(resolution.server, current)
					: ({ ...current, syncError: { at, reason: CONFLICT_REASON } } as SyncedRecord);
			return { put, stash };
		}
	}
}

/** The record rebased on the server's revision: its review fields, and its status once decided. */
function mergeServerFields(current: SyncedRecord, merged: WireDoc): SyncedRecord {
	const record = withoutError({
		...current,
		_rev: merged._rev,
		dirty: 1
	} as SyncedRecord) as unknown as Record<string, unknown>;
	for (const f of REVIEW_FIELDS) {
		if (merged[f] === undefined) delete record[f];
		else record[f] = merged[f];
	}
	if (DECIDED_STATUSES.includes(String(merged.status))) {
		record.status = merged.status;
		if (merged.batchId === undefined) delete record.batchId;
		else record.batchId = merged.batchId;
	}
	return record as unknown as SyncedRecord;
}
