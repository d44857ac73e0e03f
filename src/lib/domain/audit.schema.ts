import * as z from 'zod/mini';
import { isoDateTime } from './common.schema';

// The record of administrative changes: who changed what, when, and a short before/after of the
// fields that changed. Written by the gateway itself after each administrative write (never by a
// client, so an entry can be neither forged nor left out), into a database of its own that only
// administrators read: `cdht-config` is pulled by every tablet and readable by every user, and
// neither should carry account changes.

export const AUDIT_DB = 'cdht-audit';
export const AUDIT_ID_PREFIX = 'audit:';

/** What was changed: the kind of configuration document, an account, a database's security, commune data. */
export const auditKinds = [
	'orgUnit',
	'criteriaSet',
	'target',
	'user',
	'security',
	'record'
] as const;
export type AuditKind = (typeof auditKinds)[number];

export const auditActions = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof auditActions)[number];

/** Values are kept as short texts: enough to read what changed, never a whole document. */
export const AUDIT_VALUE_MAX = 300;
const value = z.optional(z.string().check(z.maxLength(AUDIT_VALUE_MAX + 1)));

export const auditChangeSchema = z.object({
	field: z.string().check(z.minLength(1), z.maxLength(100)),
	before: value,
	after: value
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditSchema = z.object({
	_id: z.string().check(z.regex(/^audit:[0-9A-HJKMNP-TV-Z]{26}$/, 'err.invalid')),
	_rev: z.optional(z.string()),
	type: z.literal('audit'),
	at: isoDateTime,
	/** The administrator's account name. */
	by: z.string().check(z.minLength(1), z.maxLength(60)),
	kind: z.enum(auditKinds),
	action: z.enum(auditActions),
	/** What was changed: a document id, an account name, a database name. */
	target: z.string().check(z.minLength(1), z.maxLength(200)),
	/** The database it lives in (`_users` for accounts). */
	db: z.string().check(z.minLength(1), z.maxLength(200)),
	/** Words for a headline: the unit's name, the set's title, the person's name. */
	label: z.optional(z.string().check(z.maxLength(AUDIT_VALUE_MAX + 1))),
	changes: z.array(auditChangeSchema)
});
export type AuditEntry = z.infer<typeof auditSchema>;
