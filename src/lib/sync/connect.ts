import type { LocalDatabase } from '$lib/db/db';
import { liveQuery } from 'dexie';
import { LAST_SENT_KEY, SyncEngine, type EngineEvent } from './engine';
import { queueCounts, type QueueCounts } from './queue-view';
import { createCouch } from '$lib/net/couch';
import { registerDeviceKey } from './device-key';
import { SyncScheduler } from './triggers';

// The engine wired to the browser for one signed-in officer: the transport on same-origin
// `/couch`, the triggers (app start, connection back, an assessment marked ready), the counts read
// live from the tablet's database. Loaded by status.svelte.ts with `import()` once somebody is
// signed in, so the sign-in screen of a new tablet does not download the engine.

export interface Wiring {
	db: LocalDatabase;
	officer: string;
	communeId: string;
	onEvent: (e: EngineEvent) => void;
	onCounts: (counts: QueueCounts) => void;
	onLastSent: (at: string | null) => void;
}

export interface Connection {
	scheduler: SyncScheduler;
	/** Stop the triggers and the live reads. */
	stop: () => void;
}

export function connect({
	db,
	officer,
	communeId,
	onEvent,
	onCounts,
	onLastSent
}: Wiring): Connection {
	const couch = createCouch({ baseUrl: '/couch' });
	const engine = new SyncEngine({
		transport: couch,
		context: () => ({ db, communeId, officer }),
		locks: navigator.locks ?? null,
		onEvent
	});
	// After a run that reached the server, the tablet's key for hand-over files is registered (once).
	const run = async () => {
		const outcome = await engine.run();
		if (outcome.ok)
			void registerDeviceKey(db, officer, (path, body) => couch.put(path, body)).catch((e) =>
				console.error(e)
			);
		return outcome;
	};
	const scheduler = new SyncScheduler({ run, online: () => navigator.onLine });

	const online = () => scheduler.request('online');
	const offline = () => scheduler.offline();
	addEventListener('online', online);
	addEventListener('offline', offline);

	let lastWaiting = -1;
	const counts = liveQuery(() => queueCounts(db, communeId)).subscribe({
		next: (c) => {
			onCounts(c);
			// Newly marked ready: send soon, without the officer having to think of it.
			if (lastWaiting >= 0 && c.waiting > lastWaiting) scheduler.request('ready');
			lastWaiting = c.waiting;
		},
		error: (e) => console.error(e)
	});
	const lastSent = liveQuery(
		async () => (await db.meta.get(LAST_SENT_KEY))?.value as string | undefined
	).subscribe({
		next: (at) => onLastSent(at ?? null),
		error: (e) => console.error(e)
	});
	scheduler.request('start');

	return {
		scheduler,
		stop: () => {
			scheduler.stop();
			removeEventListener('online', online);
			removeEventListener('offline', offline);
			counts.unsubscribe();
			lastSent.unsubscribe();
		}
	};
}
