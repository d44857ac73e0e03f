import {
	AUDIT_ID_PREFIX,
	AUDIT_VALUE_MAX,
	type AuditAction,
	type AuditChange,
	type AuditEntry,
	type AuditKind
} from './audit.schema';
import { CONFIG_DB, docTypeOfId, ulid } from './ids';

// Turns an administrative write into an audit entry: each kind of document is reduced to the few
// fields a person reads in a journal (a criteria set's version and title, not its 40 indicators;
// an account's roles, never its password), and the entry keeps only the fields that differ.

type Doc = Record<string, unknown>;
type Summary = Record<string, string>;

/** A short text for a value; long ones are cut, so an entry stays small. */
function text(v: unknown): string {
	const s = typeof v === 'string' ? v : JSON.stringify(v);
	return s.length > AUDIT_VALUE_MAX ? s.slice(0, AUDIT_VALUE_MAX) + '…' : s;
}

function put(summary: Summary, field: string, v: unknown): void {
	if (v !== undefined && v !== null) summary[field] = text(v);
}

const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : undefined);
const count = (v: unknown) => (Array.isArray(v) ? v.length : undefined);

const summaries: Record<AuditKind, (doc: Doc) => Summary> = {
	orgUnit(doc) {
		const s: Summary = {};
		for (const f of [
			'name',
			'level',
			'parentId',
			'kindLabel',
			'retired',
			'successorId',
			'publicSummary'
		])
			put(s, f, doc[f]);
		// One line per year, so "population.2026: 4250 → 4300" reads on its own.
		const population = doc.population;
		if (population && typeof population === 'object')
			for (const [year, n] of Object.entries(population as Record<string, unknown>))
				put(s, `population.${year}`, n);
		return s;
	},
	criteriaSet(doc) {
		const s: Summary = {};
		for (const f of [
			'code',
			'slug',
			'version',
			'title',
			'effectiveFrom',
			'verified',
			'publishedAt',
			'publishedBy'
		])
			put(s, f, doc[f]);
		put(s, 'groups', count(doc.groups));
		put(s, 'criteria', count(doc.criteria));
		const criteria = Array.isArray(doc.criteria)
			? (doc.criteria as { indicators?: unknown }[])
			: [];
		put(
			s,
			'indicators',
			criteria.reduce((n, c) => n + (count(c?.indicators) ?? 0), 0) || undefined
		);
		return s;
	},
	target(doc) {
		const s: Summary = {};
		for (const f of ['orgUnitId', 'period', 'group', 'percentage']) put(s, f, doc[f]);
		return s;
	},
	user(doc) {
		const s: Summary = {};
		put(s, 'fullName', doc.fullName);
		put(s, 'roles', list(doc.roles));
		put(s, 'disabled', doc.disabled === true);
		// Only the fact of a new password, never the password.
		if (typeof doc.password === 'string') s.password = '*';
		return s;
	},
	security(doc) {
		const s: Summary = {};
		for (const section of ['admins', 'members'])
			for (const part of ['names', 'roles'])
				put(s, `${section}.${part}`, list((doc[section] as Doc | undefined)?.[part]));
		return s;
	},
	record(doc) {
		const s: Summary = {};
		// Commune data is personal: the journal names the record, not its content.
		put(s, 'type', doc.type);
		put(s, 'status', doc.status);
		return s;
	}
};

/** The fields whose summary differs, in a stable order (before's fields first). */
export function auditChanges(
	kind: AuditKind,
	before: Doc | null,
	after: Doc | null
): AuditChange[] {
	const a = before ? summaries[kind](before) : {};
	const b = after ? summaries[kind](after) : {};
	const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
	return fields
		.filter((field) => a[field] !== b[field])
		.map((field) => {
			const change: AuditChange = { field };
			if (field in a) change.before = a[field];
			if (field in b) change.after = b[field];
			return change;
		});
}

/** Which kind of change a write to a database is: a configuration document by its type, else commune data. */
export function auditKindOfDoc(db: string, id: string): AuditKind {
	if (db !== CONFIG_DB) return 'record';
	const type = docTypeOfId(id);
	return type === 'orgUnit' || type === 'criteriaSet' || type === 'target' ? type : 'record';
}

function labelOf(kind: AuditKind, doc: Doc | null): string | undefined {
	if (!doc) return undefined;
	const name =
		kind === 'criteriaSet'
			? doc.title
			: kind === 'user'
				? (doc.fullName ?? doc.name)
				: kind === 'orgUnit'
					? doc.name
					: undefined;
	return typeof name === 'string' ? text(name) : undefined;
}

export interface AuditInput {
	by: string;
	kind: AuditKind;
	target: string;
	db: string;
	/** The stored version before the write; null when it created the document. */
	before: Doc | null;
	/** What was written; null (or `_deleted`) when it deleted the document. */
	after: Doc | null;
	now?: Date;
}

export function auditEntry(input: AuditInput): AuditEntry {
	const now = input.now ?? new Date();
	const deleted = input.after === null || input.after._deleted === true;
	const action: AuditAction = deleted ? 'delete' : input.before ? 'update' : 'create';
	const after = deleted ? null : input.after;
	const label = labelOf(input.kind, after ?? input.before);
	return {
		_id: AUDIT_ID_PREFIX + ulid(now.getTime()),
		type: 'audit',
		at: now.toISOString(),
		by: input.by,
		kind: input.kind,
		action,
		target: input.target,
		db: input.db,
		...(label ? { label } : {}),
		changes: auditChanges(input.kind, input.before, after)
	};
}
