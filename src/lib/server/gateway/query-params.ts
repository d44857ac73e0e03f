import { badRequest } from './errors';
import { t } from '../words';

// The query parameters each allow-list row reads or forwards, and what their values may be.
// Anything else is refused with 400 before the store sees it: the embedded store reads every
// parameter as JSON and passes it straight into PouchDB, where an unexpected one (a design
// filter, a view, a nested `a[b]` object, a repeated name read one way here and another there)
// has ended the process or answered with a server error. The store then gets the query in this
// one spelling (re-encoded from the checked values), never the client's.

export interface ValueCheck {
	test: (value: string) => boolean;
	/** What a valid value looks like, for the refusal's reason. */
	hint: string;
}

const parseJson = (value: string): { ok: true; value: unknown } | { ok: false } => {
	try {
		return { ok: true, value: JSON.parse(value) };
	} catch {
		return { ok: false };
	}
};

const REV = /^[1-9]\d{0,8}-[0-9a-zA-Z]{1,64}$/;
export const isRev = (value: unknown): value is string =>
	typeof value === 'string' && REV.test(value);

export const bool: ValueCheck = {
	test: (v) => v === 'true' || v === 'false',
	hint: t('hint.bool')
};
export const count: ValueCheck = {
	test: (v) => /^(0|[1-9]\d{0,8})$/.test(v),
	hint: t('hint.count')
};
const json: ValueCheck = { test: (v) => parseJson(v).ok, hint: t('hint.json') };
const jsonString: ValueCheck = {
	test: (v) => {
		const parsed = parseJson(v);
		return parsed.ok && typeof parsed.value === 'string';
	},
	hint: t('hint.jsonString')
};
const jsonArray = (each: (x: unknown) => boolean, hint: string): ValueCheck => ({
	test: (v) => {
		const parsed = parseJson(v);
		return parsed.ok && Array.isArray(parsed.value) && parsed.value.every(each);
	},
	hint
});
const rev: ValueCheck = { test: isRev, hint: t('hint.rev') };
const oneOf = (...values: string[]): ValueCheck => ({
	test: (v) => values.includes(v),
	hint: values.join(` ${t('hint.or')} `)
});
const between = (min: number, max: number): ValueCheck => ({
	test: (v) => count.test(v) && Number(v) >= min && Number(v) <= max,
	hint: t('hint.range', { min, max })
});
// PouchDB's sequences are numbers; Apache CouchDB's are opaque `<n>-<base64url>` strings.
const seq: ValueCheck = {
	test: (v) => v === 'now' || /^(0|[1-9]\d{0,15})(-[A-Za-z0-9_-]{1,4096})?$/.test(v),
	hint: t('hint.seq')
};

type Spec = Readonly<Record<string, ValueCheck>>;

const ALL_DOCS: Spec = {
	conflicts: bool,
	descending: bool,
	endkey: jsonString,
	include_docs: bool,
	inclusive_end: bool,
	key: jsonString,
	keys: jsonArray((x) => typeof x === 'string', t('hint.docIds')),
	limit: count,
	skip: count,
	startkey: jsonString,
	update_seq: bool
};

const VIEW: Spec = {
	conflicts: bool,
	descending: bool,
	endkey: json,
	group: bool,
	group_level: count,
	include_docs: bool,
	inclusive_end: bool,
	key: json,
	keys: jsonArray(() => true, t('hint.jsonList')),
	limit: count,
	reduce: bool,
	skip: count,
	startkey: json,
	update_seq: bool
};

const CHANGES: Spec = {
	since: seq,
	limit: count,
	style: oneOf('main_only', 'all_docs'),
	include_docs: bool,
	conflicts: bool,
	descending: bool,
	feed: oneOf('normal', 'longpoll'),
	// A heartbeat of a few milliseconds would keep the store writing newlines as fast as it can.
	heartbeat: between(1000, 60_000),
	timeout: between(1000, 60_000),
	filter: oneOf('_doc_ids'),
	// CouchDB's replicator and PouchDB's http client send these two; the embedded store ignores them.
	seq_interval: count,
	update_seq: bool,
	doc_ids: jsonArray((x) => typeof x === 'string', t('hint.docIds'))
};

const DOC_GET: Spec = {
	rev,
	revs: bool,
	revs_info: bool,
	open_revs: { test: (v) => v === 'all' || jsonArray(isRev, '').test(v), hint: t('hint.openRevs') },
	conflicts: bool,
	deleted_conflicts: bool,
	latest: bool,
	attachments: bool
};

const NONE: Spec = {};
const REV_ONLY: Spec = { rev };

/** Per allow-list row (by id): the parameters it accepts. The deny-all row is never asked. */
export const QUERY_PARAMS: Readonly<Record<string, Spec>> = {
	root: NONE,
	'session.get': NONE,
	'session.signIn': NONE,
	'session.signOut': NONE,
	'users.list': {
		descending: bool,
		endkey: jsonString,
		include_docs: bool,
		limit: count,
		skip: count,
		startkey: jsonString
	},
	'users.get': NONE,
	'users.put': NONE,
	'config.put': REV_ONLY,
	'config.bulkDocs': NONE,
	'audit.list': ALL_DOCS,
	'audit.byKind': VIEW,
	'db.info': NONE,
	'db.post': NONE,
	'db.changes': CHANGES,
	'db.allDocs': ALL_DOCS,
	'db.bulkGet': { revs: bool, latest: bool, attachments: bool },
	'db.revsDiff': NONE,
	'db.bulkDocs': NONE,
	'db.localGet': NONE,
	'db.localPut': NONE,
	'db.view': VIEW,
	'db.securityGet': NONE,
	'db.securityPut': NONE,
	'doc.get': DOC_GET,
	'doc.put': REV_ONLY,
	'doc.delete': REV_ONLY,
	'handover.putKey': NONE,
	'public.summary': NONE,
	'handover.import': { dryRun: { test: (v) => v === '1', hint: t('hint.dryRun') } }
};

/**
 * Checks a request's query against its row and returns the one spelling forwarded to the store.
 * Refused (400): a parameter the row does not read, a name given twice, a value of the wrong kind.
 */
export function checkQuery(routeId: string, query: URLSearchParams): string {
	const spec = QUERY_PARAMS[routeId];
	if (!spec) throw new Error(`No query parameters listed for allow-list row ${routeId}.`);
	const seen = new Set<string>();
	for (const [name, value] of query) {
		if (seen.has(name)) throw badRequest(t('param.once', { name }));
		seen.add(name);
		const check = Object.hasOwn(spec, name) ? spec[name] : undefined;
		if (!check) throw badRequest(t('param.notHere', { name }));
		if (!check.test(value)) throw badRequest(t('param.mustBe', { name, hint: check.hint }));
	}
	return query.toString();
}
