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
    // Only the word that changed is marked, in a row named as the form names the field.
    expect($(app, 'table.diff ins')!.textContent).to.equal('Nord');
    expect($(app, 'table.diff del')!.textContent).to.equal('Mitte');
    expect($(app, 'table.diff td.after')!.textContent!.trim()).to.equal('Bürgerbüro Nord');
    expect($(app, 'table.diff tbody th')!.textContent!.trim()).to.equal('Name (German)');
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

  it('names each changed field by its label and language, never by its path', async () => {
    const app = ctx.app();
    await openEntry(app, 'buergerbuero');
    await type(app, '#f-summary-de', 'Anmeldung, Pässe und Ausweise — jetzt auch samstags.');
    await click(app, 'text=Unpublished changes');
    const fields = $$(app, 'table.diff tbody th').map((th) => th.textContent!.trim());
    expect(fields).to.deep.equal(['Summary (German)']);
    expect(text(app)).not.to.match(/summary\.de|phones\[/);
    await expect(app).to.be.accessible();
  });
});
