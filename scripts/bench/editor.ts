/**
 * `npm run bench:editor`: `<kompass-editor>` (the built dist/kompass.js) at town scale, as a
 * clerk meets it — the synthetic 5,000-entry source in 8 languages published on a real publish
 * server (127.0.0.1), the editor in headless Chromium on a page of another origin. Prints the
 * budgets of issue #17 with their figures (and `BENCH_JSON {...}` with `--json`):
 *
 *   sign-in → list ≤ 1.5 s · keystroke → field updated p95 ≤ 50 ms · keystroke → validation
 *   shown ≤ 300 ms · matrix open ≤ 1 s · heap ≤ 150 MB · publish of one changed entry ≤ 2 s
 *
 * A step that takes longer than BENCH_EDITOR_TIMEOUT_S (default 60) is reported as over it.
 * Build first (`node scripts/build.mjs`). BENCH_EDITOR_ENTRIES changes the size.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { ContentStore } from '../../src/node/publish/publish-store.js';
import { startServer } from '../../src/node/server/server.js';
import { addToken } from '../../src/node/server/tokens.js';
import { startStaticServer } from '../static-server.mjs';
import { makeSource } from './synthetic-source.mjs';
import type { SourceContent } from '../../src/pack/types.js';

const ENTRIES = Number(process.env.BENCH_EDITOR_ENTRIES ?? 5000);
const LANGUAGES = ['de', 'en', 'ar', 'uk', 'ru', 'tr', 'fa', 'fr'];
const TIMEOUT = Number(process.env.BENCH_EDITOR_TIMEOUT_S ?? 60) * 1000;

const root = mkdtempSync(join(tmpdir(), 'kompass-bench-editor-'));
const source = makeSource({ entries: ENTRIES, languages: LANGUAGES }) as SourceContent;
// The generator may give an entry one category twice; a town's source is valid.
for (const e of source.entries) e.categories = [...new Set(e.categories)];
const sourceMB = Buffer.byteLength(JSON.stringify(source)) / 1e6;
const store = new ContentStore(join(root, 'data'));
await store.init();
let t = performance.now();
await store.publish({ source, by: 'bench' });
const firstPublishMs = performance.now() - t;
const token = await addToken(store.tokensFile, 'Bench Redaktion');

const pageDir = join(root, 'page');
mkdirSync(pageDir);
const statics = await startStaticServer({ port: 0, mounts: { '/dist/': 'dist', '/': pageDir } });
const pageOrigin = `http://127.0.0.1:${(statics.address() as AddressInfo).port}`;
const publish = await startServer({ content: join(root, 'data'), port: 0, host: '127.0.0.1', origins: [pageOrigin], maxBodyBytes: 100 * 1024 * 1024, log: (line) => process.env.BENCH_EDITOR_LOG && console.log(line) });
writeFileSync(
  join(pageDir, 'index.html'),
  `<!doctype html><html lang="de"><meta charset="utf-8"><title>bench</title><script type="module" src="/dist/kompass.js"></script><kompass-editor api="${publish.url}/api" store-name="bench-editor"></kompass-editor>`,
);

// A publish server runs long before a clerk signs in: its first answer after start (reading the
// source and compressing it) is measured apart, then the clerk's sign-in as it usually is.
t = performance.now();
const first = await fetch(`${publish.url}/api/source`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Encoding': 'gzip' } });
await first.arrayBuffer();
const coldSourceMs = performance.now() - t;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
type Row = [name: string, value: number | undefined, budget: number, unit: 'ms' | 'MB'];
const rows: Row[] = [];
const notes: string[] = [];
/** Runs a step; undefined when it took longer than the timeout (the rest goes on). */
async function step<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (e) {
    notes.push(`${name}: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** Installs, in the page, a recorder of keystroke → next frame painted (after Lit's update). */
const KEY_RECORDER = `(() => {
  window.benchKeys = [];
  document.addEventListener('keydown', (e) => {
    const at = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => window.benchKeys.push(performance.now() - at)));
  }, true);
})()`;

/** Whether `selector` matches in the editor's shadow roots (Playwright's locators pierce them; page functions do not). */
const visible = (page: Page, selector: string) => page.locator(selector).first().waitFor({ timeout: TIMEOUT });

try {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  page.on('pageerror', (e) => notes.push(`page error: ${e.message}`));
  const sourceStarted = new Map<unknown, number>();
  page.on('request', (r) => r.url().endsWith('/api/source') && r.method() === 'GET' && sourceStarted.set(r, performance.now()));
  page.on('requestfinished', (r) => {
    const started = sourceStarted.get(r);
    if (started === undefined) return;
    void r.sizes().then((sizes) => notes.push(`GET /api/source: ${(performance.now() - started).toFixed(0)} ms to the last byte, ${(sizes.responseBodySize / 1e6).toFixed(1)} MB sent (${((performance.now() - t) / 1000).toFixed(1)} s after sign-in started)`));
  });
  await page.goto(`${pageOrigin}/`);
  await page.evaluate(KEY_RECORDER);
  await page.locator('#token').fill(token);

  // 1. Sign-in → the list of entries.
  t = performance.now();
  const signedIn = await step('sign-in', async () => {
    await page.locator('#token').press('Enter');
    await visible(page, '.items button, .items a');
    return performance.now() - t;
  });
  rows.push(['sign-in → list of entries', signedIn, 1500, 'ms']);
  const elements = await page.evaluate(`(() => { let n = 0; const walk = (r) => { for (const el of r.querySelectorAll('*')) { n++; if (el.shadowRoot) walk(el.shadowRoot); } }; walk(document); return n; })()`);
  notes.push(`elements on the page with the list: ${String(elements)}`);

  // 2. Keystrokes in an entry's name.
  const typed = await step('typing', async () => {
    await page.locator('.items button, .items a').first().click();
    const name = page.locator('#f-name-de');
    await name.waitFor({ timeout: TIMEOUT });
    await name.click();
    await page.keyboard.press('End');
    await page.evaluate('window.benchKeys.length = 0');
    await page.keyboard.type(' Beratung und Hilfe', { delay: 120 });
    const keys = (await page.evaluate('window.benchKeys')) as number[];
    return [...keys].sort((a, b) => a - b)[Math.ceil(keys.length * 0.95) - 1];
  });
  rows.push(['keystroke → field updated, p95 of 19 keys', typed, 50, 'ms']);

  // 3. The last keystroke that makes a problem → the problem shown at the field.
  const validated = await step('validation', async () => {
    const name = page.locator('#f-name-de');
    await name.fill('x');
    await page.waitForTimeout(1000);
    const start = performance.now();
    await name.press('Backspace'); // an empty name: required
    await visible(page, 'ul.messages li.error');
    return performance.now() - start;
  });
  rows.push(['keystroke → validation problem shown', validated, 300, 'ms']);
  await page.locator('#f-name-de').fill('Bürgerbüro Mitte');

  // 4. The translation matrix.
  const matrix = await step('matrix', async () => {
    const start = performance.now();
    await page.locator('nav.tabs button', { hasText: 'Übersetzungen' }).click();
    await visible(page, 'table');
    return performance.now() - start;
  });
  rows.push(['translation matrix open', matrix, 1000, 'ms']);

  // 5. Heap, with the source loaded and the matrix seen.
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1024 / 1024;
  rows.push(['JS heap of the page', heap, 150, 'MB']);

  // 6. Publishing that one changed entry, to the publish server's answer shown.
  const published = await step('publish', async () => {
    await page.locator('nav.tabs button', { hasText: 'Einträge' }).click();
    await visible(page, '#publish-button:not([disabled])');
    const start = performance.now();
    await page.locator('#publish-button').click();
    await visible(page, '.publish-state:has-text("Als Version")');
    return performance.now() - start;
  });
  rows.push(['publish of one changed entry, end to end', published, 2000, 'ms']);
  await context.close();
} finally {
  await browser.close();
  await publish.close();
  statics.closeAllConnections();
  statics.close();
  rmSync(root, { recursive: true, force: true });
}

const show = (v: number | undefined, unit: string) => (v === undefined ? `> ${TIMEOUT / 1000} s` : unit === 'MB' ? `${v.toFixed(1)} MB` : `${v.toFixed(0)} ms`);
const table = rows.map(([name, v, budget, unit]) => [name, show(v, unit), `${budget} ${unit}`, v !== undefined && v <= budget ? 'pass' : 'FAIL']);
console.log(`\nKompass editor at town scale — ${ENTRIES} entries in ${LANGUAGES.length} languages (${sourceMB.toFixed(1)} MB of JSON), Chromium headless`);
console.log(`(setting up: the first publish of this source took ${(firstPublishMs / 1000).toFixed(1)} s on the server; its first GET /api/source after start ${(coldSourceMs / 1000).toFixed(1)} s)\n`);
const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((r) => r[c]!.length), 6));
console.log(['measure', 'value', 'budget', 'result'].map((h, i) => h.padEnd(widths[i]!)).join('  '));
for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
for (const n of notes) console.log(`  note: ${n}`);
if (process.argv.includes('--json')) console.log(`BENCH_JSON ${JSON.stringify({ rows: table.map(([name, value, budget, result]) => ({ name, value, budget, pass: result === 'pass' })) })}`);
process.exitCode = table.every((r) => r[3] === 'pass') ? 0 : 1;
