import { browser } from '$app/environment';

/** Whether the device says it has a network. Shown in words; the sync engine decides what it means. */
class Connection {
	#online = $state(browser ? navigator.onLine : true);

	constructor() {
		if (!browser) return;
		addEventListener('online', () => (this.#online = true));
		addEventListener('offline', () => (this.#online = false));
	}

	get online(): boolean {
		return this.#online;
	}
}

export const connection = new Connection();
