/**
 * The form of one item (entry, guide, category, page, event, notice, municipality): its heading and the language
 * to translate into, a summary of its errors that leads to each field, its fields, its id, and
 * "delete" with a question first. Also makes new items.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { NAME_FIELD, type EditorModel } from '../../editor-model.js';
import type { ValidationController } from '../../controllers/validation.js';
import type { FeedbackInbox } from '../feedback-inbox.js';
import { itemsOf, keyOf, parseKey, type Item, type ItemKey, type ItemKind } from '../../model.js';
import type { SourceCategory, SourceEntry, SourceEvent, SourceGuide, SourceMunicipality, SourceNotice, SourcePage } from '../../../pack/types.js';
import { localDate } from '../../../reader/hours/evaluate.js';
import { FieldRenderers } from './fields.js';
import { MarkdownField } from './markdown.js';
import { HoursField } from './hours-field.js';
import { IdField } from './id-field.js';
import { entryFields } from './entry-fields.js';
import { PickerField } from './picker-field.js';
import { guideFields } from './guide-fields.js';
import { categoryFields } from './category-fields.js';
import { pageFields } from './page-fields.js';
import { eventFields } from './event-fields.js';
import { noticeFields } from './notice-fields.js';
import { municipalityFields } from './municipality-fields.js';
import { newItem, NEW_ID } from './new-item.js';
import { fieldLabel } from '../../text/field-label.js';

export interface ItemFormOptions {
  model: EditorModel;
  validation: ValidationController;
  feedback: FeedbackInbox;
  /** The clock for "open now" (tests fix it). */
  now(): Date | undefined;
}

export class ItemForm {
  private readonly picker: PickerField;
  readonly fields: FieldRenderers;
  readonly markdown: MarkdownField;
  readonly hours: HoursField;
  private readonly ids: IdField;

  constructor(private readonly options: ItemFormOptions) {
    const { model, validation } = options;
    this.markdown = new MarkdownField(model);
    this.fields = new FieldRenderers({ model, validation, markdown: this.markdown, named: (key, name) => this.ids.named(key, name) });
    this.hours = new HoursField({ model, fields: this.fields, now: options.now });
    this.ids = new IdField(model, this.fields);
    this.picker = new PickerField(model, this.fields);
  }

  /** A new item of `kind` with a free id, opened with the cursor in its name. */
  add(kind: Exclude<ItemKind, 'municipality'>): void {
    const { model } = this.options;
    const taken = new Set(itemsOf(model.draft).keys());
    let n = 1;
    const base = NEW_ID[kind];
    let id = base;
    while (taken.has(keyOf(kind, id))) id = `${base}-${++n}`;
    const item = newItem(kind, id, model.defaultLanguage, localDate(this.options.now() ?? new Date(), model.draft.municipality.timeZone));
    const key = keyOf(kind, id);
    model.change(key, item, 'add');
    this.ids.follow(key);
    model.openItem(key, undefined, `${NAME_FIELD[kind]}.${model.defaultLanguage}`);
  }

  render(key: ItemKey): TemplateResult {
    const { model, validation, feedback } = this.options;
    const { t } = model;
    const item = model.item(key);
    const { kind, id } = parseKey(key);
    if (!item) {
      return html`<p>${t('form.gone', { id })}</p>
        <button type="button" @click=${() => model.set({ open: undefined })}>${t('form.back')}</button>`;
    }
    const errors = validation.problemsOf(key).filter((p) => p.severity === 'error');
    const translations = model.languages.filter((l) => l !== model.defaultLanguage);
    const target = model.target;
    return html`<article class="form" aria-labelledby="form-heading">
      <div class="form-top">
        ${kind === 'municipality' ? nothing : html`<button type="button" @click=${() => model.closeForm()}>${t('form.back')}</button>`}
        <h2 id="form-heading" tabindex="-1">${model.nameOf(key) || id} <span class="item-id">${t(`list.${kind}.one`)} · ${id}</span></h2>
        ${kind === 'entry' ? feedback.badge(id) : nothing}
        <label class="target">${t('form.translateInto')}
          <select id="target-language" @change=${(e: Event) => model.set({ target: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${target === ''}>${t('form.noTranslation')}</option>
            ${translations.map((l) => html`<option value=${l} ?selected=${target === l}>${model.languageName(l)}</option>`)}
            <option value="*" ?selected=${target === '*'}>${t('form.allLanguages')}</option>
          </select>
        </label>
      </div>
      <p class="help">${t('form.requiredHint')}</p>
      ${errors.length
        ? html`<div class="summary" role="alert">
            <p>${t('form.errorSummary', { count: errors.length })}</p>
            <ul>${errors.map((p) => html`<li><button type="button" class="link" @click=${() => model.focus(model.fieldIdForPath(p.path))}>${p.path ? `${fieldLabel(model, p.path)}: ` : ''}${model.say(p)}</button></li>`)}</ul>
          </div>`
        : nothing}
      ${kind === 'entry' ? feedback.renderForEntry(id) : nothing}
      ${this.renderFields(key, item)}
      ${kind === 'municipality' ? nothing : html`${this.ids.render(key, item, !model.isPublished(key))}<div class="danger">${this.renderDelete(key)}</div>`}
    </article>`;
  }

  private renderFields(key: ItemKey, item: Item): TemplateResult {
    const { kind } = parseKey(key);
    const parts = { model: this.options.model, fields: this.fields, hours: this.hours, picker: this.picker, now: this.options.now };
    if (kind === 'entry') return entryFields(parts, key, item as SourceEntry);
    if (kind === 'guide') return guideFields(parts, key, item as SourceGuide);
    if (kind === 'category') return categoryFields(parts, key, item as SourceCategory);
    if (kind === 'page') return pageFields(parts, key, item as SourcePage);
    if (kind === 'event') return eventFields(parts, key, item as SourceEvent);
    if (kind === 'notice') return noticeFields(parts, key, item as SourceNotice);
    return municipalityFields(parts, key, item as SourceMunicipality);
  }

  private renderDelete(key: ItemKey): TemplateResult {
    const { model } = this.options;
    const { t } = model;
    if (model.confirm !== key) {
      return html`<button type="button" @click=${() => (model.set({ confirm: key }), model.focus('confirm-delete'))}>${t('form.delete')}</button>`;
    }
    return html`<p role="alert">${t('form.confirmDelete', { name: model.nameOf(key) })}</p>
      <button type="button" class="danger-button" id="confirm-delete" @click=${() => this.delete(key)}>${t('form.deleteYes')}</button>
      <button type="button" @click=${() => model.set({ confirm: undefined })}>${t('form.deleteNo')}</button>`;
  }

  private delete(key: ItemKey): void {
    const { model } = this.options;
    const published = model.isPublished(key);
    model.change(key, published ? null : (undefined as unknown as null), 'delete');
    if (!published) model.drop(key);
    model.set({ confirm: undefined, open: undefined, notice: model.t('form.deleted') });
  }
}
