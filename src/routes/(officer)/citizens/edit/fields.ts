import { citizenSchema } from '$lib/domain/citizen.schema';
import { ageInPeriod, isUnderAge } from '$lib/domain/eligibility';

/** What the inputs hold, as strings (a draft is stored exactly so). */
export interface CitizenForm {
	fullName: string;
	birthYear: string;
	gender: string;
	group: string;
	hamletId: string;
	household: string;
	phone: string;
	idCardLast4: string;
}

export type FieldName = keyof CitizenForm;
export const fieldOrder: FieldName[] = [
	'fullName',
	'birthYear',
	'gender',
	'group',
	'hamletId',
	'household',
	'phone',
	'idCardLast4'
];

export const emptyForm = (hamletId = ''): CitizenForm => ({
	fullName: '',
	birthYear: '',
	gender: '',
	group: '',
	hamletId,
	household: '',
	phone: '',
	idCardLast4: ''
});

const optional = new Set<FieldName>(['household', 'phone', 'idCardLast4']);

/**
 * The message key for one field as the officer types, from the shared schema's own rule for that
 * field (saveCitizen checks the whole record again). Blank optional fields are fine.
 */
export function fieldIssue(name: FieldName, form: CitizenForm): string | null {
	const raw = form[name].trim();
	if (raw === '' && optional.has(name)) return null;
	if (name === 'hamletId' && raw === '') return 'err.hamlet';
	let value: unknown = raw;
	if (name === 'birthYear') value = raw === '' ? undefined : /^\d+$/.test(raw) ? Number(raw) : raw;
	if (name === 'phone') value = raw.replace(/[\s.-]/g, '');
	if (name === 'gender' && raw === '') value = undefined;
	const result = citizenSchema.shape[name].safeParse(value);
	return result.success ? null : (result.error.issues[0]?.message ?? 'err.invalid');
}

/** The age of a person the form records as under the set's age in `period`, else null (said as soon as the year is typed). */
export function underAgeOf(form: CitizenForm, period: number, minAge: number): number | null {
	if (fieldIssue('birthYear', form)) return null;
	const year = Number(form.birthYear.trim());
	return isUnderAge(year, period, minAge) ? ageInPeriod(year, period) : null;
}

export function isBlank(form: CitizenForm, base: CitizenForm): boolean {
	return fieldOrder.every((f) => form[f] === base[f]);
}
