import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import type { RunOutcome } from './engine';

// When a run starts by itself: on app start, when the connection returns, when an assessment is
// marked ready — each after a short grace period, since a connection that just came back often
// drops again within seconds and an officer marking ten assessments ready should cause one send,
// not ten. After a failure the next try backs off with jitter; after a success the tablet checks
// for review decisions now and then. An expired session stops everything until the officer signs
// in again: the queue waits, untouched.

export type Trigger = 'start' | 'online' | 'ready' | 'retry' | 'periodic' | 'signed-in' | 'manual';

export interface SchedulerOptions {
	run: () => Promise<RunOutcome>;
	online: () => boolean;
	graceMs?: number;
	periodMs?: number;
	/** After another tab's run: try again after this long. */
	busyMs?: number;
	backoff?: BackoffPolicy;
	random?: () => number;
	setTimer?: (fn: () => void, ms: number) => unknown;
	clearTimer?: (handle: unknown) => void;
	onSchedule?: (trigger: Trigger, inMs: number) => void;
}

export class SyncScheduler {
	readonly #o: Required<Omit<SchedulerOptions, 'onSchedule'>> &
		Pick<SchedulerOptions, 'onSchedule'>;
	#timer: unknown = null;
	#dueAt = Infinity;
	#failures = 0;
	#needsSignIn = false;

	constructor(options: SchedulerOptions) {
		this.#o = {
			graceMs: 3_000,
			periodMs: 10 * 60_000,
			busyMs: 30_000,
			backoff: DEFAULT_BACKOFF,
			random: Math.random,
			setTimer: (fn, ms) => setTimeout(fn, ms),
			clearTimer: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
			...options
		};
	}

	get failures(): number {
		return this.#failures;
	}
	get needsSignIn(): boolean {
		return this.#needsSignIn;
	}

	/** Something happened that calls for a send: run after the grace period (or sooner if already due). */
	request(trigger: Trigger): void {
		if (this.#needsSignIn) return;
		this.#schedule(trigger, this.#o.graceMs);
	}

	/** The officer pressed "Gửi dữ liệu": no grace, and a failed run's backoff is forgiven. */
	async runNow(): Promise<RunOutcome> {
		this.#cancel();
		this.#failures = 0;
		return this.#fire();
	}

	/** Offline: no timer fires into a dead line; the `online` event starts it again. */
	offline(): void {
		this.#cancel();
	}

	/** The officer signed in again after the session expired: carry on where the queue was. */
	signedIn(): void {
		this.#needsSignIn = false;
		this.#failures = 0;
		this.request('signed-in');
	}

	stop(): void {
		this.#cancel();
	}

	#schedule(trigger: Trigger, ms: number): void {
		const due = Date.now() + ms;
		if (this.#timer !== null && this.#dueAt <= due) return;
		this.#cancel();
		this.#dueAt = due;
		this.#o.onSchedule?.(trigger, ms);
		this.#timer = this.#o.setTimer(() => {
			this.#timer = null;
			this.#dueAt = Infinity;
			void this.#fire();
		}, ms);
	}

	#cancel(): void {
		if (this.#timer !== null) this.#o.clearTimer(this.#timer);
		this.#timer = null;
		this.#dueAt = Infinity;
	}

	async #fire(): Promise<RunOutcome> {
		if (!this.#o.online()) return { ok: false, kind: 'network', message: 'offline' };
		const outcome = await this.#o.run();
		if (outcome.ok) {
			this.#failures = 0;
			this.#schedule('periodic', this.#o.periodMs);
		} else if (outcome.kind === 'auth') {
			this.#needsSignIn = true;
			this.#cancel();
		} else if (outcome.kind === 'busy') {
			this.#schedule('retry', this.#o.busyMs);
		} else if (outcome.kind !== 'no-session') {
			this.#failures += 1;
			this.#schedule(
				'retry',
				Math.max(1_000, backoffDelay(this.#failures, this.#o.random, this.#o.backoff))
			);
		}
		return outcome;
	}
}
