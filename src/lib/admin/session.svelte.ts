import { hasRole } from '$lib/domain/scope';
import { isFailure } from '$lib/net/failure';
import { currentUser, signOut } from '$lib/net/session-api';
import { couch } from '$lib/net/site';

// Who is at the administration screens: asked of the server (`GET /couch/_session`) each time
// the section opens, never assumed from the browser, since the server decides anyway.

export type AdminAccess = 'checking' | 'admin' | 'not-admin' | 'unreachable';

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
			const user = await currentUser(couch);
			this.#name = user?.name ?? '';
			this.#access = user && hasRole(user, 'admin') ? 'admin' : 'not-admin';
		} catch (e) {
			this.#access = isFailure(e, 'network') ? 'unreachable' : 'not-admin';
		}
	}

	/** A refusal for want of a session (expired, password changed) sends the screens back to the guard. */
	lost(): void {
		this.#access = 'not-admin';
	}

	async signOut(): Promise<void> {
		await signOut(couch);
		this.#name = '';
		this.#access = 'not-admin';
	}
}

export const adminSession = new AdminSession();
