import * as z from 'zod/mini';
import { couchFields, isoDateTime, nonEmpty } from './common.schema';

const localId = z
	.string({ error: 'err.required' })
	.check(z.regex(/^[a-z0-9][a-z0-9_.-]{0,39}$/, 'err.localId'));
const optionalText = z.optional(z.string().check(z.maxLength(1000, 'err.tooLong')));

export const answerOptionSchema = z.strictObject({
	key: localId,
	label: nonEmpty(120),
	labelEn: optionalText,
	points: z.number({ error: 'err.points' }).check(z.gte(0, 'err.points'), z.lte(100, 'err.points'))
});

export const indicatorSchema = z.strictObject({
	id: localId,
	text: nonEmpty(1000),
	textEn: optionalText,
	hint: optionalText,
	hintEn: optionalText,
	/** Citizen groups this indicator applies to; empty means every group. */
	groups: z.array(localId),
	/** A citizen who does not reach this indicator is not recognised, whatever the total. */
	required: z.optional(z.boolean()),
	options: z.array(answerOptionSchema).check(z.minLength(2, 'err.options'))
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const criterionSchema = z.strictObject({
	id: localId,
	title: nonEmpty(300),
	titleEn: optionalText,
	/** Minimum share of this criterion's applicable points, in percent. */
	minPercent: z.optional(
		z.number().check(z.gte(0, 'err.percentage'), z.lte(100, 'err.percentage'))
	),
	indicators: z.array(indicatorSchema).check(z.minLength(1, 'err.indicators'))
});
export type Criterion = z.infer<typeof criterionSchema>;

export const citizenGroupSchema = z.strictObject({
	id: localId,
	name: nonEmpty(200),
	nameEn: optionalText
});
export type CitizenGroup = z.infer<typeof citizenGroupSchema>;

export const criteriaSetSchema = z
	.strictObject({
		...couchFields,
		type: z.literal('criteriaSet'),
		/** The decision that issued it, e.g. "324/QĐ-KHVN". */
		code: nonEmpty(60),
		slug: localId,
		version: z.int({ error: 'err.version' }).check(z.gte(1, 'err.version')),
		title: nonEmpty(300),
		titleEn: optionalText,
		source: nonEmpty(1000),
		/** False until its wording and points were checked against the official text. */
		verified: z.boolean(),
		minAge: z.int().check(z.gte(0, 'err.minAge'), z.lte(120, 'err.minAge')),
		groups: z.array(citizenGroupSchema).check(z.minLength(1, 'err.groups')),
		criteria: z.array(criterionSchema).check(z.minLength(1, 'err.criteria')),
		rule: z.strictObject({
			/** Share of the group's applicable points needed for recognition, in percent. */
			passPercent: z.number().check(z.gte(0, 'err.percentage'), z.lte(100, 'err.percentage'))
		}),
		effectiveFrom: z.optional(isoDateTime),
		publishedAt: z.optional(isoDateTime),
		publishedBy: z.optional(z.string())
	})
	.check(
		z.superRefine((set, ctx) => {
			const groupIds = new Set(set.groups.map((g) => g.id));
			const seen = new Set<string>();
			set.criteria.forEach((criterion, ci) => {
				if (seen.has(criterion.id))
					ctx.addIssue({
						code: 'custom',
						message: 'err.duplicateId',
						path: ['criteria', ci, 'id']
					});
				seen.add(criterion.id);
				criterion.indicators.forEach((indicator, ii) => {
					const path = ['criteria', ci, 'indicators', ii];
					if (seen.has(indicator.id))
						ctx.addIssue({ code: 'custom', message: 'err.duplicateId', path: [...path, 'id'] });
					seen.add(indicator.id);
					indicator.groups.forEach((g, gi) => {
						if (!groupIds.has(g))
							ctx.addIssue({
								code: 'custom',
								message: 'err.unknownGroup',
								path: [...path, 'groups', gi]
							});
					});
					const keys = new Set(indicator.options.map((o) => o.key));
					if (keys.size !== indicator.options.length)
						ctx.addIssue({
							code: 'custom',
							message: 'err.duplicateId',
							path: [...path, 'options']
						});
				});
			});
			set.groups.forEach((group, gi) => {
				const applicable = set.criteria.some((c) =>
					c.indicators.some((i) => i.groups.length === 0 || i.groups.includes(group.id))
				);
				if (!applicable)
					ctx.addIssue({ code: 'custom', message: 'err.emptyGroup', path: ['groups', gi] });
			});
		})
	);
export type CriteriaSet = z.infer<typeof criteriaSetSchema>;
