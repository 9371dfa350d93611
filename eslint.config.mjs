import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'bench/results/',
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'test/embed/pages/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    // Stylesheets take `css` from Lit's css-tag module, not from 'lit', so that the drop-in script
    // holds them all together, after the text and before Lit's code: gzip packs it ~100 B smaller.
    files: ['src/**/*.styles.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'lit', message: "Import css from '@lit/reactive-element/css-tag.js' (see src/bundle.ts)." }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-console': 'off',
    },
  },
  {
    // Node scripts; the functions they hand to the browser (page.evaluate) use browser globals.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.mjs', 'test/node/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['showcase/**/*.js'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-console': 'off' },
  },
);
