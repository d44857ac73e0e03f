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
	updatedAt: isoDateTime,
	/** Registered by mistake and taken off the register by an officer; kept, never deleted, so every tablet learns it. */
	removed: z.optional(
		z.strictObject({
			at: isoDateTime,
			by: z.string(),
			reason: z.optional(z.string().check(z.trim(), z.maxLength(200, 'err.tooLong')))
		})
	),
	/** A second record of the same person: everything now lives on `into` (a citizen of the same commune). */
	merged: z.optional(
		z.strictObject({
			into: z.string().check(z.regex(/^citizen:[A-Za-z0-9_-]{1,40}:[0-9A-Z]{26}$/, 'err.invalid')),
			at: isoDateTime,
			by: z.string()
		})
	)
});
export type Citizen = z.infer<typeof citizenSchema>;

/** A citizen still on the register: neither removed nor merged into another record. */
export const isActiveCitizen = (c: Pick<Citizen, 'removed' | 'merged'>): boolean =>
	!c.removed && !c.merged;
