import { auditEntry, type AuditInput } from '../../domain/admin-audit';
import { AUDIT_DB, auditSchema } from '../../domain/audit.schema';
import { ensureAuditDb } from '../provisioning/audit-db';
import type { StoreClient } from '../store/client';
import type { Call } from './context';
import { storePath } from './forward';
import { relay } from './relay';

// The gateway records each administrative change itself, after the store accepted it and before
// the administrator gets the answer: the client never writes the journal (no allow-list row lets
// it), so an entry can be neither forged nor skipped.

// The journal's database is made sure of once per store client (per process), on first use:
// idempotent, so several gateway instances may race for it.
const ready = new WeakMap<StoreClient, Promise<number>>();

function auditDbReady(store: StoreClient): Promise<number> {
	let promise = ready.get(store);
	if (!promise) {
		promise = ensureAuditDb(store);
		ready.set(store, promise);
		promise.catch(() => ready.delete(store));
	}
	return promise;
}

/** Writes one entry per change, by the signed-in administrator. */
export async function recordAudit(call: Call, changes: Omit<AuditInput, 'by'>[]): Promise<void> {
	if (changes.length === 0) return;
	const now = new Date();
	// The schema is the journal's contract with the screens that read it: checked on the way in.
	const docs = changes.map((c) =>
		auditSchema.parse(auditEntry({ ...c, by: call.user!.name, now }))
	);
	const path = storePath(AUDIT_DB, '_bulk_docs');
	// One retry: the change itself is already stored, so its entry must not be lost to a blip.
	for (let attempt = 0; ; attempt++) {
		try {
			await auditDbReady(call.ctx.store);
			await call.ctx.store.ok('POST', path, { docs });
			return;
		} catch (err) {
			if (attempt >= 1) {
				call.ctx.options.log(
					`audit: ${docs.length} entries by ${call.user!.name} NOT recorded: ${(err as Error).message}; ${JSON.stringify(docs)}`
				);
				return;
			}
		}
	}
}

/** `GET /cdht-audit/_all_docs` and the `by_kind` view, for administrators. */
export async function readAudit(call: Call): Promise<void> {
	await auditDbReady(call.ctx.store);
	await relay(call);
}
