#!/usr/bin/env node
/**
 * `npm run bench`: every budget from one run, in one table — bundle sizes (`npm run size`),
 * content sync (`bench:content`), offline reload (`bench:offline`), search (`bench:search`)
 * and Lighthouse on the demo (`npm run lighthouse`). Builds first, then runs each script in
 * turn (one at a time, so they do not compete for the CPU) with `--json`, reading the
 * `BENCH_JSON {...}` line each prints; a script without that line is read from its printed
 * table (rows ending in pass/FAIL). Writes the table to bench/results.md with the date.
 * Exits 1 if any budget fails or a script could not run.
 *
 *   npm run bench            [-- --no-build] [-- --no-lighthouse] [BENCH_SUITE_TIMEOUT_MIN=10] [BENCH_* variables of the scripts]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { chromePath } from '../chrome-path.mjs';

const args = new Set(process.argv.slice(2));
/** A script that hangs is stopped (and its row marked) rather than stopping the whole run. */
const TIMEOUT_MS = Number(process.env.BENCH_SUITE_TIMEOUT_MIN ?? 10) * 60_000;
const SUITES = [
  { name: 'bundle size', cmd: ['node', 'scripts/size.mjs'] },
  { name: 'content sync', cmd: ['node', 'scripts/bench/content.mjs'] },
  { name: 'offline reload', cmd: ['node', '--import', 'tsx', 'scripts/bench/offline.ts'] },
  { name: 'first visit, slow network', cmd: ['node', '--import', 'tsx', 'scripts/bench/first-visit.ts'] },
  { name: 'search', cmd: ['node', 'scripts/bench/search.mjs'], file: 'scripts/bench/search.mjs' },
  ...(args.has('--no-lighthouse') ? [] : [{ name: 'Lighthouse (demo, mobile)', cmd: ['node', '--import', 'tsx', 'scripts/lighthouse.mjs'] }]),
];

if (!args.has('--no-build')) {
  console.log('── build ──');
  const b = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

/** Rows from a printed table: columns split on two or more spaces or `|`, last column pass/FAIL. */
function rowsFromTable(text) {
  const rows = [];
  let header = [];
  const overall = new Map();
  for (const line of text.split('\n')) {
    const cells = line.split(/\s*\|\s*|\s{2,}/).map((c) => c.trim()).filter(Boolean);
    if (cells[0] === 'overall') header.forEach((h, i) => overall.set(h, cells[i + cells.length - header.length]));
    else if (cells.length > 1 && !/^[─-]/.test(cells[0])) header = cells;
    // "recall@5 target 0.9: pass", with the figure from the table's "overall" row.
    const target = /^(\S+) target ([\d.]+): (pass|FAIL)$/.exec(line.trim());
    if (target) rows.push({ name: `${target[1]} (overall)`, value: overall.get(target[1]) ?? '?', budget: `≥ ${target[2]}`, pass: target[3] === 'pass' });
    const verdict = cells.at(-1);
    if (cells.length >= 4 && (verdict === 'pass' || verdict === 'FAIL')) rows.push({ name: cells[0], value: cells[1], budget: cells[cells.length - 2], pass: verdict === 'pass' });
  }
  return rows;
}

const table = [];
const started = new Date();
const loadBefore = loadavg()[0];
for (const suite of SUITES) {
  if (suite.file && !existsSync(suite.file)) {
    table.push({ suite: suite.name, name: `NOT MEASURED: ${suite.file} does not exist yet`, value: '–', budget: '–', pass: false });
    continue;
  }
  console.log(`\n── ${suite.name}: ${suite.cmd.join(' ')} --json ──`);
  const t0 = Date.now();
  const run = spawnSync(suite.cmd[0], [...suite.cmd.slice(1), '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: TIMEOUT_MS, killSignal: 'SIGKILL', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? chromePath() } });
  process.stdout.write(run.stdout.split('\n').filter((l) => !l.startsWith('BENCH_JSON ')).join('\n'));
  process.stderr.write(run.stderr);
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  const rows = line ? JSON.parse(line.slice('BENCH_JSON '.length)).rows : rowsFromTable(run.stdout);
  for (const r of rows) table.push({ suite: suite.name, ...r, budget: r.budget ?? '–' });
  const timedOut = run.error?.code === 'ETIMEDOUT';
  if (timedOut) {
    table.push({ suite: suite.name, name: `NOT FINISHED: ${suite.cmd.at(-1)} timed out after ${TIMEOUT_MS / 60000} min${rows.length ? ' (the rows above are what it printed before)' : ''}`, value: '–', budget: '–', pass: false });
  } else if (!rows.some((r) => r.budget && r.budget !== '–')) {
    table.push({ suite: suite.name, name: `NOT MEASURED: ${suite.cmd.at(-1)} printed no figures (exit ${run.status})`, value: '–', budget: '–', pass: false });
  }
  console.log(`(${((Date.now() - t0) / 1000).toFixed(0)} s, exit ${run.status})`);
}

const budgeted = table.filter((r) => r.pass !== null && r.pass !== undefined);
const failed = budgeted.filter((r) => !r.pass);
const chromium = spawnSync(chromePath() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown';
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${chromium}`;
const esc = (s) => String(s).replace(/\|/g, '\\|');
const md = [
  `# Benchmark results`,
  '',
  `Last run: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, \`npm run bench\` (scripts/bench/all.mjs) on ${machine}.`,
  `Load average (1 min) before the run ${loadBefore.toFixed(2)}, after ${loadavg()[0].toFixed(2)} — timings are only comparable on an otherwise idle machine.`,
  `${budgeted.length - failed.length} of ${budgeted.length} budgets met${failed.length ? `; **failed:** ${failed.map((r) => r.name).join('; ')}` : ''}.`,
  '',
  '| suite | measure | figure | budget | result |',
  '|---|---|---|---|---|',
  ...table.map((r) => `| ${esc(r.suite)} | ${esc(r.name)} | ${esc(r.value)} | ${esc(r.budget)} | ${r.pass === null || r.pass === undefined ? '' : r.pass ? 'pass' : '**FAIL**'} |`),
  '',
  'Figures from one run on this machine; timings vary by a few per cent between runs. Rows without a budget are for information.',
  '',
].join('\n');
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.md', md);

console.log('\n── all budgets ──');
const cols = ['suite', 'name', 'value', 'budget'];
const w = cols.map((c) => Math.max(...table.map((r) => String(r[c]).length)));
for (const r of table) console.log(`${cols.map((c, i) => String(r[c]).padEnd(w[i])).join('  ')}  ${r.pass === null || r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL'}`);
console.log(`\n${budgeted.length - failed.length} of ${budgeted.length} budgets met. Written to bench/results.md.`);
process.exitCode = failed.length ? 1 : 0;
