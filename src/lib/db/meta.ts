import type { LocalDatabase } from './db';

// Small facts the tablet keeps about itself: sync checkpoints, the time of the last send, settings.

export async function getMeta<T>(db: LocalDatabase, key: string): Promise<T | undefined> {
	return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: LocalDatabase, key: string, value: unknown): Promise<void> {
	await db.meta.put({ key, value });
}

export async function deleteMeta(db: LocalDatabase, key: string): Promise<void> {
	await db.meta.delete(key);
}
