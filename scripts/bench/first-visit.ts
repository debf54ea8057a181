/**
 * `npm run bench:first-visit`: what a newcomer sees on a first visit over a slow connection —
 * 400 kbit/s down and up, 150 ms round trip (the "Slow 4G" a prepaid plan falls back to) and
 * a 4× slower CPU, in headless Chromium with a fresh profile per run. The page holds only a
 * `<kompass-app>` reading the demo pack (built from demo/content), served with gzip.
 *
 * Marks, from navigation start (median of BENCH_RUNS runs, default 3):
 * - first paint: the browser's first contentful paint;
 * - Kompass frame: the first moment the element shows more than a bare "…" (a frame,
 *   skeleton or text of its own);
 * - town name: the municipality's name is on screen inside Kompass;
 * - interface text: a string of the reader's language is on screen (the status line);
 * - home view: the home heading with the content is painted.
 *
 * With BENCH_NAME_ATTRIBUTE=1 the element carries the town's name (`municipality`), as
 * dist/app/ does when built with KOMPASS_APP_NAME.
 *
 *   node --import tsx scripts/bench/first-visit.ts [--json]   [BENCH_RUNS=3] [BENCH_NAME_ATTRIBUTE=1] [CHROME_PATH=…]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { buildFromSource } from '../../src/node/build/build-pack.js';
import { startStaticServer } from '../static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const KBIT = 400;
const RTT_MS = 150;
const CPU = 4;
const MARKS = ['fcp', 'frame', 'name', 'strings', 'home'] as const;
type Mark = (typeof MARKS)[number];
const LABELS: Record<Mark, string> = {
  fcp: 'first contentful paint (page)',
  frame: 'Kompass frame or skeleton painted',
  name: 'town name painted',
  strings: 'interface text (reader\'s language) painted',
  home: 'home view with content painted',
};

if (!existsSync('dist/kompass.js')) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}

const root = mkdtempSync(join(tmpdir(), 'kompass-bench-first-'));
const packDir = join(root, 'pack');
const pageDir = join(root, 'page');
const built = await buildFromSource('demo/content', packDir);
if (!built.pack) throw new Error('The demo content pack did not build');
const town = built.pack.manifest.municipality.name.de ?? Object.values(built.pack.manifest.municipality.name)[0]!;
mkdirSync(pageDir, { recursive: true });
writeFileSync(
  join(pageDir, 'index.html'),
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title>
<script type="module" src="/dist/kompass.js"></script></head>
<body><kompass-app src="/pack/manifest.json"${process.env.BENCH_NAME_ATTRIBUTE === '1' ? ` municipality="${town}"` : ''}></kompass-app></body></html>`,
);

const PROBE = `(() => {
  window.__marks = {};
  const mark = (k) => { if (!window.__marks[k]) window.__marks[k] = performance.now(); };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__marks.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  const tick = () => {
    const app = document.querySelector('kompass-app');
    const root = app && app.shadowRoot;
    if (root) {
      const text = root.textContent.replace(/\\s+/g, ' ').trim();
      if (root.querySelector('.frame, .skeleton') || (text && text !== '…')) mark('frame');
      if (text.includes(${JSON.stringify(town)})) mark('name');
      const status = root.querySelector('[part=status] [role=status], [part=content] [role=status]');
      if (status && status.textContent.trim()) mark('strings');
      const home = root.querySelector('kompass-home-view');
      if (home && home.shadowRoot && home.shadowRoot.querySelector('h2')) mark('home');
    }
    if (!window.__marks.home) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const server = await startStaticServer({ port: 0, mounts: { '/dist/': 'dist', '/pack/': packDir, '/': pageDir }, gzip: true });
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const runs: Record<Mark, number>[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await chromium.launchPersistentContext(join(root, `profile-${i}`), {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: (KBIT * 1000) / 8, uploadThroughput: (KBIT * 1000) / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
      await page.addInitScript(PROBE);
      await page.goto(url);
      await page.waitForFunction('window.__marks && window.__marks.home', null, { timeout: 120_000, polling: 100 });
      await page.waitForTimeout(200);
      const marks = (await page.evaluate('window.__marks')) as Partial<Record<Mark, number>>;
      runs.push(Object.fromEntries(MARKS.map((m) => [m, marks[m] ?? NaN])) as Record<Mark, number>);
    } finally {
      await context.close();
    }
  }
} finally {
  server.closeAllConnections();
  server.close();
  rmSync(root, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = MARKS.map((m) => [`first visit, ${KBIT} kbit/s, ${RTT_MS} ms RTT, CPU ×${CPU} → ${LABELS[m]}`, `${(median(runs.map((r) => r[m])) / 1000).toFixed(2)} s`]);
const w = Math.max(...rows.map((r) => r[0]!.length));
console.log(`Kompass first visit on a slow network (median of ${RUNS} runs)\n`);
for (const [name, value] of rows) console.log(`${name!.padEnd(w)}  ${value}`);
if (process.argv.includes('--json')) console.log(`BENCH_JSON ${JSON.stringify({ rows: rows.map(([name, value]) => ({ name, value, budget: null, pass: null })) })}`);
