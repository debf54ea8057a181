/**
 * `npm run bench:offline`: time from an offline reload to the first paint of the home view
 * and to an entry list, with the synthetic 5,000-entry pack, median of 10 runs in headless
 * Chromium (Kompass's service worker serves the app, IndexedDB the content).
 * Budget on this machine: ≤ 500 ms to the entry list.
 */
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { buildPack, writePack } from '../../src/node/build/build-pack.js';
import { startStaticServer } from '../static-server.mjs';
import { makeSource } from './synthetic-source.mjs';

const RUNS = 10;
const BUDGET_LIST_MS = 500;

if (!existsSync('dist/kompass.js') || !existsSync('dist/kompass-sw.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'kompass-bench-offline-'));
const packDir = join(root, 'pack');
const pageDir = join(root, 'page');
const t0 = performance.now();
const pack = buildPack(makeSource({ entries: 5000 }), { date: '2026-06-01', revision: 1 });
await writePack(pack, packDir);
const buildMs = performance.now() - t0;
const category = pack.base.categories.find((c) => c.parent)!.id;
const inCategory = pack.base.entries.filter((e) => e.categories.includes(category)).length;

rmSync(pageDir, { recursive: true, force: true });
(await import('node:fs')).mkdirSync(pageDir, { recursive: true });
writeFileSync(
  join(pageDir, 'index.html'),
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>bench</title>
<script type="module" src="/dist/kompass.js"></script></head>
<body><kompass-app src="/pack/manifest.json" lang="de" service-worker="/dist/kompass-sw.js" service-worker-scope="/"></kompass-app></body></html>`,
);

// Marks, in the page, when the home heading and the first entry card are on screen.
const PROBE = `(() => {
  const deep = (root, sel) => { const hit = root.querySelector(sel); if (hit) return hit;
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) { const h = deep(el.shadowRoot, sel); if (h) return h; } return null; };
  window.__marks = {};
  const tick = () => {
    const inside = (host, sel) => { const el = deep(document, host); return el && el.shadowRoot && el.shadowRoot.querySelector(sel); };
    if (!window.__marks.home && inside('kompass-home-view', 'h2')) window.__marks.home = performance.now();
    if (!window.__marks.list && inside('kompass-entry-list', 'li a.card')) window.__marks.list = performance.now();
    if (!(window.__marks.home && window.__marks.list)) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const server = await startStaticServer({ port: 0, mounts: { '/dist/': 'dist', '/pack/': packDir, '/': pageDir } });
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const profile = join(root, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const page: Page = context.pages()[0] ?? (await context.newPage());
await page.addInitScript(PROBE);

const waitFor = async (mark: 'home' | 'list', timeout = 60_000): Promise<number> => {
  await page.waitForFunction(`window.__marks && window.__marks.${mark}`, null, { timeout, polling: 50 });
  return (await page.evaluate(`window.__marks.${mark}`)) as number;
};

// First visit online: the sync stores the pack; the worker installs. Then once more, controlled.
page.on('console', (m) => process.env.DEBUG && console.log('page:', m.text()));
await page.goto(`${url}/#/kompass/`);
await waitFor('home').catch(async (e: unknown) => {
  console.error('The home view never appeared. The app showed:', await page.evaluate(`document.querySelector('kompass-app').shadowRoot.textContent.replace(/\\s+/g, ' ')`));
  throw e;
});
await page.waitForFunction(`document.querySelector('kompass-app').shadowRoot.textContent.includes('Online') && !document.querySelector('kompass-app').shadowRoot.querySelector('.status progress')`, null, { timeout: 60_000 });
await page.evaluate('navigator.serviceWorker.ready');
await page.reload();
await waitFor('home');
await context.setOffline(true);

const home: number[] = [];
const list: number[] = [];
for (let i = 0; i < RUNS; i++) {
  await page.goto(`${url}/#/kompass/`);
  home.push(await waitFor('home'));
  await page.goto('about:blank');
  await page.goto(`${url}/#/kompass/category/${category}`);
  list.push(await waitFor('list'));
  await page.goto('about:blank');
}
await context.close();
server.closeAllConnections();
server.close();
rmSync(root, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const rows = [
  ['pack build (5,000 entries, 12 languages)', ms(buildMs), '—', ''],
  [`offline reload → home view painted (median of ${RUNS})`, ms(median(home)), '—', ''],
  [`offline reload → entry list painted, ${inCategory} entries (median of ${RUNS})`, ms(median(list)), `${BUDGET_LIST_MS} ms`, median(list) <= BUDGET_LIST_MS ? 'pass' : 'FAIL'],
  ['  range of the entry-list runs', `${ms(Math.min(...list))} – ${ms(Math.max(...list))}`, '—', ''],
];
const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length), 6));
console.log(['timing', 'value', 'budget', 'result'].map((h, i) => h.padEnd(widths[i]!)).join('  '));
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
// `--json`: the same rows as one machine-readable line, for `npm run bench` (all.mjs).
if (process.argv.includes('--json')) {
  const out = rows.filter((r) => !r[0]!.startsWith(' ')).map(([name, value, budget, result]) => ({ name, value, budget: budget === '—' ? null : budget, pass: result ? result === 'pass' : null }));
  console.log(`BENCH_JSON ${JSON.stringify({ rows: out })}`);
}
process.exit(median(list) <= BUDGET_LIST_MS ? 0 : 1);
