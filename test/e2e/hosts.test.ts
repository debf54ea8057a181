/**
 * Kompass's built bundle embedded in real hosts, built with Vite by scripts/build-hosts.mjs
 * (test/hosts/): a plain HTML page, a React 19 app and a Vue 3 app with vue-router. Each host
 * sets Kompass's attributes or properties from its own state, receives Kompass's events in
 * its own handlers, keeps its own routes working around Kompass's navigations, and neither
 * side's CSS reaches the other.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { buildFromSource } from '../../src/node/build/build-pack.js';
import { appText, launch, waitForText } from './harness.js';

const HOSTS = ['plain', 'react', 'vue'] as const;

/** Computed styles on both sides of the shadow boundary (a string: see harness.ts). */
const STYLE_PROBE = `(() => {
  const style = (el, ...props) => { if (!el) return null; const s = getComputedStyle(el); return Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)])); };
  const app = document.querySelector('kompass-app').shadowRoot;
  const home = app.querySelector('kompass-home-view');
  const view = home && home.shadowRoot;
  return {
    host: {
      status: style(document.querySelector('#host-status'), 'display', 'font-size', 'background-color', 'padding-top'),
      header: style(document.querySelector('#host-header'), 'border-bottom-style', 'border-bottom-width', 'background-color'),
      button: style(document.querySelector('#lang-de'), 'background-color', 'padding-top', 'text-transform'),
      heading: style(document.querySelector('#host-heading'), 'text-transform', 'color'),
      link: style(document.querySelector('.host-nav a:not([aria-current])'), 'color', 'text-decoration-style'),
      box: style(document.querySelector('#host-status'), 'box-sizing'),
    },
    kompass: {
      status: style(app.querySelector('.status'), 'display', 'background-color', 'padding-top', 'border-top-style'),
      header: style(app.querySelector('[part=header]'), 'border-bottom-style', 'border-bottom-width', 'background-color'),
      brand: style(app.querySelector('.brand'), 'text-decoration-style', 'background-color', 'padding-top'),
      select: style(app.querySelector('select'), 'font-size', 'border-top-width'),
      heading: style(view && view.querySelector('h2'), 'text-transform', 'color', 'letter-spacing'),
      card: style(view && view.querySelector('a.card'), 'color', 'text-decoration-style', 'background-color', 'padding-top', 'box-sizing'),
      button: style(view && view.querySelector('button'), 'background-color', 'text-transform', 'border-top-style'),
      list: style(view && view.querySelector('ul'), 'list-style-type'),
    },
  };
})()`;

const hostEvents = (page: Page): Promise<string[]> => page.locator('#events li').allTextContents();

async function waitForEvent(page: Page, line: string): Promise<void> {
  await page.locator('#events li', { hasText: line }).first().waitFor({ timeout: 10_000 });
}

describe('real hosts: plain HTML, React 19, Vue 3 (built with Vite)', { timeout: 180_000 }, () => {
  let server: Server;
  let url: string;
  let root: string;
  before(async () => {
    for (const host of HOSTS) {
      if (!existsSync(`test/hosts/${host}/dist/index.html`)) throw new Error(`test/hosts/${host} is not built: run node scripts/build-hosts.mjs`);
    }
    root = mkdtempSync(join(tmpdir(), 'kompass-hosts-'));
    const result = await buildFromSource('demo/content', join(root, 'pack'));
    if (!result.pack) throw new Error('The demo pack did not build');
    const mounts: Record<string, string> = { '/kompass/': 'dist', '/pack/': join(root, 'pack') };
    for (const host of HOSTS) mounts[`/${host}/`] = `test/hosts/${host}/dist`;
    server = await startStaticServer({ port: 0, mounts });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    rmSync(root, { recursive: true, force: true });
  });

  for (const host of HOSTS) {
    it(`${host}: lang from the host's state, events in the host's handlers, the language picker reported back`, async () => {
      const { page, close } = await launch();
      try {
        await page.goto(`${url}/${host}/`);
        await waitForText(page, 'Willkommen in Musterstadt');
        assert.equal(await page.locator('kompass-app').getAttribute('lang'), 'de');

        await page.click('#lang-en');
        await waitForText(page, 'Welcome to Musterstadt');
        await waitForEvent(page, 'language en ltr');
        assert.equal(await page.locator('kompass-app').getAttribute('lang'), 'en');

        // The reader picks Arabic inside Kompass: the host hears it.
        await page.locator('kompass-app select').selectOption('ar');
        await waitForEvent(page, 'language ar rtl');
        assert.equal(await page.locator('kompass-app .frame').getAttribute('dir'), 'rtl');

        // Back to German from the host.
        await page.click('#lang-de');
        await waitForText(page, 'Willkommen in Musterstadt');
        await waitForEvent(page, 'language de ltr');
      } finally {
        await close();
      }
    });

    it(`${host}: the host's own routes keep working before and after navigations inside Kompass`, async () => {
      const { page, close } = await launch();
      try {
        await page.goto(`${url}/${host}/`);
        await waitForText(page, 'Willkommen in Musterstadt');
        const app = page.locator('kompass-app');
        const hostRoute = host === 'plain' ? () => page.evaluate('location.hash') : () => page.locator('#host-heading').textContent();

        // Before: a host route.
        await page.click(host === 'plain' ? '.host-nav a[href="#news"]' : '.host-nav a:has-text("Über die Stadt")');
        const before = host === 'plain' ? '#news' : 'Über die Stadt';
        assert.equal(await hostRoute(), before);
        const path = await page.evaluate('location.pathname');
        assert.match(await appText(page), /Willkommen in Musterstadt/, 'a host route changed Kompass\'s view');

        // Inside Kompass: category → entry, reported to the host's handlers.
        await app.locator('a.card', { hasText: 'Ämter' }).first().click();
        await waitForText(page, 'Bürgerbüro');
        await app.locator('a.card', { hasText: 'Bürgerbüro' }).first().click();
        await waitForText(page, 'Öffnungszeiten');
        await waitForEvent(page, 'navigate /entry/buergerbuero');
        assert.ok((await hostEvents(page)).some((l) => l.startsWith('navigate /category/')));
        assert.equal(await page.evaluate('location.pathname'), path, 'Kompass changed the host\'s path');
        assert.equal(await page.evaluate('location.hash'), '#/kompass/entry/buergerbuero');
        if (host !== 'plain') assert.equal(await hostRoute(), before, 'the host\'s route changed');

        // Kompass's back button goes back inside Kompass; the host stays where it was.
        await app.locator('button.back').click();
        await waitForText(page, 'Bürgerbüro');
        assert.equal(await page.evaluate('location.pathname'), path);

        // After: the host's routes still work, and Kompass still navigates.
        await page.click(host === 'plain' ? '.host-nav a[href="#waste"]' : '.host-nav a:has-text("Start")');
        if (host === 'plain') assert.equal(await hostRoute(), '#waste');
        else {
          assert.equal(await hostRoute(), 'Start');
          assert.equal(await page.evaluate('location.pathname'), `/${host}/`);
        }
        await page.goBack();
        if (host !== 'plain') {
          await page.waitForFunction(`document.querySelector('#host-heading').textContent === 'Über die Stadt'`);
          assert.equal(await page.evaluate('location.pathname'), path);
        }
        // …and Kompass is where the reader left it.
        if (host !== 'plain') assert.equal(await page.evaluate('location.hash'), '#/kompass/category/behoerden');
        await waitForText(page, 'Bürgerbüro');
        await app.locator('a.brand').click();
        await waitForText(page, 'Willkommen in Musterstadt');
        await app.locator('a.card', { hasText: 'Wohnsitz anmelden' }).first().click();
        await waitForText(page, '1.');
        await waitForEvent(page, 'navigate /guide/anmeldung');
      } finally {
        await close();
      }
    });

    it(`${host}: no style leaks in either direction (computed styles)`, async () => {
      const { page, close } = await launch();
      try {
        await page.goto(`${url}/${host}/`);
        await waitForText(page, 'Willkommen in Musterstadt');
        await page.locator('kompass-app kompass-home-view a.card').first().waitFor();
        const s = (await page.evaluate(STYLE_PROBE)) as Record<'host' | 'kompass', Record<string, Record<string, string> | null>>;
        const { host: h, kompass: k } = s;
        // The host's elements keep the host's styles, though Kompass uses the same class names inside.
        assert.deepEqual(h.status, { display: 'block', 'font-size': '18px', 'background-color': 'rgb(255, 0, 255)', 'padding-top': '31px' });
        assert.deepEqual(h.header, { 'border-bottom-style': 'dotted', 'border-bottom-width': '7px', 'background-color': 'rgb(255, 0, 255)' });
        assert.deepEqual(h.button, { 'background-color': 'rgb(255, 206, 0)', 'padding-top': '12px', 'text-transform': 'uppercase' });
        assert.deepEqual(h.heading, { 'text-transform': 'uppercase', color: 'rgb(138, 16, 0)' });
        assert.deepEqual(h.link, { color: 'rgb(194, 29, 0)', 'text-decoration-style': 'wavy' });
        assert.deepEqual(h.box, { 'box-sizing': 'content-box' });
        // Nothing of the host's CSS inside Kompass.
        for (const [name, st] of Object.entries(k)) assert.ok(st, `no ${name} found inside Kompass`);
        assert.notEqual(k.status!['background-color'], 'rgb(255, 0, 255)');
        assert.notEqual(k.status!['padding-top'], '31px');
        assert.notEqual(k.status!['border-top-style'], 'dotted');
        assert.equal(k.status!.display, 'flex');
        assert.deepEqual(k.header, { 'border-bottom-style': 'solid', 'border-bottom-width': '3px', 'background-color': 'rgba(0, 0, 0, 0)' });
        assert.notEqual(k.brand!['text-decoration-style'], 'wavy');
        assert.notEqual(k.brand!['background-color'], 'rgb(255, 0, 255)');
        assert.notEqual(k.select!['font-size'], '22px');
        assert.notEqual(k.select!['border-top-width'], '3px');
        assert.equal(k.heading!['text-transform'], 'none');
        assert.notEqual(k.heading!.color, 'rgb(138, 16, 0)');
        assert.notEqual(k.heading!['letter-spacing'], '4px');
        assert.notEqual(k.card!.color, 'rgb(194, 29, 0)');
        assert.notEqual(k.card!['text-decoration-style'], 'wavy');
        assert.notEqual(k.card!['background-color'], 'rgb(255, 0, 255)');
        assert.notEqual(k.card!['padding-top'], '31px');
        assert.equal(k.card!['box-sizing'], 'border-box');
        assert.notEqual(k.button!['background-color'], 'rgb(255, 206, 0)');
        assert.equal(k.button!['text-transform'], 'none');
        assert.notEqual(k.list!['list-style-type'], 'square');
      } finally {
        await close();
      }
    });
  }
});
