import { isQuotaError } from '$lib/db/quota';
import { t } from '$lib/i18n';

/** The message key the repositories return instead of throwing when the device is full. */
const QUOTA_KEY = 'err.quota';

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

	/**
	 * A repository's refusal: true when it was the full device (then shown here, the same words
	 * everywhere), false when the caller should show the reason itself.
	 */
	tookProblem(key: string): boolean {
		if (key !== QUOTA_KEY) return false;
		this.#error = t('error.quota');
		return true;
	}

	clear(): void {
		this.#error = null;
	}
}

export const notice = new Notice();
