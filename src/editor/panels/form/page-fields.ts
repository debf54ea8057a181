/**
 * The fields of an information page's form: title, text, icon (first level), the page it is
 * under (moving it; never under itself), related entries, guides and pages, and attachments.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EditorModel } from '../../editor-model.js';
import type { ItemKey } from '../../model.js';
import type { SourcePage } from '../../../pack/types.js';
import type { FieldRenderers } from './fields.js';
import { entryChoices, itemChoices, type PickerField } from './picker-field.js';
import { isInside } from '../page-order.js';

export function pageFields(parts: { model: EditorModel; fields: FieldRenderers; picker: PickerField }, key: ItemKey, p: SourcePage): TemplateResult {
  const { model, fields: f, picker } = parts;
  const { t } = model;
  const set = model.setField.bind(model, key);
  const def = model.defaultLanguage;
  const pages = model.draft.pages ?? [];
  const others = pages.filter((x) => x.id !== p.id);
  const attachments = p.attachments ?? [];
  const underItself = (parent: string) => (isInside(pages, p.id, parent) ? t('pages.insideItself', { name: model.nameOf(key), parent: model.nameOf(`page:${parent}`) }) : undefined);
  return html`
    ${f.localizedField(key, p, ['title'], t('fields.title'), { required: true })}
    ${f.localizedField(key, p, ['text'], t('fields.pageText'), { markdown: true })}
    ${picker.render(key, p, ['parent'], t('pages.parent'), t('pages.parentHelp'), itemChoices(model, 'page', others), { single: true, refuse: underItself })}
    ${p.parent === undefined ? f.textField(key, p, ['icon'], t('fields.icon')) : nothing}
    ${picker.render(key, p, ['entries'], t('pages.entries'), t('fields.stepEntriesHelp'), entryChoices(model, model.draft.entries))}
    ${picker.render(key, p, ['guides'], t('pages.guides'), t('pages.linksHelp'), itemChoices(model, 'guide', model.draft.guides))}
    ${picker.render(key, p, ['pages'], t('pages.pages'), t('pages.linksHelp'), itemChoices(model, 'page', others))}
    <fieldset class="group">
      <legend>${t('pages.attachments')}</legend>
      ${attachments.map(
        (_, i) => html`<div class="attachment">
          ${f.localizedField(key, p, ['attachments', i, 'title'], t('pages.attachmentTitle', { n: i + 1 }), { required: true })}
          ${f.textField(key, p, ['attachments', i, 'url'], t('pages.attachmentUrl', { n: i + 1 }), { type: 'url', required: true, help: t('fields.websiteHelp') })}
          <button type="button" @click=${() => set(['attachments'], attachments.length > 1 ? attachments.filter((__, j) => j !== i) : undefined)}>${t('pages.removeAttachment', { n: i + 1 })}</button>
        </div>`,
      )}
      <button type="button" @click=${() => set(['attachments'], [...attachments, { url: '', title: { [def]: '' } }])}>${t('pages.addAttachment')}</button>
    </fieldset>
  `;
}
