import { orgUnitDocId } from '$lib/domain/ids';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import { scopesOf } from '$lib/domain/scope';

// A new commune is usable at once only with its hamlets (officers pick a hamlet for every citizen),
// an officer account, and the number of its people aged 16+ (the report's denominator). This module
// reads a pasted list of hamlets and says, for the administrator's home, which communes lack what.

/** The unit's own word, taken from the front of its name ("Ấp Hòa Thạnh" → "Ấp"). */
const KINDS = [
	'Tổ dân phố',
	'Khu phố',
	'Khóm',
	'Thôn',
	'Ấp',
	'Bản',
	'Buôn',
	'Làng',
	'Xóm',
	'Tổ',
	'Khu',
	'Sóc',
	'Plei'
];

export function kindOf(name: string): string | undefined {
	return KINDS.find((k) =>
		name.toLocaleLowerCase('vi').startsWith(k.toLocaleLowerCase('vi') + ' ')
	);
}

/**
 * Hamlet names as pasted (one a line, or from a spreadsheet column): numbering, bullets and
 * blank lines dropped, spaces tidied, the same name once.
 */
export function hamletNames(text: string): string[] {
	const seen = new Set<string>();
	const names: string[] = [];
	for (const line of text.split(/\r?\n|;/)) {
		const name = line
			.replace(/^\s*(?:[-•*–]|\d{1,3}[.)])\s*/, '')
			.replace(/\s+/g, ' ')
			.trim();
		const key = name.toLocaleLowerCase('vi');
		if (!name || seen.has(key)) continue;
		seen.add(key);
		names.push(name);
	}
	return names;
}

/** The hamlet documents for a commune: ids <commune>-H01, -H02… after the ones it already has. */
export function hamletUnits(
	communeId: string,
	names: readonly string[],
	existing: readonly Pick<OrgUnit, 'id'>[] = []
): OrgUnit[] {
	const taken = new Set(existing.map((u) => u.id));
	const out: OrgUnit[] = [];
	let i = 1;
	for (const name of names) {
		let id: string;
		do id = `${communeId}-H${String(i++).padStart(2, '0')}`;
		while (taken.has(id));
		const kindLabel = kindOf(name);
		out.push({
			_id: orgUnitDocId(id),
			type: 'orgUnit',
			id,
			name,
			level: 'hamlet',
			parentId: communeId,
			...(kindLabel ? { kindLabel } : {})
		});
	}
	return out;
}

export type Missing = 'hamlets' | 'officers' | 'population';

export interface CommuneGap {
	commune: OrgUnit;
	missing: Missing[];
}

/** Communes in use (not retired) that lack hamlets, an officer account or this year's population figure. */
export function communeGaps(
	units: readonly OrgUnit[],
	accounts: readonly { roles: string[]; disabled?: boolean }[],
	year: number
): CommuneGap[] {
	const withHamlets = new Set(
		units.filter((u) => u.level === 'hamlet' && !u.retired).map((u) => u.parentId)
	);
	const withOfficers = new Set(
		accounts
			.filter((a) => !a.disabled && a.roles.includes('officer'))
			.flatMap((a) => scopesOf(a.roles))
	);
	return units
		.filter((u) => u.level === 'commune' && !u.retired)
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((commune) => ({
			commune,
			missing: [
				...(withHamlets.has(commune.id) ? [] : ['hamlets' as const]),
				...(withOfficers.has(commune.id) ? [] : ['officers' as const]),
				...(commune.population?.[String(year)] !== undefined ? [] : ['population' as const])
			]
		}))
		.filter((g) => g.missing.length > 0);
}
