import { describe, expect, it } from 'vitest';
import type { AssessmentRecord, CitizenRecord } from '$lib/db/records';
import { toWire } from '$lib/db/records';
import { onAck, onRefusal, onResolution, snapshotOf, type Sent } from './apply';
import { assessmentItem, citizenItem } from './outbox';
import { makeAssessment, makeCitizen, withAnswers } from './test-fixtures';
import type { WireDoc } from './wire';

const citizen = makeCitizen(1);
const ready = makeAssessment(citizen, 1);
const sentOf = (a: AssessmentRecord): Sent => assessmentItem(a, 'batch:C01:B1');

describe('onAck', () => {
	it('marks the record as the server holds it: sent, in its batch, with the new revision, clean', () => {
		const after = onAck(
			{ ...ready, syncError: { at: 'x', reason: 'old' } },
			sentOf(ready),
			'1-abc'
		) as AssessmentRecord;
		expect(after).toMatchObject({
			status: 'sent',
			batchId: 'batch:C01:B1',
			_rev: '1-abc',
			dirty: 0
		});
		expect(after.syncError).toBeUndefined();
	});
	it('never marks a newer edit as sent: it only learns the revision', () => {
		const newer = withAnswers(ready, 7, '2026-03-03T00:00:00.000Z');
		const after = onAck(newer, sentOf(ready), '1-abc') as AssessmentRecord;
		expect(after).toMatchObject({
			status: 'ready',
			dirty: 1,
			_rev: '1-abc',
			answers: newer.answers
		});
	});
	it('keeps the tablet’s own fields (search keys)', () => {
		const after = onAck(citizen, citizenItem(citizen), '1-z') as CitizenRecord;
		expect(after.searchKey).toBe(citizen.searchKey);
		expect(after.dirty).toBe(0);
	});
});

describe('onRefusal', () => {
	it('keeps the record, unsent, with the reason and the issues', () => {
		const after = onRefusal(
			ready,
			sentOf(ready),
			'2026-03-04T00:00:00.000Z',
			'Kết quả không khớp',
			[{ path: 'result', message: 'rule.resultMismatch' }]
		);
		expect(after).toMatchObject({
			dirty: 1,
			status: 'ready',
			syncError: { reason: 'Kết quả không khớp', issues: [{ path: 'result' }] }
		});
	});
	it('ignores a refusal of content the officer has changed since', () => {
		expect(
			onRefusal(withAnswers(ready, 5, '2026-03-09T00:00:00.000Z'), sentOf(ready), 'x', 'no')
		).toBeNull();
	});
});

describe('onResolution', () => {
	const server: WireDoc = {
		...(toWire(ready) as WireDoc),
		_rev: '2-s',
		status: 'returned',
		batchId: 'batch:C01:OLD',
		review: { by: 'r', at: 'x', decision: 'returned', comment: 'Sửa lại' }
	};
	it('merge: takes the server revision, review and decided status; keeps answers; stays unsent', () => {
		const edited = withAnswers(ready, 4, '2026-03-09T00:00:00.000Z');
		const change = onResolution(
			edited,
			sentOf(edited),
			{
				kind: 'merge',
				doc: {
					...sentOf(edited).doc,
					_rev: '2-s',
					status: 'returned',
					batchId: 'batch:C01:OLD',
					review: server.review
				}
			},
			'now'
		);
		expect(change.put).toMatchObject({
			_rev: '2-s',
			status: 'returned',
			batchId: 'batch:C01:OLD',
			review: server.review,
			answers: edited.answers,
			dirty: 1
		});
		expect(change.stash).toBeUndefined();
	});
	it('merge before any decision: the record keeps its own status (it is not sent until acknowledged)', () => {
		const change = onResolution(
			ready,
			sentOf(ready),
			{ kind: 'merge', doc: { ...sentOf(ready).doc, _rev: '5-s' } },
			'now'
		);
		expect(change.put).toMatchObject({ _rev: '5-s', status: 'ready', dirty: 1 });
	});
	it('ask, keep server: the decision shows, the officer’s version is kept beside it', () => {
		const recognised = {
			...server,
			status: 'recognised',
			review: { by: 'r', at: 'x', decision: 'recognised' }
		};
		const edited = withAnswers(ready, 4, '2026-03-09T00:00:00.000Z');
		const change = onResolution(
			edited,
			sentOf(edited),
			{ kind: 'ask', keep: 'server', local: sentOf(edited).doc, server: recognised },
			'now'
		);
		expect(change.put).toMatchObject({ status: 'recognised', dirty: 0, _rev: '2-s' });
		expect(change.stash).toMatchObject({
			id: ready._id,
			kept: 'server',
			local: { answers: edited.answers, status: 'ready' },
			server: recognised
		});
	});
	it('ask, keep local: the officer’s version stays, held back, marked as a conflict', () => {
		const theirs: WireDoc = {
			...(toWire(citizen) as WireDoc),
			_rev: '2-t',
			fullName: 'Lê Văn Khác'
		};
		const change = onResolution(
			citizen,
			citizenItem(citizen),
			{ kind: 'ask', keep: 'local', local: citizenItem(citizen).doc, server: theirs },
			'now'
		);
		expect(change.put).toMatchObject({
			fullName: citizen.fullName,
			dirty: 1,
			syncError: { reason: 'conflict' }
		});
		expect(change.stash?.server).toEqual(theirs);
	});
	it('take-server does not overwrite an edit made during the send', () => {
		const edited = withAnswers(ready, 4, '2026-03-09T00:00:00.000Z');
		expect(
			onResolution(edited, sentOf(ready), { kind: 'take-server', doc: server }, 'now')
		).toEqual({});
	});
	it('same: acknowledged', () => {
		expect(
			onResolution(ready, sentOf(ready), { kind: 'same', rev: '1-q' }, 'now').put
		).toMatchObject({ status: 'sent', _rev: '1-q', dirty: 0 });
	});
	it('snapshots ignore the tablet’s bookkeeping', () => {
		expect(snapshotOf({ ...ready, dirty: 0, syncError: { at: 'a', reason: 'b' } })).toBe(
			snapshotOf(ready)
		);
	});
});
