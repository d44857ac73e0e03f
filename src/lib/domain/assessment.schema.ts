import * as z from 'zod/mini';
import { code, couchFields, isoDateTime, period } from './common.schema';

export const assessmentStatuses = [
	'draft',
	'ready',
	'sent',
	'recognised',
	'returned',
	'rejected'
] as const;
export type AssessmentStatus = (typeof assessmentStatuses)[number];
export const reviewDecisions = ['recognised', 'returned', 'rejected'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/** Why a citizen is or is not recognised; rendered in the reader's language by messages.ts. */
export const reasonSchema = z.strictObject({
	code: z.enum([
		'total_below',
		'criterion_below',
		'required_missed',
		'unanswered',
		'no_indicators',
		'passed'
	]),
	criterionId: z.optional(z.string()),
	indicatorId: z.optional(z.string()),
	got: z.optional(z.number()),
	need: z.optional(z.number()),
	max: z.optional(z.number())
});
export type Reason = z.infer<typeof reasonSchema>;

export const scoreResultSchema = z.strictObject({
	total: z.number(),
	max: z.number(),
	perCriterion: z.record(z.string(), z.strictObject({ score: z.number(), max: z.number() })),
	recognised: z.boolean(),
	reasons: z.array(reasonSchema)
});
export type ScoreResult = z.infer<typeof scoreResultSchema>;

export const reviewEntrySchema = z.strictObject({
	by: z.string().check(z.minLength(1, 'err.required')),
	at: isoDateTime,
	decision: z.enum(reviewDecisions),
	comment: z.optional(z.string().check(z.maxLength(1000, 'err.tooLong')))
});
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

export const assessmentSchema = z
	.strictObject({
		...couchFields,
		type: z.literal('assessment'),
		citizenId: z.string().check(z.minLength(1, 'err.required')),
		communeId: code,
		hamletId: code,
		criteriaSetId: z.string().check(z.minLength(1, 'err.required')),
		criteriaSetVersion: z.int().check(z.gte(1, 'err.version')),
		period,
		group: z.string().check(z.minLength(1, 'err.group')),
		/** indicator id → the key of the chosen answer option. */
		answers: z.record(z.string(), z.string()),
		result: scoreResultSchema,
		assessedBy: z.string(),
		assessedAt: isoDateTime,
		updatedAt: isoDateTime,
		status: z.enum(assessmentStatuses, { error: 'err.status' }),
		/** The latest decision; `history` keeps every one, oldest first. */
		review: z.optional(reviewEntrySchema),
		history: z.optional(z.array(reviewEntrySchema)),
		/**
		 * The answers as they stood when the reviewer returned it, kept by the tablet when the officer
		 * starts fixing it: the reviewer sees what changed, side by side (write-rules: only ever the
		 * stored answers of a returned assessment).
		 */
		returnedAnswers: z.optional(z.record(z.string(), z.string())),
		batchId: z.optional(z.string())
	})
	.check(
		z.superRefine((a, ctx) => {
			const needsComment =
				a.review && a.review.decision !== 'recognised' && !a.review.comment?.trim();
			if (needsComment)
				ctx.addIssue({ code: 'custom', message: 'err.reviewComment', path: ['review', 'comment'] });
		})
	);
export type Assessment = z.infer<typeof assessmentSchema>;

export const batchStatuses = ['sending', 'sent'] as const;

/** One send of an officer: written last, so it never appears on the server before its members. */
export const batchSchema = z.strictObject({
	...couchFields,
	type: z.literal('batch'),
	communeId: code,
	officer: z.string().check(z.minLength(1, 'err.required')),
	createdAt: isoDateTime,
	sentAt: z.optional(isoDateTime),
	assessmentIds: z.array(z.string()).check(z.minLength(1, 'err.batchEmpty')),
	citizenIds: z.array(z.string()),
	count: z.int().check(z.gte(1, 'err.batchEmpty')),
	status: z.enum(batchStatuses)
});
export type Batch = z.infer<typeof batchSchema>;
