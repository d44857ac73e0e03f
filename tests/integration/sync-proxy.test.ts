// The fault proxy's line-wide cut (cutLineEvery): the bench's push on a line that cuts relies on
// it counting request bytes over all connections, not per connection.
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FaultProxy } from './sync-proxy';

let upstream: Server;
const received: number[] = [];

beforeAll(async () => {
	upstream = createServer((s) => {
		const i = received.push(0) - 1;
		s.on('data', (d) => (received[i] += d.length));
		s.on('error', () => {});
	});
	await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok));
});
afterAll(() => new Promise<void>((ok) => upstream.close(() => ok())));

/** Sends `bytes` on a new connection through the proxy; resolves when the proxy closed it or it was all sent. */
function send(origin: string, bytes: number): Promise<'closed' | 'sent'> {
	const { port } = new URL(origin);
	return new Promise((done) => {
		const s = connect(Number(port), '127.0.0.1', () => {
			s.write(Buffer.alloc(bytes, 97), () => setTimeout(() => done('sent'), 200));
		});
		s.on('close', () => done('closed'));
		s.on('error', () => {});
	});
}

it('cuts the connection that takes the line past every N request bytes, counted over all connections', async () => {
	const proxy = new FaultProxy({
		host: '127.0.0.1',
		port: (upstream.address() as AddressInfo).port
	});
	const origin = await proxy.listen();
	try {
		proxy.plan = { cutLineEvery: 1000 };
		expect(await send(origin, 600)).toBe('sent');
		expect(await send(origin, 600)).toBe('closed');
		expect(proxy.stats.cuts).toBe(1);
		expect(proxy.stats.bytesUp).toBe(1000);
		// The next mark is at 2,000 bytes: 600 more pass whole.
		expect(await send(origin, 600)).toBe('sent');
		expect(proxy.stats.cuts).toBe(1);
		await new Promise((ok) => setTimeout(ok, 100));
		// What reaches the server of the cut connection depends on whether it had connected yet.
		expect([received[0], received[2]]).toEqual([600, 600]);
	} finally {
		await proxy.close();
	}
});
