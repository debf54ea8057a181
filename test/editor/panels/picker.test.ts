import { expect } from '@open-wc/testing';
import { $, $$, click, openEntry, until } from '../helpers.js';
import { signedInEditor } from './setup.js';
import { choiceOf } from '../../../src/editor/panels/form/picker-field.js';

/** Types into a picker's box and presses Enter, as a clerk does after choosing a suggestion. */
async function pick(app: Parameters<typeof $>[0], selector: string, typed: string): Promise<void> {
  const input = $<HTMLInputElement>(app, selector)!;
  input.focus();
  input.value = typed;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await (app as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

describe('<kompass-editor> pickers: languages and entries by name', function () {
  this.timeout(30_000);
  const ctx = signedInEditor();

  it('an office’s languages are chosen by name; a name that is not in the list is said at the field (accessible)', async () => {
    const app = ctx.app();
    await openEntry(app, 'buergerbuero');
    const chosen = () => $$(app, '.picker ul.chosen li').map((li) => li.firstChild?.textContent?.trim() || li.textContent!.replace('×', '').trim());
    const before = chosen();
    await pick(app, '#f-languages', 'Arabic');
    expect(chosen()).to.include('Arabic');
    expect(chosen()).to.have.length(before.length + (before.includes('Arabic') ? 0 : 1));
    await pick(app, '#f-languages', 'ukr');
    expect(chosen(), 'the first letters are enough when only one name starts so').to.include('Ukrainian');
    await pick(app, '#f-languages', 'Klingonisch');
    expect($(app, '#f-languages-unknown')!.textContent).to.contain('"Klingonisch" is not in the list');
    expect($(app, '#f-languages')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(app).to.be.accessible();
    await click(app, '[aria-label="Remove Ukrainian"]');
    expect(chosen()).not.to.include('Ukrainian');
    await until(app, () => !!$(app, '.saved'), 'saved');
  });

  it('the categories are one control: chosen by label, a sub-category after its parent; none chosen means an error', async () => {
    const app = ctx.app();
    await openEntry(app, 'buergerbuero');
    const chosen = () => $$(app, '.picker:has(#f-categories) ul.chosen li').map((li) => li.textContent!.replace('×', '').trim());
    expect(chosen()).to.deep.equal(['Ämter und Behörden']);
    const options = [...$(app, '#f-categories-choices')!.querySelectorAll('option')].map((o) => o.value);
    expect(options).to.include('Ämter und Behörden › Aufenthalt');
    await pick(app, '#f-categories', 'Ämter und Behörden › Aufenthalt');
    expect(chosen()).to.deep.equal(['Ämter und Behörden', 'Ämter und Behörden › Aufenthalt']);
    await click(app, '[aria-label="Remove Ämter und Behörden"]');
    await click(app, '[aria-label="Remove Ämter und Behörden › Aufenthalt"]');
    await app.validate();
    await app.updateComplete;
    expect($(app, '#f-categories')!.getAttribute('aria-describedby')).to.contain('f-categories-msg');
    expect($(app, '#f-categories-msg')!.textContent).to.contain('at least 1');
  });

  it('a guide step links an entry by its name, and stores its id', async () => {
    const app = ctx.app();
    await click(app, 'text=Guides');
    await click(app, '.items .item-link');
    await until(app, () => !!$(app, '#form-heading'), 'the guide opens');
    const box = $<HTMLInputElement>(app, 'fieldset.step .picker input')!;
    const list = $(app, `#${CSS.escape(box.id)}-choices`)!;
    const names = [...list.querySelectorAll('option')].map((o) => o.value);
    expect(names.some((n) => n.startsWith('Migrationsberatung')), names.join(', ')).to.equal(true);
    await pick(app, `#${CSS.escape(box.id)}`, 'Migrationsb');
    expect($$(app, `.picker ul.chosen li`).some((li) => li.textContent!.includes('Migrationsberatung'))).to.equal(true);
    await click(app, 'text=Unpublished changes');
    expect($(app, 'table.diff')!.textContent).to.contain('migrationsberatung');
  });
});

describe('choiceOf', () => {
  const choices = [
    { value: 'ar', label: 'Arabisch' },
    { value: 'uk', label: 'Ukrainisch' },
    { value: 'ur', label: 'Urdu' },
  ];
  it('takes a name in any case and without accents, a code, or the start of one name only', () => {
    expect(choiceOf(choices, 'arabisch')?.value).to.equal('ar');
    expect(choiceOf(choices, 'ÁRABISCH')?.value).to.equal('ar');
    expect(choiceOf(choices, 'ur')?.value).to.equal('ur');
    expect(choiceOf(choices, 'Ukr')?.value).to.equal('uk');
    expect(choiceOf(choices, 'U'), 'two names start so: no guess').to.equal(undefined);
    expect(choiceOf(choices, ''), 'nothing typed').to.equal(undefined);
  });
});
