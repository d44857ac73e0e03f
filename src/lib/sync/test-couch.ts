import type { BulkResult, ChangesPage, Transport, WireStats } from '$lib/net/couch';
import { CouchFailure } from '$lib/net/failure';
import { bulkDocsBody, canonicalJson, type Encoded, type WireDoc } from './wire';

// An in-memory CouchDB for the stage specs: revisions, 409 on a stale or missing _rev, a changes
// feed, and switches to refuse a document or to fail a request before or after it took effect
// (the "response lost" case a real line produces). The integration tests use the real server.

interface Stored {
	doc: WireDoc;
	seq: number;
}

export type Fault = { when: 'before' | 'after'; kind: 'network' | 'server' | 'auth' | 'tooLarge' };

export class TestCouch implements Transport {
	readonly stats: WireStats = { requests: 0, sentBytes: 0, receivedChars: 0 };
	readonly dbs = new Map<string, Map<string, Stored>>();
	#seq = 0;
	/** Faults for the next `_bulk_docs` requests, in order. */
	faults: Fault[] = [];
	/** A reason to refuse a document with, or null to store it. */
	refuse: (doc: WireDoc) => string | null = () => null;
	/** Every `_bulk_docs` request's documents, in order. */
	readonly bulkLog: WireDoc[][] = [];

	db(name: string): Map<string, Stored> {
		let db = this.dbs.get(name);
		if (!db) this.dbs.set(name, (db = new Map()));
		return db;
	}

	docs(name: string): WireDoc[] {
		return [...this.db(name).values()].map((s) => s.doc);
	}

	/** A write as another client (a reviewer, another tablet) makes it. */
	put(name: string, doc: WireDoc): WireDoc {
		const db = this.db(name);
		const prev = db.get(doc._id);
		const n = prev ? Number(prev.doc._rev!.split('-')[0]) + 1 : 1;
		const stored = { ...doc, _rev: `${n}-${hash(canonicalJson({ ...doc, _rev: undefined }))}` };
		db.set(doc._id, { doc: stored, seq: ++this.#seq });
		return stored;
	}

	async bulkDocs(name: string, items: readonly Encoded[]): Promise<BulkResult[]> {
		this.stats.requests += 1;
		this.stats.sentBytes += bulkDocsBody(items).length;
		const fault = this.faults.shift();
		if (fault?.when === 'before') throw new CouchFailure(fault.kind, `injected ${fault.kind}`);
		const docs = items.map((i) => JSON.parse(i.json) as WireDoc);
		this.bulkLog.push(docs);
		const results = docs.map((doc): BulkResult => {
			const reason = this.refuse(doc);
			if (reason) return { id: doc._id, error: 'forbidden', reason };
			const current = this.db(name).get(doc._id)?.doc;
			if ((current?._rev ?? undefined) !== (doc._rev ?? undefined))
				return { id: doc._id, error: 'conflict', reason: 'Document update conflict.' };
			return { id: doc._id, ok: true, rev: this.put(name, doc)._rev };
		});
		if (fault?.when === 'after')
			throw new CouchFailure(fault.kind, `injected ${fault.kind} after the write`);
		return results;
	}

	async changes(name: string, since: string | number, limit: number): Promise<ChangesPage> {
		this.stats.requests += 1;
		const rows = [...this.db(name).values()]
			.filter((s) => s.seq > Number(since))
			.sort((a, b) => a.seq - b.seq)
			.slice(0, limit);
		return {
			results: rows.map((s) => ({
				seq: s.seq,
				id: s.doc._id,
				changes: [{ rev: s.doc._rev! }],
				...(s.doc._deleted ? { deleted: true } : {})
			})),
			last_seq: rows.length ? rows[rows.length - 1].seq : Number(since)
		};
	}

	async getDocs(name: string, ids: readonly string[]): Promise<Map<string, WireDoc | null>> {
		this.stats.requests += 1;
		return new Map(
			ids.map((id) => {
				const doc = this.db(name).get(id)?.doc;
				return [id, doc && !doc._deleted ? structuredClone(doc) : null];
			})
		);
	}
}

function hash(text: string): string {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return (h >>> 0).toString(16).padStart(8, '0');
}
