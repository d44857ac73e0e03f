import { CONFIG_DB, orgUnitDocId } from '$lib/domain/ids';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import { couch } from '$lib/net/site';
import { jsonParam } from '$lib/net/view-query';

/** Every org unit, straight from the server (the tree is small: a province is a few hundred units). */
export async function loadUnits(): Promise<OrgUnit[]> {
	const range = `startkey=${jsonParam(orgUnitDocId(''))}&endkey=${jsonParam(orgUnitDocId('\ufff0'))}`;
	const res = await couch.get<{ rows: { doc?: OrgUnit }[] }>(
		`/${CONFIG_DB}/_all_docs?include_docs=true&${range}`
	);
	return res.rows.flatMap((r) => (r.doc?.type === 'orgUnit' ? [r.doc] : []));
}

/** Writes one unit (new, or over the revision it was read at); the server provisions communes it touches. */
export async function saveUnit(unit: OrgUnit): Promise<string> {
	const res = await couch.put<{ rev: string }>(
		`/${CONFIG_DB}/${encodeURIComponent(unit._id)}`,
		unit
	);
	return res.rev;
}
