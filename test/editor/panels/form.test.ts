import { expect } from '@open-wc/testing';
import { $, $$, click, openEntry, text, type, until } from '../helpers.js';
import { signedInEditor } from './setup.js';

describe('<kompass-editor> item form', function () {
  this.timeout(30_000);
  const ctx = signedInEditor();

  it('deletes a new entry only after asking; it is gone from the list and the drafts', async () => {
    const app = ctx.app();
    await click(app, 'text=New entry');
    await until(app, () => !!$(app, '#form-heading') && text(app).includes('1 unpublished change'), 'the form opens, a draft');
    await click(app, 'text=Delete…');
    expect(app.shadowRoot!.activeElement?.id).to.equal('confirm-delete');
    await click(app, '#confirm-delete');
    expect($(app, '#form-heading')).to.equal(null);
    expect($(app, '.notice')!.textContent).to.equal('Deleted. Undo brings it back.');
    expect($$(app, '.items .item-id').map((e) => e.textContent)).not.to.include('neuer-eintrag');
    await until(app, () => text(app).includes('No unpublished changes'), 'nothing left to publish');
  });

  it('the error summary leads to the field with the error', async () => {
    const app = ctx.app();
    await openEntry(app, 'buergerbuero');
    await type(app, '#f-name-de', '');
    await until(app, () => !!$(app, '.summary button'), 'the summary lists the error');
    $$<HTMLButtonElement>(app, '.summary button').find((b) => b.textContent!.startsWith('Name'))!.click();
    expect($$(app, '.summary button').map((b) => b.textContent!.trim()).join(' | '), 'the field by its label, no path').not.to.match(/name\.de|summary\./);
    await until(app, () => app.shadowRoot!.activeElement?.id === 'f-name-de', 'focus is on the name');
  });

  it('the hours preview follows the rule the clerk stopped at, and no half-typed rule flashes an error', async () => {
    const app = ctx.app();
    app.now = new Date('2026-11-04T09:00:00Z'); // Wednesday 10:00 in Berlin
    await openEntry(app, 'buergerbuero');
    await until(app, () => !!$(app, '.hours-preview'), 'the preview of the published hours');
    let flashed = false;
    const watch = new MutationObserver(() => (flashed ||= !!$(app, '#f-openingHours-error')));
    watch.observe(app.shadowRoot!, { subtree: true, childList: true });
    // Typed key by key: most prefixes are not a valid rule.
    let rule = '';
    for (const ch of 'We 10:00-11:30') {
      rule += ch;
      await type(app, '#f-openingHours', rule);
    }
    await until(app, () => $(app, '.hours-preview tr.today')?.textContent?.includes('10:00–11:30') ?? false, 'the preview of the last rule');
    watch.disconnect();
    expect(flashed).to.equal(false);
    expect($(app, '.hours-preview .now')!.textContent).to.contain('Open now');
  });

  it('the Markdown preview follows the text as it changes', async () => {
    const app = ctx.app();
    await openEntry(app, 'migrationsberatung');
    await type(app, '#f-description-de', '## Sprechzeiten');
    await click(app, 'text=Preview');
    await until(app, () => $(app, '.preview h2, .preview h3, .preview h4')?.textContent === 'Sprechzeiten', 'the heading is previewed');
    await type(app, '#f-description-de', '- Montag\n- Dienstag');
    await until(app, () => $$(app, '.preview li').length === 2, 'the list is previewed');
    expect($(app, '.preview')!.getAttribute('lang')).to.equal('de');
    await click(app, 'text=Preview');
    expect($(app, '.preview')).to.equal(null);
  });
});
