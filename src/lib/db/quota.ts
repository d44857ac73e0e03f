/**
 * Whether a failed write means the device is out of storage. Android tablets with nearly full
 * storage throw QuotaExceededError from IndexedDB; Dexie wraps it (as `inner`) in its own error.
 * The caller says so plainly and keeps what is already stored.
 */
export function isQuotaError(e: unknown): boolean {
	for (
		let err = e as { name?: string; inner?: unknown } | undefined;
		err;
		err = err.inner as typeof err
	) {
		if (err.name === 'QuotaExceededError') return true;
	}
	return false;
}
