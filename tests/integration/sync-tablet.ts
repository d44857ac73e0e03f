import { LocalDatabase } from '../../src/lib/db/db';
import type { AssessmentRecord, CitizenRecord } from '../../src/lib/db/records';
import { communeDbName } from '../../src/lib/domain/ids';
import type { ChunkLimits } from '../../src/lib/sync/chunker';
import { SyncEngine } from '../../src/lib/sync/engine';
import { createCouch, type Transport } from '../../src/lib/net/couch';
import type { WireDoc } from '../../src/lib/sync/wire';
import type { Harness } from './harness';

// A tablet in Node for the sync integration tests: its own Dexie database (over fake-indexeddb,
// which the test file imports first), the real transport and engine, and a fetch that carries the
// session cookie explicitly (Node's fetch keeps no cookie jar).

export interface Tablet {
	db: LocalDatabase;
	engine: SyncEngine;
	transport: Transport;
	communeId: string;
	officer: string;
}

export interface TabletOptions {
	officer?: string;
	communeId?: string;
	/** Where the tablet's requests go: the server, or a faulty proxy in front of it. */
	baseUrl?: string;
	cookie: string;
	timeoutMs?: number;
	chunkLimits?: ChunkLimits;
}

let tablets = 0;

export function tablet(h: Harness, opts: TabletOptions): Tablet {
	const officer = opts.officer ?? 'canbo.c01';
	const communeId = opts.communeId ?? 'C01';
	const db = new LocalDatabase(`tablet-${++tablets}-${globalThis.crypto.randomUUID()}`);
	const transport = createCouch({
		baseUrl: opts.baseUrl ?? h.couch,
		fetch: withCookie(opts.cookie),
		timeoutMs: opts.timeoutMs
	});
	const engine = new SyncEngine({
		transport,
		context: () => ({ db, communeId, officer }),
		chunkLimits: opts.chunkLimits
	});
	return { db, engine, transport, communeId, officer };
}

export function withCookie(cookie: string): typeof fetch {
	return (input, init = {}) => {
		const headers = new Headers(init.headers);
		headers.set('cookie', cookie);
		return fetch(input, { ...init, headers });
	};
}

export async function seed(
	t: Tablet,
	work: { citizens: CitizenRecord[]; assessments: AssessmentRecord[] }
): Promise<void> {
	await t.db.transaction('rw', t.db.citizens, t.db.assessments, async () => {
		await t.db.citizens.bulkPut(work.citizens);
		await t.db.assessments.bulkPut(work.assessments);
	});
}

/** Every document of a commune database as the server holds it, read directly (no proxy). */
export async function serverDocs(
	h: Harness,
	cookie: string,
	communeId = 'C01'
): Promise<Map<string, WireDoc>> {
	const res = await h.request('GET', `/${communeDbName(communeId)}/_all_docs?include_docs=true`, {
		cookie
	});
	if (res.status !== 200) throw new Error(`_all_docs: ${res.status} ${res.text}`);
	const docs = (res.body.rows as { id: string; doc: WireDoc }[])
		.filter((r) => !r.id.startsWith('_'))
		.map((r) => r.doc);
	return new Map(docs.map((d) => [d._id, d]));
}

/**
 * The server holds exactly the tablet's set: every citizen and every acknowledged assessment at the
 * tablet's revision, nothing else; every batch names only members it has; each assessment is in
 * one batch. Returns what differs (empty when all is well), so a failure says what went wrong.
 */
export async function compare(h: Harness, cookie: string, t: Tablet): Promise<string[]> {
	const server = await serverDocs(h, cookie, t.communeId);
	const problems: string[] = [];
	const expected = new Map<string, string | undefined>();
	// A document the server refused, and never held before, is rightly absent; so is an assessment
	// whose citizen is such a document (it waits for its citizen).
	const refusedNew = new Set<string>();
	for (const c of await t.db.citizens.toArray()) {
		if (c.syncError && !c._rev) refusedNew.add(c._id);
		else expected.set(c._id, c._rev);
	}
	for (const a of await t.db.assessments.toArray()) {
		const waits = !!a.syncError || refusedNew.has(a.citizenId);
		if (a.dirty === 1 && a.status === 'ready' && !waits)
			problems.push(`still unsent on the tablet: ${a._id}`);
		if (a._rev) expected.set(a._id, a._rev);
	}
	for (const b of await t.db.batches.toArray()) {
		if (b.status !== 'sent') problems.push(`batch not sent: ${b._id}`);
		expected.set(b._id, b._rev);
	}
	for (const [id, rev] of expected) {
		const doc = server.get(id);
		if (!doc) problems.push(`missing on the server: ${id}`);
		else if (doc._rev !== rev)
			problems.push(`revision differs: ${id} tablet ${rev} server ${doc._rev}`);
	}
	for (const id of server.keys())
		if (!expected.has(id)) problems.push(`on the server, not on the tablet: ${id}`);
	const batchesOf = new Map<string, string[]>();
	for (const batch of [...server.values()].filter((d) => d.type === 'batch')) {
		const ids = batch.assessmentIds as string[];
		if (batch.count !== ids.length) problems.push(`batch count wrong: ${batch._id}`);
		for (const id of ids) {
			if (!server.has(id)) problems.push(`batch ${batch._id} misses member ${id}`);
			batchesOf.set(id, [...(batchesOf.get(id) ?? []), batch._id]);
		}
		for (const id of batch.citizenIds as string[])
			if (!server.has(id)) problems.push(`batch ${batch._id} misses citizen ${id}`);
	}
	for (const doc of server.values()) {
		if (doc.type !== 'assessment') continue;
		const batches = batchesOf.get(doc._id) ?? [];
		if (!batches.includes(String(doc.batchId)))
			problems.push(
				`assessment ${doc._id} names batch ${String(doc.batchId)}, which does not list it`
			);
		// Only a returned assessment, fixed and sent again, is in a second batch.
		const returned = ((doc.history as { decision: string }[] | undefined) ?? []).some(
			(r) => r.decision === 'returned'
		);
		if (batches.length > 1 && !returned)
			problems.push(`assessment ${doc._id} in ${batches.length} batches: ${batches.join(', ')}`);
	}
	return problems;
}
