import { hasRole } from '$lib/domain/scope';
import { ApiError, couch } from './api';

// Who is at the administration screens: asked of the server (`GET /couch/_session`) each time
// the section opens, never assumed from the browser, since the server decides anyway.

export type AdminAccess = 'checking' | 'admin' | 'not-admin' | 'unreachable';

interface SessionAnswer {
	userCtx: { name: string | null; roles: string[] };
}

class AdminSession {
	#access = $state<AdminAccess>('checking');
	#name = $state('');

	get access(): AdminAccess {
		return this.#access;
	}
	get name(): string {
		return this.#name;
	}

	async check(): Promise<void> {
		this.#access = 'checking';
		try {
			const { userCtx } = await couch<SessionAnswer>('GET', '/_session');
			this.#name = userCtx.name ?? '';
			this.#access = userCtx.name && hasRole({ name: userCtx.name, roles: userCtx.roles }, 'admin') ? 'admin' : 'not-admin';
		} catch (e) {
			this.#access = e instanceof ApiError && e.status === 0 ? 'unreachable' : 'not-admin';
		}
	}

	/** A refusal for want of a session (expired, password changed) sends the screens back to the guard. */
	lost(): void {
		this.#access = 'not-admin';
	}

	async signOut(): Promise<void> {
		await couch('DELETE', '/_session').catch(() => undefined);
		this.#name = '';
		this.#access = 'not-admin';
	}
}

export const adminSession = new AdminSession();
