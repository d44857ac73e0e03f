import { CONFIG_DB } from '../../domain/ids';
import { hasRole } from '../../domain/scope';
import { adminWrite } from './admin-write';
import { readAll } from '../store/target';
import type { Call } from './context';
import { badRequest, HttpError } from './errors';
import { storePath } from './forward';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { afterConfigWrite, checkDocs } from './write-check';
import { t } from '../words';

const ERRORS: Record<number, string> = {
	400: 'bad_request',
	403: 'forbidden',
	404: 'not_found',
	409: 'conflict',
	413: 'too_large'
};

/** `PUT /{db}/{docid}`: one document through the write rules; a refusal is 400/403 with a reason naming the field. */
export async function putDoc(call: Call): Promise<void> {
	const doc = await jsonObjectBody(call);
	const { db, doc: id } = call.params;
	if (doc._id === undefined) doc._id = id;
	if (doc._id !== id) throw badRequest(t('write.idMismatch'));
	const rev = call.query.get('rev');
	if (rev && doc._rev === undefined) doc._rev = rev;
	await write(call, db, doc, 'PUT');
}

/**
 * `POST /{db}` with a document (nano's `db.insert(doc)`): the same checked write as a PUT. The
 * document must carry its `_id`: the app's ids (`<type>:<commune>:<ulid>`) are made where the
 * document is made, so that sending it twice stores it once; an id made here would turn a retried
 * POST into a second copy.
 */
export async function postDoc(call: Call): Promise<void> {
	const doc = await jsonObjectBody(call);
	if (typeof doc._id !== 'string' || doc._id === '') throw badRequest(t('write.idMissing'));
	if (call.user && hasRole(call.user, 'admin')) {
		const [result] = await adminWrite(call, call.params.db, [doc]);
		if (!result.ok)
			throw new HttpError(result.status, ERRORS[result.status] ?? result.error, result.reason, {
				issues: result.issues
			});
		sendJson(call.req, call.res, 201, { ok: true, id: result.id, rev: result.rev });
		return;
	}
	await write(call, call.params.db, doc, 'PUT');
}

/** `DELETE /{db}/{docid}?rev=…`: the write rules let only administrators delete. */
export async function deleteDoc(call: Call): Promise<void> {
	const rev = call.query.get('rev');
	if (!rev) throw badRequest(t('write.deleteRev'));
	await write(call, call.params.db, { _id: call.params.doc, _rev: rev, _deleted: true }, 'DELETE');
}

async function write(
	call: Call,
	db: string,
	sent: Record<string, unknown>,
	method: 'PUT' | 'DELETE'
): Promise<void> {
	const [checked] = await checkDocs(call, db, [sent]);
	let doc = sent;
	if (!checked.ok)
		throw new HttpError(checked.status, ERRORS[checked.status] ?? 'forbidden', checked.reason, {
			issues: checked.issues
		});
	doc = checked.doc;
	const path = storePath(db, String(doc._id));
	const upstream =
		method === 'PUT'
			? await call.ctx.store.raw(
					'PUT',
					path,
					{ 'content-type': 'application/json', accept: 'application/json' },
					Buffer.from(JSON.stringify(doc))
				)
			: await call.ctx.store.raw('DELETE', `${path}?rev=${encodeURIComponent(String(doc._rev))}`, {
					accept: 'application/json'
				});
	const body = JSON.parse((await readAll(upstream)).toString('utf8') || 'null');
	const status = upstream.statusCode ?? 502;
	if (status < 300 && db === CONFIG_DB) await afterConfigWrite(call, [doc]);
	sendJson(call.req, call.res, status, body);
}
