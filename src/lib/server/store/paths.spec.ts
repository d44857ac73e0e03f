import { describe, expect, it } from 'vitest';
import { docPath } from './paths';

describe('docPath', () => {
	it.each([
		['cdht-config', '_design/rules', '/cdht-config/_design/rules'],
		['cdht-c-c01', '_local/abc', '/cdht-c-c01/_local/abc'],
		['cdht-c-c01', 'citizen:C01:01J', '/cdht-c-c01/citizen%3AC01%3A01J'],
		['_users', 'org.couchdb.user:canbo.c01', '/_users/org.couchdb.user%3Acanbo.c01'],
		['cdht-config', '_design/a/b', '/cdht-config/_design/a%2Fb'],
		['cdht-config', '_designx', '/cdht-config/_designx']
	])('%s + %s → %s', (db, id, path) => {
		expect(docPath(db, id)).toBe(path);
	});
});
