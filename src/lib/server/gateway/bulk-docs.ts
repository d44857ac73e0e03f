import { CONFIG_DB } from '../../domain/ids';
import type { FieldIssue } from '../../domain/schemas';
import { readAll } from '../store/target';
import type { Call } from './context';
import { badRequest } from './errors';
import { storePath } from './forward';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { afterConfigWrite, checkDocs } from './write-check';

type BulkResult = { id?: string | null; rev?: string; ok?: boolean; error?: string; reason?: string; issues?: FieldIssue[] };

/** CouchDB's error names for the gateway's refusals, per document. */
const REFUSAL: Record<number, string> = { 409: 'conflict', 413: 'too_large' };

/**
 * `POST /{db}/_bulk_docs`: every document goes through the write rules; refused ones are answered
 * `{id, error:'forbidden', reason}` in their place in the request's order, the rest are forwarded
 * in one call, so one bad document never holds back a chunk of good ones.
 */
export async function bulkDocs(call: Call): Promise<void> {
	const body = await jsonObjectBody(call);
	if (!Array.isArray(body.docs)) throw badRequest('docs: phải là một danh sách hồ sơ.');
	// Replication's new_edits=false grafts revisions as given, as a branch beside the stored one, so
	// a document would not be checked against the version it replaces. The app's sync sends
	// ordinary writes with the last `_rev` it knows.
	if (body.new_edits === false) throw badRequest('new_edits=false không được hỗ trợ; hãy gửi kèm _rev.');

	const dbName = call.params.db;
	const checked = await checkDocs(call, dbName, body.docs);
	const accepted = checked.flatMap((c) => (c.ok ? [c.doc] : []));
	let stored: BulkResult[] = [];
	if (accepted.length) {
		const upstream = await call.ctx.store.raw(
			'POST',
			storePath(dbName, '_bulk_docs'),
			{ 'content-type': 'application/json', accept: 'application/json' },
			Buffer.from(JSON.stringify({ docs: accepted }))
		);
		const text = (await readAll(upstream)).toString('utf8');
		if (upstream.statusCode !== 201 && upstream.statusCode !== 200) {
			sendJson(call.req, call.res, upstream.statusCode ?? 502, JSON.parse(text || 'null'));
			return;
		}
		stored = JSON.parse(text) as BulkResult[];
		if (dbName === CONFIG_DB) await afterConfigWrite(call, accepted);
	}
	let next = 0;
	const results = checked.map((c): BulkResult => {
		if (c.ok) return stored[next++];
		return { id: c.id, error: REFUSAL[c.status] ?? 'forbidden', reason: c.reason, ...(c.issues.length ? { issues: c.issues } : {}) };
	});
	sendJson(call.req, call.res, 201, results);
}
