import type * as z from 'zod/mini';
import { assessmentSchema, batchSchema } from './assessment.schema';
import { citizenSchema } from './citizen.schema';
import { criteriaSetSchema } from './criteria-set.schema';
import { hamletSchema } from './hamlet.schema';
import { docTypeOfId, type DocType } from './ids';
import { orgUnitSchema, targetSchema } from './org-unit.schema';

/** One schema per document type: the form, the file import, the sync and the gateway all use these. */
export const documentSchemas = {
	citizen: citizenSchema,
	assessment: assessmentSchema,
	batch: batchSchema,
	hamlet: hamletSchema,
	orgUnit: orgUnitSchema,
	criteriaSet: criteriaSetSchema,
	target: targetSchema
} satisfies Record<DocType, z.ZodMiniType>;

export type AnyDocument = z.infer<(typeof documentSchemas)[DocType]>;

/** A refusal that names the field (dotted path) and the rule (a message key). */
export interface FieldIssue {
	path: string;
	message: string;
}

export type Validation<T> = { ok: true; doc: T } | { ok: false; issues: FieldIssue[] };

/** zod's issues as field issues; a field outside the schema becomes one issue naming it. */
export function toFieldIssues(
	issues: readonly { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[]
): FieldIssue[] {
	return issues.flatMap((i) =>
		i.code === 'unrecognized_keys' && i.keys
			? i.keys.map((key) => ({
					path: [...i.path, key].map(String).join('.'),
					message: 'err.unknownField'
				}))
			: [{ path: i.path.map(String).join('.'), message: i.message }]
	);
}

/** Validate an untrusted document against the schema its `type` names; its id must agree. */
export function validateDocument(input: unknown): Validation<AnyDocument> {
	if (typeof input !== 'object' || input === null || Array.isArray(input))
		return { ok: false, issues: [{ path: '', message: 'err.notObject' }] };
	const { type, _id } = input as { type?: unknown; _id?: unknown };
	if (typeof type !== 'string' || !(type in documentSchemas))
		return { ok: false, issues: [{ path: 'type', message: 'err.unknownType' }] };
	if (typeof _id !== 'string' || docTypeOfId(_id) !== type)
		return { ok: false, issues: [{ path: '_id', message: 'err.idType' }] };
	const result = documentSchemas[type as DocType].safeParse(input);
	return result.success
		? { ok: true, doc: result.data as AnyDocument }
		: { ok: false, issues: toFieldIssues(result.error.issues) };
}
