import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Node built-ins, with and without the `node:` prefix, for the layering rules below. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
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
    // Pure code: no Electron, no Node, no DOM globals beyond the language itself.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', ...nodeBuiltins], message: 'shared/ is pure TypeScript.' }] },
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
              group: ['electron', ...nodeBuiltins],
              message: 'The renderer reaches the core only through api/client.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core runs under plain Node: only the shell and preload may import Electron.
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only electron/main/shell and index.ts use Electron.' }] },
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
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
