import { isPlainObject } from './body';
import { badRequest } from './errors';
import { isRev } from './query-params';
import { t } from '../words';

// The JSON bodies of the reading rows that take one (`POST _changes`, `_all_docs`, a view,
// `_bulk_get`, `_revs_diff`): only the fields CouchDB documents for them, each of the right kind.
// The store receives exactly what was checked here (relay.ts re-serialises it).

const MAX_IDS = 10_000;

const isIdList = (value: unknown): value is string[] =>
	Array.isArray(value) &&
	value.length <= MAX_IDS &&
	value.every((id) => typeof id === 'string' && id.length > 0);

function onlyFields(body: Record<string, unknown>, allowed: readonly string[]): void {
	for (const name of Object.keys(body))
		if (!allowed.includes(name)) throw badRequest(t('body.field', { name }));
}

function changes(body: Record<string, unknown>): void {
	onlyFields(body, ['doc_ids']);
	if (body.doc_ids !== undefined && !isIdList(body.doc_ids)) throw badRequest(t('body.docIds'));
}

function keysOnly(each: (key: unknown) => boolean) {
	return (body: Record<string, unknown>) => {
		onlyFields(body, ['keys']);
		if (
			body.keys !== undefined &&
			!(Array.isArray(body.keys) && body.keys.length <= MAX_IDS && body.keys.every(each))
		)
			throw badRequest(t('body.keys'));
	};
}

function bulkGet(body: Record<string, unknown>): void {
	onlyFields(body, ['docs']);
	const docs = body.docs;
	if (!Array.isArray(docs) || docs.length > MAX_IDS) throw badRequest(t('body.revsDocs'));
	for (const doc of docs) {
		if (!isPlainObject(doc) || typeof doc.id !== 'string' || doc.id === '')
			throw badRequest(t('body.revsDocId'));
		onlyFields(doc, ['id', 'rev', 'atts_since']);
		if (doc.rev !== undefined && !isRev(doc.rev))
			throw badRequest(t('body.revsDocRev', { id: doc.id }));
		if (
			doc.atts_since !== undefined &&
			!(Array.isArray(doc.atts_since) && doc.atts_since.every(isRev))
		)
			throw badRequest(t('body.revsAttsSince', { id: doc.id }));
	}
}

function revsDiff(body: Record<string, unknown>): void {
	const entries = Object.entries(body);
	if (entries.length > MAX_IDS) throw badRequest(t('body.tooManyIds'));
	for (const [id, revs] of entries)
		if (id === '' || !Array.isArray(revs) || !revs.every(isRev))
			throw badRequest(t('body.revList', { id }));
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
	if (!check) throw badRequest(t('body.none'));
	check(body);
}

/**
 * `_changes`' filter, checked across query and body: `filter=_doc_ids` needs its list (in the
 * query for GET, in the body for POST, not both), and a list needs the filter — PouchDB would
 * otherwise filter by it where CouchDB ignores it.
 */
export function checkChangesFilter(
	query: URLSearchParams,
	body: Record<string, unknown> | undefined
): void {
	const inQuery = query.has('doc_ids');
	const inBody = body?.doc_ids !== undefined;
	if (query.get('filter') === '_doc_ids') {
		if (inQuery === inBody) throw badRequest(t('body.docIdsFilter'));
	} else if (inQuery || inBody) {
		throw badRequest(t('body.docIdsAlone'));
	}
}
