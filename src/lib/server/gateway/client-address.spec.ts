import { describe, expect, it } from 'vitest';
import { forwardedValue } from './client-address';

// Each proxy appends the address it saw; whatever stands further left the client wrote itself.
describe('forwardedValue: the client behind `hops` trusted proxies', () => {
	it.each([
		['203.0.113.7', 1, '203.0.113.7'],
		['198.51.100.1, 203.0.113.7', 1, '203.0.113.7'],
		['forged, also-forged, 203.0.113.7', 1, '203.0.113.7'],
		['198.51.100.1, 203.0.113.7, 10.0.0.2', 2, '203.0.113.7'],
		['203.0.113.7', 2, '203.0.113.7'],
		['198.51.100.1,203.0.113.7', 1, '203.0.113.7'],
		['', 1, ''],
		[' , ', 1, ''],
		['198.51.100.1, 203.0.113.7', 0, '']
	])('%j with %i hop(s) → %j', (header, hops, expected) =>
		expect(forwardedValue(header, hops)).toBe(expected)
	);

	it('reads repeated headers as one list', () =>
		expect(forwardedValue(['198.51.100.1', '203.0.113.7'], 1)).toBe('203.0.113.7'));
	it('takes the proxy’s protocol, not the client’s', () =>
		expect(forwardedValue('https, http', 1)).toBe('http'));
});
