/**
 * Forms holding input that is not saved yet register here, so nothing reloads over them (the
 * update prompt asks first).
 */
class UnsavedForms {
	#owners = $state<string[]>([]);

	get any(): boolean {
		return this.#owners.length > 0;
	}

	set(owner: string, dirty: boolean): void {
		const has = this.#owners.includes(owner);
		if (dirty && !has) this.#owners = [...this.#owners, owner];
		else if (!dirty && has) this.#owners = this.#owners.filter((o) => o !== owner);
	}
}

export const unsaved = new UnsavedForms();
