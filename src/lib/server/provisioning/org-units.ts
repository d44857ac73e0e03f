import { CONFIG_DB, orgUnitDocId } from '../../domain/ids';
import type { OrgUnit } from '../../domain/org-unit.schema';
import type { StoreClient } from '../store/client';

/** Every org unit in `cdht-config` (the tree is small: ~3,300 communes nation-wide, plus hamlets). */
export async function loadOrgUnits(store: StoreClient): Promise<OrgUnit[]> {
	const start = encodeURIComponent(JSON.stringify(orgUnitDocId('')));
	const end = encodeURIComponent(JSON.stringify(orgUnitDocId('\ufff0')));
	const res = await store.ok<{ rows: { doc?: OrgUnit | null }[] }>(
		'GET',
		`/${CONFIG_DB}/_all_docs?include_docs=true&startkey=${start}&endkey=${end}`
	);
	return res.body.rows.flatMap((row) => (row.doc && row.doc.type === 'orgUnit' ? [row.doc] : []));
}
