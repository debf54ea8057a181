import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { appText, editSummary, launch, startSite, waitForText, type Site } from './harness.js';

describe('offline and updates (built demo, Chromium)', { timeout: 120_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site.close();
  });

  it('1 · after one online visit, an offline reload renders, browses three views and an information page, searches and keeps guide progress', async () => {
    const { context, page, close } = await launch();
    try {
      await page.goto(`${site.url}/#/kompass/guide/anmeldung`);
      await waitForText(page, 'Wohnsitz anmelden');
      await page.locator('kompass-app').first().locator('input[type=checkbox]').first().check();
      await waitForText(page, '1 von');
      // The worker is installed and controls the page after its first visit.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForTimeout(500); // the worker caches this page (KOMPASS_CACHE_PAGE)

      await context.setOffline(true);
      await page.goto(`${site.url}/#/kompass/`);
      await waitForText(page, 'Willkommen in Musterstadt');
      assert.match(await appText(page), /Offline/);
      const app = page.locator('kompass-app').first();
      await app.locator('a', { hasText: 'Ämter' }).first().click();
      await waitForText(page, 'Bürgerbüro');
      await app.locator('a.card', { hasText: 'Bürgerbüro' }).first().click();
      await waitForText(page, 'Öffnungszeiten');
      await page.evaluate(() => (location.hash = '#/kompass/search?q=Buergerbuero'));
      await waitForText(page, 'Bürgerbüro');
      // An information page by deep link, from the stored pack: breadcrumbs and text.
      await page.evaluate(() => (location.hash = '#/kompass/page/notfall'));
      await waitForText(page, 'Notfall: 112 oder 116 117?');
      await waitForText(page, 'ärztliche Bereitschaftsdienst');
      await page.evaluate(() => (location.hash = '#/kompass/guide/anmeldung'));
      await waitForText(page, '1 von');
      assert.equal(await app.locator('input[type=checkbox]').first().isChecked(), true);
    } finally {
      await close();
    }
  });

  it('2 · a new content revision while the app is open: notice, new text, nothing lost when the network fails halfway', async () => {
    const { page, close } = await launch();
    try {
      await page.goto(`${site.url}/#/kompass/entry/buergerbuero`);
      await waitForText(page, 'Öffnungszeiten');
      const before = await appText(page);

      // A revision whose language file never arrives: the app keeps what it shows.
      editSummary(site, 'buergerbuero', 'Halbe Aktualisierung, die nie ankommt.');
      await site.publish();
      await page.route('**/pack/text/**', (route) => route.abort('connectionreset'));
      await page.evaluate(() => (document.querySelector('kompass-app') as unknown as { checkForUpdates(): Promise<unknown> }).checkForUpdates());
      const during = await appText(page);
      assert.ok(!during.includes('Halbe Aktualisierung'), 'a half-downloaded revision was shown');
      assert.ok(during.includes('Öffnungszeiten'), 'the entry disappeared');
      assert.equal(before.includes('Bürgerbüro'), during.includes('Bürgerbüro'));

      // The network is back and the editors publish again: the update arrives.
      await page.unroute('**/pack/text/**');
      editSummary(site, 'buergerbuero', 'Neue Sprechzeiten ab Dezember.');
      await site.publish();
      await page.evaluate(() => (document.querySelector('kompass-app') as unknown as { checkForUpdates(): Promise<unknown> }).checkForUpdates());
      await waitForText(page, 'Die Informationen wurden aktualisiert.');
      await waitForText(page, 'Neue Sprechzeiten ab Dezember.');
    } finally {
      await close();
    }
  });

  it('3 · a new app build is deployed: the update notice appears, and accepting it reloads into the new version', async () => {
    const { page, close } = await launch();
    try {
      await page.goto(`${site.url}/`);
      await waitForText(page, 'Willkommen in Musterstadt');
      await page.evaluate('navigator.serviceWorker.ready');
      // A returning reader: the page is now controlled by the installed worker.
      await page.reload();
      await waitForText(page, 'Willkommen in Musterstadt');
      assert.equal(await page.evaluate('!!navigator.serviceWorker.controller'), true);
      await page.evaluate(`document.querySelector('kompass-app').addEventListener('kompass-app-update', () => { window.__kompassUpdates = (window.__kompassUpdates || 0) + 1; })`);
      const firstWorker = await page.evaluate(`navigator.serviceWorker.getRegistration('/').then((r) => r.active && r.active.scriptURL)`);
      assert.match(String(firstWorker), /kompass-sw\.js$/);

      const sw = join(site.distDir, 'kompass-sw.js');
      writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// build 2\n`);
      await page.evaluate(`navigator.serviceWorker.getRegistration('/').then((r) => r.update())`);
      await waitForText(page, 'Eine neue Version des Wegweisers ist bereit.');
      assert.equal(await page.evaluate('window.__kompassUpdates'), 1);

      const reloaded = page.waitForEvent('framenavigated');
      await page.locator('kompass-app').first().locator('button', { hasText: 'Neu laden' }).click();
      await reloaded;
      await waitForText(page, 'Willkommen in Musterstadt');
      const after = await page.evaluate(`navigator.serviceWorker.getRegistration('/').then((r) => ({ waiting: !!r.waiting, controller: !!navigator.serviceWorker.controller }))`);
      assert.deepEqual(after, { waiting: false, controller: true });
      assert.ok(!(await appText(page)).includes('Eine neue Version'), 'the notice is still there after the update');
    } finally {
      await close();
    }
  });

  it('4 · a first visit without a connection to the content says so clearly, in the reader\'s language', async () => {
    const { page, close } = await launch({ locale: 'ar' });
    try {
      await page.route('**/pack/**', (route) => route.abort('internetdisconnected'));
      await page.goto(`${site.url}/own-worker.html`);
      await page.evaluate(() => document.querySelector('kompass-app')!.setAttribute('lang', 'ar'));
      await waitForText(page, 'لا توجد');
      const text = await appText(page);
      assert.ok(text.trim().length > 20, 'blank page');
      assert.equal(await page.locator('kompass-app .frame').getAttribute('dir'), 'rtl');
    } finally {
      await close();
    }
  });

  it('5 · without a service worker (a WebView host), stored content is shown when the content server is unreachable', async () => {
    const { context, page, close } = await launch();
    try {
      await context.route('**/*kompass-sw.js', (route) => route.abort()); // no worker, as in a WKWebView
      await page.goto(`${site.url}/own-worker.html`);
      await waitForText(page, 'Willkommen in Musterstadt');
      await page.route('**/pack/**', (route) => route.abort('internetdisconnected'));
      await page.reload();
      await waitForText(page, 'Willkommen in Musterstadt');
      await waitForText(page, 'Erste Schritte');
    } finally {
      await close();
    }
  });

  it('6 · a host with its own service worker at / and Kompass\'s worker in its own scope: both work, offline too', async () => {
    const { context, page, close } = await launch();
    try {
      await page.goto(`${site.url}/own-worker.html`);
      await waitForText(page, 'Willkommen in Musterstadt');
      await page.waitForFunction(`navigator.serviceWorker.getRegistrations().then((rs) => rs.filter((r) => r.active).length === 2)`, null, { timeout: 10_000 });
      const scopes = (await page.evaluate(`navigator.serviceWorker.getRegistrations().then((rs) => rs.map((r) => new URL(r.scope).pathname).sort())`)) as string[];
      assert.deepEqual(scopes, ['/', '/dist/']);
      await page.waitForFunction(`navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL.endsWith('/host-sw.js')`, null, { timeout: 10_000 });

      await context.setOffline(true);
      await page.reload();
      await waitForText(page, 'Willkommen in Musterstadt');
      await page.locator('kompass-app').first().locator('a', { hasText: 'Ämter' }).first().click();
      await waitForText(page, 'Bürgerbüro');
    } finally {
      await close();
    }
  });
});
