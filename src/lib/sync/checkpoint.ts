import type { LocalDatabase } from '$lib/db/db';
import type { ChangesPage, Transport } from '$lib/net/couch';
import type { WireDoc } from './wire';

// Pull: a database's `_changes` since the checkpoint kept in the tablet's own database, one page at
// a time. The changes feed is read without the documents: most changes after a push are the
// tablet's own writes coming back, which it already holds at that revision, so only the documents
// it lacks are fetched (one `_all_docs` request per page). A tablet that lacks most of a page (a
// new tablet restoring its commune, another officer's day of work) asks the next pages with their
// documents instead: one request a page, not two, and no list of ids sent up. The next page is
// asked for while this one is written. Each page is written in one Dexie transaction together with
// its checkpoint: a cut between pages loses nothing and repeats nothing.

export const checkpointKey = (remoteDb: string) => `sync:checkpoint:${remoteDb}`;

/** A page as the apply step gets it: the new versions, and the ids deleted on the server. */
export interface PulledPage {
	docs: WireDoc[];
	deleted: string[];
	/** The checkpoint to store with this page. */
	seq: string | number;
}

export interface PullDeps {
	db: LocalDatabase;
	transport: Transport;
	remoteDb: string;
	pageSize?: number;
	/** The revision the tablet holds of each id (undefined: none); such changes need no fetch. */
	knownRevs: (ids: string[]) => Promise<(string | undefined)[]>;
	/** Write the page and `meta[checkpointKey] = page.seq` in one transaction. */
	apply: (page: PulledPage) => Promise<void>;
	onPage?: (done: number) => void;
}

export async function getCheckpoint(db: LocalDatabase, remoteDb: string): Promise<string | number> {
	const row = await db.meta.get(checkpointKey(remoteDb));
	return (row?.value as string | number | undefined) ?? 0;
}

/**
 * Pages that carry their documents grow up to this many changes: each page costs a round trip
 * and the server's time before its first byte, during which the line idles.
 */
export const MAX_PAGE_WITH_DOCS = 4000;

/** Pull every page; returns how many changes were seen. */
export async function pullAll(deps: PullDeps): Promise<number> {
	const pageSize = deps.pageSize ?? 1000;
	let since = await getCheckpoint(deps.db, deps.remoteDb);
	// Nothing of this database on the tablet yet: every document is new to it.
	let withDocs = String(since) === '0';
	let size = pageSize;
	let next = deps.transport.changes(deps.remoteDb, since, size, withDocs);
	let seen = 0;
	for (;;) {
		const page = await next;
		const more = page.results.length >= size && String(page.last_seq) !== String(since);
		// A page that brings its documents is written as it comes, without reading first which of
		// them the tablet holds (the write step leaves a record held at that revision as it is), and
		// the pages after it come the same way.
		const plan = withDocs ? pageAsItCame(page) : await planPage(deps, page);
		withDocs ||= plan.fetch.length * 2 > page.results.length;
		// The first page stays small (it is the first usable screen of a new tablet); the next grow.
		size = withDocs ? Math.min(size * 2, Math.max(pageSize, MAX_PAGE_WITH_DOCS)) : pageSize;
		if (more) {
			next = deps.transport.changes(deps.remoteDb, page.last_seq, size, withDocs);
			// Awaited on the next turn; a failure meanwhile must not go unheard as unhandled.
			next.catch(() => {});
		}
		const carried = new Map(
			page.results.flatMap((r) => (r.doc && !r.doc._deleted ? [[r.id, r.doc] as const] : []))
		);
		const missing = plan.fetch.filter((id) => !carried.has(id));
		const fetched = missing.length
			? await deps.transport.getDocs(deps.remoteDb, missing)
			: new Map<string, WireDoc | null>();
		const docs = [
			...plan.fetch.flatMap((id) => (carried.has(id) ? [carried.get(id)!] : [])),
			...[...fetched.values()].filter((d): d is WireDoc => !!d)
		];
		// An id the server lists as changed but no longer shows was deleted after the page was read.
		const deleted = [...plan.deleted, ...[...fetched].filter(([, d]) => !d).map(([id]) => id)];
		await deps.apply({ docs, deleted, seq: page.last_seq });
		seen += page.results.length;
		deps.onPage?.(seen);
		if (!more) return seen;
		since = page.last_seq;
	}
}

/** Every change of a page that carried its documents: nothing to look up first. */
function pageAsItCame(page: ChangesPage): { fetch: string[]; deleted: string[] } {
	const latest = new Map(
		page.results.filter((c) => !c.id.startsWith('_')).map((c) => [c.id, !!c.deleted])
	);
	const ids = [...latest.keys()];
	return {
		fetch: ids.filter((id) => !latest.get(id)),
		deleted: ids.filter((id) => latest.get(id))
	};
}

/** Which ids of a page must be fetched, and which were deleted. Design documents are the server's own. */
export async function planPage(
	deps: Pick<PullDeps, 'knownRevs'>,
	page: ChangesPage
): Promise<{ fetch: string[]; deleted: string[] }> {
	const latest = new Map<string, { rev: string; deleted: boolean }>();
	for (const change of page.results) {
		if (change.id.startsWith('_')) continue;
		latest.set(change.id, { rev: change.changes[0]?.rev ?? '', deleted: !!change.deleted });
	}
	const ids = [...latest.keys()];
	const known = await deps.knownRevs(ids);
	const fetch: string[] = [];
	const deleted: string[] = [];
	ids.forEach((id, i) => {
		const change = latest.get(id)!;
		if (change.deleted) deleted.push(id);
		else if (known[i] !== change.rev) fetch.push(id);
	});
	return { fetch, deleted };
}
