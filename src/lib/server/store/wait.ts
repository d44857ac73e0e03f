import type { StoreClient } from './client';
import { t } from '../words';

export interface WaitOptions {
	/** How long to keep trying before giving up (CouchDB may still be starting, or restarting). */
	timeoutMs: number;
	intervalMs?: number;
	log: (msg: string) => void;
}

/**
 * Waits until the store answers as its server admin, saying in one line what it waits for, so an
 * operator who starts the gateway before CouchDB sees why nothing happens instead of a stack trace.
 */
export async function waitForStore(store: StoreClient, opts: WaitOptions): Promise<void> {
	const deadline = Date.now() + opts.timeoutMs;
	const where = store.nodes.targets.map((t) => `${t.hostname}:${t.port}`).join(', ');
	let said = '';
	for (;;) {
		let problem: string;
		try {
			const res = await store.json<{ couchdb?: string }>('GET', '/');
			if (res.status === 200) return;
			problem = t('start.answered', { status: res.status });
		} catch (err) {
			problem = describe(err);
		}
		const left = deadline - Date.now();
		if (left <= 0)
			throw new StoreUnreachable(
				t('start.gaveUp', { where, problem, s: Math.round(opts.timeoutMs / 1000) })
			);
		if (problem !== said) {
			opts.log(t('start.waiting', { where, problem, s: Math.round(left / 1000) }));
			said = problem;
		}
		await new Promise((ok) => setTimeout(ok, Math.min(opts.intervalMs ?? 1000, left)));
	}
}

/** Start-up gave up on the store: the message is all an operator needs (no stack trace). */
export class StoreUnreachable extends Error {}

function describe(err: unknown): string {
	const code = (err as NodeJS.ErrnoException)?.code;
	if (code === 'ECONNREFUSED') return t('start.refused');
	if (code === 'ECONNECT_TIMEOUT') return t('start.timeout');
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return t('start.noHost', { code });
	const message = (err as Error)?.message ?? String(err);
	// The admin sign-in refused: wrong COUCHDB_USER / COUCHDB_PASSWORD, no use waiting.
	if (/server admin's sign-in/.test(message))
		throw new StoreUnreachable(t('start.adminRefused', { message }));
	return code ? `${message} (${code})` : message;
}
