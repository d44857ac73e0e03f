import * as z from 'zod/mini';
import { code, couchFields, isoDateTime, nonEmpty } from './common.schema';

export const genders = ['male', 'female', 'other'] as const;

/** The earliest birth year a living citizen plausibly has. */
export const MIN_BIRTH_YEAR = 1900;

/**
 * A citizen recorded by the commune. Personal data is kept to what the assessment needs: the CCCD
 * number is never stored whole, only its last four digits when the officer needs to tell two
 * people apart.
 */
export const citizenSchema = z.strictObject({
	...couchFields,
	type: z.literal('citizen'),
	communeId: code,
	hamletId: code,
	household: z.optional(z.string().check(z.trim(), z.maxLength(120, 'err.tooLong'))),
	fullName: nonEmpty(100),
	birthYear: z.int({ error: 'err.birthYear' }).check(
		z.gte(MIN_BIRTH_YEAR, 'err.birthYear'),
		z.refine((y) => y <= new Date().getFullYear(), 'err.birthYearFuture')
	),
	gender: z.enum(genders, { error: 'err.gender' }),
	group: z.string({ error: 'err.group' }).check(z.minLength(1, 'err.group')),
	phone: z.optional(z.string().check(z.regex(/^(\+?84|0)\d{8,10}$/, 'err.phone'))),
	idCardLast4: z.optional(z.string().check(z.regex(/^\d{4}$/, 'err.idCardLast4'))),
	createdAt: isoDateTime,
	createdBy: z.string(),
	updatedAt: isoDateTime
});
export type Citizen = z.infer<typeof citizenSchema>;
