import type { CommuneCounts } from './report';
import { addTally, emptyTally } from './report';
import { communesInScope, countedUnder, type OrgIndex, type OrgUnitLike } from './scope';

// The 2025 reform retired communes and gave their people to the commune that took them over. A
// retired commune keeps its database, documents and history; reports count its people under its
// successor (`successorId`, followed to the end of the chain), and so under the successor's
// parents, never also where the retired commune still sits in the tree.

/** Whether a commune's people are counted under another unit today. */
export const takenOver = (byId: ReadonlyMap<string, OrgUnitLike>, communeId: string): boolean =>
	countedUnder(byId, communeId) !== communeId;

/** Every commune whose counts a report over `rootId` needs: those under it and the retired ones they took over. */
export function reportCommunes(index: OrgIndex, rootId: string): string[] {
	const under = communesInScope(index, rootId);
	const wanted = new Set(under);
	const out = new Set(under);
	for (const unit of index.byId.values())
		if (
			unit.level === 'commune' &&
			!out.has(unit.id) &&
			wanted.has(countedUnder(index.byId, unit.id))
		)
			out.add(unit.id);
	return [...out].sort();
}

export interface RolledCounts {
	counts: Map<string, CommuneCounts>;
	/** Successor id → the retired communes whose counts were added to it, sorted. */
	merged: Map<string, string[]>;
}

const copy = (c: CommuneCounts): CommuneCounts => ({
	total: addTally(emptyTally(), c.total),
	byGroup: Object.fromEntries(
		Object.entries(c.byGroup).map(([g, t]) => [g, addTally(emptyTally(), t)])
	),
	byMonth: Object.fromEntries(
		Object.entries(c.byMonth).map(([m, t]) => [m, addTally(emptyTally(), t)])
	)
});

function addInto(into: CommuneCounts, c: CommuneCounts): void {
	addTally(into.total, c.total);
	for (const [g, t] of Object.entries(c.byGroup))
		into.byGroup[g] = addTally(into.byGroup[g] ?? emptyTally(), t);
	for (const [m, t] of Object.entries(c.byMonth))
		into.byMonth[m] = addTally(into.byMonth[m] ?? emptyTally(), t);
}

/**
 * Counts as today's units hold them: each taken-over commune's counts added to its successor's
 * (once) and left out under its own id. `keep`: a unit whose own counts stay (a report asked of a
 * retired commune itself shows its history). The input map is not changed.
 */
export function rollUpCounts(
	byId: ReadonlyMap<string, OrgUnitLike>,
	counts: ReadonlyMap<string, CommuneCounts>,
	keep?: string
): RolledCounts {
	const out = new Map<string, CommuneCounts>();
	const merged = new Map<string, string[]>();
	for (const [id, c] of counts) {
		const to = id === keep ? id : countedUnder(byId, id);
		const into = out.get(to);
		if (into) addInto(into, c);
		else out.set(to, copy(c));
		if (to !== id) merged.set(to, [...(merged.get(to) ?? []), id].sort());
	}
	return { counts: out, merged };
}
