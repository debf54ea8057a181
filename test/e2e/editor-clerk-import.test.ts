import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startPublishSite, type PublishSite } from './harness.js';
import { axeViolations, Clerk, focusAfterRender, packEntry, printWalks, publish, readPack, recordWalk, signIn } from './clerk.js';
import { EditorApi } from '../../src/editor/api.js';
import { ContentStore } from '../../src/node/publish/publish-store.js';
import { addToken } from '../../src/node/server/tokens.js';

/**
 * Issue #17: a clerk imports a spreadsheet with a bad row into <kompass-editor> (German,
 * Chromium), each action counted (test/e2e/clerk.ts), the good rows read back from the pack;
 * and axe on every view the walks pass through.
 */
describe('a clerk\'s walks: a spreadsheet import, axe on every view (German, Chromium)', { timeout: 120_000 }, () => {
  let site: PublishSite;
  let dir: string;
  before(async () => {
    site = await startPublishSite();
    dir = mkdtempSync(join(tmpdir(), 'kompass-clerk-csv-'));
  });
  after(async () => {
    printWalks();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('6. a CSV with German headers and names, one bad row: the good rows imported, the bad one kept to fix', async () => {
    // As a clerk saves it from Excel: German headers, kinds and categories by their names, ";".
    const file = join(dir, 'neue-angebote.csv');
    writeFileSync(
      file,
      [
        'Name;Kurzbeschreibung;Art;Kategorie;Straße;PLZ;Ort;Öffnungszeiten',
        'Repair-Café Südstadt;Kaputte Dinge gemeinsam reparieren.;Verein;Hilfe im Alltag;Südring 4;12345;Musterstadt;Sa 10:00-14:00',
        'Sprachtreff Mitte;Deutsch sprechen bei Kaffee und Kuchen.;Verein;Sprachkurse;Marktplatz 3;12345;Musterstadt;Mi 25:00-27:00',
        'Lernpaten Musterstadt;Ehrenamtliche helfen Kindern bei den Hausaufgaben.;Verein;Schule & Kita;Schulweg 2;12345;Musterstadt;Mo-Th 15:00-17:00',
        '',
      ].join('\r\n'),
    );
    const { page, close } = await launch();
    try {
      const clerk = new Clerk(page);
      await signIn(clerk, site);
      await clerk.click(page.getByRole('button', { name: 'Import und Export' }));
      await clerk.setInputFiles(page.getByLabel('CSV-Datei'), file);
      const report = page.locator('.report');
      await report.getByText('Bericht zu neue-angebote.csv').waitFor();
      // First what the file would do, row by row, and nothing in the drafts yet.
      await report.getByText('Nichts importiert: 1 Zeile hat ein Problem.').waitFor();
      const rejected = await report.locator('ul.rejected > li').allInnerTexts();
      assert.equal(rejected.length, 1);
      assert.match(rejected[0]!, /^Zeile 3 \(entry:sprachtreff-mitte\):/);
      assert.match(rejected[0]!, /Die Öffnungszeiten sind so nicht lesbar\. Bei „25:00“/);
      const notes = (await report.locator('h4:has-text("Hinweise") + ul > li').allInnerTexts()).filter((n) => n.includes('neue Kennung'));
      assert.deepEqual(
        notes.map((n) => n.slice(0, 7)),
        ['Zeile 2', 'Zeile 3', 'Zeile 4'],
        'the rows in the order of the file',
      );
      assert.ok(await page.getByText('Alles ist veröffentlicht.').isVisible(), 'nothing in the drafts before the clerk says so');

      await clerk.click(report.getByRole('button', { name: 'Nur die 2 fehlerfreien Zeilen importieren' }));
      await report.getByText('3 Zeilen gelesen: 2 neue und 0 geänderte Einträge sind jetzt in Ihren Entwürfen.').waitFor();
      assert.equal((await focusAfterRender(page, 'import-report')).text, 'Bericht zu neue-angebote.csv', 'focus on the new report, not lost with the button');
      // The bad row stays in the report, with its problem, to be fixed in the file.
      await report.getByText('Diese Zeilen wurden nicht importiert.', { exact: false }).waitFor();
      assert.match(await report.locator('ul.rejected > li').innerText(), /^Zeile 3 .*25:00/s);
      await page.locator('.publish-state', { hasText: '2 Änderungen bereit' }).waitFor();

      await publish(clerk);
      const pack = await readPack(site);
      const repair = packEntry(pack, 'repair-cafe-suedstadt');
      const paten = packEntry(pack, 'lernpaten-musterstadt');
      assert.ok(repair && paten, 'both good rows are in the pack');
      assert.equal(repair.de.name, 'Repair-Café Südstadt');
      assert.equal(repair.kind, 'association');
      assert.deepEqual(repair.categories, ['alltagshilfe']);
      assert.equal(repair.openingHours, 'Sa 10:00-14:00');
      assert.deepEqual(paten.categories, ['schule-kita']);
      assert.equal(packEntry(pack, 'sprachtreff-mitte'), undefined, 'the bad row is not published');
      recordWalk('6. CSV import, one bad row', clerk, 7);
    } finally {
      await close();
    }
  });

  it('8. axe finds no WCAG 2.1 A/AA violation on any view: list, form, matrix, changes, import, publish result, merge', async () => {
    const { page, close } = await launch();
    try {
      const clerk = new Clerk(page);
      const violations: string[] = [];
      const views: string[] = [];
      const check = async (view: string) => {
        views.push(view);
        violations.push(...(await axeViolations(page, view)));
      };
      await signIn(clerk, site);
      await check('entries list');
      await clerk.click(page.getByRole('button', { name: /Bürgerbüro im Rathaus/ }));
      await page.locator('kompass-hours-editor section.preview').waitFor();
      await check('entry form');
      await clerk.fill(page.getByLabel('Kurzbeschreibung (Deutsch)'), 'Anmelden und ummelden, Ausweis und Pass.');
      await clerk.selectOption(page.locator('#target-language'), { label: 'Englisch' });
      await page.locator('#f-summary-en').waitFor();
      await check('entry form, translating into English');
      await clerk.click(page.getByRole('button', { name: 'Übersetzungen' }));
      await page.getByRole('heading', { name: 'Übersetzungen', level: 2 }).waitFor();
      await check('translations matrix');
      await clerk.click(page.getByRole('button', { name: /Unveröffentlichte Änderungen/ }));
      await page.getByRole('heading', { name: 'Unveröffentlichte Änderungen', level: 2 }).waitFor();
      await check('changes');
      await clerk.click(page.getByRole('button', { name: 'Import und Export' }));
      const file = join(dir, 'kaputt.csv');
      writeFileSync(file, 'Name;Kurzbeschreibung;Art;Kategorie;Öffnungszeiten\nRepair-Café;Reparieren.;Verein;Hilfe im Alltag;Sa 10:00-14:00\nSprachtreff;Sprechen.;Verein;Sprachkurse;Mi 25:00\n');
      await clerk.setInputFiles(page.getByLabel('CSV-Datei'), file);
      await page.getByText('Nichts importiert: 1 Zeile hat ein Problem.').waitFor();
      await check('import with its report');
      await publish(clerk);
      await check('publish result');

      // A colleague publishes the same summary while the clerk has it changed: the merge view.
      await clerk.click(page.getByRole('button', { name: 'Einträge', exact: true }));
      await clerk.click(page.getByRole('button', { name: /Bürgerbüro im Rathaus/ }));
      await clerk.fill(page.getByLabel('Kurzbeschreibung (Deutsch)'), 'Anmelden, ummelden, Ausweis.');
      const colleague = new EditorApi(`${site.url}/api`, await addToken(new ContentStore(site.dataDir).tokensFile, 'Herr Nowak'));
      const current = await colleague.source();
      const entry = current.source!.entries.find((e) => e.id === 'buergerbuero')!;
      entry.summary = { ...entry.summary, de: 'Anmelden oder ummelden, Meldebescheinigung.' };
      await colleague.publish(current.source!, current.etag);
      await clerk.click(page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
      await page.getByRole('heading', { name: /beide Fassungen zusammenführen/ }).waitFor();
      await clerk.click(page.getByRole('radio', { name: 'beide zusammenführen' }));
      await check('merge, both texts put together');

      console.log(`axe: ${views.length} views checked, ${violations.length} violations`);
      assert.deepEqual(violations, []);
      // The check reaches into the editor's shadow roots: a button without a name there is found.
      await page.evaluate(() => {
        const app = document.querySelector('kompass-editor')!.shadowRoot!.querySelector('kompass-editor-app')!.shadowRoot!;
        app.querySelector('section.workspace')!.append(Object.assign(document.createElement('button'), { type: 'button' }));
      });
      assert.match((await axeViolations(page, 'planted')).join('\n'), /^planted: button-name/m);
    } finally {
      await close();
    }
  });
});
