import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { KompassHoursEditor } from '../../src/editor/fields/hours-editor/kompass-hours-editor.js';
import { defineAll } from '../../src/reader/define/define-all.js';

defineAll([['kompass-hours-editor', KompassHoursEditor]]);

/** Thursday 3 December 2026, 10:30 in Berlin. */
const NOW = new Date('2026-12-03T09:30:00Z');

let container: HTMLDivElement | undefined;

async function mount(value = '', width?: number): Promise<{ el: KompassHoursEditor; changes: string[] }> {
  container?.remove();
  container = document.createElement('div');
  if (width) container.style.width = `${width}px`;
  document.body.append(container);
  const el = document.createElement('kompass-hours-editor');
  el.lang = 'de';
  el.state = 'NW';
  el.now = NOW;
  el.value = value;
  const changes: string[] = [];
  el.addEventListener('kompass-hours-change', (e) => changes.push((e as CustomEvent<string>).detail));
  container.append(el);
  await waitUntil(() => !!el.shadowRoot?.querySelector('.hours-editor'), 'the German strings are loaded', { timeout: 8000 });
  await el.updateComplete;
  return { el, changes };
}

const $ = <T extends Element = HTMLElement>(el: KompassHoursEditor, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(el: KompassHoursEditor, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The button with this visible text (the first, or the one inside `within`). */
function button(el: KompassHoursEditor, label: string, within?: Element): HTMLButtonElement {
  const found = [...(within ?? el.shadowRoot!).querySelectorAll('button')].find((b) => text(b) === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The fieldset of a weekday (its legend). */
const day = (el: KompassHoursEditor, name: string): HTMLFieldSetElement => $$<HTMLFieldSetElement>(el, 'fieldset.day').find((f) => text(f.querySelector('legend')!) === name)!;

async function set(el: KompassHoursEditor, input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function press(el: KompassHoursEditor, control: HTMLElement): Promise<void> {
  control.click();
  await el.updateComplete;
}

/** The preview's text for a date. */
const previewOf = (el: KompassHoursEditor, date: string): string => text($(el, `.preview tr[data-date="${date}"] td`));

describe('<kompass-hours-editor> (German)', function () {
  this.timeout(20_000);
  afterEach(() => container?.remove());

  it('Mo–Fr 08:00–12:00 plus Tuesday 14:00–18:00, set in the grid, becomes valid OSM syntax', async () => {
    const { el, changes } = await mount();
    const monday = day(el, 'Montag');
    await press(el, monday.querySelector<HTMLInputElement>('input[type=checkbox]')!);
    const [from, to] = [...day(el, 'Montag').querySelectorAll<HTMLInputElement>('input[type=time]')];
    expect(from!.labels![0]!.textContent).to.contain('von');
    await set(el, from!, '08:00');
    await set(el, to!, '12:00');
    await press(el, button(el, 'Diese Zeiten für Montag bis Freitag übernehmen', day(el, 'Montag')));
    expect(changes.at(-1)).to.equal('Mo-Fr 08:00-12:00; PH off');
    await press(el, button(el, 'Zeitraum hinzufügen', day(el, 'Dienstag')));
    const tuesday = [...day(el, 'Dienstag').querySelectorAll<HTMLInputElement>('input[type=time]')];
    expect(tuesday).to.have.length(4);
    expect(el.shadowRoot!.activeElement, 'focus moves to the new range').to.equal(tuesday[2]);
    await set(el, tuesday[2]!, '14:00');
    await set(el, tuesday[3]!, '18:00');
    expect(changes.at(-1)).to.equal('Mo,We-Fr 08:00-12:00; Tu 08:00-12:00,14:00-18:00; PH off');
    expect(el.value).to.equal(changes.at(-1));
    expect(previewOf(el, '2026-12-01')).to.equal('08:00–12:00, 14:00–18:00');
    expect(previewOf(el, '2026-12-05')).to.equal('geschlossen');

    // An end before its start is said at the range, and nothing invalid is written.
    const count = changes.length;
    await set(el, tuesday[3]!, '13:00');
    expect(text($(el, '[role=alert]'))).to.equal('„bis“ muss später als „von“ sein.');
    expect(changes.length).to.equal(count);
  });

  it('a closure 24.12.–01.01. closes that week in the preview, with the reason', async () => {
    const { el, changes } = await mount('Mo-Fr 08:00-12:00; PH off');
    await press(el, button(el, 'Schließzeit hinzufügen'));
    const [from, to] = $$<HTMLInputElement>(el, 'fieldset.closures input[type=date]');
    expect(el.shadowRoot!.activeElement, 'focus moves to the new closure').to.equal(from);
    expect(changes, 'an empty closure closes nothing yet').to.deep.equal([]);
    await set(el, from!, '2026-12-24');
    await set(el, to!, '2027-01-01');
    await set(el, $$<HTMLInputElement>(el, 'fieldset.closures input[type=text]')[0]!, 'Weihnachten');
    expect(changes.at(-1)).to.equal('Mo-Fr 08:00-12:00; PH off; 2026 Dec 24-2027 Jan 01 off "Weihnachten"');
    await press(el, button(el, 'Zur nächsten Schließzeit'));
    expect(text($(el, '.preview caption'))).to.equal('Woche vom 21.12.2026 bis 27.12.2026');
    expect(previewOf(el, '2026-12-23')).to.equal('08:00–12:00');
    expect(previewOf(el, '2026-12-24')).to.equal('geschlossen (Schließzeit: Weihnachten)');
    await press(el, button(el, 'Nächste Woche'));
    expect(previewOf(el, '2026-12-28')).to.equal('geschlossen (Schließzeit: Weihnachten)');
    await press(el, button(el, 'Nächste Woche'));
    expect(previewOf(el, '2027-01-04')).to.equal('08:00–12:00');
  });

  it('a closure every year is written without a year and closes the next winter too', async () => {
    const { el, changes } = await mount('Mo-Fr 08:00-12:00; PH off');
    await press(el, button(el, 'Schließzeit hinzufügen'));
    const [from, to] = $$<HTMLInputElement>(el, 'fieldset.closures input[type=date]');
    await set(el, from!, '2026-12-24');
    await set(el, to!, '2027-01-01');
    const yearly = $$<HTMLInputElement>(el, 'fieldset.closures input[type=checkbox]').find((c) => c.parentElement!.textContent!.includes('jedes Jahr'))!;
    await press(el, yearly);
    expect(changes.at(-1)).to.equal('Mo-Fr 08:00-12:00; PH off; Dec 24-Jan 01 off');
    await set(el, $<HTMLInputElement>(el, '.preview input[type=date]'), '2027-12-27');
    expect(previewOf(el, '2027-12-27')).to.equal('geschlossen (Schließzeit)');
    await press(el, button(el, 'Vorige Woche'));
    expect(previewOf(el, '2027-12-23')).to.equal('08:00–12:00');
    expect(previewOf(el, '2027-12-24')).to.equal('geschlossen (Schließzeit)');
  });

  it('public holidays: a week with one shows it closed, and open as usual when switched off', async () => {
    const { el, changes } = await mount('Mo-Fr 08:00-12:00; PH off');
    await set(el, $<HTMLInputElement>(el, '.preview input[type=date]'), '2027-05-06');
    expect(previewOf(el, '2027-05-06')).to.equal('geschlossen (Feiertag: Christi Himmelfahrt)');
    expect(previewOf(el, '2027-05-07')).to.equal('08:00–12:00');
    const holidays = $$<HTMLInputElement>(el, 'input[type=checkbox]').find((c) => c.parentElement!.textContent!.includes('An gesetzlichen Feiertagen geschlossen'))!;
    expect(holidays.checked).to.equal(true);
    await press(el, holidays);
    expect(changes.at(-1)).to.equal('Mo-Fr 08:00-12:00; PH Mo-Fr 08:00-12:00');
    expect(previewOf(el, '2027-05-06')).to.equal('08:00–12:00 · Feiertag: Christi Himmelfahrt');
  });

  it('only by appointment: no grid, "nach Vereinbarung" written and shown', async () => {
    const { el, changes } = await mount('Mo-Fr 08:00-12:00; PH off');
    const only = $$<HTMLInputElement>(el, 'input[type=checkbox]').find((c) => c.parentElement!.textContent!.includes('Nur nach Vereinbarung'))!;
    await press(el, only);
    expect(changes.at(-1)).to.equal('"nach Vereinbarung"');
    expect(el.shadowRoot!.querySelector('fieldset.week')).to.equal(null);
    expect(text(el.shadowRoot!)).to.contain('nach Vereinbarung');
    await press(el, only);
    expect(changes.at(-1)).to.equal('Mo-Fr 08:00-12:00; PH off', 'unticked, the times are back');
  });

  it('a value the grid cannot say opens the expert field with a message; German errors there', async () => {
    const { el, changes } = await mount('Mo-Fr 08:00-12:00; SH off');
    expect(text($(el, '[role=status]'))).to.equal('Diese Öffnungszeiten lassen sich nur im Expertenfeld unten ändern.');
    expect(el.shadowRoot!.querySelector('fieldset.week')).to.equal(null);
    const details = $<HTMLDetailsElement>(el, 'details.expert');
    expect(details.open).to.equal(true);
    const raw = $<HTMLTextAreaElement>(el, 'details.expert textarea');
    expect(raw.value).to.equal('Mo-Fr 08:00-12:00; SH off');
    expect(raw.labels![0]!.textContent).to.equal('Öffnungszeiten in OpenStreetMap-Schreibweise');

    await set(el, raw, 'Mo-Fr 08:00-12:00; 24.12.–01.01. geschlossen');
    expect(changes.at(-1)).to.equal('Mo-Fr 08:00-12:00; 24.12.–01.01. geschlossen');
    expect(text($(el, 'details.expert [role=alert]'))).to.contain('Ein Datum wie „24.12.–01.01.“ versteht die Schreibweise nicht');
    expect(raw.getAttribute('aria-invalid')).to.equal('true');

    // Editing the raw value to something simple brings the grid back, filled in.
    await set(el, raw, 'Mo-Fr 08:00-12:00, Th 14:00-18:00 "nur mit Termin"; PH off');
    const thursday = [...day(el, 'Donnerstag').querySelectorAll<HTMLInputElement>('input[type=time]')].map((i) => i.value);
    expect(thursday).to.deep.equal(['08:00', '12:00', '14:00', '18:00']);
    expect(previewOf(el, '2026-12-03')).to.equal('08:00–12:00, 14:00–18:00 (nur mit Termin)');
  });

  it('passes axe with times, a closure and a special day', async () => {
    const { el } = await mount('Mo-Fr 08:00-12:00, Th 14:00-18:00 "nur mit Termin"; PH off; 2026 Dec 24-2027 Jan 01 off; 2026 Dec 30 10:00-12:00');
    expect($$(el, 'fieldset.closures input[type=date]').map((i) => (i as HTMLInputElement).value)).to.deep.equal(['2026-12-24', '2027-01-01']);
    expect(($(el, 'fieldset.special input[type=date]') as HTMLInputElement).value).to.equal('2026-12-30');
    await expect(el).to.be.accessible();
  });

  it('every control is reachable by Tab', async () => {
    const { el } = await mount('Mo-Fr 08:00-12:00; PH off; 2026 Dec 24-2027 Jan 01 off');
    const controls = $$<HTMLElement>(el, 'input, button, textarea, summary').filter((c) => c.checkVisibility());
    expect(controls.length).to.be.greaterThan(30);
    const before = document.createElement('button');
    before.textContent = 'vorher';
    container!.prepend(before);
    before.focus();
    // Tab until focus leaves the element (a time or date input has a stop per part).
    const reached = new Set<Element>();
    for (let i = 0; i < 400; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (active) reached.add(active);
      else if (reached.size) break;
    }
    expect(controls.filter((c) => !reached.has(c)).map((c) => c.outerHTML.slice(0, 80))).to.deep.equal([]);
    // The expert field opens by keyboard, and its text field comes next.
    $(el, 'summary').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'details.expert textarea'));
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const { el } = await mount('Mo-Fr 08:00-12:00, Th 14:00-18:00 "nur mit Termin"; PH off; 2026 Dec 24-2027 Jan 01 off "Weihnachten"', 320);
    $<HTMLDetailsElement>(el, 'details.expert').open = true;
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of $$(el, 'fieldset, table, textarea, .row')) expect(node.scrollWidth, node.className || node.tagName).to.be.at.most(node.clientWidth + 1);
  });
});
