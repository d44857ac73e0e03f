import {
	AUDIT_DB,
	AUDIT_ID_PREFIX,
	type AuditEntry,
	type AuditKind
} from '$lib/domain/audit.schema';
import { couch } from '$lib/net/site';
import { jsonParam } from '$lib/net/view-query';

// The journal, newest first, a page at a time. All kinds: `_all_docs` over the time-sorted ids;
// one kind: the `by_kind` view, keyed [kind, at]. One row more than the page is asked for: it
// is where the next page starts.

export interface AuditPage {
	entries: AuditEntry[];
	/** Where the next page starts, or null at the end. */
	next: AuditCursor | null;
}
export interface AuditCursor {
	key: unknown;
	docid: string;
}

type Row = { id: string; key: unknown; doc?: AuditEntry };

export async function loadAudit(
	kind: AuditKind | null,
	from: AuditCursor | null,
	limit = 30
): Promise<AuditPage> {
	let path: string;
	if (kind) {
		const start = from
			? `startkey=${jsonParam(from.key)}&startkey_docid=${jsonParam(from.docid)}`
			: `startkey=${jsonParam([kind, {}])}`;
		path = `/${AUDIT_DB}/_design/audit/_view/by_kind?descending=true&include_docs=true&limit=${limit + 1}&${start}&endkey=${jsonParam([kind])}`;
	} else {
		const start = jsonParam(from ? from.docid : AUDIT_ID_PREFIX + '\ufff0');
		path = `/${AUDIT_DB}/_all_docs?descending=true&include_docs=true&limit=${limit + 1}&startkey=${start}&endkey=${jsonParam(AUDIT_ID_PREFIX)}`;
	}
	const res = await couch.get<{ rows: Row[] }>(path);
	const rows = res.rows.filter((r) => r.doc);
	const extra = rows.length > limit ? rows[limit] : null;
	return {
		entries: rows.slice(0, limit).map((r) => r.doc!),
		next: extra ? { key: extra.key, docid: extra.id } : null
	};
}
