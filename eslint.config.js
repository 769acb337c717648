import prettier from 'eslint-config-prettier';
import path from 'node:path';
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, includeIgnoreFile } from 'eslint/config';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = path.resolve(import.meta.dirname, '.gitignore');

// One-way layers (see the README's layout section). Each folder of src/lib may import only the
// layers below it; a wrong-way import fails `npm test`. Tests and test fixtures may reach across.
const TESTS = ['**/*.test.ts', '**/testing.ts'];
/** Nothing in src/lib imports a page. */
const ROUTES = ['**/routes/*', '**/routes/**'];
/** Pure modules: no Svelte, no SvelteKit, no sound library. */
const FRAMEWORK = ['svelte', 'svelte/*', '$app/*', '@sveltejs/*', 'howler', 'howler/*'];
/** Pure modules do not touch the page or the browser's storage either. */
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map(
	(name) => ({ name, message: 'A pure module takes what it needs as arguments.' })
);
const ALL_LIB = ['$lib/*', '$lib/**', '../*', '../**'];

/**
 * A layer: `files` may import from `$lib` only the folders in `allowed` (each `$lib/<name>` or
 * one module of it); `pure` layers may not use Svelte or the browser either.
 */
function layer(name, files, allowed, pure = false) {
	// gitignore-style: a module of a folder is re-included after its folder and its siblings. Two
	// modules of one folder share the folder's lines: a repeat would exclude the first one again.
	const allow = [
		...new Set(
			allowed.flatMap((a) => {
				const [folder, module] = a.split('/');
				return module
					? [`!$lib/${folder}`, `$lib/${folder}/*`, `!$lib/${a}`]
					: [`!$lib/${a}`, `!$lib/${a}/*`];
			})
		)
	];
	return {
		name: `layers/${name}`,
		files,
		ignores: TESTS,
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [...ALL_LIB, ...allow],
							message: `${name} may import only ${allowed.join(', ')} from src/lib (see the README's layout).`
						},
						{ group: ROUTES, message: 'src/lib never imports a page.' },
						...(pure
							? [{ group: FRAMEWORK, message: `${name} is pure: no Svelte, no SvelteKit.` }]
							: [])
					]
				}
			],
			...(pure ? { 'no-restricted-globals': ['error', ...BROWSER_GLOBALS] } : {})
		}
	};
}

const PLAYER_CORE = [
	'src/lib/player/engine.ts',
	'src/lib/player/cues.ts',
	'src/lib/player/labels.ts',
	'src/lib/player/saved-run.ts',
	'src/lib/player/run-summary.ts',
	'src/lib/player/play-exercise.ts',
	'src/lib/player/record.ts',
	'src/lib/player/rest-limit.ts'
];

// The form check's pure core: angles, reps and flags from landmarks, tested in Node.
const FORM_CHECK_CORE = [
	'src/lib/form-check/fppa.ts',
	'src/lib/form-check/landmarks.ts',
	'src/lib/form-check/reps.ts',
	'src/lib/form-check/flags.ts',
	'src/lib/form-check/exercises.ts',
	'src/lib/form-check/progress.ts'
];

const layers = [
	layer('format', ['src/lib/format.ts', 'src/lib/fetch-data.ts'], []),
	layer('routines', ['src/lib/routines/**'], ['routines', 'format'], true),
	layer('figures', ['src/lib/figures/**'], ['figures', 'routines', 'format'], true),
	layer(
		'history',
		['src/lib/history/**'],
		['history', 'routines', 'format', 'storage/records'],
		true
	),
	layer(
		'the player engine',
		PLAYER_CORE,
		[
			'routines',
			'figures',
			'format',
			'history/session',
			'storage/records',
			'storage/session-record',
			'audio/cues'
		],
		true
	),
	layer('the form check core', FORM_CHECK_CORE, ['form-check', 'format'], true),
	{
		...layer(
			'the form check',
			['src/lib/form-check/**'],
			['form-check', 'audio', 'storage', 'format']
		),
		ignores: [...TESTS, ...FORM_CHECK_CORE]
	},
	{
		...layer(
			'the plan',
			['src/lib/plan/**'],
			['plan', 'history', 'routines', 'format', 'storage/records'],
			true
		),
		ignores: [...TESTS, 'src/lib/plan/**/*.svelte.ts']
	},
	layer(
		'the plan store',
		['src/lib/plan/**/*.svelte.ts'],
		['plan', 'storage', 'history', 'routines', 'format']
	),
	layer('audio', ['src/lib/audio/**'], ['audio', 'routines', 'format']),
	layer(
		'storage',
		['src/lib/storage/**'],
		['storage', 'routines', 'history', 'plan', 'form-check', 'format']
	),
	{
		...layer(
			'the player session',
			['src/lib/player/**'],
			['player', 'audio', 'storage', 'history', 'routines', 'figures', 'format']
		),
		ignores: [...TESTS, ...PLAYER_CORE]
	},
	layer(
		'play data',
		['src/lib/play-data/**'],
		[
			'play-data',
			'player/play-exercise',
			'history',
			'storage',
			'routines',
			'figures',
			'fetch-data',
			'format'
		]
	),
	layer(
		'routine pages',
		['src/lib/routine-page/**'],
		['routine-page', 'storage', 'routines', 'figures', 'fetch-data', 'format']
	),
	layer(
		'warm-up data',
		['src/lib/warmup-data/**'],
		['warmup-data', 'routines', 'figures', 'fetch-data', 'format']
	),
	// Components may use any of src/lib; nothing in src/lib imports a page.
	{
		name: 'layers/components',
		files: ['src/lib/components/**'],
		ignores: TESTS,
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: ROUTES, message: 'src/lib never imports a page.' }] }
			]
		}
	}
];

export default defineConfig(
	includeIgnoreFile(gitignorePath),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks undefined names better than this rule can.
			'no-undef': 'off'
		}
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	...layers
);
