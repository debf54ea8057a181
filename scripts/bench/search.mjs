#!/usr/bin/env node
/**
 * Search benchmark, two parts:
 *
 * 1. Quality: a labelled query set (default test/reader/search/queries.json) over a pack
 *    (default the Musterstadt demo, built from demo/content with the real pack builder):
 *    recall@5 and MRR overall, per reader language and per kind of query, and the misses.
 *    The search runs over all kinds of results in one list, as the reader shows it.
 * 2. Performance: the synthetic 5,000-entry pack (scripts/bench/synthetic-source.mjs, built
 *    with the real `buildPack`), reader language Arabic + German, in headless Chromium:
 *    index build in the module worker, index load from IndexedDB, query p95, JS heap of the
 *    loaded index — against their budgets. With BENCH_COMPARE=1 (default) MiniSearch is
 *    measured on the same documents for comparison.
 *
 *   npm run bench:search [-- FLAGS]   [BENCH_ENTRIES=5000] [BENCH_CPU_THROTTLE=4] [BENCH_COMPARE=0] [CHROME_PATH=…]
 *
 *   --queries FILE     a query set: {"cases":[{"query","lang","expect":[ids],"kind"}]}; an
 *                      expected id is an entry, or "page:<id>", "guide:<id>", "event:<id>"
 *   --source DIR       a content source folder (like demo/content), built first
 *   --pack DIR         an already built pack folder (what `kompass build` writes)
 *   --strip-keywords   build from the source (or the demo) without any `keywords` field and
 *                      without synonyms.yaml, on a temporary copy: what the texts alone find
 *   --quality-only     skip the performance part
 *   --target N         recall@5 below N exits 1 (default 0.9 for queries.json, else 0)
 *
 * The last line printed is one JSON object with the figures (recallAt5, mrr, byLanguage,
 * byKind, misses, …, and performance when measured), for a town's own scripts.
 * Exits 1 if recall@5 is under the target or a budget fails, 2 on a wrong flag or file.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { measureQuality, parseSearchFlags, table } from './search-quality.mjs';
import { makeSource } from './synthetic-source.mjs';

/* global window -- used inside page.evaluate, which runs in the browser */

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(root, 'node_modules', '.cache', 'kompass-bench');
mkdirSync(cacheDir, { recursive: true });

const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 5000);
const COMPARE = process.env.BENCH_COMPARE !== '0';
const READER = 'ar';
const BUDGET = { build: 1500, load: 200, p95: 15, heapMB: 60 };
const options = parseSearchFlags(root);

const bundle = async (contents, outfile, platform) => {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    platform,
    target: 'es2022',
    write: !!outfile,
    ...(outfile ? { outfile } : {}),
    packages: platform === 'node' ? 'external' : undefined,
    logLevel: 'silent',
  });
  return outfile ?? out.outputFiles[0].text;
};

/* ───────────── 1. quality over a pack (scripts/bench/search-quality.mjs) ───────────── */

const { summary, recallOk } = await measureQuality(root, cacheDir, bundle, options);
if (options.flags['quality-only']) {
  console.log(JSON.stringify(summary));
  process.exit(recallOk ? 0 : 1);
}

/* ───────────── 2. performance on the synthetic pack ───────────── */

const source = makeSource({ entries: ENTRIES });
const packBuilder = await bundle("export { buildPack } from './src/node/build/build-pack.ts';", join(cacheDir, 'search-build-pack.mjs'), 'node');
const { buildPack } = await import(`${pathToFileURL(packBuilder).href}?t=${Date.now()}`);
const pack = buildPack(source, { date: '2026-06-01', revision: 1 });
const files = new Map(pack.files.map((f) => [f.path, f.bytes]));

const benchJs = await bundle(
  `import MiniSearch from 'minisearch';
   import { ContentSnapshot } from './src/reader/content/snapshot.ts';
   import { openSearch, buildInWorker } from './src/reader/search/engine.ts';
   import { SearchIndex } from './src/reader/search/search-index.ts';
   import { extractDocuments } from './src/reader/search/documents.ts';
   import { openKompassStore } from './src/reader/store/index.ts';
   window.kompassBench = { MiniSearch, ContentSnapshot, openSearch, buildInWorker, SearchIndex, extractDocuments, openKompassStore };`,
  undefined,
  'browser',
);
// The worker as its own entry (a side-effect import of it would be tree-shaken: package.json `sideEffects`).
const workerJs = (await build({ entryPoints: [join(root, 'src/reader/search/search-worker.ts')], bundle: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' })).outputFiles[0].text;

const server = await new Promise((resolve) => {
  const s = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (type, body) => {
      res.writeHead(200, { 'Content-Type': type });
      res.end(body);
    };
    if (path === '/') return send('text/html', '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>');
    if (path === '/bench.js') return send('text/javascript', benchJs);
    if (path === '/search-worker.ts') return send('text/javascript', workerJs);
    const body = path.startsWith('/pack/') && files.get(path.slice('/pack/'.length));
    if (body) return send('application/json', body);
    res.writeHead(404);
    res.end();
  });
  s.listen(0, '127.0.0.1', () => resolve(s));
});
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let perf;
let mini;
try {
  const page = await browser.newPage();
  page.on('crash', () => console.error('The benchmark page crashed.'));
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  const cdp = await page.context().newCDPSession(page);
  const throttle = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const heapMB = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  };
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => 'kompassBench' in window);

  // Build in the worker, store in IndexedDB.
  const built = await page.evaluate(async (reader) => {
    const { ContentSnapshot, buildInWorker, openKompassStore } = window.kompassBench;
    const get = async (f) => (await fetch(`/pack/${f}`)).json();
    const manifest = await get('manifest.json');
    const base = await get(manifest.base.file);
    const texts = new Map();
    for (const code of [reader, manifest.municipality.defaultLanguage]) texts.set(code, await get(manifest.languages.find((l) => l.code === code).file));
    window.snapshot = new ContentSnapshot(manifest, base, texts);
    let longest = 0;
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longest = Math.max(longest, e.duration))));
    observer.observe({ type: 'longtask' });
    // Main-thread work while the worker builds: a timer that should keep ticking.
    let worstGap = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      worstGap = Math.max(worstGap, now - last - 10);
      last = now;
    }, 10);
    const t0 = performance.now();
    const data = await buildInWorker(window.snapshot.base, [...texts.values()]);
    const buildMs = performance.now() - t0;
    clearInterval(ticker);
    await new Promise((r) => setTimeout(r, 50));
    observer.disconnect();
    const store = await openKompassStore({ name: 'kompass-search-bench' });
    await store.clear();
    const t1 = performance.now();
    await store.searchIndex.put('bench', manifest.revision, reader, data);
    const storeMs = performance.now() - t1;
    store.close();
    return { buildMs, storeMs, longest, worstGap, chars: data.length };
  }, READER);

  // Load as after a reload: a fresh store connection, the index read from IndexedDB and decoded.
  const heapBefore = await heapMB();
  const loaded = await page.evaluate(async (reader) => {
    const { openSearch, openKompassStore } = window.kompassBench;
    const store = await openKompassStore({ name: 'kompass-search-bench' });
    const repo = { get: (r, l) => store.searchIndex.get('bench', r, l), put: (r, l, d) => store.searchIndex.put('bench', r, l, d) };
    const t0 = performance.now();
    const engine = await openSearch(window.snapshot, reader, repo);
    const loadMs = performance.now() - t0;
    window.engine = engine;
    return { loadMs, source: engine.source, terms: engine.index.termCount, postings: engine.index.postingCount, docs: engine.index.docs.length };
  }, READER);
  const heapAfter = await heapMB();

  const queries = await page.evaluate((reader) => {
    // Queries as people type them, from the pack's own words: whole words, prefixes while
    // typing, one typo, two words, a question with stop words; half Arabic, half German.
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const { snapshot, engine } = window;
    const wordsOf = (s) => (s ?? '').split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
    const out = [];
    const entries = snapshot.base.entries;
    for (let i = 0; i < 400; i++) {
      const e = entries[Math.floor(rand() * entries.length)];
      const lang = i % 2 ? reader : 'de';
      const t = snapshot.texts.get(lang).entries[e.id];
      const pool = [...wordsOf(t.name), ...wordsOf(t.summary)];
      const w = pool[Math.floor(rand() * pool.length)] ?? 'x';
      const w2 = pool[Math.floor(rand() * pool.length)] ?? '';
      switch (i % 5) {
        case 0: out.push(w); break;
        case 1: out.push({ q: w.slice(0, 3 + Math.floor(rand() * 3)), typing: true }); break;
        case 2: { const k = Math.floor(rand() * w.length); out.push(w.slice(0, k) + (w[k] === 'a' ? 'e' : 'a') + w.slice(k + 1)); break; }
        case 3: out.push(`${w} ${w2}`); break;
        default: out.push(lang === 'de' ? `wo ist ${w}?` : `أين ${w}؟`);
      }
    }
    // A prefix is searched as live input (the last word while it is typed); the rest as finished queries.
    const run = (x) => (typeof x === 'string' ? engine.search(x, { limit: 50 }) : engine.search(x.q, { limit: 50, typing: x.typing }));
    for (const q of out.slice(0, 20)) run(q); // warm-up
    const times = out.map((q) => {
      const t = performance.now();
      run(q);
      return performance.now() - t;
    }).sort((a, b) => a - b);
    const at = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { n: times.length, p50: at(0.5), p95: at(0.95), max: times[times.length - 1] };
  }, READER);
  perf = { ...built, ...loaded, heapMB: heapAfter - heapBefore, queries };

  if (COMPARE) {
    await page.evaluate(() => {
      delete window.engine;
    });
    const miniBuild = await page.evaluate(() => {
      const { MiniSearch, extractDocuments } = window.kompassBench;
      const snapshot = window.snapshot;
      const docs = extractDocuments(snapshot.base, [...snapshot.texts.values()]).map((d, id) => {
        const doc = { id };
        for (const f of d.fields) doc[f.field] = doc[f.field] ? `${doc[f.field]} ${f.text}` : f.text;
        return doc;
      });
      const fields = ['name', 'keywords', 'category', 'summary', 'heading', 'text'];
      window.miniFields = fields;
      const t0 = performance.now();
      const ms = new MiniSearch({ fields });
      ms.addAll(docs);
      const buildMs = performance.now() - t0;
      window.miniJson = JSON.stringify(ms);
      return { buildMs, chars: window.miniJson.length, terms: ms.termCount };
    });
    const before = await heapMB();
    const miniLoad = await page.evaluate(() => {
      const { MiniSearch } = window.kompassBench;
      const t0 = performance.now();
      window.mini = MiniSearch.loadJSON(window.miniJson, { fields: window.miniFields });
      return performance.now() - t0;
    });
    await page.evaluate(() => delete window.miniJson);
    const after = await heapMB();
    const miniQuery = await page.evaluate(() => {
      const { mini } = window;
      const qs = ['abc', 'مرحبا'];
      for (const e of window.snapshot.base.entries.slice(0, 200)) qs.push((window.snapshot.texts.get('de').entries[e.id].name ?? '').split(' ')[0].slice(0, 5));
      const times = qs.map((q) => {
        const t = performance.now();
        mini.search(q, { prefix: true, fuzzy: 0.2, boost: { name: 6, keywords: 4, category: 2.5, summary: 2 } });
        return performance.now() - t;
      }).sort((a, b) => a - b);
      return times[Math.floor(0.95 * times.length)];
    });
    mini = { ...miniBuild, loadMs: miniLoad, heapMB: after - before, p95: miniQuery };
  }
} finally {
  await browser.close();
  server.close();
}

/* ───────────── report ───────────── */

const ms = (n) => `${n.toFixed(1)} ms`;
const verdict = (v, b) => (v <= b ? 'pass' : 'FAIL');
console.log(`\nKompass search performance — synthetic pack, ${ENTRIES} entries, reader language ${READER} + de, Chromium headless${Number(process.env.BENCH_CPU_THROTTLE ?? 1) > 1 ? `, CPU ×${process.env.BENCH_CPU_THROTTLE} slower` : ''}`);
console.log(`index: ${perf.docs} documents, ${perf.terms} terms, ${perf.postings} postings, ${(perf.chars / 1e6).toFixed(1)} M UTF-16 units stored\n`);
const rows = [
  ['measure', 'value', 'budget', ''],
  ['index build in the module worker (post, build, serialise, answer)', ms(perf.buildMs), `${BUDGET.build} ms`, verdict(perf.buildMs, BUDGET.build)],
  ['  main thread meanwhile: longest task', ms(perf.longest), '—', ''],
  ['  main thread meanwhile: worst 10 ms timer delay', ms(perf.worstGap), '—', ''],
  ['  storing it in IndexedDB', ms(perf.storeMs), '—', ''],
  [`index load from IndexedDB (read + decode; came from: ${perf.source})`, ms(perf.loadMs), `${BUDGET.load} ms`, verdict(perf.loadMs, BUDGET.load)],
  [`query p95 (${perf.queries.n} queries: words, prefixes, typos, pairs, questions)`, ms(perf.queries.p95), `${BUDGET.p95} ms`, verdict(perf.queries.p95, BUDGET.p95)],
  ['  query p50 / max', `${ms(perf.queries.p50)} / ${ms(perf.queries.max)}`, '—', ''],
  ['JS heap of the loaded index', `${perf.heapMB.toFixed(1)} MB`, `${BUDGET.heapMB} MB`, verdict(perf.heapMB, BUDGET.heapMB)],
];
console.log(table(rows));
if (mini) {
  console.log(`\nfor comparison, MiniSearch on the same documents (main thread, ${mini.terms} terms):`);
  console.log(table([
    ['measure', 'MiniSearch', 'Kompass index'],
    ['build', ms(mini.buildMs), ms(perf.buildMs)],
    ['serialised size (UTF-16 units)', `${(mini.chars / 1e6).toFixed(1)} M`, `${(perf.chars / 1e6).toFixed(1)} M`],
    ['load (loadJSON / read + decode)', ms(mini.loadMs), ms(perf.loadMs)],
    ['JS heap of the loaded index', `${mini.heapMB.toFixed(1)} MB`, `${perf.heapMB.toFixed(1)} MB`],
    ['query p95 (prefix + fuzzy)', ms(mini.p95), ms(perf.queries.p95)],
  ]));
}
const failed = !recallOk || perf.buildMs > BUDGET.build || perf.loadMs > BUDGET.load || perf.queries.p95 > BUDGET.p95 || perf.heapMB > BUDGET.heapMB;
console.log(`\n${failed ? 'FAIL' : 'pass'}`);
const r1 = (n) => Math.round(n * 10) / 10;
summary.performance = {
  entries: ENTRIES,
  buildMs: r1(perf.buildMs),
  loadMs: r1(perf.loadMs),
  queryP95Ms: r1(perf.queries.p95),
  heapMB: r1(perf.heapMB),
  pass: perf.buildMs <= BUDGET.build && perf.loadMs <= BUDGET.load && perf.queries.p95 <= BUDGET.p95 && perf.heapMB <= BUDGET.heapMB,
};
console.log(JSON.stringify(summary));
process.exitCode = failed ? 1 : 0;
