import { CONFIG_DB } from '../../domain/ids';
import type { FieldIssue } from '../../domain/schemas';
import { readAll } from '../store/target';
import type { Call } from './context';
import { badRequest } from './errors';
import { storePath } from './forward';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { afterConfigWrite, checkDocs, type Checked } from './write-check';
import { t } from '../words';

type BulkResult = {
	id?: string | null;
	rev?: string;
	ok?: boolean;
	error?: string;
	reason?: string;
	issues?: FieldIssue[];
};

/** CouchDB's error names for the gateway's refusals, per document. */
const REFUSAL: Record<number, string> = { 409: 'conflict', 413: 'too_large' };

/**
 * `POST /{db}/_bulk_docs`: every document goes through the write rules; refused ones are answered
 * `{id, error:'forbidden', reason}` in their place in the request's order, the rest are forwarded
 * in one call, so one bad document never holds back a chunk of good ones. With `new_edits: false`
 * (PouchDB's replication) each revision is checked against the stored winner it must descend
 * from, and, as CouchDB does, only failures are answered.
 */
export async function bulkDocs(call: Call): Promise<void> {
	const body = await jsonObjectBody(call);
	if (!Array.isArray(body.docs)) throw badRequest(t('write.docsList'));
	if (body.new_edits !== undefined && typeof body.new_edits !== 'boolean')
		throw badRequest(t('write.newEdits'));
	const replicated = body.new_edits === false;

	const dbName = call.params.db;
	const checked = await checkDocs(call, dbName, body.docs, { replicated });
	const accepted = checked.flatMap((c) => (c.ok && !c.already ? [c.doc] : []));
	let stored: BulkResult[] = [];
	if (accepted.length) {
		const upstream = await call.ctx.store.raw(
			'POST',
			storePath(dbName, '_bulk_docs'),
			{ 'content-type': 'application/json', accept: 'application/json' },
			Buffer.from(
				JSON.stringify(replicated ? { docs: accepted, new_edits: false } : { docs: accepted })
			)
		);
		const text = (await readAll(upstream)).toString('utf8');
		if (upstream.statusCode !== 201 && upstream.statusCode !== 200) {
			sendJson(call.req, call.res, upstream.statusCode ?? 502, JSON.parse(text || 'null'));
			return;
		}
		stored = JSON.parse(text) as BulkResult[];
		if (dbName === CONFIG_DB) await afterConfigWrite(call, accepted);
	}
	const refusal = (c: Extract<Checked, { ok: false }>): BulkResult => ({
		id: c.id,
		error: REFUSAL[c.status] ?? 'forbidden',
		reason: c.reason,
		...(c.issues.length ? { issues: c.issues } : {})
	});
	if (replicated) {
		// The store answers only its own failures here, by id.
		const failed = stored.filter((r) => r.error);
		sendJson(call.req, call.res, 201, [
			...checked.flatMap((c) => (c.ok ? [] : [refusal(c)])),
			...failed
		]);
		return;
	}
	// Matched by id, not only by position: the embedded store's validation may answer a chunk in the
	// order its checks finish (seen once in CI: a citizen's answer in its assessment's place).
	const byId = new Map<string | null | undefined, BulkResult[]>();
	for (const r of stored) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
	let next = 0;
	const answers = checked.map((c): BulkResult => {
		if (!c.ok) return refusal(c);
		const inOrder = stored[next++];
		return byId.get(c.doc._id as string)?.shift() ?? inOrder;
	});
	sendJson(call.req, call.res, 201, answers);
}
