import { browser } from '$app/environment';
import { liveQuery } from 'dexie';
import { untrack } from 'svelte';

export interface Live<T> {
	readonly current: T | undefined;
	readonly isLoading: boolean;
	readonly error: unknown;
}

/**
 * A Dexie `liveQuery` as Svelte state: the screen follows the database. Call it while a component
 * initialises. `deps` reads the reactive values the query depends on (ids, filters): when they
 * change the query is subscribed again. The last value stays shown while a new one loads.
 */
export function live<T>(
	query: () => T | Promise<T>,
	deps: () => unknown = () => undefined
): Live<T> {
	let current = $state.raw<T | undefined>(undefined);
	let isLoading = $state(true);
	let error = $state.raw<unknown>(undefined);

	if (browser) {
		$effect(() => {
			deps();
			isLoading = true;
			// Only `deps` decides when to subscribe again, not what the query happens to read.
			const subscription = untrack(() =>
				liveQuery(query).subscribe({
					next: (value) => {
						current = value;
						error = undefined;
						isLoading = false;
					},
					error: (e) => {
						error = e;
						isLoading = false;
					}
				})
			);
			return () => subscription.unsubscribe();
		});
	}

	return {
		get current() {
			return current;
		},
		get isLoading() {
			return isLoading;
		},
		get error() {
			return error;
		}
	};
}
