import { describe, expect, it } from 'vitest';
import { bulkDocsBody, canonicalJson, content, encode, sameContent } from './wire';

describe('canonicalJson', () => {
	it('gives the same text whatever the key order, at every depth', () => {
		expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
			canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 })
		);
	});
	it('is JSON, and agrees with JSON.stringify on what it leaves out', () => {
		const value = {
			b: [1, undefined, 'x'],
			a: undefined,
			c: { d: null, e: true, f: 'Đặng "Hồng"' },
			g: 1.5
		};
		expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
		expect(canonicalJson(value)).toBe(
			'{"b":[1,null,"x"],"c":{"d":null,"e":true,"f":"Đặng \\"Hồng\\""},"g":1.5}'
		);
	});
	it('keeps array order: it is part of the content', () => {
		expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
	});
});

describe('sameContent', () => {
	const doc = { _id: 'citizen:C01:A', type: 'citizen', fullName: 'Lê Thị Hồng' };
	it('ignores the revision and CouchDB bookkeeping', () => {
		expect(
			sameContent(
				{ ...doc, _rev: '1-a' },
				{ ...doc, _rev: '2-b', _revisions: { start: 2, ids: [] } }
			)
		).toBe(true);
	});
	it('ignores the tablet-only fields', () => {
		expect(
			sameContent(
				{ ...doc, dirty: 1, syncError: { at: 'x', reason: 'y' }, searchKey: 'le thi hong' },
				doc
			)
		).toBe(true);
	});
	it('sees a changed field', () => {
		expect(sameContent(doc, { ...doc, fullName: 'Lê Thị Hồng Nhung' })).toBe(false);
	});
	it('treats an undefined field as missing', () => {
		expect(content({ ...doc, household: undefined })).toEqual(doc);
	});
});

describe('encode', () => {
	it('counts UTF-8 bytes, not characters: Vietnamese letters take 2-3 bytes', () => {
		const e = encode({ _id: 'x', name: 'Đặng' });
		expect(e.bytes).toBe(new TextEncoder().encode(e.json).byteLength);
		expect(e.bytes).toBeGreaterThan(e.json.length);
	});
	it('builds a _bulk_docs body from the serialised documents', () => {
		const body = bulkDocsBody([encode({ _id: 'a' }), encode({ _id: 'b', _rev: '1-x' })]);
		expect(JSON.parse(body)).toEqual({ docs: [{ _id: 'a' }, { _id: 'b', _rev: '1-x' }] });
	});
});
