import { expect } from '@open-wc/testing';
import { $, $$, click, openEntry, text, type, until } from '../helpers.js';
import { signedInEditor } from './setup.js';

describe('<kompass-editor> changes panel', function () {
  this.timeout(30_000);
  const ctx = signedInEditor();

  it('discards a change only after asking, and undo brings it back (accessible)', async () => {
    const app = ctx.app();
    await openEntry(app, 'buergerbuero');
    await type(app, '#f-name-de', 'Bürgerbüro Nord');
    await click(app, 'text=Unpublished changes');
    expect($$(app, 'article.change')).to.have.length(1);
    expect($(app, 'table.diff ins')!.textContent).to.equal('Bürgerbüro Nord');
    expect($(app, 'table.diff del')!.textContent).to.equal('Bürgerbüro Mitte');
    await click(app, 'text=Discard this change…');
    expect(app.shadowRoot!.activeElement?.id).to.equal('confirm-discard');
    await expect(app).to.be.accessible();
    await click(app, 'text=Cancel');
    expect($$(app, 'article.change')).to.have.length(1);
    await click(app, 'text=Discard this change…');
    await click(app, '#confirm-discard');
    expect($$(app, 'article.change')).to.have.length(0);
    expect(text(app)).to.contain('There are no unpublished changes.');
    await click(app, 'text=Undo');
    await until(app, () => $$(app, 'article.change').length === 1, 'the change is back');
    await click(app, 'text=Open');
    expect($<HTMLInputElement>(app, '#f-name-de')!.value).to.equal('Bürgerbüro Nord');
  });
});
