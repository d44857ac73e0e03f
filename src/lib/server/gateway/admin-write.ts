import { auditKindOfDoc } from '../../domain/admin-audit';
import { publishIssues } from '../../domain/admin-criteria';
import { adminReason } from '../../domain/admin-messages';
import { orgUnitDeleteIssue, orgUnitIssues, targetIssues } from '../../domain/admin-org';
import type { CriteriaSet } from '../../domain/criteria-set.schema';
import { CONFIG_DB, docTypeOfId } from '../../domain/ids';
import type { OrgUnit, Target } from '../../domain/org-unit.schema';
import type { FieldIssue } from '../../domain/schemas';
import { loadOrgUnits } from '../provisioning/org-units';
import { recordAudit } from './audit';
import type { Call } from './context';
import { storePath } from './forward';
import { afterConfigWrite, checkDocs } from './write-check';

// An administrator's writes: the shared write rules (checkDocs), then the rules of the org tree
// and of publishing that need the rest of the configuration, then the store, then the consequences
// (communes provisioned, caches dropped: afterConfigWrite) and one journal entry per stored change.

type Doc = Record<string, unknown> & { _id: string };
/** Per document, in request order; `error` as `_bulk_docs` names it (`forbidden` for a rule, else the store's). */
export type AdminResult =
	| { ok: true; id: string; rev: string }
	| {
			ok: false;
			id: string | null;
			status: number;
			error: string;
			reason: string;
			issues: FieldIssue[];
	  };

const STORE_ERRORS: Record<string, number> = {
	conflict: 409,
	not_found: 404,
	forbidden: 403,
	unauthorized: 403
};
/** CouchDB's error names for the gateway's own refusals (a rule's is `forbidden`). */
const REFUSAL: Record<number, string> = { 409: 'conflict', 413: 'too_large' };

export async function adminWrite(call: Call, db: string, docs: unknown[]): Promise<AdminResult[]> {
	const checked = await checkDocs(call, db, docs);
	// The stored versions checkDocs read, for the tree's rules and the journal's "before".
	const previous = new Map(
		checked.flatMap((c) =>
			c.ok && c.previous ? [[String(c.doc._id), c.previous as Doc] as const] : []
		)
	);
	const results: (AdminResult | null)[] = checked.map((c) =>
		c.ok
			? null
			: {
					ok: false,
					id: c.id,
					status: c.status,
					error: REFUSAL[c.status] ?? 'forbidden',
					reason: c.reason,
					issues: c.issues
				}
	);

	const accepted: Doc[] = [];
	const positions: number[] = [];
	const rules =
		db === CONFIG_DB
			? await configRules(
					call,
					checked.some((c) => c.ok && c.doc.type === 'criteriaSet')
				)
			: null;
	checked.forEach((c, i) => {
		if (!c.ok) return;
		const doc = c.doc as Doc;
		const issues = rules ? rules.issues(doc, previous.get(doc._id) ?? null) : [];
		if (issues.length) {
			const status = issues[0] === orgUnitDeleteIssue ? 403 : 400;
			results[i] = {
				ok: false,
				id: doc._id,
				status,
				error: 'forbidden',
				reason: adminReason(issues),
				issues
			};
			return;
		}
		rules?.accept(doc);
		accepted.push(stamp(call, db, doc));
		positions.push(i);
	});
	if (accepted.length === 0) return results as AdminResult[];

	const written = await call.ctx.store.ok<
		{ id: string; rev?: string; error?: string; reason?: string }[]
	>('POST', storePath(db, '_bulk_docs'), { docs: accepted });
	const done: Doc[] = [];
	written.body.forEach((row, k) => {
		const doc = accepted[k];
		if (row.rev && !row.error) {
			results[positions[k]] = { ok: true, id: doc._id, rev: row.rev };
			done.push(doc);
		} else {
			const error = row.error ?? 'unknown';
			results[positions[k]] = {
				ok: false,
				id: doc._id,
				status: STORE_ERRORS[error] ?? 500,
				error,
				reason: row.reason ?? error,
				issues: []
			};
		}
	});
	if (db === CONFIG_DB && done.length) await afterConfigWrite(call, done);
	await recordAudit(
		call,
		done.map((doc) => ({
			kind: auditKindOfDoc(db, doc._id),
			target: doc._id,
			db,
			before: previous.get(doc._id) ?? null,
			after: doc
		}))
	);
	return results as AdminResult[];
}

/**
 * The rules that need the rest of `cdht-config`, read fresh from the store (administrative writes
 * are rare; the gateway's cache may be another instance's 30 s old): the org tree and the
 * published criteria versions. Documents are checked in request order against what is stored
 * plus what was accepted before them, so a district and then its communes can come in one request.
 */
async function configRules(call: Call, withCriteria: boolean) {
	const tree = new Map((await loadOrgUnits(call.ctx.store)).map((u) => [u.id, u]));
	const setIds = withCriteria ? await criteriaSetIds(call) : [];
	return {
		issues(doc: Doc, previous: Doc | null): FieldIssue[] {
			const type = docTypeOfId(doc._id);
			if (type === 'orgUnit')
				return doc._deleted
					? [orgUnitDeleteIssue]
					: orgUnitIssues(
							[...tree.values()],
							doc as unknown as OrgUnit,
							previous as unknown as OrgUnit | null
						);
			// Published sets are never rewritten (write rules), so what reaches here is a new version.
			if (type === 'criteriaSet' && !doc._deleted)
				return publishIssues(setIds, doc as unknown as CriteriaSet);
			if (type === 'target' && !doc._deleted)
				return targetIssues([...tree.values()], doc as unknown as Target);
			return [];
		},
		accept(doc: Doc): void {
			if (doc._deleted) return;
			if (doc.type === 'orgUnit') tree.set(String(doc.id), doc as unknown as OrgUnit);
			if (doc.type === 'criteriaSet') setIds.push(doc._id);
		}
	};
}

async function criteriaSetIds(call: Call): Promise<string[]> {
	const range = `startkey=${encodeURIComponent('"criteriaSet:"')}&endkey=${encodeURIComponent('"criteriaSet:\ufff0"')}`;
	const res = await call.ctx.store.ok<{ rows: { id: string }[] }>(
		'GET',
		`${storePath(CONFIG_DB, '_all_docs')}?${range}`
	);
	return res.body.rows.map((r) => r.id);
}

/** Fields the server sets, so they are true whatever the client sent: who published, and when. */
function stamp(call: Call, db: string, doc: Doc): Doc {
	if (db !== CONFIG_DB || doc._deleted) return doc;
	const now = new Date().toISOString();
	if (doc.type === 'criteriaSet') return { ...doc, publishedAt: now, publishedBy: call.user!.name };
	if (doc.type === 'orgUnit') return { ...doc, updatedAt: now };
	return doc;
}
