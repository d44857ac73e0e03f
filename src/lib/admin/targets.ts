import { CONFIG_DB } from '$lib/domain/ids';
import type { Target } from '$lib/domain/org-unit.schema';
import { couch } from '$lib/net/site';
import { jsonParam } from '$lib/net/view-query';

// Targets in `cdht-config`, straight from the server. Set: `PUT /cdht-config/target:…` (the
// journalled `config.put` row); cleared: `DELETE /cdht-config/target:…?rev=…` (the journalled,
// administrators-only `doc.delete` row), so the parent's target applies again and tablets drop
// the document at their next pull.

const path = (id: string) => `/${CONFIG_DB}/${encodeURIComponent(id)}`;

/** Every target, every year and group (a province: a few hundred documents at most). */
export async function loadTargets(): Promise<Target[]> {
	const range = `startkey=${jsonParam('target:')}&endkey=${jsonParam('target:\ufff0')}`;
	const res = await couch.get<{ rows: { doc?: Target }[] }>(
		`/${CONFIG_DB}/_all_docs?include_docs=true&${range}`
	);
	return res.rows.flatMap((r) => (r.doc?.type === 'target' ? [r.doc] : []));
}

/** Writes a target (new, or over the revision it was read at). */
export async function saveTarget(target: Target): Promise<string> {
	return (await couch.put<{ rev: string }>(path(target._id), target)).rev;
}

/** Removes a unit's own target, at the revision it was read at. */
export async function deleteTarget(target: Pick<Target, '_id' | '_rev'>): Promise<void> {
	await couch.delete(`${path(target._id)}?rev=${encodeURIComponent(target._rev ?? '')}`);
}
