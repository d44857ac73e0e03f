import { content, pick, sameContent, type WireDoc } from './wire';

// What to do when the server holds another version of a document the tablet has changed: on a 409
// from `_bulk_docs`, and when `_changes` brings a new version of a document with unsent changes.
// The rules (DESIGN §4), in order:
//   1. identical content → the tablet's version is on the server already: adopt the server's _rev;
//   2. assessments: the reviewer's fields (status, review, history) from the server win; the
//      officer's answers from the device win while the server's status still allows editing
//      (not yet reviewed, or returned for correction);
//   3. anything else (a citizen edited on two tablets, an answer changed after recognition) is put
//      before the officer, and both versions are kept until they choose.
// Pure: the callers read and write the database around it.

/** Fields only a reviewer sets. */
export const REVIEW_FIELDS = ['review', 'history'] as const;
/** Fields that say where a document is in the flow rather than what the officer recorded. */
const FLOW_FIELDS = ['status', 'batchId', ...REVIEW_FIELDS] as const;

/** A reviewer has decided: the status is theirs now. */
export const DECIDED_STATUSES: readonly string[] = ['recognised', 'returned', 'rejected'];
/** Decisions after which the officer may still change the answers. */
export const EDITABLE_DECISIONS: readonly string[] = ['returned'];

export type Resolution =
	/** Same content: the tablet's version is on the server; only the _rev is new. */
	| { kind: 'same'; rev: string }
	/** The server's version becomes the tablet's; nothing the officer changed is lost by it. */
	| { kind: 'take-server'; doc: WireDoc }
	/** The officer's content on top of the server's version (its _rev and review fields); still unsent. */
	| { kind: 'merge'; doc: WireDoc }
	/** The officer decides; `keep` says which version the tablet shows meanwhile. Both are kept. */
	| { kind: 'ask'; keep: 'local' | 'server'; local: WireDoc; server: WireDoc };

/** The officer's own content: what they recorded, without where it is in the flow. */
function officerContent(doc: WireDoc): Record<string, unknown> {
	const all = content(doc);
	for (const f of FLOW_FIELDS) delete all[f];
	return all;
}

/**
 * @param local the tablet's version (a record or the document it tried to send)
 * @param server the server's current version
 * @param localDirty whether the tablet's version has changes the server has not acknowledged
 */
export function reconcile(local: WireDoc, server: WireDoc, localDirty: boolean): Resolution {
	const rev = server._rev ?? '';
	if (sameContent(local, server)) return { kind: 'same', rev };
	if (!localDirty) return { kind: 'take-server', doc: server };

	switch (server.type) {
		case 'assessment':
			return reconcileAssessment(local, server);
		case 'batch':
			// A batch is written once, after its members; another version on the server is the truth.
			return { kind: 'take-server', doc: server };
		default:
			return { kind: 'ask', keep: 'local', local, server };
	}
}

function reconcileAssessment(local: WireDoc, server: WireDoc): Resolution {
	const officerSame = sameContent(
		officerContent(local) as WireDoc,
		officerContent(server) as WireDoc
	);
	const status = String(server.status);
	if (DECIDED_STATUSES.includes(status)) {
		if (officerSame) return { kind: 'take-server', doc: server };
		if (EDITABLE_DECISIONS.includes(status))
			// The officer's edit is kept, but the status is the reviewer's: they must see the comment
			// and mark it ready again themselves.
			return {
				kind: 'merge',
				doc: withServerReview({ ...local, status: server.status, batchId: server.batchId }, server)
			};
		return { kind: 'ask', keep: 'server', local, server };
	}
	// Not reviewed yet: the device's answers and status win, the server's review history stays.
	return { kind: 'merge', doc: withServerReview(local, server) };
}

function withServerReview(doc: WireDoc, server: WireDoc): WireDoc {
	const merged: WireDoc = { ...doc, _rev: server._rev };
	for (const f of REVIEW_FIELDS) delete merged[f];
	Object.assign(merged, pick(server, REVIEW_FIELDS));
	if (merged.batchId === undefined) delete merged.batchId;
	return merged;
}
