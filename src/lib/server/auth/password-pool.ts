import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * PBKDF2 off the store's thread pool. Node's asynchronous `crypto.pbkdf2` runs on libuv's pool
 * (4 threads), the same one the embedded store's LevelDB reads and writes use: 30 wrong sign-ins
 * at 600,000 iterations held it for seconds and an officer's reads waited up to 18 s. Here each
 * derivation runs `pbkdf2Sync` in a worker thread of our own, at most `threads` at once, with a
 * short queue; past it the caller is told at once (PoolBusy) instead of piling up work.
 */
export interface PoolOptions {
	/** Derivations running at once (worker threads). */
	threads: number;
	/** Derivations waiting for a thread; one more is refused. */
	maxWaiting: number;
}

export class PoolBusy extends Error {
	constructor() {
		super('password checks: queue full');
	}
}

export const defaultPoolOptions = (): PoolOptions => ({
	// Leave a core to the event loop and the store: on 2 cores, one derivation at a time.
	threads: Math.max(1, Math.min(2, availableParallelism() - 1)),
	maxWaiting: 6
});

interface Job {
	args: [password: string, salt: string, iterations: number, keylen: number, digest: string];
	resolve(key: Buffer): void;
	reject(err: Error): void;
}

// Plain CommonJS evaluated in the worker, so it runs the same under tsx, vitest and a build.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { pbkdf2Sync } = require('node:crypto');
parentPort.on('message', (args) => {
	try {
		const key = pbkdf2Sync(...args);
		parentPort.postMessage({ key });
	} catch (err) {
		parentPort.postMessage({ error: String(err && err.message || err) });
	}
});`;

export class PasswordPool {
	readonly #idle: Worker[] = [];
	readonly #busy = new Map<Worker, Job>();
	readonly #waiting: Job[] = [];
	#closed = false;

	constructor(private readonly opts: PoolOptions) {}

	/** Derivations running and waiting, for tests and the bench. */
	get load(): { running: number; waiting: number } {
		return { running: this.#busy.size, waiting: this.#waiting.length };
	}

	/** `crypto.pbkdf2`'s arguments; rejects with PoolBusy at once when the queue is full. */
	derive(
		password: string,
		salt: string,
		iterations: number,
		keylen: number,
		digest: string
	): Promise<Buffer> {
		if (this.#closed) return Promise.reject(new Error('password checks: closed'));
		return new Promise<Buffer>((resolve, reject) => {
			const job: Job = { args: [password, salt, iterations, keylen, digest], resolve, reject };
			if (this.#busy.size < this.opts.threads) this.#run(job);
			else if (this.#waiting.length < this.opts.maxWaiting) this.#waiting.push(job);
			else reject(new PoolBusy());
		});
	}

	async close(): Promise<void> {
		this.#closed = true;
		for (const job of this.#waiting.splice(0)) job.reject(new Error('password checks: closed'));
		const workers = [...this.#idle.splice(0), ...this.#busy.keys()];
		await Promise.all(workers.map((w) => w.terminate()));
	}

	#run(job: Job): void {
		const worker = this.#idle.pop() ?? this.#spawn();
		this.#busy.set(worker, job);
		worker.postMessage(job.args);
	}

	#spawn(): Worker {
		const worker = new Worker(WORKER_SOURCE, { eval: true });
		// Idle workers never keep the process alive.
		worker.unref();
		worker.on('message', (msg: { key?: Uint8Array; error?: string }) => {
			const job = this.#busy.get(worker);
			this.#busy.delete(worker);
			if (msg.key) job?.resolve(Buffer.from(msg.key));
			else job?.reject(new Error(msg.error ?? 'pbkdf2 failed'));
			this.#next(worker);
		});
		worker.on('error', (err) => this.#lost(worker, err));
		worker.on('exit', () => this.#lost(worker, new Error('password worker exited')));
		return worker;
	}

	#next(worker: Worker): void {
		const job = this.#waiting.shift();
		if (this.#closed) return;
		if (job) {
			this.#busy.set(worker, job);
			worker.postMessage(job.args);
		} else this.#idle.push(worker);
	}

	/** A worker that died fails its job only; the next job starts a fresh one. */
	#lost(worker: Worker, err: Error): void {
		const job = this.#busy.get(worker);
		this.#busy.delete(worker);
		const idle = this.#idle.indexOf(worker);
		if (idle >= 0) this.#idle.splice(idle, 1);
		job?.reject(err);
		const next = this.#waiting.shift();
		if (next && !this.#closed) this.#run(next);
	}
}
