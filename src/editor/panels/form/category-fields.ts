/** The fields of a category's form: label, parent category, icon. */
import { html, type TemplateResult } from 'lit';
import type { EditorModel } from '../../editor-model.js';
import { keyOf, type ItemKey } from '../../model.js';
import type { SourceCategory } from '../../../pack/types.js';
import type { FieldRenderers } from './fields.js';

export function categoryFields(parts: { model: EditorModel; fields: FieldRenderers }, key: ItemKey, c: SourceCategory): TemplateResult {
  const { model, fields: f } = parts;
  const { t } = model;
  const others = model.draft.categories.filter((x) => x.id !== c.id).map((x) => x.id);
  return html`
    ${f.localizedField(key, c, ['label'], t('fields.label'), { required: true })}
    ${f.selectField(key, c, ['parent'], t('fields.parent'), others, (id) => model.nameOf(keyOf('category', id)), { empty: true })}
    ${f.textField(key, c, ['icon'], t('fields.icon'), { required: true })}
  `;
}
