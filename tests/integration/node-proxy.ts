import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

// A store node that can be stopped and started again on the same port: a loopback TCP proxy in
// front of the store under test (an Apache CouchDB node, or the embedded store's Unix socket).
// Stopped, its port refuses connections and every open one is cut, as when a CouchDB node dies.

export type Upstream = { host: string; port: number } | { path: string };

export class NodeProxy {
	#server: Server | null = null;
	#port = 0;
	readonly #sockets = new Set<Socket>();
	#bytesUp = 0;
	#stopAfter: { bytes: number; done: () => void } | null = null;
	/** Connections taken while up. */
	connections = 0;

	constructor(private readonly upstream: Upstream) {}

	/** Request bytes that went through: how a test sees that this node is used (connections are kept alive). */
	get bytesUp(): number {
		return this.#bytesUp;
	}

	get url(): string {
		return `http://127.0.0.1:${this.#port}`;
	}

	async start(): Promise<string> {
		const server = createServer((client) => this.#pipe(client));
		await new Promise<void>((ok, fail) => {
			server.once('error', fail);
			server.listen(this.#port, '127.0.0.1', () => ok());
		});
		this.#port = (server.address() as AddressInfo).port;
		this.#server = server;
		return this.url;
	}

	/** The node dies: nothing listens on its port, every open connection is cut. */
	async stop(): Promise<void> {
		const server = this.#server;
		this.#server = null;
		for (const socket of this.#sockets) socket.destroy();
		if (server) await new Promise<void>((ok) => server.close(() => ok()));
	}

	/** Dies once this many more request bytes went through it, in the middle of a request. */
	stopAfterBytes(bytes: number): Promise<void> {
		return new Promise((done) => (this.#stopAfter = { bytes: this.#bytesUp + bytes, done }));
	}

	#pipe(client: Socket): void {
		this.connections++;
		const upstream =
			'path' in this.upstream
				? connect(this.upstream.path)
				: connect(this.upstream.port, this.upstream.host);
		for (const s of [client, upstream]) {
			this.#sockets.add(s);
			s.on('close', () => this.#sockets.delete(s));
			s.on('error', () => {});
		}
		client.on('data', (chunk: Buffer) => {
			this.#bytesUp += chunk.length;
			const trigger = this.#stopAfter;
			if (trigger && this.#bytesUp >= trigger.bytes) {
				this.#stopAfter = null;
				void this.stop().then(trigger.done);
				return;
			}
			upstream.write(chunk);
		});
		upstream.pipe(client);
		client.on('close', () => upstream.destroy());
		upstream.on('close', () => client.destroy());
	}
}
