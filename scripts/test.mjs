/**
 * `npm test`: lint (zero warnings), type check, browser tests in headless Chromium with
 * coverage, node tests (CLI, content build, servers) and end-to-end tests against the built
 * demo. Runs every stage even when one fails, then prints `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const stages = [];
function stage(name, cmd, args, env = {}) {
  console.log(`\n── ${name} ──`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  stages.push({ name, ok: status === 0 });
  return status === 0;
}
const npx = (...args) => ['npx', ['--no-install', ...args]];
const findTests = (dir, pattern) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).filter((f) => pattern.test(f)).map((f) => join(dir, f)).sort() : [];

stage('lint', ...npx('eslint', '--max-warnings', '0', '.'));
// Three projects: browser code without Node's types, the node layer, then everything with tests.
stage('type check (browser layers, no Node types)', ...npx('tsc', '-p', 'tsconfig.browser.json'));
stage('type check (node layer)', ...npx('tsc', '-p', 'tsconfig.node.json'));
stage('type check (tests, scripts, demo)', ...npx('tsc', '-p', 'tsconfig.json'));
const chrome = ensureChromium();
stage('browser tests (web-test-runner, Chromium)', ...npx('web-test-runner', '--coverage'), { CHROME_PATH: chrome });

const nodeTests = findTests('test/node', /\.test\.ts$/);
if (nodeTests.length) {
  stage('node tests (CLI, content, servers)', 'node', [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-counts-reporter.mjs', `--test-reporter-destination=${RESULTS}/node.json`,
    ...nodeTests,
  ]);
}
const e2eTests = findTests('test/e2e', /\.test\.ts$/);
const packageTests = findTests('test/package', /\.test\.ts$/);
const nodeSuite = (files, results, env = {}) => [
  'node',
  [
    '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-counts-reporter.mjs', `--test-reporter-destination=${RESULTS}/${results}.json`,
    ...files,
  ],
  env,
];
if (stage('build (library, reader, CLI, demo hosts)', 'sh', ['-c', 'node scripts/build.mjs && node scripts/build-hosts.mjs'])) {
  // The size budget and the check that no editor module reaches the reader's initial files.
  stage('size budget (npm run size)', 'node', ['scripts/size.mjs']);
  if (e2eTests.length) stage('end-to-end tests (playwright-core, Chromium)', ...nodeSuite(e2eTests, 'e2e', { CHROME_PATH: chrome }));
  // npm pack, install the tarball in an empty folder, run the CLI, the server and a Vite build there.
  if (packageTests.length) stage('package tests (the packed tarball, installed)', ...nodeSuite(packageTests, 'package'));
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const f of readdirSync(RESULTS).filter((f) => f.endsWith('.json'))) {
  const c = JSON.parse(readFileSync(join(RESULTS, f), 'utf8'));
  for (const k of Object.keys(totals)) totals[k] += c[k] ?? 0;
}
const failedStages = stages.filter((s) => !s.ok).map((s) => s.name);
// A stage that failed without test counts of its own (lint, type check, a runner that
// could not start) is one failure, so the line below never reads as all green.
const countedStages = ['browser tests', 'node tests', 'end-to-end tests', 'package tests'];
for (const s of stages) {
  if (!s.ok && !countedStages.some((c) => s.name.startsWith(c))) totals.failed++;
}
writeFileSync(join(RESULTS, 'summary.txt'), `${totals.passed} passed, ${totals.failed} failed\n`);
console.log('\n── summary ──');
for (const s of stages) console.log(`${s.ok ? 'ok  ' : 'FAIL'}  ${s.name}`);
if (totals.skipped) console.log(`${totals.skipped} skipped`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
if (failedStages.length) {
  console.error(`Failed: ${failedStages.join(', ')}`);
  process.exit(1);
}
