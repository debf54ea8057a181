/**
 * Kompass under a strict Content-Security-Policy (no inline scripts or styles, nothing from
 * other origins), and two copies of the bundle on one page.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { buildFromSource } from '../../src/node/build/build-pack.js';
import { launch, waitForText } from './harness.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** Records every CSP violation from the very start of the page (a string: see harness.ts). */
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
}, true);`;

/** Counts customElements.define calls per tag. */
const COUNT_DEFINES = `window.__defines = {};
const define = customElements.define.bind(customElements);
customElements.define = (name, ...rest) => { window.__defines[name] = (window.__defines[name] || 0) + 1; return define(name, ...rest); };`;

async function serve(mounts: Record<string, string>, headers: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = await startStaticServer({ port: 0, mounts, headers });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** home → category → entry → guide, then two language switches with the picker. */
async function browse(page: Page): Promise<void> {
  const app = page.locator('kompass-app').first();
  await waitForText(page, 'Willkommen in Musterstadt');
  await app.locator('a.card', { hasText: 'Ämter' }).first().click();
  await waitForText(page, 'Bürgerbüro');
  await app.locator('a.card', { hasText: 'Bürgerbüro' }).first().click();
  await waitForText(page, 'Öffnungszeiten');
  await app.locator('a.brand').click();
  await waitForText(page, 'Willkommen in Musterstadt');
  await app.locator('a.card', { hasText: 'Wohnsitz anmelden' }).first().click();
  await waitForText(page, '1.');
  await app.locator('select').selectOption('en');
  await waitForText(page, 'Registering your address');
  await app.locator('select').selectOption('ar');
  await waitForText(page, 'موسترشتات');
  assert.equal(await app.locator('.frame').getAttribute('dir'), 'rtl');
}

describe('strict CSP and two copies of the bundle (built demo, Chromium)', { timeout: 120_000 }, () => {
  let root: string;
  let pack: string;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'kompass-csp-'));
    pack = join(root, 'pack');
    const result = await buildFromSource('demo/content', pack);
    if (!result.pack) throw new Error('The demo pack did not build');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it(`runs under "${CSP}" with no securitypolicyviolation`, async () => {
    const site = await serve({ '/dist/': 'dist', '/pack/': pack, '/': 'demo' }, { 'Content-Security-Policy': CSP });
    const { page, close } = await launch();
    const consoleCsp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) consoleCsp.push(m.text());
    });
    try {
      await page.addInitScript(RECORD_VIOLATIONS);
      const response = await page.goto(`${site.url}/#/kompass/`);
      assert.equal(response?.headers()['content-security-policy'], CSP);
      await browse(page);
      // The search view too (search-as-you-type, highlighted matches).
      await page.evaluate(`location.hash = '#/kompass/search?q=Buergerbuero'`);
      await waitForText(page, 'Bürgerbüro');
      await page.evaluate('navigator.serviceWorker.ready');
      assert.deepEqual(await page.evaluate('window.__violations'), []);
      assert.deepEqual(consoleCsp, []);
      // The listener does catch violations: an inline style attribute is one.
      await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<i style="color: red"></i>')`);
      await page.waitForFunction('window.__violations.length === 1');
      assert.match(String(await page.evaluate('window.__violations[0]')), /^style-src/);
    } finally {
      await close();
      await site.close();
    }
  });

  it('two copies of the bundle on one page: no error, every tag registered once, the app works', async () => {
    const page2 = join(root, 'page');
    mkdirSync(page2, { recursive: true });
    cpSync('dist', join(root, 'copy-b'), { recursive: true });
    writeFileSync(
      join(page2, 'index.html'),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Two copies</title><link rel="icon" href="data:,">
<script type="module" src="/a/kompass.js"></script>
<script type="module" src="/b/kompass.js"></script></head>
<body><kompass-app src="/pack/manifest.json"></kompass-app></body></html>`,
    );
    const site = await serve({ '/a/': 'dist', '/b/': join(root, 'copy-b'), '/pack/': pack, '/': page2 });
    const { page, close } = await launch();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    try {
      await page.addInitScript(COUNT_DEFINES);
      await page.goto(`${site.url}/`);
      await browse(page);
      // A host that imports the bundle once more later (e.g. a lazily loaded route).
      await page.evaluate(`import('/b/kompass.js?again')`);
      await page.locator('kompass-app').first().locator('a.brand').click();
      await waitForText(page, 'موسترشتات');
      const defines = (await page.evaluate('window.__defines')) as Record<string, number>;
      assert.ok(defines['kompass-app'] && defines['kompass-entry-view'], `tags not registered: ${JSON.stringify(defines)}`);
      for (const [tag, count] of Object.entries(defines)) assert.equal(count, 1, `${tag} was registered ${count} times`);
      assert.deepEqual(errors, []);
    } finally {
      await close(); // throws on any uncaught error on the page
      await site.close();
    }
  });
});
