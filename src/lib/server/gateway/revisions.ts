import { t } from '../words';
// Replication's revisions (`new_edits: false`): a document arrives with the revision it has on the
// client and its ancestry (`_revisions: {start, ids}`, newest first). CouchDB would graft it into
// the revision tree as given; the gateway first decides how it relates to the stored winner, so a
// replicated revision is checked by the write rules like any other write.

export interface Revisions {
	start: number;
	ids: string[];
}

type Doc = Record<string, unknown>;

const REV = /^([1-9]\d{0,8})-([0-9a-zA-Z]{1,64})$/;

/** The revision and ancestry of a replicated document, or why they cannot be read. */
export function parseRevisions(
	doc: Doc
): { ok: true; doc: Doc; revisions: Revisions } | { ok: false; reason: string } {
	const rev = typeof doc._rev === 'string' ? REV.exec(doc._rev) : null;
	if (!rev) return { ok: false, reason: t('write.revMissing') };
	const start = Number(rev[1]);
	const given = doc._revisions as Partial<Revisions> | undefined;
	if (given === undefined) return { ok: true, doc, revisions: { start, ids: [rev[2]] } };
	const ids = given?.ids;
	const valid =
		given !== null &&
		typeof given === 'object' &&
		given.start === start &&
		Array.isArray(ids) &&
		ids.length >= 1 &&
		ids.length <= start &&
		ids[0] === rev[2] &&
		ids.every((id) => typeof id === 'string' && /^[0-9a-zA-Z]{1,64}$/.test(id));
	if (!valid) return { ok: false, reason: t('write.revisions') };
	return { ok: true, doc, revisions: { start, ids: ids as string[] } };
}

/**
 * How a replicated revision relates to what is stored:
 * - `stored`: this very revision is already the winner (nothing to write);
 * - `next`: it descends from the stored winner: checked against it;
 * - `new`: nothing (or only a deletion) is stored: checked as a new document;
 * - `branch`: it would stand beside the winner as a conflict: refused, like a stale `_rev`.
 */
export function revisionVerdict(
	doc: Doc,
	revisions: Revisions,
	winner: (Doc & { _rev: string }) | null
): 'stored' | 'next' | 'new' | 'branch' {
	if (!winner) return 'new';
	if (winner._rev === doc._rev) return 'stored';
	if (winner._deleted) return 'new';
	const [n, hash] = winner._rev.split('-');
	const at = revisions.start - Number(n);
	return at > 0 && revisions.ids[at] === hash ? 'next' : 'branch';
}
