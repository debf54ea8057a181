/** The fields of a guide's form: title, intro, and its steps (added, moved, removed). */
import { html, type TemplateResult } from 'lit';
import type { EditorModel } from '../../editor-model.js';
import type { ItemKey } from '../../model.js';
import type { SourceGuide, SourceGuideStep } from '../../../pack/types.js';
import type { FieldRenderers } from './fields.js';
import { entryChoices, type PickerField } from './picker-field.js';

export function guideFields(parts: { model: EditorModel; fields: FieldRenderers; picker: PickerField }, key: ItemKey, g: SourceGuide): TemplateResult {
  const { model, fields: f, picker } = parts;
  const entries = entryChoices(model, model.draft.entries);
  const { t } = model;
  const set = model.setField.bind(model, key);
  const def = model.defaultLanguage;
  const steps = g.steps ?? [];
  const addStep = () => {
    const taken = new Set(steps.map((s) => s.id));
    let n = steps.length + 1;
    while (taken.has(`schritt-${n}`)) n++;
    set(['steps'], [...steps, { id: `schritt-${n}`, title: { [def]: '' } }]);
  };
  const move = (i: number, d: number) => {
    const next = [...steps];
    const [s] = next.splice(i, 1);
    next.splice(i + d, 0, s!);
    set(['steps'], next);
  };
  return html`
    ${f.localizedField(key, g, ['title'], t('fields.title'), { required: true })}
    ${f.localizedField(key, g, ['intro'], t('fields.intro'), { markdown: true })}
    ${f.textField(key, g, ['icon'], t('fields.icon'))}
    ${steps.map(
      (s: SourceGuideStep, i) => html`<fieldset class="group step">
        <legend>${t('fields.step', { n: i + 1 })}</legend>
        ${f.textField(key, g, ['steps', i, 'id'], t('fields.stepId'), { required: true })}
        ${f.localizedField(key, g, ['steps', i, 'title'], t('fields.title'), { required: true })}
        ${f.localizedField(key, g, ['steps', i, 'text'], t('fields.stepText'), { markdown: true })}
        ${picker.render(key, g, ['steps', i, 'entries'], t('fields.stepEntries'), t('fields.stepEntriesHelp'), entries)}
        ${(s.documents ?? []).map((_, j) => f.localizedField(key, g, ['steps', i, 'documents', j], t('fields.document', { n: j + 1 }), { required: true }))}
        <button type="button" @click=${() => set(['steps', i, 'documents'], [...(s.documents ?? []), { [def]: '' }])}>${t('fields.addDocument')}</button>
        <button type="button" ?disabled=${i === 0} @click=${() => move(i, -1)}>${t('fields.stepUp')}</button>
        <button type="button" ?disabled=${i === steps.length - 1} @click=${() => move(i, 1)}>${t('fields.stepDown')}</button>
        <button type="button" ?disabled=${steps.length < 2} @click=${() => set(['steps'], steps.filter((__, j) => j !== i))}>${t('fields.removeStep')}</button>
      </fieldset>`,
    )}
    <button type="button" @click=${addStep}>${t('fields.addStep')}</button>
  `;
}
