import { describe, expect, it } from 'vitest';
import { isNodeFailure, mayRetry, NodePool } from './nodes';
import type { StoreTarget } from './target';

const node = (port: number): StoreTarget => ({
	protocol: 'http:',
	hostname: '127.0.0.1',
	port,
	basePath: ''
});
const error = (code: string) => Object.assign(new Error(code), { code });

describe('NodePool', () => {
	it('takes the nodes in turn', () => {
		const pool = new NodePool([node(1), node(2), node(3)]);
		expect([pool.order()[0], pool.order()[0], pool.order()[0], pool.order()[0]]).toEqual([
			0, 1, 2, 0
		]);
	});

	it('puts a failed node last until its time is up, then takes it again', () => {
		let now = 1000;
		const pool = new NodePool([node(1), node(2), node(3)], { retryAfterMs: 5000, now: () => now });
		pool.failed(0);
		expect(pool.order()).toEqual([1, 2, 0]);
		expect(pool.order()).toEqual([1, 2, 0]);
		expect(pool.order()).toEqual([2, 1, 0]);
		expect(pool.stats.downs).toBe(1);
		now += 5000;
		expect(pool.order()).toEqual([0, 1, 2]);
	});

	it('tries the nodes left out soonest-back first when none answers', () => {
		let now = 0;
		const pool = new NodePool([node(1), node(2)], { retryAfterMs: 100, now: () => now });
		pool.failed(1);
		now = 10;
		pool.failed(0);
		expect(pool.order()).toEqual([1, 0]);
	});

	it('counts a node going down once, however many requests find it down', () => {
		const pool = new NodePool([node(1), node(2)]);
		pool.failed(0);
		pool.failed(0);
		expect(pool.stats.downs).toBe(1);
		pool.answered(0);
		expect(pool.isUp(0)).toBe(true);
	});
});

describe('which failures are retried elsewhere', () => {
	it.each([
		['ECONNREFUSED', 'PUT', '/cdht-c-c01/citizen%3AC01%3Ax', true],
		['ECONNECT_TIMEOUT', 'PUT', '/cdht-c-c01/x', true],
		['ECONNRESET', 'GET', '/cdht-c-c01/_changes?since=0', true],
		['ECONNRESET', 'POST', '/cdht-c-c01/_bulk_docs', true],
		['ECONNRESET', 'POST', '/cdht-c-c01/_all_docs', true],
		['ECONNRESET', 'POST', '/cdht-c-c01/_design/rules/_view/review_report', true],
		['ECONNRESET', 'PUT', '/cdht-c-c01/x', false],
		['ECONNRESET', 'DELETE', '/cdht-c-c01/x?rev=1-a', false],
		['ECONNRESET', 'PUT', '/cdht-c-c01/_security', false]
	])('%s on %s %s → %s', (code, method, path, expected) => {
		expect(isNodeFailure(error(code))).toBe(true);
		expect(mayRetry(error(code), method, path)).toBe(expected);
	});

	it('an answer is not a node failure', () => {
		expect(isNodeFailure(new Error('GET / → 500'))).toBe(false);
	});
});
