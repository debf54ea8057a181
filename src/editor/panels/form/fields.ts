/**
 * The field renderers every form shares: a text or number field, a select, and a text in
 * several languages (the default language first, each translation beside
 * the source text it translates, with its state). Each shows its field's problems and links
 * them with `aria-describedby`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { parseDecimal } from '../../fields/coordinates.js';
import { getAt, parseKey, type Item, type ItemKey } from '../../model.js';
import { idFor, NAME_FIELD, type EditorModel } from '../../editor-model.js';
import type { ValidationController } from '../../controllers/validation.js';
import type { MarkdownField } from './markdown.js';
import { formatPath, type PathSegment } from '../../../authoring/problems.js';
import { textHash, textOf, translationState, type TranslationState } from '../../../authoring/translation.js';
import { directionOf } from '../../../pack/languages.js';
import type { LocalizedText } from '../../../pack/types.js';

export interface FieldMessages {
  /** The id of the messages' list, for `aria-describedby` ('' without messages). */
  ids: string;
  template: TemplateResult | typeof nothing;
  invalid: boolean;
}

export interface LocalizedOptions {
  required?: boolean;
  markdown?: boolean;
  multiline?: boolean;
}

export interface FieldsOptions {
  model: EditorModel;
  validation: ValidationController;
  markdown: MarkdownField;
  /** The default-language name of `key` changed (a new item's id follows it). */
  named(key: ItemKey, name: string): void;
}

const required = (on: boolean | undefined) => (on ? html` <span class="required" aria-hidden="true">*</span>` : nothing);

export class FieldRenderers {
  /** Numbers as typed, per field, so that "51," is not rewritten to "51" while the clerk types. */
  private numberText = new Map<string, string>();
  private blurred = new Set<string>();

  constructor(private readonly options: FieldsOptions) {}

  /** A form opened: nothing typed there yet. */
  reset(): void {
    this.numberText.clear();
    this.blurred.clear();
  }

  /** Error and warning messages of a field, with the id its input refers to. */
  messages(key: ItemKey, field: string, id: string, exact = false): FieldMessages {
    const { model, validation } = this.options;
    const list = validation.problemsOf(key, field, exact);
    if (!list.length) return { ids: '', template: nothing, invalid: false };
    const msgId = `${id}-msg`;
    return {
      ids: msgId,
      invalid: list.some((p) => p.severity === 'error'),
      template: html`<ul class="messages" id=${msgId}>
        ${list.map((p) => html`<li class=${p.severity}><span class="sev">${model.t(p.severity === 'error' ? 'problem.error' : 'problem.warning')}:</span> ${model.say(p)}</li>`)}
      </ul>`,
    };
  }

  textField(key: ItemKey, item: Item, path: PathSegment[], label: string, options: { required?: boolean; type?: string; help?: string; readonly?: boolean; inputmode?: string } = {}): TemplateResult {
    const { model } = this.options;
    const field = formatPath(path);
    const id = idFor(field);
    const msg = this.messages(key, field, id);
    const helpId = options.help ? `${id}-help` : '';
    const value = getAt(item, path);
    const isNumber = options.type === 'number';
    const onInput = (e: Event) => {
      const raw = (e.target as HTMLInputElement).value;
      if (!isNumber) return model.setField(key, path, raw);
      // "51,5012" and "51.5012" both; a half-typed "51," stays as typed until it is a number.
      this.numberText.set(id, raw);
      const n = parseDecimal(raw);
      if (!raw.trim()) model.setField(key, path, undefined);
      else if (n !== undefined) model.setField(key, path, n);
      model.host.requestUpdate();
    };
    const typed = isNumber ? this.numberText.get(id) : undefined;
    const badNumber = typed !== undefined && typed.trim() !== '' && parseDecimal(typed) === undefined && this.blurred.has(id);
    // What was typed, unless the value changed from elsewhere (a pasted map link, undo).
    const typedNumber = typed === undefined ? undefined : parseDecimal(typed);
    const shown = typed !== undefined && (typed.trim() ? typedNumber === undefined || typedNumber === value : value === undefined) ? typed : value === undefined ? '' : String(value);
    const onBlur = () => isNumber && (this.blurred.add(id), model.host.requestUpdate());
    return html`<div class="field">
      <label for=${id}>${label}${required(options.required)}</label>
      <input id=${id} type=${isNumber ? 'text' : (options.type ?? 'text')} inputmode=${options.inputmode ?? (isNumber ? 'decimal' : 'text')} .value=${live(shown)} ?readonly=${options.readonly} aria-required=${options.required ? 'true' : 'false'} aria-invalid=${msg.invalid || badNumber ? 'true' : 'false'} aria-describedby=${[helpId, badNumber ? `${id}-number` : '', msg.ids].filter(Boolean).join(' ') || nothing} @input=${onInput} @blur=${onBlur} />
      ${options.help ? html`<p class="help" id=${helpId}>${options.help}</p>` : nothing}
      ${badNumber ? html`<p class="error" id="${id}-number">${model.t('fields.numberInvalid', { value: typed })}</p>` : nothing}
      ${msg.template}
    </div>`;
  }

  selectField(key: ItemKey, item: Item, path: PathSegment[], label: string, values: readonly string[], labelOf: (v: string) => string, options: { required?: boolean; empty?: boolean } = {}): TemplateResult {
    const field = formatPath(path);
    const id = idFor(field);
    const msg = this.messages(key, field, id);
    const value = getAt(item, path) as string | undefined;
    return html`<div class="field">
      <label for=${id}>${label}${required(options.required)}</label>
      <select id=${id} aria-required=${options.required ? 'true' : 'false'} aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby=${msg.ids || nothing} @change=${(e: Event) => this.options.model.setField(key, path, (e.target as HTMLSelectElement).value || undefined)}>
        ${options.empty ? html`<option value="" ?selected=${!value}>—</option>` : nothing}
        ${values.map((v) => html`<option value=${v} ?selected=${value === v}>${labelOf(v)}</option>`)}
      </select>
      ${msg.template}
    </div>`;
  }

  /** A yes/no field; `byDefault` is what an absent value means (unticked, a field that is false by default goes away). */
  checkField(key: ItemKey, item: Item, path: PathSegment[], label: string, options: { help?: string; byDefault?: boolean } = {}): TemplateResult {
    const id = idFor(formatPath(path));
    const byDefault = options.byDefault ?? false;
    const value = (getAt(item, path) as boolean | undefined) ?? byDefault;
    const onChange = (e: Event) => {
      const checked = (e.target as HTMLInputElement).checked;
      this.options.model.setField(key, path, checked || byDefault ? checked : undefined);
    };
    return html`<div class="field">
      <label class="check"><input type="checkbox" id=${id} .checked=${live(value)} aria-describedby=${options.help ? `${id}-help` : nothing} @change=${onChange} /> ${label}</label>
      ${options.help ? html`<p class="help" id="${id}-help">${options.help}</p>` : nothing}
    </div>`;
  }

  private translationBadge(state: TranslationState): TemplateResult {
    return html`<span class="state ${state}">${this.options.model.t(`translation.${state}`)}</span>`;
  }

  /**
   * A text in several languages: the default language first (the source), then each
   * translation shown beside the source text it translates, with its state.
   */
  localizedField(key: ItemKey, item: Item, path: PathSegment[], label: string, options: LocalizedOptions = {}): TemplateResult {
    const { model } = this.options;
    const { t } = model;
    const field = formatPath(path);
    const text = (getAt(item, path) ?? {}) as LocalizedText;
    const def = model.defaultLanguage;
    const targets = model.target === '*' ? model.languages.filter((l) => l !== def) : model.target ? [model.target] : [];
    const groupMsg = this.messages(key, field, idFor(field, 'group'), true);
    const source = textOf(text[def]) ?? '';
    return html`<fieldset class="localized">
      <legend>${label}${required(options.required)}</legend>
      ${this.languageInput(key, path, def, text, label, options, groupMsg.ids)}
      ${targets.map((lang) => {
        const state = translationState(text, lang, def);
        const value = text[lang];
        return html`<div class="pair">
          <div class="source-text" lang=${def} dir=${directionOf(def)}>
            <span class="pair-label">${t('form.sourceText', { language: model.languageName(def) })}</span>
            ${options.markdown ? html`<pre>${source}</pre>` : html`<p>${source || '—'}</p>`}
          </div>
          <div class="translation">
            ${this.languageInput(key, path, lang, text, label, options, '')}
            ${this.translationBadge(state)}
            ${state === 'machine' && typeof value === 'object'
              ? html`<button type="button" @click=${() => model.setField(key, [...path, lang], { text: value.text, ...(value.from ? { from: value.from } : {}) })}>${t('translation.markReviewed')}</button>`
              : nothing}
            ${state === 'outdated' && typeof value === 'object' && source
              ? html`<button type="button" @click=${() => model.setField(key, [...path, lang], { text: value.text, from: textHash(source) })}>${t('translation.stillCurrent')}</button>`
              : nothing}
          </div>
        </div>`;
      })}
      ${groupMsg.template}
    </fieldset>`;
  }

  private languageInput(key: ItemKey, path: PathSegment[], lang: string, text: LocalizedText, label: string, options: LocalizedOptions, extraDescribedBy: string): TemplateResult {
    const { model, markdown } = this.options;
    const field = formatPath([...path, lang]);
    const id = idFor(formatPath(path), lang);
    const msg = this.messages(key, field, id);
    const isDefault = lang === model.defaultLanguage;
    const value = textOf(text[lang]) ?? '';
    // A person's edit replaces a machine translation or an outdated one: the publish records its provenance.
    const onInput = (e: Event) => model.setField(key, [...path, lang], (e.target as HTMLInputElement | HTMLTextAreaElement).value.length ? (e.target as HTMLInputElement).value : undefined);
    const names = isDefault && path.length === 1 && path[0] === NAME_FIELD[parseKey(key).kind];
    const onChange = names ? (e: Event) => this.options.named(key, (e.target as HTMLInputElement).value) : undefined;
    const describedBy = [extraDescribedBy, msg.ids, options.markdown ? `${id}-md-help` : ''].filter(Boolean).join(' ') || nothing;
    const labelText = html`${label} (${model.languageName(lang)})${required(isDefault && options.required)}`;
    const dir = directionOf(lang);
    const ariaRequired = isDefault && options.required ? 'true' : 'false';
    const control =
      options.markdown || options.multiline
        ? html`<textarea id=${id} lang=${lang} dir=${dir} rows=${options.markdown ? 6 : 3} .value=${live(value)} aria-required=${ariaRequired} aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput}></textarea>`
        : html`<input id=${id} lang=${lang} dir=${dir} .value=${live(value)} aria-required=${ariaRequired} aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby=${describedBy} @input=${onInput} @change=${onChange} />`;
    return html`<div class="field lang-field">
      <label for=${id}>${labelText}</label>
      ${options.markdown ? markdown.toolbar(key, [...path, lang], id, label) : nothing}
      ${control}
      ${options.markdown ? html`<p class="help" id="${id}-md-help">${model.t('markdown.help')}</p>` : nothing}
      ${msg.template}
      ${options.markdown ? markdown.preview(id, value, lang) : nothing}
    </div>`;
  }
}
