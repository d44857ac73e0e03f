import { failureText } from '$lib/admin/errors';
import { loadUnits } from '$lib/admin/org';
import { scopeChoices } from '$lib/admin/tree';
import { getAccount, roleOf, rolesFor, saveAccount, scopeOf, type Account } from '$lib/admin/users';
import { w } from '$lib/admin/words';
import { ACCOUNT_NAME_PATTERN, accountDocId, MIN_PASSWORD_LENGTH } from '$lib/domain/admin-account';
import type { OrgUnit } from '$lib/domain/org-unit.schema';
import { scopesOf, type AppRole } from '$lib/domain/scope';
import { isFailure } from '$lib/net/failure';

// The account page's state machine, apart from its form: create an account (officer: one commune;
// reviewer: any unit; administrator), or change one: name, role and unit, a new password (ends the
// person's sessions), disable or enable. Each change is confirmed in words; the server journals it.

export type Change = 'save' | 'reset' | 'disable';

export interface UserEditorContext {
	/** The administrator at the screen (an account cannot take its own rights away). */
	me: () => string | undefined;
	/** A new account was created: the page moves to its address. */
	created: (name: string) => Promise<void>;
	api?: {
		loadUnits: () => Promise<OrgUnit[]>;
		getAccount: (name: string) => Promise<Account>;
		saveAccount: (account: Account, currentPassword?: string) => Promise<unknown>;
	};
}

export class UserEditor {
	units = $state.raw<OrgUnit[]>([]);
	account = $state.raw<Account | null>(null);
	loaded = $state(false);
	missing = $state(false);
	problem = $state('');
	done = $state('');
	busy = $state(false);

	name = $state('');
	fullName = $state('');
	role = $state<AppRole>('officer');
	scope = $state('');
	password = $state('');
	newPassword = $state('');
	/** One's own password is changed only with the current one (checked by the server, never stored). */
	currentPassword = $state('');
	fieldProblems = $state<Record<string, string>>({});
	confirming = $state<Change | null>(null);

	readonly isNew = $derived(!this.account);
	readonly choices = $derived(
		scopeChoices(this.units, this.role === 'officer' ? 'commune' : 'any')
	);
	readonly originalScopes = $derived(this.account ? scopesOf(this.account.roles) : []);

	#ctx: UserEditorContext;
	#api: NonNullable<UserEditorContext['api']>;

	constructor(ctx: UserEditorContext) {
		this.#ctx = ctx;
		this.#api = ctx.api ?? { loadUnits, getAccount, saveAccount };
	}

	/** The units to choose from and the account (none: a new one). */
	async load(wanted: string | null): Promise<void> {
		this.loaded = false;
		try {
			const [u, a] = await Promise.all([
				this.#api.loadUnits(),
				wanted ? this.#api.getAccount(wanted) : Promise.resolve(null)
			]);
			this.units = u;
			this.#show(a);
		} catch (e) {
			this.missing = isFailure(e) && e.status === 404;
			if (!this.missing) this.problem = failureText(e);
		}
		this.loaded = true;
	}

	get isSelf(): boolean {
		return !!this.account && this.account.name === this.#ctx.me();
	}

	unitName(id: string): string {
		return id ? (this.units.find((u) => u.id === id)?.name ?? id) : w('common.none');
	}

	/** Another role: a unit it cannot work in is cleared. */
	pickRole(role: AppRole): void {
		this.role = role;
		if (
			!scopeChoices(this.units, role === 'officer' ? 'commune' : 'any').some(
				(c) => c.unit.id === this.scope
			)
		)
			this.scope = '';
	}

	/** Checked, then asked in words; the field to fix first, if any. */
	ask(kind: Change): string | null {
		this.done = '';
		this.problem = '';
		const fix = kind === 'disable' ? null : this.#validate(kind);
		if (!fix) this.confirming = kind;
		return fix;
	}

	readonly confirmText = $derived.by(() => {
		const who = this.account?.name ?? this.name.trim();
		if (this.confirming === 'reset') return w('user.confirmReset', { name: who });
		if (this.confirming === 'disable')
			return w(this.account?.disabled ? 'user.confirmEnable' : 'user.confirmDisable', {
				name: who
			});
		return w(this.isNew ? 'user.confirmCreate' : 'user.confirmSave', {
			name: who,
			role: w(`role.${this.role}`),
			scope: this.unitName(this.scope)
		});
	});

	/** The confirmed change to the server. */
	async run(): Promise<void> {
		const kind = this.confirming;
		if (!kind) return;
		const creating = this.isNew;
		this.busy = true;
		const who = this.account?.name ?? this.name.trim();
		const next = this.#changed(kind, who);
		try {
			await this.#api.saveAccount(
				next,
				kind === 'reset' && this.isSelf ? this.currentPassword : undefined
			);
			this.confirming = null;
			if (creating) await this.#ctx.created(who);
			else this.#show(await this.#api.getAccount(who));
			this.done =
				kind === 'reset'
					? w('user.resetDone', { name: who })
					: kind === 'disable'
						? w(next.disabled ? 'user.disabledNow' : 'user.enabledNow', { name: who })
						: w(creating ? 'user.created' : 'user.saved', { name: who });
		} catch (e) {
			this.confirming = null;
			if (creating && isFailure(e, 'conflict'))
				this.fieldProblems = { name: w('user.problem.nameTaken') };
			else this.problem = failureText(e);
		} finally {
			this.busy = false;
		}
	}

	/** The account document the change writes. */
	#changed(kind: Change, who: string): Account {
		const base: Account = this.account ?? {
			_id: accountDocId(who),
			type: 'user',
			name: who,
			roles: []
		};
		if (kind === 'reset') return { ...base, password: this.newPassword };
		if (kind === 'disable') return { ...base, disabled: !base.disabled };
		const { fullName: _f, ...rest } = base;
		void _f;
		return {
			...rest,
			roles: this.#roles(),
			...(this.fullName.trim() ? { fullName: this.fullName.trim() } : {}),
			...(this.isNew ? { password: this.password } : {})
		};
	}

	/** The roles to store: unchanged role and unit keep every scope the account had. */
	#roles(): string[] {
		const a = this.account;
		if (a && roleOf(a.roles) === this.role && scopeOf(a.roles) === this.scope) return a.roles;
		return rolesFor(this.role, this.scope);
	}

	#validate(kind: 'save' | 'reset'): string | null {
		const found: Record<string, string> = {};
		if (kind === 'save') {
			if (this.isNew && !ACCOUNT_NAME_PATTERN.test(this.name.trim()))
				found.name = w('user.problem.name');
			if (this.isNew && this.password.length < MIN_PASSWORD_LENGTH)
				found.password = w('user.problem.password');
			if (this.role !== 'admin' && !this.scope) found.scope = w('user.problem.scope');
		} else {
			if (this.isSelf && !this.currentPassword)
				found.currentPassword = w('user.problem.currentPassword');
			if (this.newPassword.length < MIN_PASSWORD_LENGTH)
				found.newPassword = w('user.problem.password');
		}
		this.fieldProblems = found;
		const first = Object.keys(found)[0];
		return first ? `f-${first}` : null;
	}

	#show(a: Account | null): void {
		this.account = a;
		this.missing = false;
		this.name = a?.name ?? '';
		this.fullName = a?.fullName ?? '';
		this.role = (a && roleOf(a.roles)) || 'officer';
		this.scope = a ? scopeOf(a.roles) : '';
		this.password = '';
		this.newPassword = '';
		this.currentPassword = '';
	}
}
