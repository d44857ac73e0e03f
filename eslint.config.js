import { includeIgnoreFile } from '@eslint/compat';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The SvelteKit template's configuration (`npx sv add eslint`), with the project's own settings
// at the end, each saying why.

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

export default ts.config(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// typescript-eslint strongly recommend that you do not use the no-undef lint rule on TypeScript projects.
			// see: https://typescript-eslint.io/troubleshooting/faqs/eslint/#i-get-errors-from-the-no-undef-rule-about-global-variables-not-being-defined-even-though-i-have-no-lint-errors
			'no-undef': 'off'
		}
	},
	{
		rules: {
			// Leaving fields out of a copy (`const { _rev, ...content } = doc`) and a parameter that a
			// signature requires but this function does not read (`_user`) are deliberate.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ ignoreRestSiblings: true, argsIgnorePattern: '^_' }
			],
			// The app is served at the root (no `paths.base`): `resolve()` around every link and `goto`
			// would change nothing, and the routes' hrefs stay readable as the addresses people see.
			'svelte/no-navigation-without-resolve': 'off',
			// Flags every Map, Set, Date or URLSearchParams in a component or runes module, also the
			// local ones built and thrown away inside a function or replaced whole in a $state
			// (copy-on-write), which is how this code keeps state; SvelteMap would only add tracking.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Tests, benchmarks and measuring scripts read JSON answers and the page's own globals inside
		// page.evaluate; `any` there is the honest type of what the test then asserts on.
		files: ['tests/**', 'bench/**', 'scripts/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	}
);
