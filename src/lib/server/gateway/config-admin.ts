import { CONFIG_DB } from '../../domain/ids';
import { adminWrite, type AdminResult } from './admin-write';
import type { Call } from './context';
import { dbKindOf } from './access';
import { badRequest, HttpError, notFound } from './errors';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';

// The administrator's write routes: `cdht-config` (org units, criteria sets, targets) and
// deletions anywhere. CouchDB-shaped answers, so any CouchDB client can use them; every stored
// change gets its journal entry (admin-write.ts).

/** `PUT /cdht-config/{docid}`. */
export async function putConfigDoc(call: Call): Promise<void> {
	const doc = await jsonObjectBody(call);
	const id = call.params.doc;
	if (doc._id === undefined) doc._id = id;
	if (doc._id !== id) throw badRequest('_id: Mã hồ sơ trong nội dung khác với mã trên đường dẫn (_id).');
	const rev = call.query.get('rev');
	if (rev && doc._rev === undefined) doc._rev = rev;
	const [result] = await adminWrite(call, CONFIG_DB, [doc]);
	answerOne(call, result, 201);
}

/** `POST /cdht-config/_bulk_docs`: refused documents answered in their place, the rest stored. */
export async function bulkConfigDocs(call: Call): Promise<void> {
	const body = await jsonObjectBody(call);
	if (!Array.isArray(body.docs)) throw badRequest('docs: phải là một danh sách hồ sơ.');
	if (body.new_edits === false) throw badRequest('new_edits=false không được hỗ trợ; hãy gửi kèm _rev.');
	const results = await adminWrite(call, CONFIG_DB, body.docs);
	sendJson(
		call.req,
		call.res,
		201,
		results.map((r) => (r.ok ? { ok: true, id: r.id, rev: r.rev } : { id: r.id, error: r.error, reason: r.reason }))
	);
}

/**
 * `DELETE /{db}/{docid}?rev=…` (administrators only): through the write rules, then journalled.
 * Only in the app's own databases: the journal's entries, above all, are never deleted.
 */
export async function deleteAudited(call: Call): Promise<void> {
	if (!(await dbKindOf(call, call.params.db))) throw notFound('Không có cơ sở dữ liệu này.');
	const rev = call.query.get('rev');
	if (!rev) throw badRequest('Hãy gửi kèm ?rev= của hồ sơ cần xoá.');
	const [result] = await adminWrite(call, call.params.db, [{ _id: call.params.doc, _rev: rev, _deleted: true }]);
	answerOne(call, result, 200);
}

const ERRORS: Record<number, string> = { 400: 'bad_request', 403: 'forbidden', 404: 'not_found', 409: 'conflict', 413: 'too_large' };

function answerOne(call: Call, result: AdminResult, okStatus: number): void {
	if (!result.ok) throw new HttpError(result.status, ERRORS[result.status] ?? result.error, result.reason, { issues: result.issues });
	sendJson(call.req, call.res, okStatus, { ok: true, id: result.id, rev: result.rev });
}
