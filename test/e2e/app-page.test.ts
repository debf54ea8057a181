/**
 * Kompass as a page of its own (dist/app/, built by `npm run build`), as a city app opens it
 * in a WebView: language, view and content source from the URL, an installable web app
 * manifest, the service worker for the page's scope, offline after one visit, and a word to
 * the reader when the WebView or window keeps no data.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { appText, launch, startSite, waitForText, type Site } from './harness.js';

const ARABIC_NAME = 'مكتب خدمة المواطنين';
const EPHEMERAL_EN = 'This window does not keep data';

describe('dist/app/: Kompass as a page of its own (built, Chromium)', { timeout: 120_000 }, () => {
  let site: Site;
  before(async () => {
    assert.ok(existsSync('dist/app/index.html'), 'no dist/app/: run `npm run build` first');
    site = await startSite();
  });
  after(async () => {
    await site.close();
  });

  it('opens in the language and on the entry the URL names, in the right direction, with a valid manifest and its own worker; then offline', async () => {
    const { context, page, close } = await launch({ locale: 'de-DE' });
    try {
      await page.goto(`${site.url}/dist/app/?lang=ar#/entry/buergerbuero`);
      await waitForText(page, ARABIC_NAME);
      assert.equal(new URL(page.url()).hash, '#/kompass/entry/buergerbuero', 'the short deep link is rewritten to the router\'s form');
      const frame = await page.evaluate(() => {
        const f = document.querySelector('kompass-app')!.shadowRoot!.querySelector('.frame')!;
        return { lang: f.getAttribute('lang'), dir: f.getAttribute('dir'), html: document.documentElement.lang, htmlDir: document.documentElement.dir, entry: !!document.querySelector('kompass-app')!.shadowRoot!.querySelector('kompass-entry-view') };
      });
      assert.deepEqual(frame, { lang: 'ar', dir: 'rtl', html: 'ar', htmlDir: 'rtl', entry: true });

      // The web app manifest: linked, parsable, installable fields, icons that load at their sizes.
      const href = await page.evaluate(() => (document.querySelector('link[rel=manifest]') as HTMLLinkElement).href);
      const manifest = (await (await page.request.get(href)).json()) as { name: string; short_name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string; type: string }[] };
      assert.ok(manifest.name && manifest.short_name);
      assert.equal(manifest.display, 'standalone');
      assert.equal(new URL(manifest.start_url, href).href, `${site.url}/dist/app/`);
      for (const size of [192, 512]) {
        const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png');
        assert.ok(icon, `no ${size} px PNG icon`);
        const png = Buffer.from(await (await page.request.get(new URL(icon.src, href).href)).body());
        assert.equal(png.readUInt32BE(16), size, `icon-${size}.png is not ${size} px wide`);
      }
      assert.equal((await page.request.get(new URL(manifest.icons.find((i) => i.type === 'image/svg+xml')!.src, href).href)).status(), 200);

      // The worker controls the page's scope.
      const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
      assert.equal(scope, `${site.url}/dist/app/`);
      assert.ok(!(await appText(page)).includes(EPHEMERAL_EN), 'a normal profile was told its data would not be kept');

      // Offline, another language in the URL: the page, the bundle and the content still come.
      await page.waitForTimeout(500);
      await context.setOffline(true);
      await page.goto(`${site.url}/dist/app/?lang=de#/kompass/`);
      await waitForText(page, 'Willkommen in Musterstadt');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    } finally {
      await close();
    }
  });

  it('refuses a ?src= on another origin (no request goes there) and shows the page\'s own content', async () => {
    const { page, close } = await launch({ locale: 'en-US' });
    const foreign: string[] = [];
    const warnings: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url)) foreign.push(r.url());
    });
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    try {
      await page.goto(`${site.url}/dist/app/?src=${encodeURIComponent('https://other-town.example/pack/manifest.json')}&lang=en`);
      await waitForText(page, 'Welcome to Musterstadt');
      assert.deepEqual(foreign, []);
      assert.ok(warnings.some((w) => w.includes('other-town.example') && w.includes('allow-list')), `no console warning: ${warnings.join(' | ')}`);
      const src = await page.evaluate(() => document.querySelector('kompass-app')!.getAttribute('src'));
      assert.equal(src, `${site.url}/pack/manifest.json`);
    } finally {
      await close();
    }
  });

  it('tells the reader once, in their language, when the window keeps no data (incognito, an ephemeral WebView)', async () => {
    const profileless = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
    try {
      const context = await profileless.newContext({ locale: 'en-US' }); // off the record: storage lives in memory
      const page = await context.newPage();
      await page.goto(`${site.url}/dist/app/?lang=en`);
      await waitForText(page, 'Welcome to Musterstadt');
      await waitForText(page, EPHEMERAL_EN);
      assert.equal((await appText(page)).split(EPHEMERAL_EN).length - 1, 1, 'said more than once');
      await page.goto(`${site.url}/dist/app/?lang=de`);
      await waitForText(page, 'Dieses Fenster behält keine Daten');
    } finally {
      await profileless.close();
    }
  });
});
