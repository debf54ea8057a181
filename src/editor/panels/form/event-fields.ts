/**
 * The fields of an event's form: title, description, where (an entry, or an address of its
 * own), who runs it, languages, cost, registration, when (event-time-fields.ts) and the next
 * dates that makes (event-dates.ts), updated as the clerk types.
 */
import { html, type TemplateResult } from 'lit';
import type { EditorModel } from '../../editor-model.js';
import type { ItemKey } from '../../model.js';
import type { SourceEvent } from '../../../pack/types.js';
import { UI_LANGUAGES } from '../../../pack/languages.js';
import { localDate } from '../../../reader/hours/evaluate.js';
import type { FieldRenderers } from './fields.js';
import { entryChoices, languageChoices, type PickerField } from './picker-field.js';
import { eventTimeFields } from './event-time-fields.js';
import { nextDates, renderNextDates } from './event-dates.js';

export function eventFields(parts: { model: EditorModel; fields: FieldRenderers; picker: PickerField; now(): Date | undefined }, key: ItemKey, ev: SourceEvent): TemplateResult {
  const { model, fields: f, picker } = parts;
  const { t } = model;
  const m = model.draft.municipality;
  const today = localDate(parts.now() ?? new Date(), m.timeZone);
  const entries = entryChoices(model, model.draft.entries);
  return html`
    ${f.localizedField(key, ev, ['title'], t('fields.title'), { required: true })}
    ${f.localizedField(key, ev, ['description'], t('fields.description'), { markdown: true })}
    ${eventTimeFields(parts, key, ev, today)}
    ${renderNextDates(t, model.uiLang, nextDates(ev.time ?? {}, m, today, () => model.host.requestUpdate()))}
    ${picker.render(key, ev, ['place'], t('events.place'), t('events.placeHelp'), entries, { single: true })}
    <fieldset class="group">
      <legend>${t('events.address')}</legend>
      ${f.textField(key, ev, ['address', 'street'], t('fields.street'))}
      ${f.textField(key, ev, ['address', 'postalCode'], t('fields.postalCode'), { inputmode: 'numeric' })}
      ${f.textField(key, ev, ['address', 'city'], t('fields.city'))}
    </fieldset>
    ${picker.render(key, ev, ['organizer'], t('events.organizer'), t('fields.stepEntriesHelp'), entries, { single: true })}
    ${picker.render(key, ev, ['languages'], t('events.languages'), t('fields.languagesHelp'), languageChoices(model, UI_LANGUAGES.map((l) => l.code)))}
    ${f.localizedField(key, ev, ['cost'], t('events.cost'))}
    <fieldset class="group">
      <legend>${t('events.registration')}</legend>
      ${f.checkField(key, ev, ['registration', 'required'], t('events.registrationRequired'))}
      ${f.textField(key, ev, ['registration', 'url'], t('events.registrationUrl'), { type: 'url', help: t('fields.websiteHelp') })}
      ${f.textField(key, ev, ['registration', 'phone'], t('events.registrationPhone'), { type: 'tel' })}
      ${f.localizedField(key, ev, ['registration', 'note'], t('events.registrationNote'))}
    </fieldset>
  `;
}
