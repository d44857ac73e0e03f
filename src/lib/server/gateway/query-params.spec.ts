import { describe, expect, it } from 'vitest';
import { allowlist } from './allowlist';
import { HttpError } from './errors';
import { checkQuery, QUERY_PARAMS } from './query-params';
import { checkChangesFilter, checkReadBody } from './read-bodies';

const reason = (fn: () => unknown): string | null => {
	try {
		fn();
		return null;
	} catch (err) {
		if (err instanceof HttpError && err.status === 400) return err.reason;
		throw err;
	}
};
const query = (routeId: string, q: string) =>
	reason(() => checkQuery(routeId, new URLSearchParams(q)));

describe('checkQuery', () => {
	it('lists the parameters of every allow-list row but the deny-all one', () => {
		expect(
			allowlist.filter((r) => r.id !== 'deny' && !QUERY_PARAMS[r.id]).map((r) => r.id)
		).toEqual([]);
	});

	it.each([
		['db.changes', 'since=0&limit=100&style=main_only'],
		['db.changes', 'since=12-g1AAAAB_x&feed=longpoll&heartbeat=10000'],
		['db.changes', 'filter=_doc_ids&doc_ids=%5B%22a%22%5D'],
		['db.allDocs', 'include_docs=true&startkey=%22a%22&endkey=%22a%EF%BF%B0%22'],
		['db.view', 'startkey=%5B2026%5D&endkey=%5B2026%2C%7B%7D%5D&group_level=4'],
		['db.view', 'descending=true'],
		['doc.get', 'rev=3-abc123&revs=true'],
		['doc.delete', 'rev=1-abc'],
		['db.info', '']
	])('lets %s ?%s through', (routeId, q) => expect(query(routeId, q)).toBeNull());

	it.each([
		['db.changes', 'filter=_selector', 'Tham số "filter" phải là _doc_ids.'],
		['db.changes', 'filter=_view&view=x', 'Tham số "filter" phải là _doc_ids.'],
		['db.changes', 'view=x', 'Tham số "view" không dùng được ở địa chỉ này.'],
		['db.changes', 'selector=notjson', 'Tham số "selector" không dùng được ở địa chỉ này.'],
		['db.changes', 'feed=continuous', 'Tham số "feed" phải là normal hoặc longpoll.'],
		['db.changes', 'heartbeat=1', 'Tham số "heartbeat" phải là một số nguyên từ 1000 đến 60000.'],
		['db.changes', 'since=%220%22', 'Tham số "since" phải là now hoặc một số thứ tự.'],
		['db.changes', 'limit=-1', 'Tham số "limit" phải là một số nguyên không âm.'],
		['db.changes', 'limit=1&limit=1000', 'Tham số "limit" chỉ được gửi một lần.'],
		['db.allDocs', 'limit%5Bx%5D=1', 'Tham số "limit[x]" không dùng được ở địa chỉ này.'],
		['db.allDocs', 'startkey=abc', 'Tham số "startkey" phải là một chuỗi JSON, ví dụ "abc".'],
		['db.allDocs', 'keys=%5B1%5D', 'Tham số "keys" phải là một danh sách JSON các mã hồ sơ.'],
		['db.view', 'group=yes', 'Tham số "group" phải là true hoặc false.'],
		['db.view', 'startkey=%5B2026', 'Tham số "startkey" phải là một giá trị JSON.'],
		['doc.get', 'rev=abc', 'Tham số "rev" phải là mã phiên bản dạng 1-abc….'],
		['db.info', '__proto__=1', 'Tham số "__proto__" không dùng được ở địa chỉ này.'],
		['session.signIn', 'next=/x', 'Tham số "next" không dùng được ở địa chỉ này.']
	])('refuses %s ?%s', (routeId, q, expected) => expect(query(routeId, q)).toBe(expected));

	it('forwards its own spelling of the checked query', () => {
		expect(checkQuery('db.view', new URLSearchParams('startkey=[2026]&group_level=4'))).toBe(
			'startkey=%5B2026%5D&group_level=4'
		);
	});
});

describe('checkReadBody and checkChangesFilter', () => {
	it.each([
		['db.changes', { doc_ids: ['a'] }],
		['db.allDocs', { keys: ['a', 'b'] }],
		['db.view', { keys: [[2026], 'x'] }],
		['db.bulkGet', { docs: [{ id: 'a' }, { id: 'b', rev: '2-ff' }] }],
		['db.revsDiff', { a: ['1-abc', '2-def'] }]
	])('lets a %s body through', (routeId, body) =>
		expect(reason(() => checkReadBody(routeId, body))).toBeNull()
	);

	it.each([
		['db.changes', { selector: { a: 1 } }, 'Trường "selector" không dùng được ở địa chỉ này.'],
		['db.changes', { doc_ids: 'x' }, 'doc_ids: phải là một danh sách mã hồ sơ.'],
		['db.allDocs', { keys: 'x' }, 'keys: phải là một danh sách khoá.'],
		['db.allDocs', { keys: ['a'], limit: 1 }, 'Trường "limit" không dùng được ở địa chỉ này.'],
		[
			'db.bulkGet',
			{ docs: [{ id: 'a', atts_since: 'x' }] },
			'docs: atts_since của "a" phải là một danh sách mã phiên bản.'
		],
		[
			'db.bulkGet',
			{ docs: [{ id: 'a', open_revs: 'all' }] },
			'Trường "open_revs" không dùng được ở địa chỉ này.'
		],
		['db.bulkGet', { docs: [{ id: 'a', rev: 'x' }] }, 'docs: rev của "a" không hợp lệ.'],
		['db.bulkGet', { docs: 'x' }, 'docs: phải là một danh sách {id, rev}.'],
		['db.revsDiff', { a: 'x' }, '"a": phải là một danh sách mã phiên bản.'],
		['db.localGet', {}, 'Địa chỉ này không nhận nội dung.']
	])('refuses a %s body %j', (routeId, body, expected) =>
		expect(reason(() => checkReadBody(routeId, body))).toBe(expected)
	);

	it.each([
		[
			'filter=_doc_ids',
			undefined,
			'filter=_doc_ids cần đúng một danh sách doc_ids (trong địa chỉ hoặc trong nội dung).'
		],
		[
			'filter=_doc_ids',
			{},
			'filter=_doc_ids cần đúng một danh sách doc_ids (trong địa chỉ hoặc trong nội dung).'
		],
		[
			'filter=_doc_ids&doc_ids=%5B%5D',
			{ doc_ids: ['a'] },
			'filter=_doc_ids cần đúng một danh sách doc_ids (trong địa chỉ hoặc trong nội dung).'
		],
		['', { doc_ids: ['a'] }, 'doc_ids chỉ dùng được cùng filter=_doc_ids.'],
		['doc_ids=%5B%22a%22%5D', undefined, 'doc_ids chỉ dùng được cùng filter=_doc_ids.'],
		['filter=_doc_ids', { doc_ids: ['a'] }, null],
		['filter=_doc_ids&doc_ids=%5B%22a%22%5D', undefined, null],
		['since=0', {}, null]
	])('_changes ?%s with %j', (q, body, expected) =>
		expect(
			reason(() =>
				checkChangesFilter(new URLSearchParams(q), body as Record<string, unknown> | undefined)
			)
		).toBe(expected)
	);
});
