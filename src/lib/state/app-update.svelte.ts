import { browser } from '$app/environment';

/**
 * The service worker's update state. A new version waits until the officer taps "Cập nhật": a
 * silent reload could throw away a half-filled form.
 */
class AppUpdate {
	#needRefresh = $state(false);
	#offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;

	get needRefresh(): boolean {
		return this.#needRefresh;
	}
	get offlineReady(): boolean {
		return this.#offlineReady;
	}

	async register(): Promise<void> {
		if (!browser || !('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => (this.#needRefresh = true),
			onOfflineReady: () => (this.#offlineReady = true)
		});
	}

	/** Activate the waiting version and reload: only ever called from the officer's tap. */
	async apply(): Promise<void> {
		this.#needRefresh = false;
		await this.#update?.(true);
	}

	dismissOfflineReady(): void {
		this.#offlineReady = false;
	}
}

export const appUpdate = new AppUpdate();
