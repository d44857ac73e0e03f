import { communeDbName, orgUnitDocId } from '$lib/domain/ids';
import type { Hamlet } from '$lib/domain/hamlet.schema';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import { couch } from '$lib/net/site';
import { jsonParam } from '$lib/net/view-query';
import { kindOf } from './commune-setup';
import { saveUnit } from './org';

// Hamlets officers added in the field (hamlet.schema.ts), as the administrator settles them: made
// a hamlet of the tree under the same id (with the name she chooses), or merged into an existing
// hamlet. Either way the proposal records where it went (`mappedTo`), so the commune's citizens
// keep their hamletId and every tablet shows the settled name.

/** A commune's proposals, straight from its database. */
export async function loadProposals(communeId: string): Promise<Hamlet[]> {
	const range = `startkey=${jsonParam(`hamlet:${communeId}:`)}&endkey=${jsonParam(`hamlet:${communeId}:\ufff0`)}`;
	const res = await couch.get<{ rows: { doc?: Hamlet }[] }>(
		`/${communeDbName(communeId)}/_all_docs?include_docs=true&${range}`
	);
	return res.rows.flatMap((r) => (r.doc?.type === 'hamlet' ? [r.doc] : []));
}

/** The hamlet of the tree a proposal becomes, named as the administrator chooses. */
export function acceptedUnit(p: Hamlet, name: string): OrgUnit {
	const clean = name.replace(/\s+/g, ' ').trim();
	const kindLabel = kindOf(clean);
	return {
		_id: orgUnitDocId(p.id),
		type: 'orgUnit',
		id: p.id,
		name: clean,
		level: 'hamlet',
		parentId: p.communeId,
		...(kindLabel ? { kindLabel } : {})
	};
}

async function settle(p: Hamlet, change: Partial<Hamlet>): Promise<void> {
	await couch.put(`/${communeDbName(p.communeId)}/${encodeURIComponent(p._id)}`, {
		...p,
		...change
	});
}

/** Accept (and maybe rename) a proposal: a hamlet of the tree with its id, then the proposal marked settled. */
export async function acceptProposal(p: Hamlet, name: string): Promise<void> {
	const unit = acceptedUnit(p, name);
	await saveUnit(unit);
	await settle(p, { name: unit.name, mappedTo: p.id });
}

/** Merge a proposal into an existing hamlet of the commune. */
export async function mergeProposal(p: Hamlet, hamletId: string): Promise<void> {
	await settle(p, { mappedTo: hamletId });
}
