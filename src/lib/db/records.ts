import type { Assessment, Batch } from '$lib/domain/assessment.schema';
import type { Citizen } from '$lib/domain/citizen.schema';
import type { CriteriaSet } from '$lib/domain/criteria-set.schema';
import type { Hamlet } from '$lib/domain/hamlet.schema';
import type { OrgUnit, Target } from '$lib/domain/org-unit.schema';
import type { FieldIssue } from '$lib/domain/schemas';

/**
 * What the tablet keeps beside each synced document. These fields never leave the device
 * (`toWire` strips them): the server stores exactly the schema's document.
 */
export interface LocalFields {
	/** 1 while the document has changes the server has not acknowledged (an index: no booleans in IndexedDB keys). */
	dirty: 0 | 1;
	/** Why the server refused the last send, kept with the document until it is fixed. */
	syncError?: { at: string; reason: string; issues?: FieldIssue[] };
}

/** Keys derived from the name on this device (search-key.ts), for the indexes; never sent. */
export interface CitizenKeys {
	/** The accent-free name, for matching a query. */
	searchKey: string;
	/** Its distinct words: a multi-entry index, so a search is a prefix range on one word. */
	nameWords: string[];
	/** Given name first: the order of the commune's lists. Absent on a citizen off the register (removed or merged): the list indexes skip it. */
	sortKey?: string;
	/** Name + birth year + hamlet: records sharing it may be the same person. */
	dupKey: string;
}

export type CitizenRecord = Citizen & LocalFields & CitizenKeys;
export type AssessmentRecord = Assessment & LocalFields & { wizardStep?: number };
export type BatchRecord = Batch & LocalFields;
export type HamletRecord = Hamlet & LocalFields;
export type CriteriaSetRecord = CriteriaSet;
export type OrgUnitRecord = OrgUnit;
export type TargetRecord = Target;
export interface MetaRecord {
	key: string;
	value: unknown;
}

const LOCAL_KEYS = [
	'dirty',
	'syncError',
	'searchKey',
	'nameWords',
	'sortKey',
	'dupKey',
	'wizardStep'
] as const;

/** The document as the server stores it: local bookkeeping removed. */
export function toWire<T extends object>(record: T): Omit<T, (typeof LOCAL_KEYS)[number]> {
	const doc = { ...record } as Record<string, unknown>;
	for (const key of LOCAL_KEYS) delete doc[key];
	return doc as Omit<T, (typeof LOCAL_KEYS)[number]>;
}
