import { CONFIG_DB } from '../../domain/ids';
import { hasRole } from '../../domain/scope';
import { adminWrite, type AdminResult } from './admin-write';
import type { Call } from './context';
import { dbKindOf } from './access';
import { badRequest, HttpError, notFound } from './errors';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { t } from '../words';

// The administrator's write routes: `cdht-config` (org units, criteria sets, targets), an
// administrator's writes to a commune's data, and deletions. CouchDB-shaped answers, so any
// CouchDB client can use them; every stored change gets its journal entry (admin-write.ts).

/** The database of the route: `:db`, or `cdht-config` for the rows that name it. */
const dbOf = (call: Call) => call.params.db ?? CONFIG_DB;

/**
 * A row shared by every role whose administrators' writes must be journalled: administrators go
 * through the administrative handler, everyone else through the shared one, unchanged.
 */
export function journalledForAdmins(
	shared: (call: Call) => Promise<void>,
	admin: (call: Call) => Promise<void>
) {
	return (call: Call) => (call.user && hasRole(call.user, 'admin') ? admin(call) : shared(call));
}

/** `PUT /cdht-config/{docid}`, or an administrator's `PUT /{db}/{docid}`. */
export async function putAudited(call: Call): Promise<void> {
	const doc = await jsonObjectBody(call);
	const id = call.params.doc;
	if (doc._id === undefined) doc._id = id;
	if (doc._id !== id) throw badRequest(t('write.idMismatch'));
	const rev = call.query.get('rev');
	if (rev && doc._rev === undefined) doc._rev = rev;
	const [result] = await adminWrite(call, dbOf(call), [doc]);
	answerOne(call, result, 201);
}

/** `POST /cdht-config/_bulk_docs` (or an administrator's on a commune): refused documents answered in their place. */
export async function bulkAudited(call: Call): Promise<void> {
	const body = await jsonObjectBody(call);
	if (!Array.isArray(body.docs)) throw badRequest(t('write.docsList'));
	if (body.new_edits === false) throw badRequest(t('write.newEditsFalse'));
	const results = await adminWrite(call, dbOf(call), body.docs);
	sendJson(
		call.req,
		call.res,
		201,
		results.map((r) =>
			r.ok
				? { ok: true, id: r.id, rev: r.rev }
				: {
						id: r.id,
						error: r.error,
						reason: r.reason,
						...(r.issues.length ? { issues: r.issues } : {})
					}
		)
	);
}

/**
 * `DELETE /{db}/{docid}?rev=…` (administrators only): through the write rules, then journalled.
 * Only in the app's own databases: the journal's entries, above all, are never deleted.
 */
export async function deleteAudited(call: Call): Promise<void> {
	if (!(await dbKindOf(call, call.params.db))) throw notFound(t('path.noDb'));
	const rev = call.query.get('rev');
	if (!rev) throw badRequest(t('write.deleteRev'));
	const [result] = await adminWrite(call, call.params.db, [
		{ _id: call.params.doc, _rev: rev, _deleted: true }
	]);
	answerOne(call, result, 200);
}

const ERRORS: Record<number, string> = {
	400: 'bad_request',
	403: 'forbidden',
	404: 'not_found',
	409: 'conflict',
	413: 'too_large'
};

function answerOne(call: Call, result: AdminResult, okStatus: number): void {
	if (!result.ok)
		throw new HttpError(result.status, ERRORS[result.status] ?? result.error, result.reason, {
			issues: result.issues
		});
	sendJson(call.req, call.res, okStatus, { ok: true, id: result.id, rev: result.rev });
}
