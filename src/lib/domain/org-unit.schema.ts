import * as z from 'zod/mini';
import { code, couchFields, nonEmpty, period } from './common.schema';

export const orgUnitLevels = ['province', 'district', 'commune', 'hamlet'] as const;
export type OrgUnitLevel = (typeof orgUnitLevels)[number];

/** A unit of the organisation tree, of any depth: province → (legacy district) → commune → hamlet. */
export const orgUnitSchema = z.strictObject({
	...couchFields,
	type: z.literal('orgUnit'),
	id: code,
	name: nonEmpty(120),
	level: z.enum(orgUnitLevels, { error: 'err.level' }),
	parentId: z.nullable(code),
	/** The unit's own word for itself, e.g. "Thôn", "Ấp", "Tổ dân phố" for hamlets. */
	kindLabel: z.optional(z.string().check(z.maxLength(40, 'err.tooLong'))),
	/** Citizens aged 16+ by period (year), the denominator of recognition rates. */
	population: z.optional(
		z.record(
			z.string().check(z.regex(/^\d{4}$/, 'err.year')),
			z.int().check(z.gte(0, 'err.population'))
		)
	),
	/** Kept so that a merged or abolished unit's history stays readable. */
	retired: z.optional(z.boolean()),
	/**
	 * A retired commune's successor (the 2025 reform's "commune that took it over"): reports count
	 * the retired commune's people under it; the retired commune's own database is left as it is.
	 */
	successorId: z.optional(code),
	/** On a province: its public summary (rates without names, small counts hidden) may be read by anyone. */
	publicSummary: z.optional(z.boolean()),
	updatedAt: z.optional(z.string())
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const targetSchema = z.strictObject({
	...couchFields,
	type: z.literal('target'),
	orgUnitId: code,
	period,
	/** A citizen group id, or 'all'. */
	group: z.string().check(z.minLength(1, 'err.required')),
	percentage: z
		.number({ error: 'err.percentage' })
		.check(z.gte(0, 'err.percentage'), z.lte(100, 'err.percentage'))
});
export type Target = z.infer<typeof targetSchema>;

/** The target that applies when none is set (Decision 1373/QĐ-TTg, Hải Phòng plan 254/KH-UBND). */
export const DEFAULT_TARGET_PERCENT = 60;
