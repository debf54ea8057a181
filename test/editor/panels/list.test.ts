import { expect } from '@open-wc/testing';
import { $, $$, click, openEntry, text, type, until } from '../helpers.js';
import { choose, signedInEditor } from './setup.js';

const names = (app: Parameters<typeof $>[0]) => $$(app, '.items .item-id').map((e) => e.textContent);

describe('<kompass-editor> list panel', function () {
  this.timeout(30_000);
  const ctx = signedInEditor();

  it('shows only changed entries or those with errors, and says how many of how many (accessible)', async () => {
    const app = ctx.app();
    await openEntry(app, 'buergerbuero');
    await type(app, '#f-name-de', '');
    await app.validate();
    await click(app, 'text=Back to the list');
    const only = $<HTMLSelectElement>(app, '#filter-only')!;
    await choose(app, only, 'changed');
    expect(names(app)).to.deep.equal(['buergerbuero']);
    expect($(app, '.count')!.textContent).to.equal('1 of 3 shown');
    await choose(app, only, 'problems');
    expect(names(app)).to.deep.equal(['buergerbuero']);
    expect($(app, '.items .badge.error')!.textContent).to.match(/^\d+ errors?$/);
    await choose(app, only, '');
    expect(names(app)).to.have.length(3);
    await expect(app).to.be.accessible();
  });

  it('the filters of a list stay while the clerk opens an item and comes back', async () => {
    const app = ctx.app();
    await type(app, '#list-search', 'Erwachsene');
    expect(names(app)).to.deep.equal(['migrationsberatung']);
    await openEntry(app, 'migrationsberatung');
    await click(app, 'text=Back to the list');
    expect($<HTMLInputElement>(app, '#list-search')!.value).to.equal('Erwachsene');
    expect(names(app)).to.deep.equal(['migrationsberatung']);
  });

  it('"New guide" opens a guide with a free id and the cursor in its title; the id follows the title', async () => {
    const app = ctx.app();
    await click(app, 'text=Guides');
    await click(app, 'text=New guide');
    await until(app, () => app.shadowRoot!.activeElement?.id === 'f-title-de', 'the cursor is in the title');
    expect($(app, '#form-heading')!.textContent).to.contain('neuer-leitfaden');
    const title = $<HTMLInputElement>(app, '#f-title-de')!;
    await type(app, '#f-title-de', 'Erste Schritte');
    title.dispatchEvent(new Event('change'));
    await until(app, () => $(app, '#form-heading')!.textContent!.includes('erste-schritte'), 'the id follows the title');
    await click(app, 'text=Back to the list');
    expect(names(app)).to.include('erste-schritte');
    expect(text(app)).to.contain('1 unpublished change');
  });
});
