import { AUDIT_DB } from '../../domain/audit.schema';
import { CONFIG_DB, DB_NAME_PATTERN } from '../../domain/ids';
import { USER_ID_PREFIX } from '../auth/users';
import { APP_VIEWS } from '../provisioning/design-docs';
import type { Who } from './access';
import { readAudit } from './audit';
import { bulkDocs } from './bulk-docs';
import { bulkAudited, deleteAudited, journalledForAdmins, putAudited } from './admin-routes';
import type { Call } from './context';
import { postDoc, putDoc } from './doc-write';
import { notFound } from './errors';
import { changes, putLocal, relay } from './relay';
import { welcome } from './root';
import { putSecurity } from './security-admin';
import { importHandover, putHandoverKey } from './handover';
import { publicSummary } from './public-summary';
import { getSession, signIn, signOut } from './session';
import { getUser, listUsers, putUser } from './users-admin';
import { t } from '../words';

// THE allow-list of `/couch`: every method + path shape the app uses, who may use it, and what
// happens. Rows are tried in order; the last one denies everything else, so `_all_dbs`, `_utils`,
// `_config`, `_node`, `_uuids`, `_find`, `_explain`, `_index`, `_replicate`, database creation and
// deletion… never reach the store. tests/integration/allowlist.test.ts has one allowed and one
// denied case per row.

export type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE';

export interface Route {
	/** Stable name, used by the generated test and docs/server.md. */
	id: string;
	methods: readonly Method[];
	/** Segments: literals, or `:param` checked by PARAMS below; `*` matches any path (deny-all only). */
	path: string;
	who: Who | 'nobody';
	action: (call: Call) => Promise<void>;
}

/** What a path parameter may look like; anything else is no match (and ends in deny-all). */
export const PARAMS: Record<string, (segment: string) => boolean> = {
	// An app database: cdht-config or a commune's (which one the user may use is `who`'s business).
	db: (s) => DB_NAME_PATTERN.test(s),
	// A document; `_`-ids are CouchDB's own (design, local) and have their own rows.
	doc: (s) => s.length > 0 && !s.startsWith('_'),
	id: (s) => s.length > 0,
	ddoc: (s) => Object.hasOwn(APP_VIEWS, s),
	view: (s) => Object.values(APP_VIEWS).some((views) => views.includes(s)),
	userdoc: (s) => s.startsWith(USER_ID_PREFIX) && s.length > USER_ID_PREFIX.length,
	unit: (s) => /^[A-Za-z0-9_-]{1,40}$/.test(s),
	year: (s) => /^\d{4}$/.test(s)
};

async function view(call: Call): Promise<void> {
	if (!APP_VIEWS[call.params.ddoc].includes(call.params.view)) throw notFound(t('path.noView'));
	if (call.req.method === 'GET' && call.ctx.views) await call.ctx.views.serve(call);
	else await relay(call);
}

async function denyAll(call: Call): Promise<void> {
	throw notFound(
		t('path.notFoundNamed', { method: call.req.method ?? '', path: call.segments.join('/') })
	);
}

export const allowlist: readonly Route[] = [
	{ id: 'root', methods: ['GET', 'HEAD'], path: '/', who: 'anyone', action: welcome },
	{ id: 'session.get', methods: ['GET'], path: '/_session', who: 'anyone', action: getSession },
	{ id: 'session.signIn', methods: ['POST'], path: '/_session', who: 'anyone', action: signIn },
	{ id: 'session.signOut', methods: ['DELETE'], path: '/_session', who: 'anyone', action: signOut },
	{
		id: 'users.list',
		methods: ['GET'],
		path: '/_users/_all_docs',
		who: 'admin',
		action: listUsers
	},
	{
		id: 'users.get',
		methods: ['GET'],
		path: '/_users/:userdoc',
		who: 'self-or-admin',
		action: getUser
	},
	{
		id: 'users.put',
		methods: ['PUT'],
		path: '/_users/:userdoc',
		who: 'self-or-admin',
		action: putUser
	},
	{
		id: 'handover.putKey',
		methods: ['PUT'],
		path: '/_handover/keys',
		who: 'signed-in',
		action: putHandoverKey
	},
	// The only anonymous read: a province's public summary, where its administrator turned it on
	// (public-summary.ts); nothing else under /_public answers.
	{
		id: 'public.summary',
		methods: ['GET'],
		path: '/_public/:unit/:year',
		who: 'anyone',
		action: publicSummary
	},
	{
		id: 'handover.import',
		methods: ['POST'],
		path: '/_handover',
		who: 'signed-in',
		action: importHandover
	},
	// Administration: configuration writes (tree and publishing rules, journal) and the journal
	// itself, ahead of the generic rows whose shapes they share. Nothing writes the journal.
	{
		id: 'config.put',
		methods: ['PUT'],
		path: `/${CONFIG_DB}/:doc`,
		who: 'admin',
		action: putAudited
	},
	{
		id: 'config.bulkDocs',
		methods: ['POST'],
		path: `/${CONFIG_DB}/_bulk_docs`,
		who: 'admin',
		action: bulkAudited
	},
	{
		id: 'audit.list',
		methods: ['GET'],
		path: `/${AUDIT_DB}/_all_docs`,
		who: 'admin',
		action: readAudit
	},
	{
		id: 'audit.byKind',
		methods: ['GET'],
		path: `/${AUDIT_DB}/_design/audit/_view/by_kind`,
		who: 'admin',
		action: readAudit
	},
	{ id: 'db.info', methods: ['GET', 'HEAD'], path: '/:db', who: 'reader', action: relay },
	{ id: 'db.post', methods: ['POST'], path: '/:db', who: 'writer', action: postDoc },
	{
		id: 'db.changes',
		methods: ['GET', 'POST'],
		path: '/:db/_changes',
		who: 'reader',
		action: changes
	},
	{
		id: 'db.allDocs',
		methods: ['GET', 'POST'],
		path: '/:db/_all_docs',
		who: 'reader',
		action: relay
	},
	{ id: 'db.bulkGet', methods: ['POST'], path: '/:db/_bulk_get', who: 'reader', action: relay },
	{ id: 'db.revsDiff', methods: ['POST'], path: '/:db/_revs_diff', who: 'reader', action: relay },
	{
		id: 'db.bulkDocs',
		methods: ['POST'],
		path: '/:db/_bulk_docs',
		who: 'writer',
		action: journalledForAdmins(bulkDocs, bulkAudited)
	},
	{ id: 'db.localGet', methods: ['GET'], path: '/:db/_local/:id', who: 'reader', action: relay },
	{ id: 'db.localPut', methods: ['PUT'], path: '/:db/_local/:id', who: 'reader', action: putLocal },
	{
		id: 'db.view',
		methods: ['GET', 'POST'],
		path: '/:db/_design/:ddoc/_view/:view',
		who: 'reader',
		action: view
	},
	{ id: 'db.securityGet', methods: ['GET'], path: '/:db/_security', who: 'admin', action: relay },
	{
		id: 'db.securityPut',
		methods: ['PUT'],
		path: '/:db/_security',
		who: 'admin',
		action: putSecurity
	},
	{ id: 'doc.get', methods: ['GET', 'HEAD'], path: '/:db/:doc', who: 'reader', action: relay },
	{
		id: 'doc.put',
		methods: ['PUT'],
		path: '/:db/:doc',
		who: 'writer',
		action: journalledForAdmins(putDoc, putAudited)
	},
	{ id: 'doc.delete', methods: ['DELETE'], path: '/:db/:doc', who: 'admin', action: deleteAudited },
	{
		id: 'deny',
		methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
		path: '*',
		who: 'nobody',
		action: denyAll
	}
];

export interface Match {
	route: Route;
	params: Record<string, string>;
}

/** The first row whose method and path shape fit; the deny-all row if none does. */
export function match(method: string, segments: readonly string[]): Match {
	for (const route of allowlist) {
		if (route.path === '*') return { route, params: {} };
		if (!(route.methods as readonly string[]).includes(method)) continue;
		const params = matchPath(route.path, segments);
		if (params) return { route, params };
	}
	throw new Error('The allow-list must end with a deny-all row.');
}

function matchPath(pattern: string, segments: readonly string[]): Record<string, string> | null {
	const parts = pattern === '/' ? [] : pattern.slice(1).split('/');
	if (parts.length !== segments.length) return null;
	const params: Record<string, string> = {};
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		if (part.startsWith(':')) {
			const name = part.slice(1);
			if (!PARAMS[name](segments[i])) return null;
			params[name] = segments[i];
		} else if (part !== segments[i]) return null;
	}
	return params;
}
