import { verifyPassword, type StoredPassword } from '../auth/password';
import { PasswordPool, PoolBusy, type PoolOptions } from '../auth/password-pool';
import { SignInThrottle, type Hold, type ThrottleOptions } from '../auth/throttle';
import { HttpError } from './errors';
import { RateLimiter } from './rate-limit';
import { t } from '../words';

/**
 * The one door every password goes through, `POST /_session` and HTTP Basic alike: the client's
 * sign-in rate (per address), the account's throttle (auth/throttle.ts), then the bounded pool of
 * pbkdf2 workers (auth/password-pool.ts). Refusals are 429 with Retry-After and a reason in words,
 * answered at once, before any password work.
 */
export class PasswordGate {
	readonly #rate: RateLimiter;
	readonly #pool: PasswordPool;
	readonly #decoy: StoredPassword;
	readonly throttle: SignInThrottle;

	constructor(opts: {
		signInsPerMinute: number;
		decoyIterations: number;
		pool: PoolOptions;
		throttle?: Partial<ThrottleOptions>;
	}) {
		this.#rate = new RateLimiter(opts.signInsPerMinute);
		this.#pool = new PasswordPool(opts.pool);
		this.throttle = new SignInThrottle(opts.throttle);
		this.#decoy = { ...DECOY, iterations: opts.decoyIterations };
	}

	/**
	 * Whether `password` is `name`'s (`stored` is null for an unknown name: the same work is spent,
	 * so the answer's time does not tell which names exist). Throws a 429 HttpError when refused.
	 */
	async check(
		name: string,
		address: string,
		stored: StoredPassword | null,
		password: string
	): Promise<boolean> {
		if (!this.#rate.take(address))
			throw retryLater('too_many_requests', t('auth.tooManySignIns'), 10_000);
		const hold = this.throttle.hold(name, address);
		if (hold) throw held(hold);
		let valid: boolean;
		try {
			valid = await verifyPassword(stored ?? this.#decoy, password, (...args) =>
				this.#pool.derive(...args)
			);
		} catch (err) {
			if (err instanceof PoolBusy) throw retryLater('sign_in_busy', t('auth.busy'), 2_000);
			throw err;
		}
		valid = valid && stored !== null;
		if (valid) this.throttle.succeeded(name, address);
		else this.throttle.failed(name, address);
		return valid;
	}

	get load() {
		return this.#pool.load;
	}

	close(): Promise<void> {
		return this.#pool.close();
	}
}

const DECOY: StoredPassword = {
	password_scheme: 'pbkdf2',
	salt: 'decoy-salt-for-unknown-users',
	derived_key: '00'.repeat(32),
	pbkdf2_prf: 'sha256'
};

function held(hold: Hold): HttpError {
	const seconds = Math.max(1, Math.ceil(hold.retryAfterMs / 1000));
	const wait =
		seconds < 120
			? t('auth.seconds', { n: seconds })
			: t('auth.minutes', { n: Math.ceil(seconds / 60) });
	switch (hold.kind) {
		case 'wait':
			return retryLater('sign_in_wait', t('auth.wait', { wait }), hold.retryAfterMs);
		case 'locked':
			return retryLater('sign_in_locked', t('auth.lockedHere', { wait }), hold.retryAfterMs);
		case 'accountLocked':
			return retryLater('sign_in_locked', t('auth.accountLocked', { wait }), hold.retryAfterMs);
	}
}

function retryLater(error: string, reason: string, afterMs: number): HttpError {
	const err = new HttpError(429, error, reason);
	err.retryAfterSeconds = Math.max(1, Math.ceil(afterMs / 1000));
	return err;
}
