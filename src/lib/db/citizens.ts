import Dexie from 'dexie';
import { citizenSchema, type Citizen } from '$lib/domain/citizen.schema';
import { communeOfId, newDocId } from '$lib/domain/ids';
import { toFieldIssues, type FieldIssue } from '$lib/domain/schemas';
import { duplicateKey, nameWords } from '$lib/domain/search-key';
import { followCitizen } from './assessments';
import { toCitizenRecord } from './citizen-keys';
import { currentCriteriaSet } from './criteria';
import type { LocalDatabase } from './db';
import { hamletOfCommune } from './org';
import { isQuotaError } from './quota';
import { toWire, type CitizenRecord } from './records';

/**
 * What the citizen form edits. Loosely typed on purpose: the form hands over what the inputs hold
 * (an empty number field, a blank phone) and the schema says what is wrong, field by field.
 */
export interface CitizenInput {
	/** Present when editing an existing citizen. */
	_id?: string;
	hamletId: string;
	household?: string | null;
	fullName: string;
	birthYear: number | string | null | undefined;
	gender: string;
	group: string;
	phone?: string | null;
	idCardLast4?: string | null;
}

export interface WorkContext {
	user: string;
	communeId: string;
}

export type SaveCitizenResult =
	{ ok: true; citizen: CitizenRecord } | { ok: false; issues: FieldIssue[] };

const blankToUndefined = (v: string | null | undefined) =>
	v == null || v.trim() === '' ? undefined : v.trim();

/** What the officer typed, tidied the way a person means it: "0912 345 678" is a phone number. */
function tidy(input: CitizenInput) {
	const year = typeof input.birthYear === 'string' ? input.birthYear.trim() : input.birthYear;
	const fields = {
		hamletId: input.hamletId,
		household: blankToUndefined(input.household),
		fullName: input.fullName.replace(/\s+/g, ' '),
		birthYear:
			year === '' || year == null ? undefined : /^\d+$/.test(String(year)) ? Number(year) : year,
		gender: input.gender,
		group: input.group,
		phone: blankToUndefined(input.phone)?.replace(/[\s.-]/g, ''),
		idCardLast4: blankToUndefined(input.idCardLast4)
	};
	// An absent field is absent, not a key holding undefined (the stored record shows what was entered).
	return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<
		typeof fields
	> &
		Pick<typeof fields, 'hamletId' | 'fullName' | 'gender' | 'group'>;
}

/** Rules the schema cannot know: the hamlet belongs to this commune, the group is one of the criteria set's. */
async function placeIssues(
	db: LocalDatabase,
	doc: { hamletId: string; group: string },
	communeId: string,
	skip: Set<string>
) {
	const issues: FieldIssue[] = [];
	if (!skip.has('hamletId')) {
		const hamlet = await hamletOfCommune(db, communeId, doc.hamletId);
		if (!hamlet) issues.push({ path: 'hamletId', message: 'err.hamlet' });
	}
	if (!skip.has('group')) {
		const set = await currentCriteriaSet(db);
		if (set && !set.groups.some((g) => g.id === doc.group))
			issues.push({ path: 'group', message: 'err.group' });
	}
	return issues;
}

/** What the server would store, minus the stamps: an edit that changes none of it is not a change to send. */
function content(c: Citizen): string {
	const doc = toWire(c) as Record<string, unknown>;
	const keys = Object.keys(doc).filter(
		(k) => k !== 'updatedAt' && k !== '_rev' && doc[k] !== undefined
	);
	return JSON.stringify(keys.sort().map((k) => [k, doc[k]]));
}

/**
 * Create or edit a citizen: validated with the shared schema, stamped, keyed for search, marked to
 * send. Editing the hamlet or group carries over to the citizen's assessments still being worked on.
 */
export async function saveCitizen(
	db: LocalDatabase,
	input: CitizenInput,
	ctx: WorkContext
): Promise<SaveCitizenResult> {
	try {
		return await db.transaction(
			'rw',
			[db.citizens, db.assessments, db.orgUnits, db.hamlets, db.criteriaSets],
			async (): Promise<SaveCitizenResult> => {
				const existing = input._id ? await db.citizens.get(input._id) : undefined;
				if (input._id && existing?.communeId !== ctx.communeId)
					return { ok: false, issues: [{ path: '_id', message: 'err.notFound' }] };
				const now = new Date().toISOString();
				const candidate = {
					_id: existing?._id ?? newDocId('citizen', ctx.communeId),
					...(existing?._rev ? { _rev: existing._rev } : {}),
					type: 'citizen',
					communeId: ctx.communeId,
					...tidy(input),
					createdAt: existing?.createdAt ?? now,
					createdBy: existing?.createdBy ?? ctx.user,
					updatedAt: now
				};
				const parsed = citizenSchema.safeParse(candidate);
				const issues = parsed.success ? [] : toFieldIssues(parsed.error.issues);
				issues.push(
					...(await placeIssues(db, candidate, ctx.communeId, new Set(issues.map((i) => i.path))))
				);
				if (!parsed.success || issues.length) return { ok: false, issues };

				if (existing && content(existing) === content(parsed.data))
					return { ok: true, citizen: existing };
				const citizen = toCitizenRecord(parsed.data, { dirty: 1 });
				await db.citizens.put(citizen);
				if (
					existing &&
					(existing.group !== citizen.group || existing.hamletId !== citizen.hamletId)
				)
					await followCitizen(db, citizen);
				return { ok: true, citizen };
			}
		);
	} catch (e) {
		if (isQuotaError(e)) return { ok: false, issues: [{ path: '', message: 'err.quota' }] };
		throw e;
	}
}

export function getCitizen(db: LocalDatabase, id: string): Promise<CitizenRecord | undefined> {
	return db.citizens.get(id);
}

export interface CitizenFilter {
	hamletId?: string;
	/** What the officer typed: words in any order, each the start of a word of the name, accents optional. */
	query?: string;
}

// Lists and searches read keys, never walk cursors: an IndexedDB cursor costs one round trip per
// record (and fake-indexeddb's is quadratic), while getAllKeys over an index range is one call.
// Measured on 10,000 citizens: a cursor over 5,000 records took seconds, the keys a few ms.

/** Past this many matches, the page is cut from the ordered key list instead of sorting records. */
const SORT_IN_MEMORY_UP_TO = 300;

/**
 * The ids of a commune's citizens matching a name query: for each query word, the ids whose name
 * has a word starting with it (a prefix range on the multi-entry index, keys only), intersected.
 * This is exactly `matchesQuery` (search-key.ts), answered by the index. Null when there is no query.
 */
async function matchingIds(
	db: LocalDatabase,
	communeId: string,
	query: string | undefined
): Promise<Set<string> | null> {
	const words = nameWords(query ?? '');
	if (words.length === 0) return null;
	const perWord = await Promise.all(
		words.map((w) => db.citizens.where('nameWords').startsWith(w).primaryKeys())
	);
	perWord.sort((a, b) => a.length - b.length);
	// A citizen's id carries its commune (ids.ts), so the commune needs no record read.
	let ids = new Set(perWord[0].filter((id) => communeOfId(id) === communeId));
	for (const other of perWord.slice(1)) {
		const keep = new Set(other);
		ids = new Set([...ids].filter((id) => keep.has(id)));
	}
	return ids;
}

function rangeOf(db: LocalDatabase, communeId: string, hamletId?: string) {
	return hamletId
		? db.citizens
				.where('[communeId+hamletId+sortKey]')
				.between([communeId, hamletId, Dexie.minKey], [communeId, hamletId, Dexie.maxKey])
		: db.citizens
				.where('[communeId+sortKey]')
				.between([communeId, Dexie.minKey], [communeId, Dexie.maxKey]);
}

/** The same order as the sort-key indexes: sort key, then id. */
const bySortKey = (a: CitizenRecord, b: CitizenRecord) => {
	const [x, y] = [a.sortKey ?? '', b.sortKey ?? ''];
	return x < y ? -1 : x > y ? 1 : a._id < b._id ? -1 : 1;
};

async function records(db: LocalDatabase, ids: string[]): Promise<CitizenRecord[]> {
	return (await db.citizens.bulkGet(ids)).filter((c): c is CitizenRecord => c !== undefined);
}

/** A page of the register and how many there are in all under the same filter. */
export interface CitizenPage {
	people: CitizenRecord[];
	total: number;
}

/**
 * A page of a commune's citizens in list order (given name first), optionally of one hamlet and
 * matching a name query, with the number of all matches: what the register shows. The name-word
 * match is computed once for both (each is a prefix range per query word).
 */
export function searchCitizens(
	db: LocalDatabase,
	communeId: string,
	options: CitizenFilter & { limit?: number; offset?: number } = {}
): Promise<CitizenPage> {
	const { hamletId, query, limit = 50, offset = 0 } = options;
	return db.transaction('r', db.citizens, db.hamlets, async () => {
		const ids = await matchingIds(db, communeId, query);
		// Hamlets an officer added that the administrator merged into this one: their people are its people.
		const aliases = hamletId ? await mergedInto(db, communeId, hamletId) : [];
		if (aliases.length) {
			const all = (
				await Promise.all([hamletId!, ...aliases].map((h) => rangeOf(db, communeId, h).toArray()))
			).flat();
			const found = all.filter((c) => !ids || ids.has(c._id)).sort(bySortKey);
			return { people: found.slice(offset, offset + limit), total: found.length };
		}
		if (!ids) {
			const [keys, total] = await Promise.all([
				rangeOf(db, communeId, hamletId)
					.limit(offset + limit)
					.primaryKeys(),
				rangeOf(db, communeId, hamletId).count()
			]);
			return { people: await records(db, keys.slice(offset)), total };
		}
		if (ids.size <= SORT_IN_MEMORY_UP_TO) {
			const found = (await records(db, [...ids])).filter(
				(c) => !hamletId || c.hamletId === hamletId
			);
			return { people: found.sort(bySortKey).slice(offset, offset + limit), total: found.length };
		}
		const ordered = (await rangeOf(db, communeId, hamletId).primaryKeys()).filter((id) =>
			ids.has(id)
		);
		return {
			people: await records(db, ordered.slice(offset, offset + limit)),
			total: ordered.length
		};
	});
}

/** The added hamlets of a commune an administrator merged into `hamletId` (hamlet.schema.ts); usually none. */
async function mergedInto(
	db: LocalDatabase,
	communeId: string,
	hamletId: string
): Promise<string[]> {
	const added = await db.hamlets.where('communeId').equals(communeId).toArray();
	return added.filter((h) => h.mappedTo === hamletId && h.id !== hamletId).map((h) => h.id);
}

/** A page of a commune's citizens in list order (given name first), optionally of one hamlet and matching a name query. */
export async function listCitizens(
	db: LocalDatabase,
	communeId: string,
	options: CitizenFilter & { limit?: number; offset?: number } = {}
): Promise<CitizenRecord[]> {
	return (await searchCitizens(db, communeId, options)).people;
}

export function countCitizens(
	db: LocalDatabase,
	communeId: string,
	filter: CitizenFilter = {}
): Promise<number> {
	return db.transaction('r', db.citizens, db.hamlets, async () => {
		if (filter.hamletId && (await mergedInto(db, communeId, filter.hamletId)).length)
			return (await searchCitizens(db, communeId, { ...filter, limit: 0 })).total;
		const ids = await matchingIds(db, communeId, filter.query);
		if (!ids) return rangeOf(db, communeId, filter.hamletId).count();
		if (!filter.hamletId) return ids.size;
		return (await rangeOf(db, communeId, filter.hamletId).primaryKeys()).filter((id) => ids.has(id))
			.length;
	});
}

/**
 * Citizens who may be the person being entered: same name (accents and spacing aside), birth
 * year and hamlet. The form warns and lets the officer decide; it does not refuse.
 */
export async function findPossibleDuplicates(
	db: LocalDatabase,
	input: Pick<CitizenInput, '_id' | 'fullName' | 'hamletId' | 'birthYear'>
): Promise<CitizenRecord[]> {
	const year = Number(input.birthYear);
	if (!input.fullName?.trim() || !input.hamletId || !Number.isInteger(year)) return [];
	const found = await db.citizens
		.where('dupKey')
		.equals(duplicateKey(input.fullName, year, input.hamletId))
		.toArray();
	return found.filter((c) => c._id !== input._id);
}

/** The household labels already used in a hamlet, for a pick list (so one family is not typed three ways). */
export async function householdsOf(db: LocalDatabase, hamletId: string): Promise<string[]> {
	const keys = await db.citizens
		.where('[hamletId+household]')
		.between([hamletId, Dexie.minKey], [hamletId, Dexie.maxKey])
		.uniqueKeys();
	return keys.map((k) => String((k as unknown[])[1])).sort((a, b) => a.localeCompare(b, 'vi'));
}
