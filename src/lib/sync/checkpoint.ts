import type { LocalDatabase } from '$lib/db/db';
import type { ChangesPage, Transport } from '$lib/net/couch';
import type { WireDoc } from './wire';

// Pull: a database's `_changes` since the checkpoint kept in the tablet's own database, one page at
// a time. The changes feed is read without the documents: most changes after a push are the
// tablet's own writes coming back, which it already holds at that revision, so only the documents
// it lacks are fetched (one `_all_docs` request per page). Each page is written in one Dexie
// transaction together with its checkpoint: a cut between pages loses nothing and repeats nothing.

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

/** Pull every page; returns how many changes were seen. */
export async function pullAll(deps: PullDeps): Promise<number> {
	const pageSize = deps.pageSize ?? 1000;
	let since = await getCheckpoint(deps.db, deps.remoteDb);
	let seen = 0;
	for (;;) {
		const page = await deps.transport.changes(deps.remoteDb, since, pageSize);
		const plan = await planPage(deps, page);
		const fetched = plan.fetch.length
			? await deps.transport.getDocs(deps.remoteDb, plan.fetch)
			: new Map<string, WireDoc | null>();
		const docs = [...fetched.values()].filter((d): d is WireDoc => !!d);
		// An id the server lists as changed but no longer shows was deleted after the page was read.
		const deleted = [...plan.deleted, ...[...fetched].filter(([, d]) => !d).map(([id]) => id)];
		await deps.apply({ docs, deleted, seq: page.last_seq });
		seen += page.results.length;
		deps.onPage?.(seen);
		if (page.results.length < pageSize || String(page.last_seq) === String(since)) return seen;
		since = page.last_seq;
	}
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
