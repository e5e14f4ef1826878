// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.dist-versions/',
      '.astro/',
      '.astro-cache/',
      '.build-staging*/',
      'node_modules/',
      'test-results/',
      'seeds/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Astro components are outside the import check of .dependency-cruiser.cjs (it reads no .astro):
  // the same rule for them, components below layouts below pages.
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/layouts/*', '**/pages/*'], message: 'Components sit below layouts and pages.' }] },
      ],
    },
  },
  {
    files: ['src/layouts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/pages/*'], message: 'Layouts sit below pages.' }] },
      ],
    },
  },
);
