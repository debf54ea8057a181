import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appText, launch, setTabVisibility, startPublishSite, waitForText, type PublishSite } from './harness.js';

/**
 * The whole loop as README.md describes it: an editor changes an entry in <kompass-editor>
 * (demo/editor.html) and publishes to a real publish server; the city app (demo/index.html,
 * reading /pack/manifest.json from that server) in another tab shows the new text once its
 * tab is in front again.
 *
 * Headless Chromium never hides a tab (every page stays `visible`, `bringToFront()` fires no
 * `visibilitychange`), so the reader tab's switch to the background and back is emulated with
 * `setTabVisibility()`: the update then comes through the app's own visibilitychange handler,
 * not a `checkForUpdates()` call.
 *
 * That handler only checks when `sync-interval` (minutes, default 60) has passed since the
 * last check, and the reader checked when it started a moment ago; demo/index.html sets no
 * interval, so the test sets `sync-interval="0"` (check at every return to the tab) — with the
 * default, the reader would show the new text only an hour after its last check.
 */
describe('editor → publish server → reader (built demo, Chromium)', { timeout: 120_000 }, () => {
  let site: PublishSite;
  before(async () => {
    site = await startPublishSite();
  });
  after(async () => {
    await site.close();
  });

  it('an entry\'s German summary edited and published in the editor tab appears in the reader tab when it comes to the front', async () => {
    const { context, page: reader, close } = await launch({ locale: 'de-DE' });
    try {
      const summary = `Neu ab Januar: Termine auch samstags (${Date.now().toString(36)}).`;
      await reader.goto(`${site.url}/#/kompass/entry/buergerbuero`);
      await waitForText(reader, 'Öffnungszeiten');
      assert.ok(!(await appText(reader)).includes(summary));
      const revisionBefore = await reader.evaluate(`fetch('/pack/manifest.json', { cache: 'no-store' }).then((r) => r.json()).then((m) => m.revision)`);

      await reader.evaluate(`document.querySelector('kompass-app').setAttribute('sync-interval', '0')`);
      // The editor opens in another tab; the reader goes to the background.
      await setTabVisibility(reader, 'hidden');
      const editor = await context.newPage();
      const pageErrors: string[] = [];
      editor.on('pageerror', (e) => pageErrors.push(e.message));
      await editor.goto(`${site.url}/editor.html`);
      // Playwright's locators pierce the open shadow roots of <kompass-editor> and its editor.
      await editor.locator('#token').fill(site.token);
      await editor.locator('#token').press('Enter');
      await editor.locator('nav.tabs').waitFor();
      await editor.locator('.items button, .items a', { hasText: 'buergerbuero' }).first().click();
      const field = editor.locator('#f-summary-de');
      await field.waitFor();
      await field.fill(summary);
      await editor.locator('.publish-state', { hasText: '1 Änderung bereit' }).waitFor();
      await editor.locator('#publish-message').fill('E2E: Sprechzeiten');
      await editor.locator('#publish-button').click();
      await editor.locator('.publish-state', { hasText: `Als Version ${Number(revisionBefore) + 1} veröffentlicht` }).waitFor({ timeout: 15_000 });
      assert.deepEqual(pageErrors, []);

      // Published, but the reader in the background has not looked yet (it syncs every 60 s).
      await reader.waitForTimeout(500);
      assert.ok(!(await appText(reader)).includes(summary), 'the reader updated before its tab came to the front');

      // The reader tab comes to the front: it checks for updates when it becomes visible.
      await reader.bringToFront();
      await setTabVisibility(reader, 'visible');
      await waitForText(reader, summary, 0, 15_000);
      await waitForText(reader, 'Die Informationen wurden aktualisiert.');
      await editor.close();
    } finally {
      await close();
    }
  });
});
