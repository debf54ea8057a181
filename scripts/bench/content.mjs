#!/usr/bin/env node
/**
 * Content benchmark: a synthetic pack of 5,000 entries, 1,000 information pages and 500 events
 * in 12 languages, served on 127.0.0.1
 * (gzip, like a CDN), synced into IndexedDB in headless Chromium by the real SyncService.
 *
 *   npm run bench:content            [BENCH_ENTRIES=5000] [BENCH_PAGES=1000] [BENCH_EVENTS=500] [BENCH_CPU_THROTTLE=4] [CHROME_PATH=…]
 *
 * Prints file sizes (raw and gzip) per language and the timings against their budgets; exits 1
 * if a budgeted timing fails.
 *
 * Build: the pack is built with the real `buildPack` (src/node/build/build-pack.ts) when it loads;
 * otherwise the script writes the pack JSON itself and times that instead (it says which).
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { LANGS, makeSource, scriptOf } from './synthetic-source.mjs';

/* global window, location -- used inside page.evaluate, which runs in the browser */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(root, 'node_modules', '.cache', 'kompass-bench');
mkdirSync(cacheDir, { recursive: true });

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5000);
const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 500);
const SYNC_LANGS = ['ar']; // + the default language de: base + 2 languages
const BUDGET = { coldSync: 1500, first50: 50 };

/* ───────────── building the pack ───────────── */

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

async function buildWithKompass(source) {
  const out = join(cacheDir, 'build-pack.mjs');
  await build({ entryPoints: [join(root, 'src/node/build/build-pack.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'silent' });
  const { buildPack } = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);
  const t0 = performance.now();
  const pack = buildPack(source, { date: '2026-06-01', revision: 1 });
  const ms = performance.now() - t0;
  return { how: 'buildPack (src/node/build/build-pack.ts)', ms, manifest: pack.manifest, files: new Map(pack.files.map((f) => [f.path, f.bytes])) };
}

/** Fallback: the pack JSON written directly after src/pack/types.ts (no Markdown or hours compilation). */
function buildDirect(source) {
  const t0 = performance.now();
  const files = new Map();
  const put = (name, value) => {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8');
    const hash = sha256(bytes);
    const file = `${name}.${hash.slice(0, 16)}.json`;
    files.set(file, bytes);
    return { file, sha256: hash, bytes: bytes.length };
  };
  const base = {
    format: 'kompass-pack/1',
    hoursWindow: { from: '2026-06-01', until: '2027-05-31' },
    categories: source.categories.map(({ id, parent, icon }) => ({ id, ...(parent ? { parent } : {}), icon })),
    entries: source.entries.map((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !['name', 'summary', 'description', 'keywords'].includes(k)))),
    guides: source.guides.map((g) => ({ id: g.id, steps: g.steps.map((s) => ({ id: s.id, entries: s.entries })) })),
    synonyms: [],
  };
  const baseRef = put('base', base);
  const languages = LANGS.map((code) => {
    const rich = (md) => md.split('\n\n').map((p) => (p.startsWith('- ') ? { t: 'ul', items: p.split('\n').map((li) => [li.slice(2)]) } : { t: 'p', c: [p] }));
    const text = {
      format: 'kompass-pack/1',
      lang: code,
      municipalityName: source.municipality.name[code],
      categories: Object.fromEntries(source.categories.map((c) => [c.id, c.label[code]])),
      entries: Object.fromEntries(source.entries.map((e) => [e.id, { name: e.name[code], summary: e.summary[code], ...(e.description ? { description: rich(e.description[code]) } : {}), keywords: e.keywords[code] }])),
      guides: Object.fromEntries(
        source.guides.map((g) => [g.id, { title: g.title[code], intro: rich(g.intro[code]), steps: Object.fromEntries(g.steps.map((s) => [s.id, { title: s.title[code], text: rich(s.text[code]), documents: s.documents.map((d) => d[code]) }])) }]),
      ),
    };
    return { code, endonym: code, dir: scriptOf[code] === 'arabic' ? 'rtl' : 'ltr', completeness: 1, ...put(`text/${code}`, text) };
  });
  const manifest = { format: 'kompass-pack/1', revision: 1, published: '2026-06-01T00:00:00Z', municipality: { id: 'musterstadt', name: source.municipality.name, defaultLanguage: 'de', timeZone: 'Europe/Berlin', state: 'RP' }, base: baseRef, languages };
  files.set('manifest.json', Buffer.from(JSON.stringify(manifest)));
  return { how: 'own generator (scripts/bench/content.mjs; buildPack unavailable)', ms: performance.now() - t0, manifest, files };
}

/* ───────────── serving ───────────── */

function serve(files, bundle) {
  const gz = new Map([...files].map(([k, v]) => [k, gzipSync(v)]));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end('<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>');
    }
    if (path === '/bench.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(bundle);
    }
    const name = path.replace(/^\/pack\//, '');
    const body = path.startsWith('/pack/') && files.get(name);
    if (!body) {
      res.writeHead(404);
      return res.end();
    }
    const zipped = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const out = zipped ? gz.get(name) : body;
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': out.length,
      ...(zipped ? { 'Content-Encoding': 'gzip' } : {}),
      'Cache-Control': name === 'manifest.json' ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    res.end(out);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/* ───────────── main ───────────── */

const source = makeSource({ entries: ENTRIES, pages: PAGES, events: EVENTS });
let pack;
try {
  pack = await buildWithKompass(source);
} catch (e) {
  console.warn(`buildPack not usable (${e.message.split('\n')[0]}); writing the pack directly.`);
  pack = buildDirect(source);
}

const bundled = await build({
  stdin: {
    contents: "import { openKompassStore } from './src/reader/store/index.ts'; import { SyncService } from './src/reader/sync/index.ts'; window.kompassBench = { openKompassStore, SyncService };",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
});
const server = await serve(pack.files, bundled.outputFiles[0].text);
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let timings;
try {
  const page = await browser.newPage();
  const throttle = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
  if (throttle > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'kompassBench' in window);
  const category = pack.manifest && 'cat3';
  timings = await page.evaluate(
    async ({ languages, category }) => {
      const { openKompassStore, SyncService } = window.kompassBench;
      const manifestUrl = '/pack/manifest.json';
      const store = await openKompassStore({ name: 'kompass-bench' });
      await store.clear();
      let activation = 0;
      const activate = store.pointer.activate;
      store.pointer.activate = async (...args) => {
        const t = performance.now();
        try {
          return await activate(...args);
        } finally {
          activation = performance.now() - t;
        }
      };
      const service = new SyncService({ store, manifestUrl });
      const t0 = performance.now();
      const result = await service.sync({ languages });
      const coldSync = performance.now() - t0;
      if (result.status !== 'updated') throw new Error(`sync ${result.status}: ${result.error?.detail}`);
      // As after a reload: a new service, nothing cached in memory.
      const t1 = performance.now();
      const snapshot = await new SyncService({ store, manifestUrl }).loadActive(languages);
      const loadActive = performance.now() - t1;
      const first50 = snapshot.entriesInCategory(category, languages[0]).slice(0, 50);
      const firstRead = performance.now() - t1;
      // Descriptions and guide steps follow the first screen.
      const t5 = performance.now();
      await snapshot.loadFullTexts();
      const fullTexts = performance.now() - t5;
      // For comparison: reading and parsing the complete files (what a start did before list projections).
      const pointer = await store.pointer.get(new URL(manifestUrl, location.href).href);
      const refs = [pointer.manifest.base, ...pointer.manifest.languages.filter((l) => pointer.languages.includes(l.code))];
      const t3 = performance.now();
      const stored = await Promise.all(refs.map((r) => store.files.get(r.sha256)));
      const idbRead = performance.now() - t3;
      const t4 = performance.now();
      for (const f of stored) JSON.parse(f.json);
      const parse = performance.now() - t4;
      const t2 = performance.now();
      const again = await service.sync({ languages });
      const recheck = performance.now() - t2;
      return { coldSync, activation, loadActive, firstRead, fullTexts, idbRead, parse, shown: first50.length, bytes: result.bytesDownloaded, recheck, recheckStatus: again.status, persistent: store.persistent };
    },
    { languages: SYNC_LANGS, category },
  );
} finally {
  await browser.close();
  server.close();
}

/* ───────────── report ───────────── */

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const rows = [['file', 'raw', 'gzip']];
const sizeOf = (file) => {
  const b = pack.files.get(file);
  return [kb(b.length), kb(gzipSync(b).length)];
};
rows.push(['manifest.json', ...sizeOf('manifest.json')]);
rows.push([`base (${ENTRIES} entries, ${PAGES} pages, ${EVENTS} events)`, ...sizeOf(pack.manifest.base.file)]);
for (const l of pack.manifest.languages) rows.push([`text/${l.code}`, ...sizeOf(l.file)]);
const table = (r) => {
  const w = r[0].map((_, i) => Math.max(...r.map((x) => String(x[i]).length)));
  return r.map((x, j) => x.map((c, i) => (i ? String(c).padStart(w[i]) : String(c).padEnd(w[i]))).join('  ') + (j === 0 ? `\n${w.map((n) => '─'.repeat(n)).join('  ')}` : '')).join('\n');
};
console.log(`\nKompass content benchmark — ${ENTRIES} entries, ${PAGES} pages, ${EVENTS} events, ${LANGS.length} languages, Chromium headless${Number(process.env.BENCH_CPU_THROTTLE ?? 1) > 1 ? `, CPU ×${process.env.BENCH_CPU_THROTTLE} slower` : ''}\n`);
console.log(table(rows));
const ms = (n) => `${n.toFixed(1)} ms`;
const verdict = (v, b) => (b === undefined ? '' : v <= b ? 'pass' : 'FAIL');
const timingRows = [
  ['timing', 'value', 'budget', ''],
  [`build (${pack.how})`, ms(pack.ms), '—', ''],
  [`cold sync: manifest + base + ${['de', ...SYNC_LANGS].join(' + ')} (${kb(timings.bytes)} raw, gzip on the wire)`, ms(timings.coldSync), `${BUDGET.coldSync} ms`, verdict(timings.coldSync, BUDGET.coldSync)],
  ['  of which activation (one IndexedDB transaction)', ms(timings.activation), '—', ''],
  [`first 50 entries of a category (loadActive ${ms(timings.loadActive)} + entriesInCategory)`, ms(timings.firstRead), `${BUDGET.first50} ms`, verdict(timings.firstRead, BUDGET.first50)],
  ['  then the complete texts (descriptions, guide steps), after the first screen', ms(timings.fullTexts), '—', ''],
  ['  for comparison, the complete files: IndexedDB read', ms(timings.idbRead), '—', ''],
  ['  for comparison, the complete files: JSON.parse', ms(timings.parse), '—', ''],
  [`re-check (manifest 304/unchanged: ${timings.recheckStatus})`, ms(timings.recheck), '—', ''],
];
console.log(`\n${table(timingRows)}\n`);
if (!timings.persistent) console.log('note: IndexedDB was unavailable; the in-memory store was measured.');
// `--json`: the budgeted figures as one machine-readable line, for `npm run bench` (all.mjs).
if (process.argv.includes('--json')) {
  const rowsJson = [
    { name: `content pack build (${ENTRIES} entries, ${PAGES} pages, ${EVENTS} events, ${LANGS.length} languages)`, value: ms(pack.ms), budget: null, pass: null },
    { name: `cold sync: manifest + base + ${['de', ...SYNC_LANGS].join(' + ')}`, value: ms(timings.coldSync), budget: `${BUDGET.coldSync} ms`, pass: timings.coldSync <= BUDGET.coldSync },
    { name: 'first 50 entries of a category (load from IndexedDB + list)', value: ms(timings.firstRead), budget: `${BUDGET.first50} ms`, pass: timings.firstRead <= BUDGET.first50 },
  ];
  console.log(`BENCH_JSON ${JSON.stringify({ rows: rowsJson })}`);
}
const failed = timings.coldSync > BUDGET.coldSync || timings.firstRead > BUDGET.first50;
process.exitCode = failed ? 1 : 0;
