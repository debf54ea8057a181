import { expect } from '@open-wc/testing';
import { $, $$, text, type, until } from '../helpers.js';
import { goTo, openByName, seededEditor } from './content-setup.js';

describe('<kompass-editor> notices', function () {
  this.timeout(30_000);
  const ctx = seededEditor();

  it('lists the notices by their text, focus on the heading (accessible)', async () => {
    const app = ctx.app();
    await goTo(app, 'Hinweise');
    expect(app.shadowRoot!.activeElement?.id).to.equal('list-heading');
    expect($$(app, '.items .item-name').map((n) => n.textContent)).to.deep.equal(['Eingang über den Hof', 'Zwischen den Jahren geschlossen']);
    await expect(app).to.be.accessible();
  });

  it('says whether the notice is shown today, and from when, as the dates change', async () => {
    const app = ctx.app(); // today: 4 December 2026
    await goTo(app, 'Hinweise');
    await openByName(app, 'Eingang über den Hof');
    expect($(app, '.notice-state')!.textContent).to.equal('Wird heute angezeigt (bis Do., 10.12.2026).');
    await type(app, '#f-from', '2026-12-07');
    expect($(app, '.notice-state')!.textContent).to.equal('Noch nicht angezeigt: ab Mo., 07.12.2026.');
    await type(app, '#f-from', '2026-11-01');
    await type(app, '#f-until', '2026-12-03');
    expect($(app, '.notice-state')!.textContent).to.equal('Wird nicht mehr angezeigt (letzter Tag war Do., 03.12.2026).');
    // Severity by its German name; the entries it is about by name.
    const severity = $<HTMLSelectElement>(app, '#f-severity')!;
    expect([...severity.options].map((o) => o.textContent)).to.deep.equal(['Information', 'Warnung', 'Dringend']);
    expect(severity.selectedOptions[0]!.textContent).to.equal('Warnung');
    expect($$(app, '.picker .chosen li').map((li) => li.textContent!.replace('×', '').trim())).to.deep.equal(['Bürgerbüro Mitte']);
    await until(app, () => text(app).includes('1 unveröffentlichte Änderung'), 'one change');
    await goTo(app, 'Unveröffentlichte Änderungen');
    expect(text(app)).to.contain('Eingang über den Hof').and.contain('2026-12-03');
  });

  it('"closed" is explained in plain words and changes the draft', async () => {
    const app = ctx.app();
    await goTo(app, 'Hinweise');
    await openByName(app, 'Eingang über den Hof');
    const closed = $<HTMLInputElement>(app, '#f-closed')!;
    expect(closed.checked).to.equal(false);
    expect(closed.closest('label')!.textContent!.trim()).to.equal('Diese Einträge sind an diesen Tagen geschlossen');
    expect($(app, `#${closed.getAttribute('aria-describedby')!}`)!.textContent).to.contain('„geschlossen“');
    closed.click();
    await app.updateComplete;
    const notice = (app as unknown as { draft: { notices: { id: string; closed?: boolean }[] } }).draft.notices.find((n) => n.id === 'baustelle')!;
    expect(notice.closed).to.equal(true);
    await until(app, () => text(app).includes('1 unveröffentlichte Änderung'), 'one change');
    await expect(app).to.be.accessible();
  });
});
