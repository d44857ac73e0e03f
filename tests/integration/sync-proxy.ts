import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

// A loopback TCP proxy between a tablet and the server that breaks the line the way a 2G link
// does: it cuts the connection after K bytes of a request (the server sees half a body), or after
// K bytes of a response (the server did the work, the tablet never hears of it), resets it (RST)
// mid-response, or delays every packet. A plan applies to every connection until it is lifted.

export interface FaultPlan {
	/** Close both sides once this many request bytes went through (counted per connection). */
	cutRequestAfter?: number;
	/** Close the connection whose request bytes take the line past every multiple of this (counted over all connections): a line that drops every ~N bytes sent. */
	cutLineEvery?: number;
	/** Close both sides once this many response bytes went through. */
	cutResponseAfter?: number;
	/** Send a TCP reset to the tablet once this many response bytes went through. */
	resetResponseAfter?: number;
	/** Hold every packet this long, each way. */
	delayMs?: number;
}

export interface ProxyStats {
	connections: number;
	cuts: number;
	resets: number;
	/** Bytes that went through, each way: what the line carried (HTTP headers included). */
	bytesUp: number;
	bytesDown: number;
}

export class FaultProxy {
	#plan: FaultPlan | null = null;
	readonly stats: ProxyStats = { connections: 0, cuts: 0, resets: 0, bytesUp: 0, bytesDown: 0 };
	readonly #server: Server;
	readonly #sockets = new Set<Socket>();
	/** Request bytes since the plan was set, all connections together (for cutLineEvery). */
	#lineBytes = 0;

	constructor(private readonly target: { host: string; port: number }) {
		this.#server = createServer((client) => this.#pipe(client));
	}

	/**
	 * A new plan closes every open connection, so that the tablet's next requests (its pooled
	 * keep-alive connections included) all meet the new line from their first byte.
	 */
	set plan(plan: FaultPlan | null) {
		this.#plan = plan;
		this.#lineBytes = 0;
		for (const s of this.#sockets) s.destroy();
	}
	get plan(): FaultPlan | null {
		return this.#plan;
	}

	async listen(): Promise<string> {
		await new Promise<void>((ok) => this.#server.listen(0, '127.0.0.1', ok));
		return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
	}

	async close(): Promise<void> {
		for (const s of this.#sockets) s.destroy();
		await new Promise<void>((ok) => this.#server.close(() => ok()));
	}

	#pipe(client: Socket): void {
		this.stats.connections += 1;
		const plan = this.#plan ? { ...this.#plan } : null;
		const upstream = connect(this.target.port, this.target.host);
		for (const s of [client, upstream]) {
			this.#sockets.add(s);
			s.on('close', () => this.#sockets.delete(s));
			// A broken line raises errors on both ends; the proxy's only job then is to close.
			s.on('error', () => kill());
		}
		let killed = false;
		const kill = (reset = false) => {
			if (killed) return;
			killed = true;
			if (reset) client.resetAndDestroy();
			else client.destroy();
			upstream.destroy();
		};
		const forward = (
			from: Socket,
			to: Socket,
			limit: (passed: number) => number | undefined,
			onLimit: () => void,
			count: (n: number) => void
		) => {
			let passed = 0;
			let queue = Promise.resolve();
			from.on('data', (chunk: Buffer) => {
				const send = () => {
					if (killed) return;
					// How many more bytes this connection may carry before it is cut.
					const left = limit(passed);
					if (left !== undefined && chunk.length >= left) {
						const part = chunk.subarray(0, Math.max(0, left));
						to.write(part);
						count(part.length);
						passed += part.length;
						onLimit();
						return;
					}
					passed += chunk.length;
					count(chunk.length);
					to.write(chunk);
				};
				if (plan?.delayMs)
					queue = queue.then(
						() => new Promise((ok) => setTimeout(() => (send(), ok()), plan.delayMs))
					);
				else send();
			});
			from.on('end', () => void queue.then(() => !killed && to.end()));
		};
		const every = plan?.cutLineEvery;
		forward(
			client,
			upstream,
			(passed) => {
				const own = plan?.cutRequestAfter === undefined ? undefined : plan.cutRequestAfter - passed;
				const line = every === undefined ? undefined : every - (this.#lineBytes % every);
				return own === undefined ? line : line === undefined ? own : Math.min(own, line);
			},
			() => {
				this.stats.cuts += 1;
				kill();
			},
			(n) => {
				this.stats.bytesUp += n;
				this.#lineBytes += n;
			}
		);
		const responseLimit = plan?.resetResponseAfter ?? plan?.cutResponseAfter;
		forward(
			upstream,
			client,
			(passed) => (responseLimit === undefined ? undefined : responseLimit - passed),
			() => {
				if (plan?.resetResponseAfter !== undefined) this.stats.resets += 1;
				else this.stats.cuts += 1;
				kill(plan?.resetResponseAfter !== undefined);
			},
			(n) => (this.stats.bytesDown += n)
		);
	}
}

/** A small seeded PRNG (Park-Miller), so a failing trial can be run again exactly. */
export function prng(seed: number): () => number {
	let x = (seed % 2147483646) + 1;
	return () => (x = (x * 48271) % 2147483647) / 2147483647;
}
