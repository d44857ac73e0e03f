import { runInContext, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { citizen } from '../../../../tests/integration/fixtures';
import { checkWrite } from '../../domain/write-rules';
import { orgIndex } from '../../domain/scope';
import { secondLine } from './validate-bundle';

// The generated second line runs as CouchDB runs it: in a bare JavaScript context (Apache CouchDB
// 3.5's QuickJS sandbox has no Promise, no require of packages), loaded through `require('lib/rules')`
// from the design document, and refuses with the words of the gateway's write rules.

async function load(dbName: string, communeId?: string, scopes: string[] = []) {
	const ddoc = await secondLine(dbName, communeId, scopes);
	const context = createContext({});
	runInContext('delete globalThis.Promise;', context);
	context.require = (path: string) => {
		expect(path).toBe('lib/rules');
		const module = { exports: {} as Record<string, unknown> };
		runInContext(`(function (module, exports) {${ddoc.lib.rules}\n})`, context)(
			module,
			module.exports
		);
		return module.exports;
	};
	const validate = runInContext(`(${ddoc.validate_doc_update})`, context) as (
		n: unknown,
		o: unknown,
		u: unknown
	) => void;
	return (doc: unknown, old: unknown, user: { name: string; roles: string[] }) => {
		try {
			validate(doc, old, user);
			return null;
		} catch (e) {
			return e as { forbidden?: string };
		}
	};
}

describe('the generated validate_doc_update', () => {
	it('refuses with the gateway’s reason, lets a good write and the server admin through', async () => {
		const validate = await load('cdht-c-c01', 'C01', ['P01']);
		const officer = { name: 'canbo.c01', roles: ['officer', 'ou:C01'] };
		const bad = { ...citizen('C01'), cccdFull: '001085012345' };
		const gateway = checkWrite({
			user: officer,
			dbName: 'cdht-c-c01',
			doc: bad,
			previous: null,
			org: orgIndex([]),
			refs: undefined
		});
		expect(gateway.ok).toBe(false);
		// CouchDB hands the function the revision history too: bookkeeping, not a field of the app's.
		const refusal = validate({ ...bad, _revisions: { start: 1, ids: ['a'] } }, null, officer);
		expect(refusal?.forbidden).toBe(!gateway.ok && gateway.reason);
		expect(validate(citizen('C01'), null, officer)).toBeNull();
		expect(validate(bad, null, { name: 'admin', roles: ['_admin'] })).toBeNull();
		expect(
			validate(citizen('C01'), null, { name: 'canbo.c02', roles: ['officer', 'ou:C02'] })?.forbidden
		).toContain('(communeId)');
	});
	it('keeps cdht-config to administrators', async () => {
		const validate = await load('cdht-config');
		const unit = {
			_id: 'orgUnit:X1',
			type: 'orgUnit',
			id: 'X1',
			name: 'X',
			level: 'commune',
			parentId: 'P01'
		};
		expect(
			validate(unit, null, { name: 'canbo.c01', roles: ['officer', 'ou:C01'] })?.forbidden
		).toContain('(_id)');
		expect(validate(unit, null, { name: 'quantri', roles: ['admin', 'ou:P01'] })).toBeNull();
	});
	it('is the same text every time: provisioning twice changes nothing', async () => {
		expect(await secondLine('cdht-c-c01', 'C01', ['P01'])).toEqual(
			await secondLine('cdht-c-c01', 'C01', ['P01'])
		);
	});
});
