// Lint: TypeScript rules plus the layer rules (shared/ is pure; only the shell imports 'electron').
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const SHELL_FILES = ['electron/shell/**/*.ts'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/.work/**', '.tmp/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: "Only the Electron shell (electron/shell/) imports 'electron'." }] },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ is pure: no Node built-ins.' })),
            { name: 'electron', message: "shared/ is pure: no 'electron'." },
            { name: 'react', message: 'shared/ is pure: no React.' },
            { name: 'react-dom', message: 'shared/ is pure: no React.' },
            { name: 'better-sqlite3', message: 'shared/ is pure: no database.' },
          ],
          patterns: [
            { group: ['../electron/*', '../../electron/*', '../renderer/*', '../../renderer/*'], message: 'shared/ imports nothing from electron/ or renderer/.' },
            { group: ['react-dom/*', 'node:*'], message: 'shared/ is pure.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'require', 'Buffer'].map((name) => ({
          name,
          message: 'shared/ is pure: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: 'The renderer runs sandboxed: no Node built-ins.' })),
            { name: 'electron', message: "The renderer talks to main only through renderer/api." },
            { name: 'better-sqlite3', message: 'The renderer has no database.' },
          ],
          patterns: [{ group: ['**/electron/*'], message: 'The renderer imports nothing from electron/.' }],
        },
      ],
    },
  },
  { files: SHELL_FILES, rules: { 'no-restricted-imports': 'off' } },
  {
    // A sandboxed preload can require only 'electron' (and events/timers/url): it imports the zod-free names and nothing else.
    files: ['electron/shell/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!electron$|\\.\\./\\.\\./shared/ipc/names$)', message: "The sandboxed preload imports only 'electron' and shared/ipc/names." }] },
      ],
    },
  },
  {
    // No path from the app to the user's browser or file manager: the app makes no outbound request.
    files: SHELL_FILES,
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'shell', property: 'openExternal', message: 'The app opens nothing outside itself.' },
        { object: 'shell', property: 'openPath', message: 'The app opens nothing outside itself.' },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
