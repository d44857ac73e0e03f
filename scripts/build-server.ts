// `npm run build:server` (part of `npm run build`): server/main.ts and everything it imports bundled
// into build-server/main.js, which `npm start` and `npm run serve` run with plain Node. The second
// line's rules (validate_doc_update) are bundled here from the same sources as at development time
// (validate-bundle.ts) and embedded as __CDHT_RULES__: the built server needs neither the
// TypeScript sources, nor tsx, nor esbuild. Packages stay in node_modules (`packages: 'external'`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { bundleRules } from '../src/lib/server/provisioning/validate-bundle';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const rules = await bundleRules();
await build({
	absWorkingDir: ROOT,
	entryPoints: ['server/main.ts'],
	outfile: 'build-server/main.js',
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	charset: 'utf8',
	sourcemap: true,
	define: { __CDHT_RULES__: JSON.stringify(rules) },
	logLevel: 'warning'
});
console.log('build-server/main.js');
