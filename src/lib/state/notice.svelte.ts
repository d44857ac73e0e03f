import { t } from '$lib/i18n';

/** True for the browser's "storage full" error however IndexedDB or Dexie wrapped it. */
export function isQuotaError(e: unknown): boolean {
	for (let err = e as { name?: string; inner?: unknown } | undefined, depth = 0; err && depth < 5; depth++) {
		if (err.name === 'QuotaExceededError') return true;
		err = err.inner as typeof err;
	}
	return false;
}

/** The plain sentence for a failed save: full storage is named, anything else says to try again. */
export function saveErrorText(e: unknown): string {
	return isQuotaError(e) ? t('error.quota') : t('error.save');
}

/**
 * One app-wide message line (role="alert" in the layout) for what went wrong while saving, so a
 * full disk is said plainly wherever it happens and the officer knows the stored data is intact.
 */
class Notice {
	#error = $state<string | null>(null);

	get error(): string | null {
		return this.#error;
	}

	/** Run a save; on failure show the plain message and return undefined. */
	async guard<T>(save: () => Promise<T>): Promise<T | undefined> {
		try {
			const result = await save();
			this.#error = null;
			return result;
		} catch (e) {
			console.error(e);
			this.#error = saveErrorText(e);
			return undefined;
		}
	}

	show(e: unknown): void {
		this.#error = saveErrorText(e);
	}

	clear(): void {
		this.#error = null;
	}
}

export const notice = new Notice();
