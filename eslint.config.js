import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import { builtinModules } from 'node:module';

/*
 * Layers by where code runs (docs/architecture.md). Each folder of src/ may import only the
 * layers below it; every message names the rule so a failing `npm test` says what to do.
 */
const LAYERS = 'docs/architecture.md';
const noNode = {
  paths: builtinModules.filter((m) => !m.startsWith('_')).map((name) => ({ name, message: `runs in the browser: no Node built-ins (${LAYERS}).` })),
  regex: '^node:',
  message: `runs in the browser: no node:* modules — file system, CLI and server code belong in src/node/ (${LAYERS}).`,
};
const layer = (what, forbidden, extraPaths = []) => ({
  'no-restricted-imports': ['error', {
    paths: [...noNode.paths.map((p) => ({ ...p, message: `${what} ${p.message}` })), ...extraPaths],
    patterns: [
      { regex: noNode.regex, message: `${what} ${noNode.message}` },
      ...forbidden.map(([dir, why]) => ({ regex: `(^|/)(\\.\\./)+(${dir})/`, message: `${what} must not import src/${dir.split('|').join('/ or src/')}/: ${why} (${LAYERS}).` })),
    ],
  }],
});
const AUTHORING_LIBS = ['yaml', 'ajv', 'ajv-formats', 'marked', 'opening_hours'].map((name) => ({
  name,
  message: `The reader must not import ${name}: parsing, validation, Markdown and hours compilation happen at publish time or in the editor (${LAYERS}).`,
}));

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
  // The layer rules (see LAYERS above).
  {
    files: ['src/pack/**/*.ts'],
    rules: layer('The pack format (src/pack)', [['reader|authoring|editor|node', 'it is the bottom layer, types, schemas and verification only']]),
  },
  {
    files: ['src/reader/**/*.ts', 'src/*.ts'],
    rules: layer('Reader code (src/reader)', [
      ['editor', 'the editor is a lazily loaded chunk that readers never download; import it only through the loader\'s dynamic import()'],
      ['authoring', 'build-time logic (validation, Markdown, hours compilation) stays out of kompass.js'],
      ['node', 'it is node-only'],
    ], AUTHORING_LIBS),
  },
  {
    files: ['src/authoring/**/*.ts'],
    rules: layer('Authoring logic (src/authoring)', [['reader|editor', 'it is shared by the editor and the CLI and must not depend on either UI'], ['node', 'it must stay browser-safe: file access belongs in src/node/']]),
  },
  {
    files: ['src/editor/**/*.ts'],
    rules: layer('Editor code (src/editor)', [['node', 'it runs in the browser; talk to the publish server over HTTP']]),
  },
  {
    files: ['src/app-page/**/*.ts'],
    rules: layer('The app page (src/app-page)', [
      ['reader|editor|authoring', 'it only configures the <kompass-app> of dist/app/ through attributes; kompass.js is a script of its own on that page'],
      ['node', 'it is node-only'],
    ]),
  },
  {
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)(\\.\\./)+(reader|editor)/', message: `Node code (src/node) must not import the UI layers src/reader/ or src/editor/ (${LAYERS}).` }],
      }],
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
    files: ['scripts/**/*.{js,mjs,ts}', 'src/node/**/*.ts', 'bench/**/*.{mjs,ts}', 'bin/**/*.js', '*.{js,mjs,ts}', 'test/e2e/**/*.{mjs,ts}', 'test/node/**/*.{mjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
