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
			onOfflineReady: () => (this.#offlineReady = true),
			// The reload is ours, after the tap (see apply): the plugin's own skips the page that
			// first installed the app, and an officer may keep that page open for days.
			onNeedReload: () => {}
		});
	}

	/** Activate the waiting version and reload: only ever called from the officer's tap. */
	async apply(): Promise<void> {
		this.#needRefresh = false;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		await this.#update?.(true);
	}

	dismissOfflineReady(): void {
		this.#offlineReady = false;
	}
}

export const appUpdate = new AppUpdate();
