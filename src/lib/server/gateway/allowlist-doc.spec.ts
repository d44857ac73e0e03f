import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allowlist, type Route } from './allowlist';

// docs/server.md's allow-list table is what an operator or a reviewer reads instead of the code: it
// must list the same rows, in the same order, with the same methods, path and who as allowlist.ts.
// The last column (what the row does) is prose and not compared. A new row in allowlist.ts needs its
// line in the table; this test prints the line's first four cells to copy.

const DOC = new URL('../../../../docs/server.md', import.meta.url);
const ALL_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'];

interface DocRow {
	id: string;
	methods: string;
	path: string;
	who: string;
}

/** The rows of the table under "## The allow-list", as written. */
function docRows(markdown: string): DocRow[] {
	const section = markdown.split(/^## /m).find((s) => s.startsWith('The allow-list'));
	if (!section) throw new Error('docs/server.md has no "## The allow-list" section');
	const lines = section.split('\n');
	const header = lines.findIndex((l) =>
		/^\|\s*id\s*\|\s*method\s*\|\s*path\s*\|\s*who\s*\|/.test(l)
	);
	if (header < 0)
		throw new Error('the allow-list section has no | id | method | path | who | table');
	const rows: DocRow[] = [];
	for (const line of lines.slice(header + 2)) {
		if (!line.startsWith('|')) break;
		const [id, methods, path, who] = line
			.split('|')
			.slice(1)
			.map((c) => c.trim());
		rows.push({ id, methods, path, who });
	}
	return rows;
}

/** A route as the table writes it (the same four cells, normalised the same way as docRows' cells). */
function asDoc(route: Route): DocRow {
	return {
		id: route.id,
		methods: ALL_METHODS.every((m) => route.methods.includes(m as Route['methods'][number]))
			? 'any'
			: route.methods.join(', '),
		path: route.path === '*' ? 'anything else' : route.path,
		who: route.who.replace(/-/g, ' ')
	};
}

/** The table's spellings for the reader: `org.couchdb.user:…` for `:userdoc`, `?rev=` on a delete, a note after who. */
function normalise(row: DocRow): DocRow {
	return {
		id: row.id,
		methods: row.methods,
		path: row.path.replace(/`/g, '').replace(/\?.*$/, '').replace('org.couchdb.user:…', ':userdoc'),
		who: row.who.replace(/\s*\(.*\)$/, '')
	};
}

describe('docs/server.md, the allow-list table', () => {
	it('lists every row of allowlist.ts, in order, with its methods, path and who', () => {
		const documented = docRows(readFileSync(DOC, 'utf8')).map(normalise);
		const table = allowlist.map(asDoc);
		const line = (r: DocRow) => `| ${r.id} | ${r.methods} | \`${r.path}\` | ${r.who} |`;
		expect(
			documented.map(line),
			'docs/server.md’s allow-list table differs from allowlist.ts'
		).toEqual(table.map(line));
	});

	it('reads the table’s own spellings', () => {
		const rows = docRows(
			'## The allow-list\n\n| id | method | path | who | action |\n| --- | --- | --- | --- | --- |\n| users.get | GET | `/_users/org.couchdb.user:…` | self or admin | x |\n| handover.putKey | PUT | `/_handover/keys` | signed in (officer) | y |\n| doc.delete | DELETE | `/:db/:doc?rev=` | admin | z |\n\nafter\n'
		).map(normalise);
		expect(rows).toEqual([
			{ id: 'users.get', methods: 'GET', path: '/_users/:userdoc', who: 'self or admin' },
			{ id: 'handover.putKey', methods: 'PUT', path: '/_handover/keys', who: 'signed in' },
			{ id: 'doc.delete', methods: 'DELETE', path: '/:db/:doc', who: 'admin' }
		]);
	});
});
