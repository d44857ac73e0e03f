import type { CriteriaSet } from '../../domain/criteria-set.schema';
import { docTypeOfId } from '../../domain/ids';
import type { FieldIssue } from '../../domain/schemas';
import { bytesText, docByteLimit } from '../../domain/sizes';
import { checkWrite, criteriaSetDocIdOf } from '../../domain/write-rules';
import { citizenLinks } from './citizen-links';
import type { Call } from './context';
import { tooLarge } from './errors';
import { storePath } from './forward';
import { parseRevisions, revisionVerdict, type Revisions } from './revisions';
import { t } from '../words';

export type Checked =
	| {
			ok: true;
			doc: Record<string, unknown>;
			previous: Record<string, unknown> | null;
			already?: boolean;
	  }
	| { ok: false; id: string | null; status: number; reason: string; issues: FieldIssue[] };

type Stored = Record<string, unknown> & { _id: string; _rev: string };
type Doc = Record<string, unknown>;

export interface CheckOptions {
	/**
	 * Replication's `new_edits: false`: each document carries its revision and history
	 * (`_revisions`). It is checked against the stored winner it must descend from, never grafted
	 * beside it unchecked; `_revisions` is put back on the checked document.
	 */
	replicated?: boolean;
}

const CONFLICT = t('write.conflict');

/**
 * Runs the shared write rules on documents bound for one database: each against its stored
 * current version, its size, for assessments the criteria set they name (from the cache), and the
 * documents they refer to (an assessment's citizen, a batch's members) as they will be once this
 * request is stored: a citizen and its assessment may travel in the same request. Two `_all_docs`
 * round trips at most, whatever the number of documents.
 */
export async function checkDocs(
	call: Call,
	dbName: string,
	docs: unknown[],
	opts: CheckOptions = {}
): Promise<Checked[]> {
	const { ctx } = call;
	if (docs.length > ctx.options.maxDocsPerRequest)
		throw tooLarge(t('write.tooMany', { max: ctx.options.maxDocsPerRequest }));
	const results: (Checked | null)[] = docs.map(() => null);
	const candidates: { index: number; doc: Doc; revisions: Revisions | null }[] = [];
	docs.forEach((raw, index) => {
		const id = isDoc(raw) && typeof raw._id === 'string' ? raw._id : null;
		const limit = docByteLimit(isDoc(raw) ? raw.type : undefined, ctx.options.maxDocBytes);
		if (Buffer.byteLength(JSON.stringify(raw)) > limit) {
			results[index] = {
				ok: false,
				id,
				status: 413,
				reason: t('write.docTooBig', { limit: bytesText(limit) }),
				issues: []
			};
			return;
		}
		if (!isDoc(raw) || !opts.replicated)
			return candidates.push({ index, doc: raw as Doc, revisions: null });
		const parsed = parseRevisions(raw);
		if (!parsed.ok)
			results[index] = {
				ok: false,
				id,
				status: 400,
				reason: parsed.reason,
				issues: [{ path: '_revisions', message: 'err.invalid' }]
			};
		else candidates.push({ index, doc: parsed.doc, revisions: parsed.revisions });
	});

	const ids = candidates.flatMap((c) => (typeof c.doc._id === 'string' ? [c.doc._id] : []));
	const inRequest = new Map(
		candidates.flatMap((c) => (typeof c.doc._id === 'string' ? [[c.doc._id, c.doc] as const] : []))
	);
	const citizenRefs = candidates.flatMap((c) =>
		c.doc.type === 'assessment' && typeof c.doc.citizenId === 'string' ? [c.doc.citizenId] : []
	);
	// The record a merged citizen is kept as: it must exist and still be on the register.
	for (const c of candidates)
		if (c.doc.type === 'citizen' && isDoc(c.doc.merged) && typeof c.doc.merged.into === 'string')
			citizenRefs.push(c.doc.merged.into);
	const memberRefs = candidates.flatMap((c) =>
		c.doc.type === 'batch' && Array.isArray(c.doc.assessmentIds)
			? c.doc.assessmentIds.map(String)
			: []
	);
	const stored = await storedVersions(
		call,
		dbName,
		[...ids, ...citizenRefs.filter((id) => !inRequest.has(id))],
		true
	);
	const members = await storedVersions(
		call,
		dbName,
		memberRefs.filter((id) => !inRequest.has(id) && !stored.has(id)),
		false
	);

	// Accepted documents of this request stand in for their stored versions; citizens are checked
	// before the assessments that name them, and those before the batches that list them.
	const accepted = new Map<string, Doc>();
	const refs = (id: string): Doc | null =>
		accepted.get(id) ?? live(stored.get(id)) ?? live(members.get(id));
	const links = await citizenLinks(
		call,
		dbName,
		candidates.map((c) => c.doc)
	);
	const { index: org } = await ctx.config.org();
	for (const { index, doc, revisions } of [...candidates].sort(
		(a, b) => rank(a.doc) - rank(b.doc)
	)) {
		const id = typeof doc._id === 'string' ? doc._id : null;
		const winner = id ? stored.get(id) : undefined;
		let previous = live(winner);
		if (revisions) {
			const verdict = revisionVerdict(doc, revisions, winner ?? null);
			if (verdict === 'stored') {
				results[index] = { ok: true, doc, previous: previous ?? null, already: true };
				continue;
			}
			if (verdict === 'branch') {
				results[index] = {
					ok: false,
					id,
					status: 403,
					reason: CONFLICT,
					issues: [{ path: '_rev', message: 'err.invalid' }]
				};
				continue;
			}
			// Checked as the next version of the winner (or as new), without its revision bookkeeping.
			previous = verdict === 'new' ? null : previous;
		} else if (winner && doc._rev !== winner._rev && !(winner._deleted && doc._rev === undefined)) {
			// CouchDB's own rule, applied before the write rules so that a tablet that missed a change
			// hears "conflict" (and fetches the server's version), not a refusal computed against the
			// wrong version.
			results[index] = { ok: false, id, status: 409, reason: CONFLICT, issues: [] };
			continue;
		}
		const verdict = checkWrite({
			user: call.user!,
			dbName,
			doc: revisions ? withoutRevisionFields(doc) : doc,
			previous: previous ?? null,
			org,
			criteriaSet: await criteriaSetFor(call, doc),
			refs,
			links
		});
		if (!verdict.ok) {
			results[index] = { ...verdict, id };
			continue;
		}
		const checked = revisions
			? { ...verdict.doc, _rev: doc._rev, _revisions: revisions }
			: verdict.doc;
		if (id) accepted.set(id, verdict.doc);
		results[index] = { ok: true, doc: checked, previous: previous ?? null };
	}
	return results as Checked[];
}

/** A document as `_all_docs?keys` gives it: with its body, or only its revision (and whether it was deleted). */
async function storedVersions(
	call: Call,
	dbName: string,
	ids: string[],
	withDocs: boolean
): Promise<Map<string, Stored>> {
	const map = new Map<string, Stored>();
	if (ids.length === 0) return map;
	type Row = {
		id?: string;
		key: string;
		value?: { rev: string; deleted?: boolean };
		doc?: Stored | null;
	};
	const res = await call.ctx.store.ok<{ rows: Row[] }>(
		'POST',
		`${storePath(dbName, '_all_docs')}${withDocs ? '?include_docs=true' : ''}`,
		{ keys: [...new Set(ids)] }
	);
	for (const row of res.body.rows) {
		if (!row.value) continue;
		if (row.doc) map.set(row.key, row.doc);
		else
			map.set(row.key, {
				_id: row.key,
				_rev: row.value.rev,
				...(row.value.deleted ? { _deleted: true } : { type: docTypeOfId(row.key) })
			});
	}
	return map;
}

/** A stored version that still exists (a deletion is none). */
const live = (doc: Stored | undefined): Stored | null => (doc && !doc._deleted ? doc : null);

const RANK: Record<string, number> = { assessment: 1, batch: 2 };
// A merged citizen after the others, so a kept record new in the same request is there to merge into.
const rank = (doc: Doc) =>
	RANK[String(doc.type)] ?? (doc.type === 'citizen' && doc.merged ? 0.5 : 0);

function withoutRevisionFields(doc: Doc): Doc {
	const { _revisions: _, ...rest } = doc;
	return rest;
}

async function criteriaSetFor(call: Call, doc: unknown): Promise<CriteriaSet | null> {
	if (!isDoc(doc) || doc.type !== 'assessment') return null;
	const { criteriaSetId, criteriaSetVersion } = doc;
	if (typeof criteriaSetId !== 'string' || typeof criteriaSetVersion !== 'number' || !criteriaSetId)
		return null;
	return call.ctx.config.criteriaSet(criteriaSetDocIdOf({ criteriaSetId, criteriaSetVersion }));
}

const isDoc = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** After a write to cdht-config: drop the caches and provision the communes an org unit change touches. */
export async function afterConfigWrite(
	call: Call,
	written: Record<string, unknown>[]
): Promise<void> {
	call.ctx.config.invalidate();
	const unitDocs = written.filter((d) => d.type === 'orgUnit' && typeof d.id === 'string');
	if (unitDocs.length)
		await call.ctx.options.onOrgUnitsChanged(
			unitDocs.map((d) => d.id as string),
			unitDocs
		);
}
