import { findPossibleDuplicates, getCitizen, saveCitizen } from '$lib/db/citizens';
import type { LocalDatabase } from '$lib/db/db';
import { deleteMeta, getMeta, setMeta } from '$lib/db/meta';
import type { CitizenRecord } from '$lib/db/records';
import { notice } from '$lib/state/notice.svelte';
import {
	emptyForm,
	fieldIssue,
	fieldOrder,
	isBlank,
	type CitizenForm,
	type FieldName
} from './fields';

// The citizen form's state machine, apart from its markup: loading a citizen (or a fresh form)
// with the draft kept from an earlier visit, the draft autosave, the possible-duplicate warning,
// which fields show their problem, and saving. The page binds its inputs to `form` and runs the
// two watchers (`keepDraft`, `checkDuplicates`) in effects.

export interface EditorContext {
	db: () => LocalDatabase;
	user: () => string;
	communeId: () => string;
}

/** Draft writes are grouped while typing; duplicates are looked up once typing pauses. */
const DRAFT_DELAY_MS = 250;
const DUPLICATE_DELAY_MS = 200;

/** Where the page puts the focus after a save: the first field to fix, the duplicate warning, or the saved message. */
export type SaveFocus = `f-${FieldName}` | 'duplicates' | 'saved';

export class CitizenEditor {
	id = $state<string | null>(null);
	base = $state<CitizenForm>(emptyForm());
	form = $state<CitizenForm>(emptyForm());
	loaded = $state(false);
	missing = $state(false);
	restoredDraft = $state(false);
	touched = $state<Partial<Record<FieldName, boolean>>>({});
	serverIssues = $state<Partial<Record<FieldName, string>>>({});
	saved = $state<CitizenRecord | null>(null);
	saving = $state(false);
	duplicates = $state<CitizenRecord[]>([]);
	showDuplicates = $state(false);
	problemCount = $state(0);
	/** Clearing typed input is confirmed in words on the page (no browser dialog). */
	confirmingDiscard = $state(false);

	#ctx: EditorContext;
	#draftTimer: ReturnType<typeof setTimeout> | undefined;
	#draftWrite: (() => Promise<void>) | null = null;

	constructor(ctx: EditorContext) {
		this.#ctx = ctx;
	}

	get draftKey(): string {
		return `draft:citizen:${this.id ?? 'new'}`;
	}
	/** Typed input not saved yet (the update prompt asks before reloading over it). */
	get dirty(): boolean {
		return this.loaded && !this.saved && !isBlank(this.form, this.base);
	}

	/** The citizen (or a fresh form in `hamlet`) and any draft kept from an earlier visit. */
	async load(id: string | null, hamlet: string): Promise<void> {
		this.id = id;
		this.loaded = false;
		this.saved = null;
		const key = this.draftKey;
		let start = emptyForm(hamlet);
		if (id) {
			const c = await getCitizen(this.#ctx.db(), id);
			if (!c) {
				this.missing = true;
				this.loaded = true;
				return;
			}
			start = formOf(c);
		}
		const draft = await getMeta<CitizenForm>(this.#ctx.db(), key);
		this.base = start;
		this.form = draft ? { ...start, ...draft } : { ...start };
		this.restoredDraft = !!draft && !isBlank(this.form, start);
		this.touched = this.restoredDraft
			? Object.fromEntries(fieldOrder.map((f) => [f, this.form[f] !== '']))
			: {};
		this.serverIssues = {};
		this.missing = false;
		this.loaded = true;
	}

	/**
	 * Every change is kept as a draft on the device: a wrong tap or a closed tab loses nothing.
	 * Run in an effect: it reads the whole form, so each change schedules one write.
	 */
	keepDraft(): void {
		if (!this.loaded || this.saved) return;
		const snapshot = { ...this.form };
		const key = this.draftKey;
		const db = this.#ctx.db();
		const blank = isBlank(snapshot, this.base);
		this.#draftWrite = () => (blank ? deleteMeta(db, key) : setMeta(db, key, snapshot));
		clearTimeout(this.#draftTimer);
		this.#draftTimer = setTimeout(() => this.flushDraft(), DRAFT_DELAY_MS);
	}

	/** Write whatever draft is pending now (the page is going). */
	flushDraft(): void {
		clearTimeout(this.#draftTimer);
		const write = this.#draftWrite;
		this.#draftWrite = null;
		if (write) void notice.guard(write);
	}

	/** The possible-duplicate warning follows name, birth year and hamlet as they are typed. Run in an effect; returns its cleanup. */
	checkDuplicates(): (() => void) | undefined {
		const input = {
			_id: this.id ?? undefined,
			fullName: this.form.fullName,
			birthYear: this.form.birthYear.trim(),
			hamletId: this.form.hamletId
		};
		if (!this.loaded || this.saved || !/^\d{4}$/.test(input.birthYear)) {
			this.duplicates = [];
			return;
		}
		let stale = false;
		const timer = setTimeout(async () => {
			const found = await findPossibleDuplicates(this.#ctx.db(), input);
			if (!stale) this.duplicates = found;
		}, DUPLICATE_DELAY_MS);
		return () => {
			stale = true;
			clearTimeout(timer);
		};
	}

	/** The message key a field shows: the server's refusal first, then the field's own rule once touched. */
	issue(name: FieldName): string | null {
		if (this.serverIssues[name]) return this.serverIssues[name] ?? null;
		return this.touched[name] ? fieldIssue(name, this.form) : null;
	}

	touch(name: FieldName): void {
		this.touched[name] = true;
		delete this.serverIssues[name];
	}

	pick(name: 'gender' | 'group', value: string): void {
		this.form[name] = value;
		this.touch(name);
	}

	/** Save, unless a field needs fixing or a possible duplicate was not yet confirmed; says where the focus goes. */
	async save(confirmedNotDuplicate = false): Promise<SaveFocus | null> {
		this.touched = Object.fromEntries(fieldOrder.map((f) => [f, true]));
		const local = fieldOrder.filter((f) => fieldIssue(f, this.form));
		if (local.length) return this.#problems(local);
		if (this.duplicates.length && !confirmedNotDuplicate) {
			this.showDuplicates = true;
			return 'duplicates';
		}
		this.saving = true;
		const db = this.#ctx.db();
		const result = await notice.guard(() =>
			saveCitizen(
				db,
				{ _id: this.id ?? undefined, ...this.form },
				{ user: this.#ctx.user(), communeId: this.#ctx.communeId() }
			)
		);
		this.saving = false;
		if (!result) return null;
		if (!result.ok) {
			const byField: Partial<Record<FieldName, string>> = {};
			for (const i of result.issues) {
				notice.tookProblem(i.message);
				const field = fieldOrder.find((f) => i.path === f || i.path.startsWith(`${f}.`));
				if (field) byField[field] ??= i.message;
			}
			this.serverIssues = byField;
			return this.#problems(Object.keys(byField) as FieldName[]);
		}
		clearTimeout(this.#draftTimer);
		this.#draftWrite = null;
		await notice.guard(() => deleteMeta(db, this.draftKey));
		this.problemCount = 0;
		this.restoredDraft = false;
		this.showDuplicates = false;
		this.saved = result.citizen;
		return 'saved';
	}

	/** Back to the citizen as stored (or a blank form); the draft goes. */
	async discard(): Promise<void> {
		this.confirmingDiscard = false;
		await notice.guard(() => deleteMeta(this.#ctx.db(), this.draftKey));
		this.form = { ...this.base };
		this.touched = {};
		this.serverIssues = {};
		this.restoredDraft = false;
	}

	/** A new citizen in the same hamlet, on this page (after saving a new one). */
	startAnother(hamlet: string): void {
		this.saved = null;
		this.base = emptyForm(hamlet);
		this.form = emptyForm(hamlet);
		this.touched = {};
		this.serverIssues = {};
		this.duplicates = [];
		this.problemCount = 0;
	}

	#problems(fields: FieldName[]): SaveFocus | null {
		this.problemCount = fields.length;
		const first = [...fields].sort((a, b) => fieldOrder.indexOf(a) - fieldOrder.indexOf(b))[0];
		return first ? `f-${first}` : null;
	}
}

/** A stored citizen as the form's strings. */
export function formOf(c: CitizenRecord): CitizenForm {
	return {
		fullName: c.fullName,
		birthYear: String(c.birthYear),
		gender: c.gender,
		group: c.group,
		hamletId: c.hamletId,
		household: c.household ?? '',
		phone: c.phone ?? '',
		idCardLast4: c.idCardLast4 ?? ''
	};
}
