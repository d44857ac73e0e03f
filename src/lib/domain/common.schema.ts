import * as z from 'zod/mini';

// Error messages are message keys (see messages.ts), so the client shows them in the user's
// language and the server names the field and the rule in its refusal.

export const isoDateTime = z.iso.datetime({ error: 'err.datetime' });
export const nonEmpty = (max = 200) =>
	z
		.string({ error: 'err.required' })
		.check(z.trim(), z.minLength(1, 'err.required'), z.maxLength(max, 'err.tooLong'));
export const code = z
	.string({ error: 'err.required' })
	.check(z.regex(/^[A-Za-z0-9_-]{1,40}$/, 'err.code'));
export const period = z
	.int({ error: 'err.year' })
	.check(z.gte(2000, 'err.year'), z.lte(2100, 'err.year'));

/** CouchDB's own fields, present on every stored document. */
export const couchFields = {
	_id: z
		.string({ error: 'err.required' })
		.check(z.minLength(1, 'err.required'), z.maxLength(200, 'err.tooLong')),
	_rev: z.optional(z.string()),
	_deleted: z.optional(z.boolean())
};
