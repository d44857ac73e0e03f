import { describe, expect, it } from 'vitest';
import {
	afterFailure,
	afterSuccess,
	atFloor,
	chunkLength,
	startChunker,
	type ChunkLimits
} from './chunker';

const limits: ChunkLimits = { maxDocs: 8, maxBytes: 1000, minDocs: 2, minBytes: 100, growAfter: 2 };
const items = (...bytes: number[]) => bytes.map((b) => ({ bytes: b }));

describe('chunkLength', () => {
	it('stops at the count bound', () => {
		expect(chunkLength(items(...Array(20).fill(10)), startChunker(limits))).toBe(8);
	});
	it('stops before the byte bound is passed', () => {
		expect(chunkLength(items(400, 400, 300, 10), startChunker(limits))).toBe(2);
	});
	it('fills exactly up to the byte bound', () => {
		expect(chunkLength(items(500, 500, 1), startChunker(limits))).toBe(2);
	});
	it('always takes one document, even one larger than the byte bound', () => {
		expect(chunkLength(items(5000, 1), startChunker(limits))).toBe(1);
	});
	it('takes what is left', () => {
		expect(chunkLength(items(1, 1, 1), startChunker(limits))).toBe(3);
		expect(chunkLength([], startChunker(limits))).toBe(0);
	});
});

describe('adapting to the line', () => {
	it('halves both bounds after a failure, down to the floor', () => {
		let s = startChunker(limits);
		s = afterFailure(s, limits);
		expect(s).toMatchObject({ maxDocs: 4, maxBytes: 500 });
		s = afterFailure(afterFailure(afterFailure(s, limits), limits), limits);
		expect(s).toMatchObject({ maxDocs: 2, maxBytes: 100 });
		expect(atFloor(s, limits)).toBe(true);
	});
	it('doubles back only after `growAfter` successes in a row, up to the start size', () => {
		let s = afterFailure(afterFailure(startChunker(limits), limits), limits);
		s = afterSuccess(s, limits);
		expect(s.maxDocs).toBe(2);
		s = afterSuccess(s, limits);
		expect(s.maxDocs).toBe(4);
		for (let i = 0; i < 10; i++) s = afterSuccess(s, limits);
		expect(s).toMatchObject({ maxDocs: 8, maxBytes: 1000 });
	});
	it('a failure resets the run of successes', () => {
		let s = afterSuccess(afterFailure(startChunker(limits), limits), limits);
		s = afterFailure(s, limits);
		expect(s.successes).toBe(0);
	});
});
