import * as z from 'zod/mini';
import { code, couchFields, isoDateTime, nonEmpty } from './common.schema';

/**
 * A hamlet an officer added in the field (offline) because her commune had none that fitted: a
 * proposal in the commune's own database. Citizens name it by `id` in their `hamletId` at once.
 * The administrator then either makes it a hamlet of the tree under the same id (its name as she
 * chooses: a rename) or maps it onto an existing hamlet (a merge); `mappedTo` records which, and
 * reads resolve a citizen's hamletId through it, so no citizen has to be rewritten.
 */
export const hamletSchema = z.strictObject({
	...couchFields,
	type: z.literal('hamlet'),
	communeId: code,
	/** The id citizens carry: the ULID of the document id (`hamlet:<commune>:<ulid>`). */
	id: code,
	name: nonEmpty(120),
	createdAt: isoDateTime,
	createdBy: z.string(),
	/** Set by the administrator only: the hamlet of the tree this one now is (its own id when accepted, renamed or not). */
	mappedTo: z.optional(code)
});
export type Hamlet = z.infer<typeof hamletSchema>;

/** The hamlet id a proposal gives its citizens. */
export const proposedHamletId = (docId: string): string => docId.split(':')[2] ?? '';
