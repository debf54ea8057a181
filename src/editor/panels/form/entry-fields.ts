/** The fields of an entry's form: names and texts, kind and categories, address, hours, contact, access. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { idFor, type EditorModel } from '../../editor-model.js';
import { pointPaste } from '../../fields/point-paste.js';
import type { ItemKey } from '../../model.js';
import { ENTRY_KINDS, WHEELCHAIR_VALUES, type SourceEntry } from '../../../pack/types.js';
import type { FieldRenderers } from './fields.js';
import type { HoursField } from './hours-field.js';
import { categoryChoices, languageChoices, type PickerField } from './picker-field.js';
import { UI_LANGUAGES } from '../../../pack/languages.js';

export function entryFields(parts: { model: EditorModel; fields: FieldRenderers; hours: HoursField; picker: PickerField }, key: ItemKey, e: SourceEntry): TemplateResult {
  const { model, fields: f, hours, picker } = parts;
  const { t } = model;
  const set = model.setField.bind(model, key);
  const phones = e.phones ?? [];
  const removePhone = (i: number) => {
    const rest = phones.filter((_, j) => j !== i);
    set(['phones'], rest.length ? rest : undefined);
  };
  return html`
    ${f.localizedField(key, e, ['name'], t('fields.name'), { required: true })}
    ${f.localizedField(key, e, ['summary'], t('fields.summary'), { required: true, multiline: true })}
    ${f.selectField(key, e, ['kind'], t('fields.kind'), ENTRY_KINDS, (k) => t(`kinds.${k}`), { required: true })}
    ${picker.render(key, e, ['categories'], t('fields.categories'), t('fields.categoriesHelp'), categoryChoices(model, model.draft.categories), { required: true, keepEmpty: true })}
    ${f.localizedField(key, e, ['description'], t('fields.description'), { markdown: true })}
    <fieldset class="group">
      <legend>${t('fields.address')}</legend>
      ${f.textField(key, e, ['address', 'street'], t('fields.street'))}
      ${f.textField(key, e, ['address', 'postalCode'], t('fields.postalCode'), { inputmode: 'numeric' })}
      ${f.textField(key, e, ['address', 'city'], t('fields.city'))}
      ${f.textField(key, e, ['address', 'lat'], t('fields.lat'), { type: 'number' })}
      ${f.textField(key, e, ['address', 'lon'], t('fields.lon'), { type: 'number' })}
      ${pointPaste({ id: idFor('point-paste'), t: (k, p) => t(k, p), lang: model.i18n?.language ?? 'de', take: (p) => set(['address'], { ...(e.address ?? {}), lat: p.lat, lon: p.lon }) })}
      ${f.localizedField(key, e, ['address', 'extra'], t('fields.addressExtra'))}
      ${f.localizedField(key, e, ['address', 'gettingThere'], t('fields.gettingThere'), { multiline: true })}
    </fieldset>
    ${hours.render(key, e)}
    ${f.localizedField(key, e, ['hoursNote'], t('fields.hoursNote'))}
    <fieldset class="group">
      <legend>${t('fields.phones')}</legend>
      ${phones.map(
        (_, i) => html`<div class="phone">
          ${f.textField(key, e, ['phones', i, 'number'], t('fields.phoneNumber', { n: i + 1 }), { type: 'tel' })}
          ${f.localizedField(key, e, ['phones', i, 'label'], t('fields.phoneLabel', { n: i + 1 }))}
          <button type="button" @click=${() => removePhone(i)}>${t('fields.removePhone', { n: i + 1 })}</button>
        </div>`,
      )}
      <button type="button" @click=${() => set(['phones'], [...phones, { number: '' }])}>${t('fields.addPhone')}</button>
    </fieldset>
    ${f.textField(key, e, ['email'], t('fields.email'), { type: 'email' })}
    ${f.textField(key, e, ['website'], t('fields.website'), { type: 'url', help: t('fields.websiteHelp') })}
    <fieldset class="group">
      <legend>${t('fields.appointment')}</legend>
      <label class="check"><input type="checkbox" .checked=${live(!!e.appointment?.required)} @change=${(ev: Event) => set(['appointment'], { ...(e.appointment ?? {}), required: (ev.target as HTMLInputElement).checked })} /> ${t('fields.appointmentRequired')}</label>
      ${f.textField(key, e, ['appointment', 'url'], t('fields.appointmentUrl'), { type: 'url' })}
    </fieldset>
    ${f.selectField(key, e, ['wheelchair'], t('fields.wheelchair'), WHEELCHAIR_VALUES, (w) => t(`wheelchair.${w}`), { empty: true })}
    ${picker.render(key, e, ['languages'], t('fields.languages'), t('fields.languagesHelp'), languageChoices(model, UI_LANGUAGES.map((l) => l.code)))}
    <div class="checked-row">
      ${f.textField(key, e, ['lastChecked'], t('fields.lastChecked'), { type: 'date' })}
      <button type="button" @click=${() => set(['lastChecked'], new Date().toISOString().slice(0, 10))}>${t('fields.checkedToday')}</button>
    </div>
  `;
}
