import { AUDIT_DB } from '../../domain/audit.schema';
import type { StoreClient } from '../store/client';
import { RULES_DDOC } from './design-docs';
import { ensureDb, ensureDoc, ensureSecurity, type SecurityObject } from './upsert';
import { t } from '../words';

// The administration journal's database. Administrators read it; only the store's server admin
// (the gateway) writes it — also for a client that reaches an Apache CouchDB port directly,
// through the rules document below. Same idempotent steps as the rest of provisioning.

export const AUDIT_DDOC = '_design/audit';

const AUDIT_VALIDATE = `function (newDoc, oldDoc, userCtx) {
  if ((userCtx.roles || []).indexOf('_admin') === -1) throw({ forbidden: '${t('audit.serverOnly')}' });
}`;

export function auditSecurity(): SecurityObject {
	return { admins: { names: [], roles: [] }, members: { names: [], roles: ['admin'] } };
}

export function auditDesignDocs() {
	return [
		{ _id: RULES_DDOC, language: 'javascript', validate_doc_update: AUDIT_VALIDATE },
		{
			_id: AUDIT_DDOC,
			language: 'javascript',
			// Newest first within one kind: `descending=true&startkey=[kind,{}]&endkey=[kind]`.
			views: {
				by_kind: {
					map: "function (doc) { if (doc.type === 'audit') emit([doc.kind, doc.at], null); }"
				}
			}
		}
	];
}

/** Makes sure the journal's database, its security and design documents exist; returns how many steps wrote. */
export async function ensureAuditDb(store: StoreClient): Promise<number> {
	let changes = (await ensureDb(store, AUDIT_DB)) === 'created' ? 1 : 0;
	if (await ensureSecurity(store, AUDIT_DB, auditSecurity())) changes++;
	for (const doc of auditDesignDocs()) if (await ensureDoc(store, AUDIT_DB, doc)) changes++;
	return changes;
}
