import { isPlainObject, parseBody, readBody } from './body';
import type { Call } from './context';
import { badRequest, tooLarge } from './errors';
import { forward, storePath } from './forward';
import { checkChangesFilter, checkReadBody } from './read-bodies';
import { t } from '../words';

/** The request's body as a JSON object, bounded after inflating; anything else is refused. */
export async function jsonObjectBody(
	call: Call,
	maxBytes = call.ctx.options.maxRequestBytes
): Promise<Record<string, unknown>> {
	const raw = await readBody(call.req, { maxBytes });
	const body = parseBody(call.req, raw);
	if (!isPlainObject(body)) throw badRequest(t('body.notObject'));
	return body;
}

/**
 * Forwards an authorised request: same path (re-encoded from the matched segments), the query as
 * checked (query-params.ts); a body, if the method has one, checked field by field for its row
 * (read-bodies.ts) and re-serialised from the parsed JSON, so only what was checked reaches the store.
 */
export async function relay(call: Call): Promise<void> {
	await forward(call, { path: storePath(...call.segments), body: await readBodyOf(call) });
}

async function readBodyOf(call: Call): Promise<Buffer | undefined> {
	if (call.req.method !== 'POST' && call.req.method !== 'PUT') return undefined;
	const body = await jsonObjectBody(call);
	checkReadBody(call.route, body);
	return Buffer.from(JSON.stringify(body));
}

/**
 * `_changes`: feeds `normal` and `longpoll` only, and no filter but `_doc_ids` (query-params.ts).
 * A continuous feed holds a connection for ever (the app pulls in pages); a design-document filter
 * or `_view` would run design code, and `_selector` the client's selector inside the store (a
 * `$regex` there can hold the process), while the app needs none of them.
 */
export async function changes(call: Call): Promise<void> {
	const body = call.req.method === 'POST' ? await jsonObjectBody(call) : undefined;
	if (body) checkReadBody(call.route, body);
	checkChangesFilter(call.query, body);
	await forward(call, {
		path: storePath(...call.segments),
		body: body && Buffer.from(JSON.stringify(body))
	});
}

/** `_local/*` checkpoints: small documents, never replicated, so no write rules apply to them. */
export async function putLocal(call: Call): Promise<void> {
	const body = await jsonObjectBody(call, call.ctx.options.maxDocBytes);
	const payload = Buffer.from(JSON.stringify(body));
	if (payload.length > call.ctx.options.maxDocBytes) throw tooLarge(t('write.checkpointTooBig'));
	await forward(call, { path: storePath(...call.segments), body: payload });
}
