import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startPublishSite, type PublishSite } from './harness.js';
import { Clerk, focusAfterRender, packEntry, printWalks, publish, readPack, recordWalk, signIn } from './clerk.js';
import { EditorApi } from '../../src/editor/api.js';
import { ContentStore } from '../../src/node/publish/publish-store.js';
import { addToken } from '../../src/node/server/tokens.js';

/**
 * Issue #17: a clerk's tasks on texts — a guide's step, a translation from the matrix, a
 * conflict merged — walked through <kompass-editor> in German in Chromium, each action
 * counted (test/e2e/clerk.ts), the result read back from the pack the publish server serves.
 */
describe('a clerk\'s walks: guides, translations, a conflict (German, Chromium)', { timeout: 120_000 }, () => {
  let site: PublishSite;
  before(async () => {
    site = await startPublishSite();
  });
  after(async () => {
    printWalks();
    await site.close();
  });

  it('3. a guide\'s new step linked to an entry chosen by its name', async () => {
    const { page, close } = await launch();
    try {
      const clerk = new Clerk(page);
      await signIn(clerk, site);
      await clerk.click(page.getByRole('button', { name: 'Leitfäden' }));
      await clerk.click(page.getByRole('button', { name: /Wohnsitz anmelden/ }));
      await clerk.click(page.getByRole('button', { name: 'Schritt hinzufügen' }));
      const step = page.locator('fieldset.step').last();
      await step.getByRole('group', { name: 'Schritt 5' }).or(step.locator('legend', { hasText: 'Schritt 5' })).first().waitFor();
      await clerk.fill(step.getByLabel('Titel (Deutsch)'), 'Termin im Bürgerbüro machen');
      const entries = step.getByRole('combobox', { name: 'Einträge zu diesem Schritt' });
      await clerk.fill(entries, 'bürgerbüro');
      await clerk.press('Enter', entries);
      await step.getByRole('list', { name: 'Einträge zu diesem Schritt' }).getByText('Bürgerbüro im Rathaus').waitFor();
      assert.equal(await entries.inputValue(), '', 'the typed name is taken, the box empty for the next');

      await page.locator('.publish-state', { hasText: '1 Änderung bereit' }).waitFor();
      await publish(clerk);
      const pack = await readPack(site);
      const guide = pack.base.guides.find((g) => g.id === 'anmeldung')!;
      assert.deepEqual(guide.steps.at(-1), { id: 'schritt-5', entries: ['buergerbuero'] });
      const texts = pack.de.guides.anmeldung as { steps: Record<string, { title: string }> };
      assert.equal(texts.steps['schritt-5']!.title, 'Termin im Bürgerbüro machen');
      recordWalk('3. guide step, entry by name', clerk, 10);
    } finally {
      await close();
    }
  });

  it('4. a missing translation from the matrix: the cell opens exactly that field', async () => {
    const { page, close } = await launch();
    try {
      const clerk = new Clerk(page);
      await signIn(clerk, site);
      await clerk.click(page.getByRole('button', { name: 'Übersetzungen' }));
      await clerk.selectOption(page.locator('#matrix-language'), { label: 'Englisch' });
      const cell = page.getByRole('button', { name: 'Anfahrt (Bus, Bahn, Eingang): fehlt — Jobcenter Musterstadt, Englisch' });
      await clerk.click(cell);
      const field = await focusAfterRender(page, 'f-address_gettingThere-en');
      assert.equal(field.id, 'f-address_gettingThere-en', 'the cell leads into the English "Anfahrt" field');
      const translation = '3 minutes on foot from the main station, exit Bahnhofstraße.';
      await clerk.type(translation);
      await clerk.click(page.getByRole('button', { name: 'Übersetzungen' }));
      await page.getByRole('row', { name: /Jobcenter Musterstadt/ }).getByRole('button', { name: 'fertig — Jobcenter Musterstadt, Englisch' }).waitFor();
      assert.equal(await cell.count(), 0, 'the cell no longer says "fehlt"');

      await publish(clerk);
      const en = await (await readPack(site)).text('en');
      assert.equal(en.entries.jobcenter!.gettingThere, translation);
      recordWalk('4. translation from the matrix', clerk, 9);
    } finally {
      await close();
    }
  });

  it('5. a conflict with a colleague\'s publish, merged keeping parts of both texts', async () => {
    const { page, close } = await launch();
    try {
      const clerk = new Clerk(page);
      await signIn(clerk, site);
      await clerk.click(page.getByRole('button', { name: /Bürgerbüro im Rathaus/ }));
      const mine = 'Wohnsitz anmelden, Meldebescheinigung, Personalausweis und Reisepass – Termine auch samstags.';
      await clerk.fill(page.getByLabel('Kurzbeschreibung (Deutsch)'), mine);
      await page.locator('.publish-state', { hasText: '1 Änderung bereit' }).waitFor();

      // Meanwhile a colleague publishes another summary of the same entry.
      const colleague = new EditorApi(`${site.url}/api`, await addToken(new ContentStore(site.dataDir).tokensFile, 'Frau Yilmaz'));
      const current = await colleague.source();
      const theirs = 'Wohnsitz anmelden oder ummelden, Meldebescheinigung. Bitte Wohnungsgeberbestätigung mitbringen.';
      const entry = current.source!.entries.find((e) => e.id === 'buergerbuero')!;
      entry.summary = { ...entry.summary, de: theirs };
      await colleague.publish(current.source!, current.etag, { message: 'Unterlagen ergänzt' });

      await clerk.click(page.getByRole('button', { name: 'Veröffentlichen', exact: true }));
      await page.getByRole('heading', { name: 'Jemand anderes hat veröffentlicht: beide Fassungen zusammenführen' }).waitFor();
      await page.getByText('Frau Yilmaz hat Version').first().waitFor();
      await clerk.click(page.getByRole('radio', { name: 'beide zusammenführen' }));
      const both = page.getByRole('textbox', { name: /Zusammengeführter Text/ });
      assert.equal(await both.inputValue(), `${theirs}\n${mine}`, 'both texts, to be put together');
      const merged = 'Wohnsitz anmelden oder ummelden, Meldebescheinigung, Personalausweis und Reisepass – Termine auch samstags. Bitte Wohnungsgeberbestätigung mitbringen.';
      await clerk.fill(both, merged);
      await clerk.click(page.getByRole('button', { name: 'Übernehmen und weiter' }));
      await page.getByText(/Mit Version \d+ zusammengeführt/).waitFor();
      await publish(clerk);

      const summary = String(packEntry(await readPack(site), 'buergerbuero')!.de.summary);
      assert.equal(summary, merged);
      assert.ok(summary.includes('Termine auch samstags') && summary.includes('Wohnungsgeberbestätigung mitbringen'), 'parts of both');
      recordWalk('5. conflict merged, both texts', clerk, 10);
    } finally {
      await close();
    }
  });
});
