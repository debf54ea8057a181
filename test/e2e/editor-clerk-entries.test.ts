import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startPublishSite, type PublishSite } from './harness.js';
import { Clerk, focusAfterRender, packEntry, printWalks, publish, readPack, recordWalk, signIn, tabTo } from './clerk.js';

/**
 * Issue #17: a clerk's tasks on entries, walked through <kompass-editor> in German in
 * Chromium, each action counted (test/e2e/clerk.ts), the result read back from the pack the
 * publish server serves.
 */
describe('a clerk\'s walks: entries (German, Chromium)', { timeout: 120_000 }, () => {
  let site: PublishSite;
  before(async () => {
    site = await startPublishSite();
  });
  after(async () => {
    printWalks();
    await site.close();
  });

  it('1. a new entry with its address and a pasted map link, on a 390 px phone', async () => {
    const { page, close } = await launch();
    try {
      await page.setViewportSize({ width: 390, height: 844 });
      const clerk = new Clerk(page);
      await signIn(clerk, site);
      await clerk.click(page.getByRole('button', { name: 'Neuer Eintrag' }));
      // The cursor is in the name: the clerk types it; the id is made from it.
      await page.waitForFunction(() => document.querySelector('kompass-editor')?.shadowRoot?.querySelector('kompass-editor-app')?.shadowRoot?.activeElement?.id === 'f-name-de');
      await clerk.type('Nähcafé Nordstadt');
      await clerk.fill(page.getByLabel('Kurzbeschreibung (Deutsch)'), 'Gemeinsam nähen und reparieren, jeden Donnerstag.');
      const categories = page.getByRole('combobox', { name: 'Kategorien' });
      // Typed, then taken with Enter: as many actions as typing a part and picking the suggestion
      // (headless Chromium draws no datalist popup to pick from).
      await clerk.fill(categories, 'Hilfe im Alltag');
      await clerk.press('Enter', categories);
      await page.getByRole('list', { name: 'Kategorien' }).getByText('Hilfe im Alltag').waitFor();
      await clerk.fill(page.getByLabel('Straße und Hausnummer'), 'Nordstraße 12');
      await clerk.fill(page.getByLabel('Postleitzahl'), '12345');
      await clerk.fill(page.getByLabel('Ort', { exact: true }), 'Musterstadt');
      // The id followed the name (no "Kennung" typed).
      await page.getByText('naehcafe-nordstadt').first().waitFor();

      const paste = page.getByLabel('Kartenlink oder Koordinaten einfügen');
      await clerk.click(paste);
      await clerk.paste('https://www.openstreetmap.org/#map=18/51.50120/7.46070');
      await page.getByText('Übernommen: Breitengrad 51,5012, Längengrad 7,4607.').waitFor();
      assert.equal(await page.getByLabel('Breitengrad').inputValue(), '51.5012');
      assert.equal(await page.getByLabel('Längengrad').inputValue(), '7.4607');
      // A Google Maps link copied a moment later (another spot) replaces the point.
      await clerk.fill(paste, '');
      await clerk.paste('https://www.google.com/maps/place/Nordstra%C3%9Fe/@51.5014,7.4611,17z');
      await page.getByText('Übernommen: Breitengrad 51,5014, Längengrad 7,4611.').waitFor();
      assert.equal(await page.getByLabel('Längengrad').inputValue(), '7.4611');

      await page.locator('.publish-state', { hasText: '1 Änderung bereit' }).waitFor();
      const revision = await publish(clerk);
      const pack = await readPack(site);
      assert.equal(pack.revision, revision);
      const entry = packEntry(pack, 'naehcafe-nordstadt');
      assert.ok(entry, `the new entry is in the pack: ${pack.base.entries.map((e) => e.id).slice(-3).join(', ')}`);
      assert.equal(entry.de.name, 'Nähcafé Nordstadt');
      assert.deepEqual(entry.categories, ['alltagshilfe']);
      assert.deepEqual(entry.address, { street: 'Nordstraße 12', postalCode: '12345', city: 'Musterstadt', lat: 51.5014, lon: 7.4611 });
      recordWalk('1. new entry, map link (390 px)', clerk, 16);
    } finally {
      await close();
    }
  });

  it('2. a closure over Christmas, seen in the preview week, written as the opening-hours rule', async () => {
    const { page, close } = await launch();
    try {
      const clerk = new Clerk(page);
      await signIn(clerk, site);
      await clerk.click(page.getByRole('button', { name: /Bürgerbüro im Rathaus/ }));
      await clerk.click(page.getByRole('button', { name: 'Schließzeit hinzufügen' }));
      // Next winter's, so that it is ahead whenever the test runs.
      const y = new Date().getFullYear() + 1;
      await clerk.fill(page.getByLabel('geschlossen vom'), `${y}-12-24`);
      await clerk.fill(page.getByLabel('bis einschließlich'), `${y + 1}-01-01`);
      const weekOf = page.getByLabel('Woche anzeigen mit dem Tag');
      await clerk.fill(weekOf, `${y}-12-24`);
      const preview = page.locator('kompass-hours-editor section.preview');
      const day = (date: string) => preview.locator(`tr[data-date="${date}"] td`);
      await day(`${y}-12-24`).getByText('geschlossen (Schließzeit)').waitFor();
      for (const d of [21, 22, 23]) assert.doesNotMatch(await day(`${y}-12-${d}`).innerText(), /geschlossen/, `open on ${d}.12. before the closure`);
      for (const d of [24, 25, 26]) assert.equal(await day(`${y}-12-${d}`).innerText(), 'geschlossen (Schließzeit)', `closed on ${d}.12.`);
      // A normal week in February: open as every week.
      await clerk.fill(weekOf, `${y + 1}-02-10`);
      const monday = preview.locator('tbody tr').first();
      await monday.getByText('08:00–12:00, 14:00–16:00').waitFor();
      assert.doesNotMatch(await preview.locator('tbody').innerText(), /Schließzeit/);

      await page.locator('.publish-state', { hasText: '1 Änderung bereit' }).waitFor();
      await publish(clerk);
      const entry = packEntry(await readPack(site), 'buergerbuero')!;
      assert.match(String(entry.openingHours), new RegExp(`; ${y} Dec 24-${y + 1} Jan 01 off$`));
      assert.match(String(entry.openingHours), /^Mo,Tu 08:00-12:00,14:00-16:00;/);
      recordWalk('2. Christmas closure, preview', clerk, 10);
    } finally {
      await close();
    }
  });

  it('7. by keyboard only: sign in, open an entry, change its summary, back to the list, publish', async () => {
    const { page, close } = await launch();
    try {
      const clerk = new Clerk(page);
      await page.goto(`${site.url}/editor.html`);
      await page.getByLabel('Zugangsschlüssel').waitFor();
      await tabTo(clerk, (f) => f.id === 'token');
      await clerk.type(site.token);
      await clerk.press('Enter');
      assert.deepEqual(await focusAfterRender(page, 'list-heading'), { id: 'list-heading', tag: 'h2', text: 'Einträge' }, 'after sign-in: the list\'s heading');

      await tabTo(clerk, (f) => f.id === 'list-search');
      await clerk.type('Bürgerbüro');
      await page.locator('.count', { hasText: '1 von' }).waitFor();
      await tabTo(clerk, (f) => f.id === 'f-item-entry_buergerbuero');
      await clerk.press('Enter');
      const heading = await focusAfterRender(page, 'form-heading');
      assert.equal(heading.id, 'form-heading', 'after opening: the form\'s heading');
      assert.match(heading.text, /^Bürgerbüro im Rathaus/);

      await tabTo(clerk, (f) => f.id === 'f-summary-de');
      await clerk.press('ControlOrMeta+A');
      const summary = 'Anmelden, ummelden, Ausweis und Pass: auch samstags mit Termin.';
      await clerk.type(summary);
      await page.locator('.publish-state', { hasText: '1 Änderung bereit' }).waitFor();
      await tabTo(clerk, (f) => f.text === 'Zurück zur Liste', { back: true });
      await clerk.press('Enter');
      const row = await focusAfterRender(page, 'f-item-entry_buergerbuero');
      assert.equal(row.id, 'f-item-entry_buergerbuero', 'back to the list: on the entry\'s row');

      await tabTo(clerk, (f) => f.id === 'publish-button', { back: true });
      await clerk.press('Enter');
      const revision = await page.locator('.publish-state', { hasText: /Als Version \d+ veröffentlicht/ }).innerText();
      assert.match(revision, /Als Version \d+ veröffentlicht/);
      assert.equal(packEntry(await readPack(site), 'buergerbuero')!.de.summary, summary);
      recordWalk('7. keyboard only: summary', clerk, 33);
    } finally {
      await close();
    }
  });
});
