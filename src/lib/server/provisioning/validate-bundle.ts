import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

// validate_doc_update generated from the shared write rules (issue 14.5): domain/second-line.ts and
// all it imports (the zod schemas, write-rules, integrity, the messages that word a refusal) are
// bundled by esbuild once per process into one script, then wrapped per database. The same sources
// give the same text, so provisioning twice changes nothing; a change of the rules reaches every
// database at the next start. Apache CouchDB 3.5's QuickJS and the embedded store (Node) run it.
// The production server (build-server/main.js, scripts/build-server.ts) carries the script bundled
// at build time as __CDHT_RULES__, so it needs neither the TypeScript sources nor esbuild to run.

declare const __CDHT_RULES__: string | undefined;

let script: Promise<{ code: string; key: string }> | null = null;

const keyed = (code: string) => ({
	code,
	key: `cdhtRules_${createHash('sha256').update(code).digest('hex').slice(0, 16)}`
});

/** The rules as a CommonJS module (`module.exports.validate`), and a key naming this version of it. */
export function rulesScript(): Promise<{ code: string; key: string }> {
	script ??= (
		typeof __CDHT_RULES__ === 'string' ? Promise.resolve(__CDHT_RULES__) : bundleRules()
	).then(keyed);
	return script;
}

/** The rules bundled from the TypeScript sources (at build time, or in development and tests). */
export async function bundleRules(): Promise<string> {
	const { build } = await import('esbuild');
	const out = await build({
		entryPoints: [fileURLToPath(new URL('../../domain/second-line.ts', import.meta.url))],
		bundle: true,
		write: false,
		format: 'cjs',
		target: 'es2020',
		platform: 'neutral',
		minify: true,
		charset: 'utf8',
		legalComments: 'none',
		// CouchDB's QuickJS sandbox has no Promise; zod only asks whether a result is one.
		banner: { js: 'var Promise = globalThis.Promise || function Promise() {};' },
		logLevel: 'silent'
	});
	return out.outputFiles[0].text;
}

/**
 * What a database's `_design/rules` carries for its second line: the rules as a CommonJS module
 * (`lib.rules`, which CouchDB's and the embedded store's `require` read from the design document)
 * and a small `validate_doc_update` naming the database. The module is evaluated once per
 * JavaScript process and kept on the global object under its version's key: CouchDB and PouchDB
 * call the function for every document, and the embedded store even compiles it each time, so the
 * function stays small and the 60 KB module is read once.
 */
export async function secondLine(
	dbName: string,
	communeId?: string,
	scopes: readonly string[] = []
) {
	const { code, key } = await rulesScript();
	const validate = `function (newDoc, oldDoc, userCtx) {
  var DB = ${JSON.stringify(dbName)};
  var COMMUNE = ${JSON.stringify(communeId ?? null)};
  var SCOPES = ${JSON.stringify(scopes)};
  var cache = typeof globalThis === 'object' ? globalThis : this;
  var rules = cache[${JSON.stringify(key)}] || (cache[${JSON.stringify(key)}] = require('lib/rules'));
  rules.validate(newDoc, oldDoc, userCtx, { dbName: DB, communeId: COMMUNE || undefined, scopes: SCOPES });
}`;
	return { validate_doc_update: validate, lib: { rules: code } };
}
