// Lint is a gate (npm test runs it with --max-warnings 0). Beyond style it enforces the layers of
// docs/architecture.md: shared/ is a pure core; renderer/ and electron/ never import each other.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const sharedForbidden = {
  patterns: [
    {
      group: ['node:*', 'fs', 'path', 'os', 'child_process'],
      message: 'shared/ runs in the browser too: no Node modules.',
    },
    {
      group: ['electron', 'dexie', 'dexie-*', 'react', 'react-*', 'wavesurfer.js*'],
      message: 'shared/ is a pure domain core.',
    },
    { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ may not import the app layers.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'dist-electron/**',
      'dist-cli/**',
      'release/**',
      'test/fixtures/out/**',
      'test/hostile/out/**',
      'bench/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', sharedForbidden] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron'],
              message: 'renderer/ talks to main only through window.earshot (shared/ipc.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Repositories and the database sit below the screens: a screen may use a repository, never the reverse.
    files: ['renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', 'electron'], message: 'renderer/ talks to main only through window.earshot.' },
            { group: ['**/screens/**'], message: 'renderer/db never imports a screen; shared logic goes to shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
