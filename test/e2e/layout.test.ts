/**
 * Phone layout (WCAG 1.4.4, 1.4.10, 2.5.8): every view of the built reader, in every UI
 * language (the folders of locales/, read now), at 320 px and 390 px and at 390 px with 200 %
 * text, reflows without sideways scrolling. One page, one <kompass-app> filling it; the
 * language is switched through the element's `lang`, the view through the hash. An entry
 * carries a 110-character word in its German name and summary.
 *
 * Fails on: the page scrolling sideways, any element (shadow DOM included) reaching past
 * either edge of the screen, a search field squeezed under 8 characters' room, a tap target
 * under 24 × 24 px, a button (primary action) under 44 px high, an inner page whose header
 * takes more than one row. Axe runs on every view in
 * every language at 390 px.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startSite, type Site } from './harness.js';
import { LAYOUT_PROBLEMS } from './layout-probe.js';

const LANGUAGES = readdirSync('locales').filter((d) => statSync(join('locales', d)).isDirectory()).sort();
const VIEWS = ['/', '/category/behoerden', '/category/aufenthalt', '/open-now', '/entry/buergerbuero', '/guide/anmeldung', '/search?q=B%C3%BCrgerb%C3%BCro', '/search', '/settings'];
const SCREENS = [
  { width: 320, text: 100 },
  { width: 390, text: 100 },
  { width: 390, text: 200 },
];
const LONG_WORD = 'Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaftsanmeldungsbescheinigungsantrag'.slice(0, 110);

const PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Layout</title><style>body{margin:0}</style><script type="module" src="/dist/kompass.js"></script></head>
<body><kompass-app src="pack/manifest.json"></kompass-app></body></html>`;

/** Runs in the page: what is wrong with the view on screen now (an empty list when nothing). */
const PROBE = `(async ({ inner }) => {
  const app = document.querySelector('kompass-app');
  await app.ready();
  for (let i = 0; i < 100; i++) {
    if (!app._device.downloading && !app._device.syncing) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await app.ready();
  const view = app.shadowRoot.querySelector('[data-view]');
  if (view) await view.updateComplete;
  await new Promise((r) => setTimeout(r, 30));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const problems = ${LAYOUT_PROBLEMS}(app, 'kompass-app');
  if (inner) {
    const header = app.shadowRoot.querySelector('[part=header]');
    const items = [...header.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1);
    const stacked = items.some((a) => items.some((b) => b.top >= a.bottom - 1));
    if (stacked) problems.push('the header takes more than one row (' + Math.round(header.getBoundingClientRect().height) + ' px high)');
  }
  return problems;
})`;

describe('phone layout: every view × every UI language × 320 / 390 / 390 @ 200 % (built reader, Chromium)', { timeout: 240_000 }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
    const file = join(site.sourceDir, 'entries', 'buergerbuero.yaml');
    const yaml = readFileSync(file, 'utf8')
      .replace(/^name:\n(\s+)de: .*$/m, (_m, indent: string) => `name:\n${indent}de: Bürgerbüro ${LONG_WORD}`)
      .replace(/^summary:\n(\s+)de: .*$/m, (_m, indent: string) => `summary:\n${indent}de: Wohnsitz ${LONG_WORD} anmelden.`);
    writeFileSync(file, yaml);
    await site.publish();
  });
  after(async () => {
    await site.close();
  });

  it(`reflows without sideways scrolling (${LANGUAGES.length} languages × ${VIEWS.length} views × ${SCREENS.length} screens)`, async () => {
    assert.equal(LONG_WORD.length, 110);
    const { page, close } = await launch({ locale: 'de-DE' });
    const problems: string[] = [];
    let checked = 0;
    try {
      await page.route(`${site.url}/layout.html`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
      for (const screen of SCREENS) {
        await page.setViewportSize({ width: screen.width, height: 800 });
        if (!checked) await page.goto(`${site.url}/layout.html#/kompass/`);
        await page.evaluate((pct) => (document.documentElement.style.fontSize = `${pct}%`), screen.text);
        for (const lang of LANGUAGES) {
          await page.evaluate((l) => document.querySelector('kompass-app')!.setAttribute('lang', l), lang);
          for (const view of VIEWS) {
            await page.evaluate((v) => (location.hash = `#/kompass${v}`), view);
            const found = (await page.evaluate(`${PROBE}(${JSON.stringify({ inner: view !== '/' })})`)) as string[];
            checked++;
            for (const p of found) problems.push(`${lang} ${view} @ ${screen.width} px, ${screen.text} % text: ${p}`);
          }
        }
      }
    } finally {
      await close();
    }
    console.log(`layout: ${checked} views checked, ${problems.length} problems`);
    if (process.env.LAYOUT_REPORT) writeFileSync(process.env.LAYOUT_REPORT, problems.join('\n'));
    assert.equal(checked, LANGUAGES.length * VIEWS.length * SCREENS.length);
    assert.deepEqual(problems.slice(0, 60), [], `${problems.length} layout problems`);
  });

  it(`axe finds nothing on any view in any language (${LANGUAGES.length} × ${VIEWS.length}, 390 px)`, async () => {
    const { page, close } = await launch({ locale: 'de-DE' });
    const violations: string[] = [];
    let checked = 0;
    try {
      await page.route(`${site.url}/layout.html`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`${site.url}/layout.html#/kompass/`);
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      for (const lang of LANGUAGES) {
        await page.evaluate((l) => document.querySelector('kompass-app')!.setAttribute('lang', l), lang);
        for (const view of VIEWS) {
          await page.evaluate((v) => (location.hash = `#/kompass${v}`), view);
          await page.evaluate(`${PROBE}({ inner: false })`);
          const found = (await page.evaluate(`axe.run(document.querySelector('kompass-app'), { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')))`)) as string[];
          checked++;
          for (const v of found) violations.push(`${lang} ${view}: ${v}`);
        }
      }
    } finally {
      await close();
    }
    console.log(`axe: ${checked} views checked, ${violations.length} violations`);
    assert.deepEqual(violations.slice(0, 40), [], `${violations.length} axe violations`);
  });
});
