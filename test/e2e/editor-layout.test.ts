/**
 * The editor on a clerk's phone or a narrow window (WCAG 1.4.4, 1.4.10, 2.5.8): every section of
 * the built editor (demo/editor.html against a real publish server) — the list, an entry's form
 * translating into Arabic, the translations matrix, the unpublished changes, import — in its UI
 * languages, at 320 px and 390 px and at 390 px with 200 % text, on a host page that is
 * right-to-left, reflows without sideways scrolling, with tap targets of at least 24 × 24 px.
 * The Arabic fields are written right to left; the editor's German or English stays left to right.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, startPublishSite, type PublishSite } from './harness.js';
import { LAYOUT_PROBLEMS } from './layout-probe.js';

const SCREENS = [
  { width: 320, text: 100 },
  { width: 390, text: 100 },
  { width: 390, text: 200 },
];
const SETUPS = [
  { lang: 'de', dir: 'ltr' },
  { lang: 'en', dir: 'ltr' },
  { lang: 'de', dir: 'rtl' },
];

/** The editor's sections as a clerk reaches them: by the tabs' names (`nav.*` in locales/<lang>/editor.json). */
const NAV = {
  de: { entries: 'Einträge', translations: 'Übersetzungen', changes: 'Unveröffentlichte Änderungen', import: 'Import und Export' },
  en: { entries: 'Entries', translations: 'Translations', changes: 'Unpublished changes', import: 'Import and export' },
} as const;

async function problemsNow(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return (await page.evaluate(`${LAYOUT_PROBLEMS}(document.querySelector('kompass-editor'), 'kompass-editor')`)) as string[];
}

describe('editor layout: every section × UI language × RTL host × 320 / 390 / 390 @ 200 % (built editor, Chromium)', { timeout: 240_000 }, () => {
  let site: PublishSite;
  before(async () => {
    site = await startPublishSite();
  });
  after(async () => {
    await site.close();
  });

  it('reflows without sideways scrolling; Arabic fields run right to left', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const setup of SETUPS) {
      const { page, close } = await launch({ locale: setup.lang === 'de' ? 'de-DE' : 'en-GB' });
      try {
        const nav = NAV[setup.lang as keyof typeof NAV];
        await page.goto(`${site.url}/editor.html`);
        await page.evaluate(({ lang, dir }) => {
          document.documentElement.dir = dir;
          document.querySelector('kompass-editor')!.setAttribute('lang', lang);
        }, setup);
        await page.locator('#token').fill(site.token);
        await page.locator('#token').press('Enter');
        await page.locator('nav.tabs').waitFor();
        for (const screen of SCREENS) {
          await page.setViewportSize({ width: screen.width, height: 800 });
          await page.evaluate((pct) => (document.documentElement.style.fontSize = `${pct}%`), screen.text);
          const check = async (view: string) => {
            checked++;
            for (const p of await problemsNow(page)) problems.push(`${setup.lang} ${setup.dir} ${view} @ ${screen.width} px, ${screen.text} % text: ${p}`);
          };
          await page.locator('nav.tabs button', { hasText: nav.entries }).click();
          await page.locator('.items li').first().waitFor();
          await check('list');
          await page.locator('.items button', { hasText: 'buergerbuero' }).first().click();
          await page.locator('#form-heading').waitFor();
          await page.locator('#target-language').selectOption('ar');
          const arabic = page.locator('textarea[lang=ar], input[lang=ar]').first();
          await arabic.waitFor();
          assert.equal(await arabic.evaluate((el) => getComputedStyle(el).direction), 'rtl', 'an Arabic field runs right to left');
          await check('form (translating into Arabic)');
          await page.locator('#f-summary-de').fill(`Geändert für die Ansicht ${screen.width}`);
          await page.locator('nav.tabs button', { hasText: nav.translations }).click();
          await page.locator('table.matrix').waitFor();
          await check('translations');
          // A name in the matrix stays readable: its column is not squeezed to a letter a line.
          const nameWidth = await page.locator('table.matrix tbody th[scope=row]').first().evaluate((el) => el.getBoundingClientRect().width);
          if (nameWidth < 120) problems.push(`${setup.lang} ${setup.dir} translations @ ${screen.width} px, ${screen.text} % text: the names' column is ${Math.round(nameWidth)} px wide`);
          await page.locator('nav.tabs button', { hasText: nav.changes }).click();
          await page.locator('#changes-heading').waitFor();
          await check('changes');
          await page.locator('nav.tabs button', { hasText: nav.import }).click();
          await page.locator('#import-heading').waitFor();
          await check('import');
          assert.equal(await page.locator('.frame').first().evaluate((el) => getComputedStyle(el).direction), 'ltr', 'the editor itself stays left to right');
        }
      } finally {
        await close();
      }
    }
    console.log(`editor layout: ${checked} views checked, ${problems.length} problems`);
    if (process.env.LAYOUT_REPORT) writeFileSync(process.env.LAYOUT_REPORT, problems.join('\n'));
    assert.equal(checked, SETUPS.length * SCREENS.length * 5);
    assert.deepEqual(problems.slice(0, 60), [], `${problems.length} layout problems`);
  });
});
