import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, text, type, until } from '../helpers.js';
import { goTo, openByName, pick, seededEditor } from './content-setup.js';

describe('<kompass-editor> information pages', function () {
  this.timeout(30_000);
  const ctx = seededEditor();

  /** The tree as the clerk reads it: names, indented by depth. */
  const tree = () =>
    $$(ctx.app(), '.items.tree .item-name').map((n) => {
      let depth = 0;
      for (let ul = n.closest('ul')!.parentElement?.closest('ul'); ul; ul = ul.parentElement?.closest('ul') ?? null) depth++;
      return `${'  '.repeat(depth)}${n.textContent}`;
    });

  it('lists the pages as a tree, focus on its heading (accessible)', async () => {
    const app = ctx.app();
    await goTo(app, 'Seiten');
    expect(app.shadowRoot!.activeElement?.id).to.equal('list-heading');
    expect($(app, '#list-heading')!.textContent).to.equal('Informationsseiten');
    expect(tree()).to.deep.equal(['Ankommen', '  Anmeldung', '  Bankkonto', '  Schule', 'Wohnen']);
    await expect(app).to.be.accessible();
  });

  it('moves a page down and up by keyboard: focus stays on it, the siblings get a new order', async () => {
    const app = ctx.app();
    await goTo(app, 'Seiten');
    $<HTMLButtonElement>(app, '#f-down-page_anmeldung')!.focus();
    await sendKeys({ press: 'Enter' });
    await app.updateComplete;
    expect(tree()).to.deep.equal(['Ankommen', '  Bankkonto', '  Anmeldung', '  Schule', 'Wohnen']);
    expect(app.shadowRoot!.activeElement?.id).to.equal('f-down-page_anmeldung');
    await sendKeys({ press: 'Enter' });
    await app.updateComplete;
    expect(tree()).to.deep.equal(['Ankommen', '  Bankkonto', '  Schule', '  Anmeldung', 'Wohnen']);
    // At the end now: "down" is off, so focus moved to its "up".
    expect(app.shadowRoot!.activeElement?.id).to.equal('f-up-page_anmeldung');
    expect($(app, '.notice')!.textContent).to.equal('„Anmeldung“ steht jetzt an Stelle 3 von 3.');
    const pages = (app as unknown as { draft: { pages: { id: string; order?: number }[] } }).draft.pages;
    expect(Object.fromEntries(pages.map((p) => [p.id, p.order]))).to.deep.include({ konto: 1, schule: 2, anmeldung: 3 });
    await goTo(app, 'Unveröffentlichte Änderungen');
    expect(text(app)).to.contain('Bankkonto').and.contain('Schule').and.contain('Anmeldung');
    expect(text(app)).not.to.contain('Wohnen');
  });

  it('moves a page under another by its title, and refuses to put it under itself', async () => {
    const app = ctx.app();
    await goTo(app, 'Seiten');
    await openByName(app, 'Ankommen');
    await pick(app, '#f-parent', 'Schule');
    expect($(app, '#f-parent-unknown')!.textContent).to.equal('„Ankommen“ kann nicht unter „Schule“ stehen: Diese Seite liegt selbst in „Ankommen“. Wählen Sie eine andere Seite.');
    expect($(app, '#f-parent')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text(app)).to.contain('Keine unveröffentlichten Änderungen');
    await pick(app, '#f-parent', 'Wohnen');
    expect($(app, '#f-parent-unknown')).to.equal(null);
    expect($$(app, '.picker .chosen li').map((li) => li.textContent!.replace('×', '').trim())).to.include('Wohnen');
    // The icon is for the first level only.
    expect($(app, '#f-icon')).to.equal(null);
    await goTo(app, 'Seiten');
    expect(tree()).to.deep.equal(['Wohnen', '  Ankommen', '    Anmeldung', '    Bankkonto', '    Schule']);
  });

  it('edits a page\'s title, text and attachment: the draft changes and shows among the changes', async () => {
    const app = ctx.app();
    await goTo(app, 'Seiten');
    await openByName(app, 'Bankkonto');
    await type(app, '#f-title-de', 'Ein Konto eröffnen');
    await type(app, '#f-text-de', 'Sie brauchen einen **Ausweis**.');
    $$<HTMLButtonElement>(app, 'button').find((b) => b.textContent === 'Dokument hinzufügen')!.click();
    await app.updateComplete;
    await type(app, '#f-attachments_0__title-de', 'Merkblatt');
    await type(app, '#f-attachments_0__url', 'https://www.musterstadt.example/konto.pdf');
    await until(app, () => text(app).includes('1 unveröffentlichte Änderung'), 'one change');
    await goTo(app, 'Unveröffentlichte Änderungen');
    expect(text(app)).to.contain('Ein Konto eröffnen').and.contain('Merkblatt');
  });
});
