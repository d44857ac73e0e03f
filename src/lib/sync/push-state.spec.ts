import { describe, expect, it } from 'vitest';
import type { BatchRecord } from '$lib/db/records';
import { CouchFailure } from '$lib/net/failure';
import { startChunker, type ChunkLimits } from './chunker';
import type { OutItem, Outcome } from './ledger';
import type { SyncedType } from './local-record';
import {
	closableBatch,
	closeBatch,
	countSettled,
	isWaiting,
	judgeFailure,
	MAX_REFUSED_ALONE,
	newPushState,
	nextChunk,
	orderCitizens,
	releaseMembers,
	requeueFront,
	succeeded,
	type PushState
} from './push-state';
import { encode, type WireDoc } from './wire';

// Each stage of a push alone, over a state record built by hand: no database, no server.

function out(type: SyncedType, _id: string, fields: Partial<WireDoc> = {}): OutItem {
	return { ...encode({ _id, type, ...fields }), type, snapshot: '', attempt: 0 };
}
const citizen = (id: string) => out('citizen', id);
const member = (id: string, citizenId: string, batchId = 'b1') =>
	out('assessment', id, { citizenId, batchId });
const batch = (id: string, citizenIds: string[]) =>
	({ _id: id, citizenIds, assessmentIds: [] }) as unknown as BatchRecord;
const ids = (items: readonly OutItem[]) => items.map((i) => i.doc._id);
const limits: ChunkLimits = {
	maxDocs: 4,
	maxBytes: 1_000_000,
	minDocs: 1,
	minBytes: 1000,
	growAfter: 2
};
const chunker = () => ({ state: startChunker(limits), limits });
const onWire = (state: PushState, chunk: OutItem[]) =>
	state.inFlight.push({ chunk, answered: new Promise(() => {}) });

describe('orderCitizens', () => {
	it('the first batch’s citizens first, then the next batch’s, then the rest by id', () => {
		const order = orderCitizens(
			[citizen('c5'), citizen('c1'), citizen('c4'), citizen('c3'), citizen('c2')],
			[batch('b1', ['c4', 'c2']), batch('b2', ['c3', 'c4'])]
		);
		expect(ids(order)).toEqual(['c4', 'c2', 'c3', 'c1', 'c5']);
	});
});

describe('newPushState', () => {
	it('queues the citizens in order and counts them into the total', () => {
		const a = citizen('c1');
		const state = newPushState([batch('b1', ['c1'])], [citizen('c2'), a]);
		expect(ids(state.queue)).toEqual(['c1', 'c2']);
		expect([...state.coming]).toEqual(['c1', 'c2']);
		expect(state.progress).toEqual({
			docsDone: 0,
			docsTotal: 2,
			bytesDone: 0,
			bytesTotal: 2 * a.bytes
		});
	});
});

describe('releaseMembers', () => {
	it('a member goes once its citizen is on the server, or when this run never sends its citizen', () => {
		const state = newPushState([], [citizen('c1'), citizen('c2')]);
		state.held = [member('a1', 'c1'), member('a2', 'c2'), member('a3', 'c-already-there')];
		state.onServer.add('c1');
		expect(ids(releaseMembers(state))).toEqual(['a1', 'a3']);
		expect(ids(state.held)).toEqual(['a2']);
	});

	it('once no citizen is left to answer, a member whose citizen did not get there stays behind and leaves the total', () => {
		const state = newPushState([], [citizen('c1')]);
		state.queue = [];
		const m = member('a1', 'c1');
		state.held = [m];
		state.progress.docsTotal = 5;
		state.progress.bytesTotal = 1000;
		expect(releaseMembers(state)).toEqual([]);
		expect(state.held).toEqual([]);
		expect(state.progress).toMatchObject({ docsTotal: 4, bytesTotal: 1000 - m.bytes });
	});

	it('before the members are read, nothing is released', () => {
		expect(releaseMembers(newPushState([], [citizen('c1')]))).toEqual([]);
	});
});

describe('closableBatch and closeBatch', () => {
	const withOpen = () => {
		const state = newPushState([batch('b1', ['c1']), batch('b2', ['c2'])], []);
		state.held = [];
		return state;
	};

	it('a batch closes only when none of its members is held, released, queued or on the wire', () => {
		const state = withOpen();
		const m = member('a1', 'c1', 'b1');
		state.held = [m];
		expect(closableBatch(state, [])).toBeNull();
		state.held = [];
		expect(closableBatch(state, [m])).toBeNull();
		state.queue = [m];
		expect(closableBatch(state, [])).toBeNull();
		state.queue = [];
		onWire(state, [m]);
		expect(closableBatch(state, [])).toBeNull();
		state.inFlight.length = 0;
		expect(closableBatch(state, [])?._id).toBe('b1');
	});

	it('batches close in order: the second waits for the first', () => {
		const state = withOpen();
		state.queue = [member('a1', 'c1', 'b1')];
		expect(closableBatch(state, [])).toBeNull();
	});

	it('closing corrects the byte total by the final document, and drops an empty batch from the total', () => {
		const state = withOpen();
		state.estimated.set('b1', 100).set('b2', 100);
		state.progress.docsTotal = 2;
		state.progress.bytesTotal = 200;
		const doc = out('batch', 'b1', { count: 1 });
		closeBatch(state, 'b1', doc);
		expect(state.progress).toMatchObject({ docsTotal: 2, bytesTotal: 100 + doc.bytes });
		closeBatch(state, 'b2', null);
		expect(state.progress).toMatchObject({ docsTotal: 1, bytesTotal: doc.bytes });
		expect(state.open).toEqual([]);
	});
});

describe('nextChunk', () => {
	const queued = (n: number) => {
		const state = newPushState(
			[],
			Array.from({ length: n }, (_, i) => citizen(`c${i}`))
		);
		return state;
	};

	it('takes as many as the chunker allows, up to two requests on the wire', () => {
		const state = queued(10);
		const c = chunker().state;
		const first = nextChunk(state, c, 2)!;
		onWire(state, first);
		const second = nextChunk(state, c, 2)!;
		onWire(state, second);
		expect([first.length, second.length]).toEqual([c.maxDocs, c.maxDocs]);
		expect(nextChunk(state, c, 2)).toBeNull();
	});

	it('after a failure, or while halving, one request at a time, no bigger than the bound', () => {
		const state = queued(10);
		state.bisect = 2;
		onWire(state, []);
		expect(nextChunk(state, chunker().state, 2)).toBeNull();
		state.inFlight.length = 0;
		expect(nextChunk(state, chunker().state, 2)).toHaveLength(2);
	});

	it('nothing queued: nothing to send', () => {
		expect(nextChunk(queued(0), chunker().state, 2)).toBeNull();
	});
});

describe('judgeFailure', () => {
	const failing = () => newPushState([], [citizen('c9')]);
	const chunk = [citizen('c1'), citizen('c2'), citizen('c3')];

	it.each([
		['signed out', new CouchFailure('auth', 'x', 401)],
		['not allowed', new CouchFailure('forbidden', 'x', 403)],
		['not a server answer', new Error('IndexedDB closed')]
	])('%s: give up at once', (_what, error) => {
		const state = failing();
		expect(judgeFailure(state, chunk, error, chunker(), 3)).toEqual({ kind: 'giveUp', error });
		expect(ids(state.queue)).toEqual(['c9']);
	});

	it.each(['tooLarge', 'rejected', 'conflict'] as const)(
		'refused as a whole (%s): the chunk goes again in halves',
		(kind) => {
			const state = failing();
			const c = chunker();
			expect(judgeFailure(state, chunk, new CouchFailure(kind, 'x'), c, 3)).toEqual({
				kind: 'again'
			});
			expect(state.bisect).toBe(2);
			expect(ids(state.queue)).toEqual(['c1', 'c2', 'c3', 'c9']);
			expect(c.state.maxDocs).toBeLessThan(startChunker(limits).maxDocs);
		}
	);

	it('refused alone: that document is refused with the reason; too many in a row is the request’s fault', () => {
		const state = failing();
		const one = [citizen('c1')];
		const refusal = new CouchFailure('rejected', 'Tên không hợp lệ', 400);
		for (let i = 0; i < MAX_REFUSED_ALONE; i++)
			expect(judgeFailure(state, one, refusal, chunker(), 3)).toEqual({
				kind: 'refuse',
				outcome: { item: one[0], kind: 'refused', reason: 'Tên không hợp lệ' }
			});
		expect(judgeFailure(state, one, refusal, chunker(), 3)).toEqual({
			kind: 'giveUp',
			error: refusal
		});
	});

	it('the line or the server: the chunk goes again, until the failures in a row reach the limit', () => {
		const state = failing();
		const cut = new CouchFailure('network', 'cut');
		expect(judgeFailure(state, chunk, cut, chunker(), 2)).toEqual({ kind: 'again' });
		expect(ids(state.queue)).toEqual(['c1', 'c2', 'c3', 'c9']);
		expect(
			judgeFailure(state, chunk, new CouchFailure('server', 'down', 503), chunker(), 2)
		).toMatchObject({ kind: 'giveUp' });
	});

	it('a success clears the failures, the halving and the refusals in a row', () => {
		const state = failing();
		Object.assign(state, { failures: 2, bisect: 3, refusedAlone: 2 });
		const c = chunker();
		succeeded(state, c);
		expect(state).toMatchObject({ failures: 0, bisect: Infinity, refusedAlone: 0 });
	});
});

describe('countSettled and requeueFront', () => {
	it('counts what the server took, by kind, and what it refused', () => {
		const state = newPushState([], []);
		const c = citizen('c1');
		const a = member('a1', 'c1');
		const b = out('batch', 'b1', { count: 7 });
		const outcomes: Outcome[] = [
			{ item: c, kind: 'ack', rev: '1-a' },
			{ item: a, kind: 'ack', rev: '1-b' },
			{ item: b, kind: 'ack', rev: '1-c' },
			{ item: member('a2', 'c1'), kind: 'refused', reason: 'x' }
		];
		countSettled(state, outcomes);
		expect(state.report).toEqual({
			acknowledged: 3,
			assessments: 1,
			refused: 1,
			conflicts: 0,
			batchesSent: [{ id: 'b1', count: 7 }]
		});
		expect(state.progress.docsDone).toBe(4);
	});

	it('documents going again after a merge leave the done count and go first', () => {
		const state = newPushState([], [citizen('c9')]);
		const again = citizen('c1');
		state.progress.docsDone = 3;
		state.progress.bytesDone = 3 * again.bytes;
		requeueFront(state, [again]);
		expect(state.progress).toMatchObject({ docsDone: 2, bytesDone: 2 * again.bytes });
		expect(ids(state.queue)).toEqual(['c1', 'c9']);
	});
});

describe('isWaiting', () => {
	it('looks in the queue and on the wire', () => {
		const state = newPushState([], [citizen('c1')]);
		expect(isWaiting(state, (i) => i.doc._id === 'c1')).toBe(true);
		state.queue = [];
		expect(isWaiting(state, (i) => i.doc._id === 'c1')).toBe(false);
		onWire(state, [citizen('c1')]);
		expect(isWaiting(state, (i) => i.doc._id === 'c1')).toBe(true);
	});
});
