import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

/**
 * The fences between the floors of the code (README, "Code map"). Each is proved by
 * tests/unit/architecture/lint-fences.test.ts, which lints a probe file against it.
 */

/** Node built-ins, with and without the `node:` prefix. */
const nodeBuiltins = ['node:*', ...builtinModules.filter((m) => !m.startsWith('_'))];
/** Packages that reach the machine (native code, files, the network): never in pure code. */
const ioPackages = [
  'better-sqlite3',
  'koffi',
  'ps-list',
  'nodemailer',
  'ws',
  'tesseract.js',
  'electron',
  'electron/*',
];
/** What the core and the plain-Node hosts may not import. */
const withoutElectron = [
  { group: ['electron', 'electron/*'], message: 'Only electron/main/shell and index.ts use Electron.' },
  {
    group: ['**/shell/**', '**/shell', '**/renderer/**', '**/electron/preload/**'],
    message: 'The core and the plain-Node hosts do not reach into the shell or the renderer.',
  },
];
const pureMessage = 'shared/ is pure TypeScript: only shared/ and pure packages (zod, i18next).';

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // A promise nobody awaits loses its error: mark it `void` on purpose, or handle it.
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    // The ground floor: pure code, no Electron, no Node, no I/O, nothing from the floors above.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...nodeBuiltins, ...ioPackages], message: pureMessage },
            { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: pureMessage },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'window', 'document', 'Buffer'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time is a parameter in shared/.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, ...ioPackages, '**/electron/**'],
              message: 'The renderer reaches the core only through the store (state/app-store.ts).',
            },
          ],
        },
      ],
      // Only the client module reads the bridge the preload puts on the window.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[property.name="holdon"]',
          message: 'Only renderer/src/api/client.ts reads window.holdon.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/api/client.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Screens and components reach the core through the store, never the client itself.
    files: ['renderer/src/screens/**', 'renderer/src/components/**', 'renderer/src/speech/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeBuiltins, ...ioPackages, '**/electron/**'],
              message: 'The renderer reaches the core only through the store (state/app-store.ts).',
            },
            {
              group: ['**/api/client', '**/api/client-types', '**/api/preview-transport'],
              message: 'Screens reach the core through the store (state/app-store.ts), not the client.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core and the plain-Node hosts run without Electron.
    files: ['electron/main/cli/**/*.ts', 'electron/main/preview/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: withoutElectron }] },
  },
  {
    // The core, besides, knows no host: the hosts use the core, not the other way round.
    files: ['electron/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...withoutElectron,
            {
              group: ['**/cli/**', '**/cli', '**/preview/**', '**/preview'],
              message:
                'The core knows no host: the CLI and the preview host use the core, not the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the IPC wrappers touch ipcMain / ipcRenderer.
    files: ['electron/main/index.ts', 'electron/main/shell/**/*.ts'],
    ignores: ['electron/main/shell/ipc-bridge.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use shell/ipc-bridge.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line entry points and test tooling may print.
    files: ['electron/main/cli/**', 'electron/main/preview/main.ts', 'scripts/**', 'tests/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures must destructure their first argument, even when they use nothing.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
