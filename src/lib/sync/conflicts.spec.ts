import { describe, expect, it } from 'vitest';
import { reconcile } from './conflicts';
import type { WireDoc } from './wire';

const assessment: WireDoc = {
	_id: 'assessment:C01:A1',
	_rev: '1-a',
	type: 'assessment',
	answers: { q1: 'dat' },
	updatedAt: '2026-03-02T08:00:00.000Z',
	status: 'sent',
	batchId: 'batch:C01:B1'
};
const review = (decision: string, comment?: string) => ({
	by: 'duyet.p01',
	at: '2026-03-05T08:00:00.000Z',
	decision,
	...(comment ? { comment } : {})
});
const edited: WireDoc = {
	...assessment,
	answers: { q1: 'chua-dat' },
	updatedAt: '2026-03-06T08:00:00.000Z',
	status: 'ready'
};

describe('reconcile: the same content', () => {
	it('adopts the server revision when only _rev differs (a resend after a lost answer)', () => {
		expect(
			reconcile({ ...assessment, _rev: undefined }, { ...assessment, _rev: '2-b' }, true)
		).toEqual({ kind: 'same', rev: '2-b' });
	});
	it('takes the server version when the tablet has nothing unsent', () => {
		const server = {
			...assessment,
			_rev: '2-b',
			status: 'recognised',
			review: review('recognised')
		};
		expect(reconcile(assessment, server, false)).toEqual({ kind: 'take-server', doc: server });
	});
});

describe('reconcile: assessments', () => {
	it('a reviewer returned it while the officer edited: the decision and comment win, the edit is kept, status stays the reviewer’s', () => {
		const server = {
			...assessment,
			_rev: '2-b',
			status: 'returned',
			review: review('returned', 'Sai năm sinh'),
			history: [review('returned', 'Sai năm sinh')]
		};
		const r = reconcile(edited, server, true);
		expect(r.kind).toBe('merge');
		if (r.kind !== 'merge') return;
		expect(r.doc).toMatchObject({
			_rev: '2-b',
			status: 'returned',
			answers: { q1: 'chua-dat' },
			review: server.review,
			history: server.history,
			batchId: 'batch:C01:B1'
		});
	});
	it('a reviewer recognised it while the officer edited: both versions are kept, the tablet shows the decision', () => {
		const server = {
			...assessment,
			_rev: '2-b',
			status: 'recognised',
			review: review('recognised')
		};
		expect(reconcile(edited, server, true)).toEqual({
			kind: 'ask',
			keep: 'server',
			local: edited,
			server
		});
	});
	it('a decision on unchanged answers simply lands', () => {
		const server = {
			...assessment,
			_rev: '2-b',
			status: 'rejected',
			review: review('rejected', 'Chưa đủ tuổi')
		};
		const local = { ...assessment, status: 'ready' };
		expect(reconcile(local, server, true)).toEqual({ kind: 'take-server', doc: server });
	});
	it('not reviewed yet: the device’s answers and status win, on the server’s revision, with its review history', () => {
		const server = {
			...assessment,
			_rev: '3-c',
			answers: { q1: 'dat' },
			history: [review('returned', 'x')]
		};
		const r = reconcile({ ...edited, status: 'sent' }, server, true);
		expect(r).toEqual({
			kind: 'merge',
			doc: { ...edited, status: 'sent', _rev: '3-c', history: server.history }
		});
	});
	it('drops review fields the server does not have', () => {
		const server = { ...assessment, _rev: '3-c' };
		const r = reconcile({ ...edited, review: review('returned', 'old') }, server, true);
		expect(r.kind === 'merge' && 'review' in r.doc).toBe(false);
	});
});

describe('reconcile: other documents', () => {
	it('a citizen edited on two tablets is put before the officer, the tablet keeps its own meanwhile', () => {
		const mine: WireDoc = {
			_id: 'citizen:C01:X',
			_rev: '1-a',
			type: 'citizen',
			fullName: 'Lê Văn Tám'
		};
		const theirs: WireDoc = { ...mine, _rev: '2-b', fullName: 'Lê Văn Tâm' };
		expect(reconcile(mine, theirs, true)).toEqual({
			kind: 'ask',
			keep: 'local',
			local: mine,
			server: theirs
		});
	});
	it('a batch on the server is the truth', () => {
		const mine: WireDoc = { _id: 'batch:C01:B', type: 'batch', count: 2 };
		const theirs: WireDoc = { ...mine, _rev: '1-x', count: 1 };
		expect(reconcile(mine, theirs, true)).toEqual({ kind: 'take-server', doc: theirs });
	});
});
