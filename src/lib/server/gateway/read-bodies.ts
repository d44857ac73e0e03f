import { isPlainObject } from './body';
import { badRequest } from './errors';
import { isRev } from './query-params';

// The JSON bodies of the reading rows that take one (`POST _changes`, `_all_docs`, a view,
// `_bulk_get`, `_revs_diff`): only the fields CouchDB documents for them, each of the right kind.
// The store receives exactly what was checked here (relay.ts re-serialises it).

const MAX_IDS = 10_000;

const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.length <= MAX_IDS && value.every((id) => typeof id === 'string' && id.length > 0);

function onlyFields(body: Record<string, unknown>, allowed: readonly string[]): void {
	for (const name of Object.keys(body))
		if (!allowed.includes(name)) throw badRequest(`Trường "${name}" không dùng được ở địa chỉ này.`);
}

function changes(body: Record<string, unknown>): void {
	onlyFields(body, ['doc_ids']);
	if (body.doc_ids !== undefined && !isIdList(body.doc_ids)) throw badRequest('doc_ids: phải là một danh sách mã hồ sơ.');
}

function keysOnly(each: (key: unknown) => boolean) {
	return (body: Record<string, unknown>) => {
		onlyFields(body, ['keys']);
		if (body.keys !== undefined && !(Array.isArray(body.keys) && body.keys.length <= MAX_IDS && body.keys.every(each)))
			throw badRequest('keys: phải là một danh sách khoá.');
	};
}

function bulkGet(body: Record<string, unknown>): void {
	onlyFields(body, ['docs']);
	const docs = body.docs;
	if (!Array.isArray(docs) || docs.length > MAX_IDS) throw badRequest('docs: phải là một danh sách {id, rev}.');
	for (const doc of docs) {
		if (!isPlainObject(doc) || typeof doc.id !== 'string' || doc.id === '') throw badRequest('docs: mỗi mục phải có id là một chuỗi.');
		onlyFields(doc, ['id', 'rev', 'atts_since']);
		if (doc.rev !== undefined && !isRev(doc.rev)) throw badRequest(`docs: rev của "${doc.id}" không hợp lệ.`);
		if (doc.atts_since !== undefined && !(Array.isArray(doc.atts_since) && doc.atts_since.every(isRev)))
			throw badRequest(`docs: atts_since của "${doc.id}" phải là một danh sách mã phiên bản.`);
	}
}

function revsDiff(body: Record<string, unknown>): void {
	const entries = Object.entries(body);
	if (entries.length > MAX_IDS) throw badRequest('Quá nhiều hồ sơ trong một yêu cầu.');
	for (const [id, revs] of entries)
		if (id === '' || !Array.isArray(revs) || !revs.every(isRev)) throw badRequest(`"${id}": phải là một danh sách mã phiên bản.`);
}

const CHECKS: Readonly<Record<string, (body: Record<string, unknown>) => void>> = {
	'db.changes': changes,
	'db.allDocs': keysOnly((key) => typeof key === 'string'),
	'audit.list': keysOnly((key) => typeof key === 'string'),
	'db.view': keysOnly(() => true),
	'audit.byKind': keysOnly(() => true),
	'db.bulkGet': bulkGet,
	'db.revsDiff': revsDiff
};

/** Refuses (400) a body the row does not take; rows not listed take none through relay(). */
export function checkReadBody(routeId: string, body: Record<string, unknown>): void {
	const check = CHECKS[routeId];
	if (!check) throw badRequest('Địa chỉ này không nhận nội dung.');
	check(body);
}

/**
 * `_changes`' filter, checked across query and body: `filter=_doc_ids` needs its list (in the
 * query for GET, in the body for POST, not both), and a list needs the filter — PouchDB would
 * otherwise filter by it where CouchDB ignores it.
 */
export function checkChangesFilter(query: URLSearchParams, body: Record<string, unknown> | undefined): void {
	const inQuery = query.has('doc_ids');
	const inBody = body?.doc_ids !== undefined;
	if (query.get('filter') === '_doc_ids') {
		if (inQuery === inBody) throw badRequest('filter=_doc_ids cần đúng một danh sách doc_ids (trong địa chỉ hoặc trong nội dung).');
	} else if (inQuery || inBody) {
		throw badRequest('doc_ids chỉ dùng được cùng filter=_doc_ids.');
	}
}
