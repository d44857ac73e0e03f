import { CONFIG_DB } from '../../domain/ids';
import { readAll } from '../store/target';
import type { Call } from './context';
import { badRequest, HttpError } from './errors';
import { storePath } from './forward';
import { jsonObjectBody } from './relay';
import { sendJson } from './respond';
import { afterConfigWrite, checkDocs } from './write-check';

const ERRORS: Record<number, string> = { 400: 'bad_request', 403: 'forbidden', 409: 'conflict', 413: 'too_large' };

/** `PUT /{db}/{docid}`: one document through the write rules; a refusal is 400/403 with a reason naming the field. */
export async function putDoc(call: Call): Promise<void> {
	const doc = await jsonObjectBody(call);
	const { db, doc: id } = call.params;
	if (doc._id === undefined) doc._id = id;
	if (doc._id !== id) throw badRequest('_id: Mã hồ sơ trong nội dung khác với mã trên đường dẫn (_id).');
	const rev = call.query.get('rev');
	if (rev && doc._rev === undefined) doc._rev = rev;
	await write(call, db, doc, 'PUT');
}

/** `DELETE /{db}/{docid}?rev=…`: the write rules let only administrators delete. */
export async function deleteDoc(call: Call): Promise<void> {
	const rev = call.query.get('rev');
	if (!rev) throw badRequest('Hãy gửi kèm ?rev= của hồ sơ cần xoá.');
	await write(call, call.params.db, { _id: call.params.doc, _rev: rev, _deleted: true }, 'DELETE');
}

async function write(call: Call, db: string, doc: Record<string, unknown>, method: 'PUT' | 'DELETE'): Promise<void> {
	const [checked] = await checkDocs(call, db, [doc]);
	if (!checked.ok) throw new HttpError(checked.status, ERRORS[checked.status] ?? 'forbidden', checked.reason, { issues: checked.issues });
	const path = storePath(db, String(doc._id));
	const upstream =
		method === 'PUT'
			? await call.ctx.store.raw('PUT', path, { 'content-type': 'application/json', accept: 'application/json' }, Buffer.from(JSON.stringify(doc)))
			: await call.ctx.store.raw('DELETE', `${path}?rev=${encodeURIComponent(String(doc._rev))}`, { accept: 'application/json' });
	const body = JSON.parse((await readAll(upstream)).toString('utf8') || 'null');
	const status = upstream.statusCode ?? 502;
	if (status < 300 && db === CONFIG_DB) await afterConfigWrite(call, [doc]);
	sendJson(call.req, call.res, status, body);
}
