import { orgUnitDocId, targetDocId } from './ids';
import type { OrgUnit, OrgUnitLevel, Target } from './org-unit.schema';
import type { FieldIssue } from './schemas';
import { orgIndex, type OrgUnitLike } from './scope';
import { rules } from '../i18n/catalog/rules';
import { textIn } from '../i18n/format';

// Rules of the organisation tree that a schema cannot see, for an administrator's change of org
// units. The 2025 reform merged and moved units, so a commune may move under another parent; its
// id, its level and therefore its database never change, and its assessments stay with it. Pure:
// the gateway enforces it, the admin screens check it before sending.

/** Which levels a unit of each level may sit under (null: the top of the tree). */
export const PARENT_LEVELS: Record<OrgUnitLevel, readonly (OrgUnitLevel | null)[]> = {
	province: [null],
	district: ['province'],
	commune: ['province', 'district'],
	hamlet: ['commune']
};

export type OrgIssueKey =
	| 'org.idMismatch'
	| 'org.levelFixed'
	| 'org.parentMissing'
	| 'org.parentLevel'
	| 'org.hamletMove'
	| 'org.noDelete'
	| 'org.targetId'
	| 'org.targetUnit'
	| 'org.targetLevel'
	| 'org.successorNotRetired'
	| 'org.successorMissing'
	| 'org.publicNotProvince';

/**
 * What is wrong with writing `unit` over `previous` (null: a new unit), in a tree that already
 * holds `units` (the other units written with it included, so a district and its communes can be
 * added in one go). Message keys are `org.*`, worded by `orgIssueText`.
 */
export function orgUnitIssues(
	units: readonly OrgUnitLike[],
	unit: OrgUnit,
	previous: OrgUnit | null
): FieldIssue[] {
	const issue = (path: string, message: OrgIssueKey): FieldIssue[] => [{ path, message }];
	if (unit._id !== orgUnitDocId(unit.id)) return issue('id', 'org.idMismatch');
	if (previous && previous.level !== unit.level) return issue('level', 'org.levelFixed');
	// A hamlet's citizens are recorded in its commune's database: it stays in that commune.
	if (previous && unit.level === 'hamlet' && previous.parentId !== unit.parentId)
		return issue('parentId', 'org.hamletMove');

	const tree = orgIndex([...units.filter((u) => u.id !== unit.id), unit]);
	const parent = unit.parentId === null ? null : tree.byId.get(unit.parentId);
	if (unit.parentId !== null && !parent) return issue('parentId', 'org.parentMissing');
	// Each level sits under a strictly higher one, so no move can make a unit its own ancestor.
	if (!PARENT_LEVELS[unit.level].includes(parent?.level ?? null))
		return issue('parentId', 'org.parentLevel');
	// A successor takes over a retired commune's people in reports: only a retired commune has one,
	// and it is another commune still in use (so the counts land on exactly one unit of today).
	if (unit.successorId !== undefined) {
		if (unit.level !== 'commune' || unit.retired !== true)
			return issue('successorId', 'org.successorNotRetired');
		const successor = tree.byId.get(unit.successorId) as
			(OrgUnitLike & { retired?: boolean }) | undefined;
		if (
			!successor ||
			successor.id === unit.id ||
			successor.level !== 'commune' ||
			successor.retired === true
		)
			return issue('successorId', 'org.successorMissing');
	}
	if (unit.publicSummary !== undefined && unit.level !== 'province')
		return issue('publicSummary', 'org.publicNotProvince');
	return [];
}

/**
 * What is wrong with a recognition target in this tree: its id must name its own unit, period and
 * group (one target per unit, year and group: a second document could not contradict the first),
 * and its unit must exist above hamlet level (reports count from communes up).
 */
export function targetIssues(units: readonly OrgUnitLike[], target: Target): FieldIssue[] {
	if (target._id !== targetDocId(target.orgUnitId, target.period, target.group))
		return [{ path: '_id', message: 'org.targetId' }];
	const unit = units.find((u) => u.id === target.orgUnitId);
	if (!unit) return [{ path: 'orgUnitId', message: 'org.targetUnit' }];
	if (unit.level === 'hamlet') return [{ path: 'orgUnitId', message: 'org.targetLevel' }];
	return [];
}

/** Org units are never deleted: a commune's database and its history hang on its id. Retire it instead. */
export const orgUnitDeleteIssue: FieldIssue = { path: '_deleted', message: 'org.noDelete' };

export const isOrgIssueKey = (key: string): key is OrgIssueKey =>
	key.startsWith('org.') && Object.hasOwn(rules, key);

export function orgIssueText(key: OrgIssueKey, lang: 'vi' | 'en'): string {
	return textIn(rules, lang, key);
}
