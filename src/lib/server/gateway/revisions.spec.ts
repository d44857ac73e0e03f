import { describe, expect, it } from 'vitest';
import { parseRevisions, revisionVerdict } from './revisions';

describe('parseRevisions', () => {
	it.each([
		[
			'a revision with its history',
			{ _rev: '3-c', _revisions: { start: 3, ids: ['c', 'b', 'a'] } },
			true
		],
		['a lone revision (no history sent)', { _rev: '1-a' }, true],
		['no revision', {}, false],
		['a revision of another shape', { _rev: 'x' }, false],
		[
			'a history that does not start at the revision',
			{ _rev: '3-c', _revisions: { start: 2, ids: ['c'] } },
			false
		],
		[
			'a history whose first id is not the revision’s',
			{ _rev: '2-c', _revisions: { start: 2, ids: ['z', 'a'] } },
			false
		],
		[
			'a history longer than the generations',
			{ _rev: '1-a', _revisions: { start: 1, ids: ['a', 'b'] } },
			false
		],
		[
			'an id that is not an id',
			{ _rev: '2-c', _revisions: { start: 2, ids: ['c', { x: 1 }] } },
			false
		]
	])('%s', (_name, doc, ok) => {
		expect(parseRevisions(doc as Record<string, unknown>).ok).toBe(ok);
	});
});

describe('revisionVerdict', () => {
	const doc = { _rev: '3-c' };
	const history = { start: 3, ids: ['c', 'b', 'a'] };
	it.each([
		['nothing stored', null, 'new'],
		['only a deletion stored', { _rev: '2-x', _deleted: true }, 'new'],
		['this very revision stored', { _rev: '3-c' }, 'stored'],
		['its parent stored', { _rev: '2-b' }, 'next'],
		['an older ancestor stored', { _rev: '1-a' }, 'next'],
		['a sibling stored', { _rev: '2-x' }, 'branch'],
		['a later revision stored', { _rev: '4-d' }, 'branch']
	] as const)('%s → %s', (_name, winner, verdict) => {
		expect(revisionVerdict(doc, history, winner)).toBe(verdict);
	});
});
