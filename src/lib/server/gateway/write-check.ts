import type { CriteriaSet } from '../../domain/criteria-set.schema';
import type { FieldIssue } from '../../domain/schemas';
import { checkWrite, criteriaSetDocIdOf } from '../../domain/write-rules';
import type { Call } from './context';
import { storePath } from './forward';

export type Checked = { ok: true; doc: Record<string, unknown> } | { ok: false; id: string | null; status: number; reason: string; issues: FieldIssue[] };

type Stored = Record<string, unknown> & { _id: string };

/**
 * Runs the shared write rules on documents bound for one database: each against its stored
 * current version (one `_all_docs` round trip for all of them), its size, and for assessments the
 * criteria set they name (from the cache).
 */
export async function checkDocs(call: Call, dbName: string, docs: unknown[]): Promise<Checked[]> {
	const { ctx } = call;
	const ids = docs.flatMap((d) => (isDoc(d) && typeof d._id === 'string' ? [d._id] : []));
	const previous = await storedVersions(call, dbName, ids);
	const { index } = await ctx.config.org();
	const results: Checked[] = [];
	for (const doc of docs) {
		const id = isDoc(doc) && typeof doc._id === 'string' ? doc._id : null;
		if (Buffer.byteLength(JSON.stringify(doc)) > ctx.options.maxDocBytes) {
			const limit = `${Math.round(ctx.options.maxDocBytes / 1024 / 1024)} MB`;
			results.push({ ok: false, id, status: 413, reason: `Hồ sơ quá lớn (giới hạn ${limit}).`, issues: [] });
			continue;
		}
		// CouchDB's own rule, applied before the write rules so that a tablet that missed a change
		// hears "conflict" (and fetches the server's version), not a refusal computed against the
		// wrong version.
		const stored = id ? previous.get(id) : undefined;
		if (stored && isDoc(doc) && doc._rev !== stored._rev) {
			results.push({ ok: false, id, status: 409, reason: 'Hồ sơ đã được thay đổi trên máy chủ: hãy lấy bản mới nhất rồi sửa lại.', issues: [] });
			continue;
		}
		const verdict = checkWrite({
			user: call.user!,
			dbName,
			doc,
			previous: (id && previous.get(id)) || null,
			org: index,
			criteriaSet: await criteriaSetFor(call, doc)
		});
		results.push(verdict.ok ? { ok: true, doc: doc as Record<string, unknown> } : { ...verdict, id });
	}
	return results;
}

async function storedVersions(call: Call, dbName: string, ids: string[]): Promise<Map<string, Stored>> {
	const map = new Map<string, Stored>();
	if (ids.length === 0) return map;
	const res = await call.ctx.store.ok<{ rows: { id?: string; doc?: Stored | null }[] }>(
		'POST',
		`${storePath(dbName, '_all_docs')}?include_docs=true`,
		{ keys: [...new Set(ids)] }
	);
	for (const row of res.body.rows) if (row.doc) map.set(row.doc._id, row.doc);
	return map;
}

async function criteriaSetFor(call: Call, doc: unknown): Promise<CriteriaSet | null> {
	if (!isDoc(doc) || doc.type !== 'assessment') return null;
	const { criteriaSetId, criteriaSetVersion } = doc;
	if (typeof criteriaSetId !== 'string' || typeof criteriaSetVersion !== 'number' || !criteriaSetId) return null;
	return call.ctx.config.criteriaSet(criteriaSetDocIdOf({ criteriaSetId, criteriaSetVersion }));
}

const isDoc = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** After a write to cdht-config: drop the caches and provision the communes an org unit change touches. */
export async function afterConfigWrite(call: Call, written: Record<string, unknown>[]): Promise<void> {
	call.ctx.config.invalidate();
	const units = written.flatMap((d) => (d.type === 'orgUnit' && typeof d.id === 'string' ? [d.id] : []));
	if (units.length) await call.ctx.options.onOrgUnitsChanged(units);
}
