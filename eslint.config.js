import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'demo/pack/', 'custom-elements.json', '.test-results/', 'test/hosts/*/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The demo's own scripts: a page script and a host's service worker.
    files: ['demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.serviceworker } },
  },
  {
    // The host apps of the end-to-end tests (test/hosts: plain, React, Vue), built with Vite.
    files: ['test/hosts/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'src/cli/**/*.ts', 'src/server/**/*.ts', 'bench/**/*.{mjs,ts}', 'bin/**/*.js', '*.{js,mjs,ts}', 'test/e2e/**/*.{mjs,ts}', 'test/node/**/*.{mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
