import { expect } from '@open-wc/testing';
import { $, $$, text, type, until } from '../helpers.js';
import { choose } from './setup.js';
import { goTo, seededEditor } from './content-setup.js';

describe('<kompass-editor> settings (the municipality)', function () {
  this.timeout(30_000);
  const ctx = seededEditor();

  it('is one form without id or delete, focus on its heading (accessible)', async () => {
    const app = ctx.app();
    await goTo(app, 'Einstellungen');
    expect(app.shadowRoot!.activeElement?.id).to.equal('form-heading');
    expect($<HTMLInputElement>(app, '#f-name-de')!.value).to.equal('Musterstadt');
    expect($(app, '#f-id')).to.equal(null);
    expect(text(app)).not.to.contain('Kennung');
    expect($$(app, 'button').map((b) => b.textContent!.trim())).not.to.include('Löschen…');
    await expect(app).to.be.accessible();
  });

  it('names the states and languages, never their codes; a change shows among the changes', async () => {
    const app = ctx.app();
    await goTo(app, 'Einstellungen');
    const state = $<HTMLSelectElement>(app, '#f-state')!;
    expect(state.selectedOptions[0]!.textContent).to.equal('Nordrhein-Westfalen');
    expect([...state.options].map((o) => o.textContent)).to.include('Baden-Württemberg').and.have.length(16);
    expect([...$<HTMLSelectElement>(app, '#f-defaultLanguage')!.options].map((o) => o.textContent)).to.deep.equal(['Deutsch', 'Englisch', 'Arabisch']);
    expect($$(app, '.picker .chosen li').map((li) => li.textContent!.replace('×', '').trim())).to.deep.equal(['Deutsch', 'Englisch', 'Arabisch']);
    await choose(app, state, 'BY');
    await type(app, '#f-name-de', 'Musterstadt am See');
    $<HTMLInputElement>(app, '#f-closedOnPublicHolidays')!.click();
    await app.updateComplete;
    const m = (app as unknown as { draft: { municipality: { state: string; closedOnPublicHolidays?: boolean } } }).draft.municipality;
    expect(m.state).to.equal('BY');
    expect(m.closedOnPublicHolidays).to.equal(false);
    await until(app, () => text(app).includes('1 unveröffentlichte Änderung'), 'one change');
    await goTo(app, 'Unveröffentlichte Änderungen');
    expect(text(app)).to.contain('Musterstadt am See').and.contain('Bundesland');
  });

  it('every new tab fits 320 px, right-to-left too, without scrolling sideways', async () => {
    const app = ctx.app();
    const host = app.getRootNode() instanceof ShadowRoot ? ((app.getRootNode() as ShadowRoot).host as HTMLElement) : app;
    for (const dir of ['ltr', 'rtl']) {
      host.setAttribute('dir', dir);
      host.style.display = 'block';
      host.style.width = '320px';
      for (const [tab, open] of [['Seiten', 'Bankkonto'], ['Veranstaltungen', 'Sprachcafé'], ['Hinweise', 'Eingang über den Hof'], ['Einstellungen', '']] as const) {
        await goTo(app, tab);
        const check = (where: string) => {
          for (const el of [app, ...$$(app, '.frame, nav.tabs, .workspace, .tree-row, .field, fieldset')]) {
            expect(el.scrollWidth, `${dir} ${where}: ${el.className || el.localName} overflows`).to.be.at.most(el.clientWidth + 1);
          }
        };
        check(tab);
        if (open) {
          $$<HTMLButtonElement>(app, '.item-link').find((b) => b.textContent!.includes(open))!.click();
          await until(app, () => !!$(app, '#form-heading'), 'the form opens');
          check(open);
        }
      }
    }
  });
});
