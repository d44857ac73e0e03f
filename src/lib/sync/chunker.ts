// How many documents go in the next `_bulk_docs` request. Few large requests make a slow line fast
// (each round trip costs ~0.4-1 s on 2G), but a request cut halfway is sent again whole, so on a
// line that keeps dropping, large requests never get through. The size therefore adapts: halved
// after each failure, so a flaky line still makes progress, doubled back after a run of successes.
// The bounds are in JSON bytes before compression, which is what the server inflates and checks.

export interface ChunkLimits {
	/** The largest request: chosen by measurement on an emulated 400 kbit/s, 400 ms line (see the note). */
	maxDocs: number;
	maxBytes: number;
	/** The smallest it shrinks to. One document always goes, however large. */
	minDocs: number;
	minBytes: number;
	/** Successes in a row before the size doubles again. */
	growAfter: number;
}

/**
 * Measured (scripts/sync-measure.ts: 2,000 assessments + 2,000 citizens, 2.4 MB of JSON, Chromium
 * at 400 kbit/s and 400 ms RTT, two requests on the wire): chunks of 500 documents pushed fastest;
 * 250 pay more round trips and gzip less well, 1,000-2,000 leave too few chunks to overlap the
 * line with the server's work, and lose more to a cut. 500 typical documents are ~300 KB of JSON
 * (~30 KB on the wire); the byte bound only binds for unusually large documents.
 */
export const DEFAULT_LIMITS: ChunkLimits = {
	maxDocs: 500,
	maxBytes: 512_000,
	minDocs: 10,
	minBytes: 16_000,
	growAfter: 2
};

export interface ChunkerState {
	maxDocs: number;
	maxBytes: number;
	successes: number;
}

export function startChunker(limits: ChunkLimits = DEFAULT_LIMITS): ChunkerState {
	return { maxDocs: limits.maxDocs, maxBytes: limits.maxBytes, successes: 0 };
}

/**
 * How many items from the front of `queue` make the next chunk: as many as fit both bounds, and
 * always at least one, so a document larger than the byte bound is still sent (alone).
 */
export function chunkLength(queue: readonly { bytes: number }[], state: ChunkerState): number {
	let bytes = 0;
	let n = 0;
	while (n < queue.length && n < state.maxDocs) {
		if (n > 0 && bytes + queue[n].bytes > state.maxBytes) break;
		bytes += queue[n].bytes;
		n += 1;
	}
	return n;
}

export function afterSuccess(
	state: ChunkerState,
	limits: ChunkLimits = DEFAULT_LIMITS
): ChunkerState {
	const successes = state.successes + 1;
	if (successes < limits.growAfter) return { ...state, successes };
	return {
		maxDocs: Math.min(limits.maxDocs, state.maxDocs * 2),
		maxBytes: Math.min(limits.maxBytes, state.maxBytes * 2),
		successes: 0
	};
}

export function afterFailure(
	state: ChunkerState,
	limits: ChunkLimits = DEFAULT_LIMITS
): ChunkerState {
	return {
		maxDocs: Math.max(limits.minDocs, Math.floor(state.maxDocs / 2)),
		maxBytes: Math.max(limits.minBytes, Math.floor(state.maxBytes / 2)),
		successes: 0
	};
}

/** At the floor a failing request will not get any smaller: the document itself is the problem. */
export function atFloor(state: ChunkerState, limits: ChunkLimits = DEFAULT_LIMITS): boolean {
	return state.maxDocs <= limits.minDocs && state.maxBytes <= limits.minBytes;
}
