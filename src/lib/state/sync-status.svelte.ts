/**
 * What the sync engine reports to the screen. The header's SyncStatus shows it next to the
 * waiting count and the last-sent time read from the local database; until the engine exists
 * nothing is sending.
 */
class SyncActivity {
	sending = $state(false);
	/** Documents done and in total for the current send, or null when idle. */
	progress = $state.raw<{ done: number; total: number } | null>(null);
	/** A sentence for the officer when the last send did not finish, or null. */
	problem = $state<string | null>(null);
}

export const syncActivity = new SyncActivity();
