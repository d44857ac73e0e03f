import { childLevels, parentChoices } from '$lib/admin/tree';
import { orgUnitDocId } from '$lib/domain/ids';
import type { OrgUnit, OrgUnitLevel } from '$lib/domain/org-unit.schema';

/** The unit form's fields as typed (numbers stay text until saved, so an empty box is "no figure"). */
export interface UnitForm {
	id: string;
	name: string;
	level: OrgUnitLevel;
	parentId: string | null;
	kindLabel: string;
	retired: boolean;
	/** A retired commune's successor ('' = none chosen). */
	successorId: string;
	/** A province's public summary switched on. */
	publicSummary: boolean;
	population: Record<string, number | string | null | undefined>;
}

export function unitForm(
	unit: OrgUnit | null,
	parentId: string | null,
	units: readonly OrgUnit[]
): UnitForm {
	if (unit)
		return {
			id: unit.id,
			name: unit.name,
			level: unit.level,
			parentId: unit.parentId,
			kindLabel: unit.kindLabel ?? '',
			retired: unit.retired === true,
			successorId: unit.successorId ?? '',
			publicSummary: unit.publicSummary === true,
			population: { ...(unit.population ?? {}) }
		};
	const parent = units.find((u) => u.id === parentId) ?? null;
	const level = childLevels(parent).includes('commune')
		? 'commune'
		: (childLevels(parent)[0] ?? 'province');
	return {
		id: '',
		name: '',
		level,
		parentId:
			parent?.id ??
			(level === 'province' ? null : (parentChoices(units, level, null)[0]?.id ?? null)),
		kindLabel: '',
		retired: false,
		successorId: '',
		publicSummary: false,
		population: {}
	};
}

/**
 * The document to write: what the form says over the stored version (fields the form does not
 * show are kept). A population box that is not a whole number ≥ 0 is reported through `bad`.
 */
export function unitFromForm(
	form: UnitForm,
	original: OrgUnit | null,
	bad: (path: string) => void
): OrgUnit {
	const population: Record<string, number> = {};
	for (const [year, raw] of Object.entries(form.population)) {
		if (raw === '' || raw === null || raw === undefined) continue;
		const n = Number(raw);
		if (!Number.isInteger(n) || n < 0) bad(`population.${year}`);
		else population[year] = n;
	}
	const id = form.id.trim();
	const {
		population: _p,
		kindLabel: _k,
		retired: _r,
		successorId: _s,
		publicSummary: _ps,
		...kept
	} = original ?? ({} as Partial<OrgUnit>);
	return {
		...kept,
		_id: orgUnitDocId(id),
		type: 'orgUnit',
		id,
		name: form.name.trim(),
		level: form.level,
		parentId: form.parentId,
		...(form.kindLabel.trim() ? { kindLabel: form.kindLabel.trim() } : {}),
		...(form.retired ? { retired: true } : {}),
		// Only a retired commune has a successor; only a province publishes a summary.
		...(form.retired && form.level === 'commune' && form.successorId
			? { successorId: form.successorId }
			: {}),
		...(form.level === 'province' && form.publicSummary ? { publicSummary: true } : {}),
		...(Object.keys(population).length ? { population } : {})
	};
}
