import { proposedHamletId } from '$lib/domain/hamlet.schema';
import { hamletSchema } from '$lib/domain/hamlet.schema';
import { newDocId } from '$lib/domain/ids';
import { searchKey } from '$lib/domain/search-key';
import type { WorkContext } from './citizens';
import type { LocalDatabase } from './db';
import { isQuotaError } from './quota';
import type { HamletRecord, OrgUnitRecord } from './records';

// A hamlet the officer adds in the field, offline, when her commune's list lacks it (or is empty):
// a proposal document synced like a citizen. The picker shows it at once beside the
// administrator's hamlets; citizens name it by its id from the start (hamlet.schema.ts).

export type AddHamletOutcome =
	{ ok: true; id: string } | { ok: false; problem: 'err.required' | 'err.tooLong' | 'err.quota' };

/**
 * The commune's proposals as org units for the picker; one the administrator settled (turned into,
 * or merged into, a hamlet of the tree) is retired: old records still name it.
 */
export async function proposedHamlets(
	db: LocalDatabase,
	communeId: string
): Promise<OrgUnitRecord[]> {
	const proposals = await db.hamlets.where('communeId').equals(communeId).toArray();
	return proposals.map(asUnit);
}

/** Where an administrator mapped a proposal onto a hamlet of the tree: its id → that hamlet's id. */
export async function hamletMappings(
	db: LocalDatabase,
	communeId: string
): Promise<Map<string, string>> {
	const proposals = await db.hamlets.where('communeId').equals(communeId).toArray();
	return new Map(
		proposals.flatMap((h) =>
			h.mappedTo && h.mappedTo !== h.id ? [[h.id, h.mappedTo] as const] : []
		)
	);
}

function asUnit(h: HamletRecord): OrgUnitRecord {
	return {
		_id: h._id,
		type: 'orgUnit',
		id: h.id,
		name: h.name,
		level: 'hamlet',
		parentId: h.communeId,
		...(h.mappedTo ? { retired: true } : {})
	};
}

/**
 * Add a hamlet of the officer's commune. A name already in the list (accents and case aside) is
 * that hamlet, not a second one.
 */
export async function addHamlet(
	db: LocalDatabase,
	name: string,
	ctx: WorkContext,
	existing: readonly { id: string; name: string }[]
): Promise<AddHamletOutcome> {
	const clean = name.replace(/\s+/g, ' ').trim();
	const same = existing.find((h) => searchKey(h.name) === searchKey(clean));
	if (clean && same) return { ok: true, id: same.id };
	const _id = newDocId('hamlet', ctx.communeId);
	const doc = {
		_id,
		type: 'hamlet',
		communeId: ctx.communeId,
		id: proposedHamletId(_id),
		name: clean,
		createdAt: new Date().toISOString(),
		createdBy: ctx.user
	};
	const parsed = hamletSchema.safeParse(doc);
	if (!parsed.success)
		return {
			ok: false,
			problem: parsed.error.issues[0].message === 'err.tooLong' ? 'err.tooLong' : 'err.required'
		};
	try {
		await db.hamlets.add({ ...parsed.data, dirty: 1 });
	} catch (e) {
		if (isQuotaError(e)) return { ok: false, problem: 'err.quota' };
		throw e;
	}
	return { ok: true, id: parsed.data.id };
}
