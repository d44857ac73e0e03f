import { CONFIG_DB } from './ids';
import { orgIndex, type OrgUnitLike } from './scope';
import { checkWrite } from './write-rules';

// The write rules as CouchDB's validate_doc_update: the entry point provisioning bundles (with the
// schemas and everything checkWrite uses) into the `_design/rules` of each database, so a client
// that reaches the store without the gateway meets the same rules, refused with the same words.
// What needs other documents (an assessment's citizen, a batch's members, the criteria set to
// recompute a result) cannot be read from inside validate_doc_update and is the gateway's alone.

export interface Where {
	dbName: string;
	/** For a commune's database: the commune, and its ancestors nearest first (a reviewer's scopes). */
	communeId?: string;
	scopes?: readonly string[];
}

type CouchDoc = Record<string, unknown>;
interface CouchUser {
	name: string | null;
	roles?: string[];
}

/** CouchDB's bookkeeping on the documents it hands to validate_doc_update, never the app's fields. */
const BOOKKEEPING = ['_revisions', '_conflicts', '_deleted_conflicts', '_revs_info', '_local_seq'];

/** Throws `{forbidden: reason}` (CouchDB's refusal) when the write rules refuse the write. */
export function validate(
	newDoc: CouchDoc,
	oldDoc: CouchDoc | null,
	userCtx: CouchUser,
	where: Where,
	now: Date = new Date()
): void {
	const roles = userCtx.roles ?? [];
	// The server admin is the gateway (it checked everything) or provisioning.
	if (roles.includes('_admin')) return;
	const verdict = checkWrite({
		user: { name: userCtx.name ?? '', roles },
		dbName: where.dbName,
		doc: strip(newDoc),
		previous: oldDoc && !oldDoc._deleted ? strip(oldDoc) : null,
		org: orgIndex(chain(where)),
		criteriaSet: undefined,
		refs: undefined,
		now
	});
	if (!verdict.ok) throw { forbidden: verdict.reason };
}

function strip(doc: CouchDoc): CouchDoc {
	const copy = { ...doc };
	for (const key of BOOKKEEPING) delete copy[key];
	return copy;
}

/** The commune and the units above it, enough for the scope questions the rules ask. */
function chain(where: Where): OrgUnitLike[] {
	if (where.dbName === CONFIG_DB || !where.communeId) return [];
	const ids = [where.communeId, ...(where.scopes ?? [])];
	return ids.map((id, i) => ({
		id,
		parentId: ids[i + 1] ?? null,
		level: i === 0 ? 'commune' : 'district'
	}));
}
