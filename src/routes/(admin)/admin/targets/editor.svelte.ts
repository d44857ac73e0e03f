import { failureText } from '$lib/admin/errors';
import { loadUnits } from '$lib/admin/org';
import { deleteTarget, loadTargets, saveTarget } from '$lib/admin/targets';
import { w } from '$lib/admin/words';
import { adminIssueText } from '$lib/domain/admin-messages';
import { listCriteriaSets } from '$lib/admin/criteria';
import {
	ALL_GROUPS,
	parsePercentage,
	targetChange,
	targetDoc,
	targetRows,
	targetYears,
	type TargetRow
} from '$lib/domain/admin-targets';
import { defaultCriteriaSet } from '$lib/domain/criteria-default';
import type { CriteriaSet } from '$lib/domain/criteria-set.schema';
import { formatNumber, groupName } from '$lib/domain/messages';
import type { OrgUnit, Target } from '$lib/domain/org-unit.schema';
import { validateDocument } from '$lib/domain/schemas';
import { isFailure } from '$lib/net/failure';
import { language } from '$lib/state/language.svelte';

// The targets page's state machine, apart from its table: every province, former district and
// commune with its own target for a year (a box to type in; empty = none) and the target that
// applies, with where it comes from. Saving one row asks first, in words, with the units below
// that follow it; the server checks the same schema and journals the change. Clearing deletes the
// unit's own target: its parent's applies.

/** The calls to the server (the administration's modules; a spec passes its own). */
export interface TargetsApi {
	loadUnits: () => Promise<OrgUnit[]>;
	loadTargets: () => Promise<Target[]>;
	saveTarget: (target: Target) => Promise<unknown>;
	deleteTarget: (target: Pick<Target, '_id' | '_rev'>) => Promise<unknown>;
	/** The published criteria sets, newest first: their citizen groups are the groups a target may name. */
	listCriteriaSets?: () => Promise<CriteriaSet[]>;
}

const serverApi: TargetsApi = {
	loadUnits,
	loadTargets,
	saveTarget,
	deleteTarget,
	listCriteriaSets
};

const percent = (n: number) => formatNumber(n, language.current);

export class TargetsEditor {
	units = $state.raw<OrgUnit[] | null>(null);
	targets = $state.raw<Target[]>([]);
	problem = $state('');
	/** The year the page opens on (a spec may fix it). */
	thisYear = new Date().getFullYear();
	year = $state(this.thisYear);
	/** The citizen group the table shows: every group, or one (677/QĐ-TTg sets 60 % and 40 %). */
	group = $state(ALL_GROUPS);
	/** The groups of the newest published criteria set (the built-in set's until it is read). */
	criteria = $state.raw<CriteriaSet>(defaultCriteriaSet);
	/** What is typed in each row's box, by unit id. */
	typed = $state<Record<string, string>>({});
	/** A row's problem in words, by unit id. */
	issues = $state<Record<string, string>>({});
	/** The change waiting for the confirmation. */
	pending = $state.raw<{ row: TargetRow; percentage: number | null } | null>(null);
	/** What happened to the last row saved, shown under it. */
	done = $state.raw<{ id: string; text: string; ok: boolean } | null>(null);
	busy = $state(false);

	readonly rows = $derived(
		this.units ? targetRows(this.units, this.targets, this.year, this.group) : []
	);
	readonly groups = $derived([ALL_GROUPS, ...this.criteria.groups.map((g) => g.id)]);
	readonly years = $derived(targetYears(this.targets, this.thisYear));

	/** What the boxes were last filled with, to tell a box the administrator edited from one left alone. */
	#filled: Record<string, string> = {};
	#api: TargetsApi;

	constructor(api: TargetsApi = serverApi, thisYear?: number) {
		this.#api = api;
		if (thisYear) this.year = this.thisYear = thisYear;
	}

	/** Units and targets from the server; a failure is the page's problem in words. */
	start(): Promise<void> {
		this.#api.listCriteriaSets?.().then(
			(sets) => (this.criteria = sets[0] ?? this.criteria),
			() => {}
		);
		return this.load().catch((e) => void (this.problem = failureText(e)));
	}

	groupLabel(id: string): string {
		return id === ALL_GROUPS
			? w('targets.groupAll')
			: groupName(this.criteria, id, language.current);
	}

	/** The unit's name, with the group when one is shown: every sentence says whose target it is. */
	unitLabel(row: TargetRow): string {
		return this.group === ALL_GROUPS
			? row.unit.name
			: w('targets.nameForGroup', { name: row.unit.name, group: this.groupLabel(this.group) });
	}

	async load(only?: string): Promise<void> {
		const [u, t] = await Promise.all([this.#api.loadUnits(), this.#api.loadTargets()]);
		this.units = u;
		this.targets = t;
		this.#fillBoxes(only);
	}

	/** Another year chosen: every box shows that year's stored target. */
	changeYear(): void {
		this.pending = null;
		this.done = null;
		this.#fillBoxes();
	}

	nameOf(id: string): string {
		return this.units?.find((u) => u.id === id)?.name ?? id;
	}

	/** The target that applies to a row, and where it comes from. */
	sourceText(row: TargetRow): string {
		const p = percent(row.applied);
		if (row.fromAllGroups)
			return w(row.source.kind === 'own' ? 'targets.fromOwnAll' : 'targets.fromUnitAll', {
				percent: p,
				name: row.source.kind === 'ancestor' ? this.nameOf(row.source.unitId) : ''
			});
		if (row.source.kind === 'own') return w('targets.fromOwn', { percent: p });
		if (row.source.kind === 'ancestor')
			return w('targets.fromUnit', { percent: p, name: this.nameOf(row.source.unitId) });
		return w('targets.fromDefault', { percent: p });
	}

	/** The row's box checked as the server will (the shared schema), then the confirmation; the id of a box to fix, if any. */
	ask(row: TargetRow, clear = false): string | null {
		const id = row.unit.id;
		this.done = null;
		const { [id]: _, ...others } = this.issues;
		void _;
		this.issues = others;
		const parsed = clear
			? ({ ok: true, value: null } as const)
			: parsePercentage(this.typed[id] ?? '');
		if (!parsed.ok) {
			this.issues = { ...this.issues, [id]: w('targets.problem.format') };
			return id;
		}
		if (parsed.value === (row.own?.percentage ?? null)) {
			this.done = { id, text: w('targets.unchanged', { name: row.unit.name }), ok: true };
			return null;
		}
		if (parsed.value !== null) {
			const valid = validateDocument(targetDoc(id, this.year, parsed.value, row.own, this.group));
			if (!valid.ok) {
				this.issues = {
					...this.issues,
					[id]: valid.issues.map((i) => adminIssueText(i, language.current)).join(' ')
				};
				return id;
			}
		}
		this.pending = { row, percentage: parsed.value };
		return null;
	}

	/** The confirmation in words: before, after, and the units below that follow. */
	readonly confirmText = $derived.by(() => {
		if (!this.pending || !this.units) return '';
		const { row, percentage } = this.pending;
		const change = targetChange(
			this.units,
			this.targets,
			this.year,
			row.unit.id,
			percentage,
			this.group
		);
		const base = { name: this.unitLabel(row), id: row.unit.id, year: this.year };
		const first =
			percentage === null
				? w('targets.confirmClear', {
						...base,
						before: percent(row.own!.percentage),
						after: this.sourceText(change.after)
					})
				: row.own
					? w('targets.confirmChange', {
							...base,
							before: percent(row.own.percentage),
							percent: percent(percentage)
						})
					: w('targets.confirmSet', {
							...base,
							percent: percent(percentage),
							before: this.sourceText(change.before)
						});
		const followers = change.followers;
		if (!followers.length) return first;
		const shown =
			followers
				.slice(0, 5)
				.map((r) => r.unit.name)
				.join(', ') + (followers.length > 5 ? ', …' : '');
		return `${first} ${w('targets.confirmFollowers', { n: followers.length, percent: percent(change.after.applied), names: shown })}`;
	});

	/** The confirmed change to the server; returns the row whose outcome is shown. */
	async save(): Promise<string | null> {
		if (!this.pending || !this.units) return null;
		const { row, percentage } = this.pending;
		const id = row.unit.id;
		this.busy = true;
		try {
			if (percentage === null) await this.#api.deleteTarget(row.own!);
			else await this.#api.saveTarget(targetDoc(id, this.year, percentage, row.own, this.group));
			await this.load(id);
			const now = this.rows.find((r) => r.unit.id === id);
			this.done = {
				id,
				ok: true,
				text:
					percentage === null
						? w('targets.cleared', {
								name: this.unitLabel(row),
								year: this.year,
								after: now ? this.sourceText(now) : ''
							})
						: w('targets.saved', {
								name: this.unitLabel(row),
								year: this.year,
								percent: percent(percentage)
							})
			};
		} catch (e) {
			if (isFailure(e, 'conflict')) {
				await this.load(id).catch(() => {});
				this.done = { id, ok: false, text: w('targets.conflict', { name: row.unit.name }) };
			} else {
				this.done = { id, ok: false, text: failureText(e) };
				if (isFailure(e) && e.issues.length)
					this.issues = {
						...this.issues,
						[id]: e.issues.map((i) => adminIssueText(i, language.current)).join(' ')
					};
			}
		} finally {
			this.busy = false;
			this.pending = null;
		}
		return id;
	}

	/**
	 * The boxes as stored. After a save (`keepEditedExcept`: the row saved), a box edited but not
	 * yet saved in another row keeps what was typed; every other box shows what is stored now.
	 */
	#fillBoxes(keepEditedExcept?: string): void {
		const stored = Object.fromEntries(
			this.rows.map((r) => [r.unit.id, r.own ? percent(r.own.percentage) : ''])
		);
		const edited = (id: string) =>
			keepEditedExcept !== undefined &&
			id !== keepEditedExcept &&
			this.typed[id] !== undefined &&
			this.typed[id] !== this.#filled[id];
		this.typed = Object.fromEntries(
			Object.entries(stored).map(([id, text]) => [id, edited(id) ? this.typed[id] : text])
		);
		this.issues = Object.fromEntries(Object.entries(this.issues).filter(([id]) => edited(id)));
		this.#filled = stored;
	}
}
