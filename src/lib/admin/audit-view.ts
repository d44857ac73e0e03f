import type { AuditChange, AuditEntry } from '$lib/domain/audit.schema';
import { fieldLabel, formatNumber, type Lang } from '$lib/domain/messages';
import { orgUnitLevels } from '$lib/domain/org-unit.schema';
import { wordIn, type AdminWord } from './words';

// A journal entry in words: "quantri — Sửa Đơn vị: Xã Tân Phú", then one line per changed field
// ("Thuộc đơn vị: D01 → P01"). Field names are the form's own where it has them.

const OWN_FIELDS: Record<string, AdminWord> = {
	roles: 'field.roles',
	disabled: 'field.disabled',
	password: 'field.password',
	retired: 'field.retired',
	effectiveFrom: 'field.effectiveFrom',
	publishedAt: 'field.publishedAt',
	publishedBy: 'field.publishedBy',
	verified: 'field.verified',
	groups: 'field.groups',
	criteria: 'field.criteria',
	indicators: 'field.indicators',
	'members.roles': 'field.members.roles',
	'members.names': 'field.members.names',
	'admins.roles': 'field.admins.roles',
	'admins.names': 'field.admins.names'
};

export function auditFieldName(field: string, lang: Lang): string {
	const year = /^population\.(\d{4})$/.exec(field);
	if (year) return wordIn(lang, 'field.population', { year: year[1] });
	if (Object.hasOwn(OWN_FIELDS, field)) return wordIn(lang, OWN_FIELDS[field]);
	return fieldLabel(field, lang) || field;
}

function valueText(field: string, value: string | undefined, lang: Lang): string {
	if (value === undefined || value === '') return wordIn(lang, 'audit.empty');
	if (value === 'true' || value === 'false')
		return wordIn(lang, value === 'true' ? 'common.yes' : 'common.no');
	if (field === 'level' && (orgUnitLevels as readonly string[]).includes(value))
		return wordIn(lang, `level.${value}` as AdminWord);
	if (field === 'percentage' && Number.isFinite(Number(value)))
		return `${formatNumber(Number(value), lang)} %`;
	if (field === 'group' && value === 'all') return wordIn(lang, 'targets.groupAll');
	return value;
}

export function auditChangeText(change: AuditChange, lang: Lang): string {
	// Only the fact of a new password is ever recorded.
	if (change.field === 'password') return wordIn(lang, 'audit.passwordSet');
	const field = auditFieldName(change.field, lang);
	return wordIn(lang, 'audit.changeLabel', {
		field,
		before: valueText(change.field, change.before, lang),
		after: valueText(change.field, change.after, lang)
	});
}

/**
 * The headline of an entry. `names` (unit id → name) lets a target's headline name its unit:
 * "quantri — Đặt chỉ tiêu 70 % cho Xã An Bình (C01), năm 2026"; without it the code stands alone.
 */
export function auditHeadline(
	entry: AuditEntry,
	lang: Lang,
	names?: ReadonlyMap<string, string>
): string {
	if (entry.kind === 'target') {
		const text = targetHeadline(entry, lang, names);
		if (text) return text;
	}
	return wordIn(lang, 'audit.headline', {
		who: entry.by,
		action: wordIn(lang, `audit.action.${entry.action}`),
		kind: wordIn(lang, `audit.kind.${entry.kind}`).toLocaleLowerCase(lang),
		what: entry.label ? `${entry.label} (${entry.target})` : entry.target
	});
}

/** A target's change in one sentence, from its id (`target:<unit>:<year>:<group>`) and its percentage's before and after. */
function targetHeadline(
	entry: AuditEntry,
	lang: Lang,
	names?: ReadonlyMap<string, string>
): string | null {
	const parts = /^target:([^:]+):(\d{4}):(.+)$/.exec(entry.target);
	const change = entry.changes.find((c) => c.field === 'percentage');
	if (!parts) return null;
	const [, id, year, group] = parts;
	const percent = (v: string | undefined) =>
		v !== undefined && Number.isFinite(Number(v)) ? formatNumber(Number(v), lang) : null;
	const before = percent(change?.before);
	const after = percent(change?.after);
	const name = names?.get(id);
	const unitText = name ? `${name} (${id})` : id;
	const unit =
		group === 'all' ? unitText : wordIn(lang, 'audit.target.group', { unit: unitText, group });
	const params = { who: entry.by, unit, year };
	if (entry.action === 'create' && after)
		return wordIn(lang, 'audit.target.create', { ...params, percent: after });
	if (entry.action === 'update' && before && after)
		return wordIn(lang, 'audit.target.update', { ...params, before, percent: after });
	if (entry.action === 'delete' && before)
		return wordIn(lang, 'audit.target.delete', { ...params, before });
	return null;
}
