import { isPlainObject, parseBody, readBody } from './body';
import type { Call } from './context';
import { badRequest, tooLarge } from './errors';
import { forward, storePath } from './forward';

/** The request's body as a JSON object, bounded after inflating; anything else is refused. */
export async function jsonObjectBody(call: Call, maxBytes = call.ctx.options.maxRequestBytes): Promise<Record<string, unknown>> {
	const raw = await readBody(call.req, { maxBytes });
	const body = parseBody(call.req, raw);
	if (!isPlainObject(body)) throw badRequest('Nội dung phải là một đối tượng JSON.');
	return body;
}

/**
 * Forwards an authorised request as it is: same path (re-encoded from the matched segments), same
 * query; a body, if the method has one, is re-serialised from the parsed JSON, so only well-formed
 * JSON ever reaches the store.
 */
export async function relay(call: Call): Promise<void> {
	const hasBody = call.req.method === 'POST' || call.req.method === 'PUT';
	const body = hasBody ? Buffer.from(JSON.stringify(await jsonObjectBody(call))) : undefined;
	await forward(call, { path: storePath(...call.segments), body });
}

// Continuous and event-source feeds hold a connection open for ever; the app pulls in pages.
const FEEDS = new Set(['normal', 'longpoll']);
// Filters that only narrow what the reader may already read. A design-document filter would run
// code of the database's design documents, which only provisioning writes, but the app needs none.
const FILTERS = new Set(['_doc_ids', '_selector']);

export async function changes(call: Call): Promise<void> {
	const feed = call.query.get('feed') ?? 'normal';
	if (!FEEDS.has(feed)) throw badRequest(`feed=${feed} không được hỗ trợ; hãy dùng normal hoặc longpoll.`);
	const filter = call.query.get('filter');
	if (filter !== null && !FILTERS.has(filter)) throw badRequest(`filter=${filter} không được hỗ trợ.`);
	await relay(call);
}

/** `_local/*` checkpoints: small documents, never replicated, so no write rules apply to them. */
export async function putLocal(call: Call): Promise<void> {
	const body = await jsonObjectBody(call, call.ctx.options.maxDocBytes);
	const payload = Buffer.from(JSON.stringify(body));
	if (payload.length > call.ctx.options.maxDocBytes) throw tooLarge('Điểm mốc đồng bộ quá lớn.');
	await forward(call, { path: storePath(...call.segments), body: payload });
}
