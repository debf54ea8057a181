/**
 * The town's settings (the municipality): its name, the languages offered and the first of
 * them, time zone, the state whose public holidays apply (by name), whether offices close on
 * them, and the imprint and privacy pages. It has no id to show and cannot be deleted.
 */
import { html, type TemplateResult } from 'lit';
import type { EditorModel } from '../../editor-model.js';
import type { ItemKey } from '../../model.js';
import type { SourceMunicipality } from '../../../pack/types.js';
import { UI_LANGUAGES } from '../../../pack/languages.js';
import { GERMAN_STATES } from '../../../authoring/hours/german-states.js';
import type { FieldRenderers } from './fields.js';
import { languageChoices, type PickerField } from './picker-field.js';

/** Time zones offered: Europe's (a German town's is Europe/Berlin), and the one set. */
function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone').filter((z) => z.startsWith('Europe/')) : [];
  return [...new Set([current, 'Europe/Berlin', ...all])].filter(Boolean).sort();
}

export function municipalityFields(parts: { model: EditorModel; fields: FieldRenderers; picker: PickerField }, key: ItemKey, m: SourceMunicipality): TemplateResult {
  const { model, fields: f, picker } = parts;
  const { t } = model;
  const states = Object.keys(GERMAN_STATES).sort((a, b) => GERMAN_STATES[a]!.localeCompare(GERMAN_STATES[b]!, 'de'));
  return html`
    ${f.localizedField(key, m, ['name'], t('settings.name'), { required: true })}
    ${picker.render(key, m, ['languages'], t('settings.languages'), t('settings.languagesHelp'), languageChoices(model, UI_LANGUAGES.map((l) => l.code)), { required: true, keepEmpty: true })}
    ${f.selectField(key, m, ['defaultLanguage'], t('settings.defaultLanguage'), m.languages ?? [m.defaultLanguage], (l) => model.languageName(l), { required: true })}
    ${f.selectField(key, m, ['timeZone'], t('settings.timeZone'), timeZones(m.timeZone), (z) => z.replace('_', ' '), { required: true })}
    ${f.selectField(key, m, ['state'], t('settings.state'), states, (s) => GERMAN_STATES[s]!, { required: true })}
    ${f.checkField(key, m, ['closedOnPublicHolidays'], t('settings.closedOnPublicHolidays'), { byDefault: true, help: t('settings.closedOnPublicHolidaysHelp') })}
    ${f.textField(key, m, ['imprintUrl'], t('settings.imprintUrl'), { type: 'url', help: t('fields.websiteHelp') })}
    ${f.textField(key, m, ['privacyUrl'], t('settings.privacyUrl'), { type: 'url', help: t('fields.websiteHelp') })}
  `;
}
