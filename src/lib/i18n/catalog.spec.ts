import { describe, expect, it } from 'vitest';
import { admin } from './catalog/admin';
import { domainMessages, fieldLabelWords, listItemWords, reasonWords } from './catalog/domain';
import { handover } from './catalog/handover';
import { importWords } from './catalog/import';
import { officer } from './catalog/officer';
import { publicWords } from './catalog/public';
import { review } from './catalog/review';
import { send } from './catalog/send';
import { rules } from './catalog/rules';
import { server } from './catalog/server';
import { sheets } from './catalog/sheets';
import { format, placeholders, textIn, type Catalog } from './text';

// Every catalog: both languages written, the same {placeholders} in each (a missing one would print
// a raw brace on the screen, or drop a number the reader needs).

const catalogs: Record<string, Catalog> = {
	officer,
	admin,
	review,
	send,
	import: importWords,
	handover,
	public: publicWords,
	server,
	sheets,
	rules,
	domainMessages,
	fieldLabelWords,
	listItemWords,
	reasonWords
};

for (const [name, catalog] of Object.entries(catalogs))
	describe(`the ${name} catalog`, () => {
		it.each(Object.entries(catalog))('%s: both languages, same placeholders', (_key, [vi, en]) => {
			expect(vi.trim()).not.toBe('');
			expect(en.trim()).not.toBe('');
			expect(placeholders(en)).toEqual(placeholders(vi));
		});
	});

describe('format and textIn', () => {
	it('fills placeholders, and leaves an unknown one visible', () => {
		expect(format('{n} phiếu, {x}', { n: 3 })).toBe('3 phiếu, {x}');
		expect(format('không có gì')).toBe('không có gì');
	});

	it('reads the language asked for', () => {
		expect(textIn(review, 'vi', 'batch.confirmAllYes', { n: 3 })).toBe('Công nhận 3 người');
		expect(textIn(officer, 'en', 'conn.online')).toBe('Connected');
	});
});
