/**
 * A choice of several from a long list, by name: what is chosen shows as names, each with a
 * button to take it out; a text box with suggestions (a `datalist`) takes a name typed or
 * chosen and stores its value (a language code, an entry's id). The clerk never types a code
 * or an id; a name that is not in the list is said so at the field, not dropped silently.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { idFor, type EditorModel } from '../../editor-model.js';
import { getAt, keyOf, type Item, type ItemKey, type ItemKind } from '../../model.js';
import { formatPath, type PathSegment } from '../../../authoring/problems.js';
import type { FieldRenderers } from './fields.js';
import { textOf } from '../../../authoring/translation.js';
import type { SourceCategory } from '../../../pack/types.js';

export interface Choice {
  value: string;
  label: string;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The choice a typed text means: its label or value exactly, else the one label it begins. */
export function choiceOf(choices: readonly Choice[], typed: string): Choice | undefined {
  const t = fold(typed);
  if (!t) return undefined;
  const exact = choices.find((c) => fold(c.label) === t || fold(c.value) === t);
  if (exact) return exact;
  const starting = choices.filter((c) => fold(c.label).startsWith(t));
  return starting.length === 1 ? starting[0] : undefined;
}

export interface PickerOptions {
  required?: boolean;
  keepEmpty?: boolean;
  single?: boolean;
  refuse?(value: string): string | undefined;
}

export class PickerField {
  /** Per field: why the text typed was not taken (said at the field until the next try). */
  private unknown = new Map<string, string>();

  constructor(
    private readonly model: EditorModel,
    private readonly fields: FieldRenderers,
  ) {}

  /**
   * `single`: the field holds one value, not a list (a page's parent, an event's place).
   * `refuse`: why a choice cannot be taken (a page under itself), said at the field.
   */
  render(key: ItemKey, item: Item, path: PathSegment[], label: string, help: string, choices: readonly Choice[], options: PickerOptions = {}): TemplateResult {
    const { model } = this;
    const { t } = model;
    const field = formatPath(path);
    const id = idFor(field);
    const msg = this.fields.messages(key, field, id);
    const stored = getAt(item, path) as string[] | string | undefined;
    const chosen = stored === undefined ? [] : Array.isArray(stored) ? stored : [stored];
    const byValue = new Map(choices.map((c) => [c.value, c]));
    const unknown = this.unknown.get(field);
    // A required list stays an empty list, so its problem is said at this field.
    const set = (list: string[]) => model.setField(key, path, options.single ? list[list.length - 1] : list.length || options.keepEmpty ? list : undefined);
    const take = (input: HTMLInputElement) => {
      if (!input.value.trim()) return;
      const choice = choiceOf(choices, input.value);
      const refused = choice && options.refuse?.(choice.value);
      if (!choice) this.unknown.set(field, t('fields.pickerUnknown', { text: input.value.trim() }));
      else if (refused) this.unknown.set(field, refused);
      else {
        this.unknown.delete(field);
        if (!chosen.includes(choice.value)) set([...chosen, choice.value]);
        input.value = '';
      }
      model.host.requestUpdate();
    };
    return html`<div class="field picker">
      <label for=${id}>${label}${options.required ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
      ${chosen.length
        ? html`<ul class="chosen" aria-label=${label}>
            ${chosen.map((v) => {
              const name = byValue.get(v)?.label ?? v;
              return html`<li>
                ${name}
                <button type="button" class="remove" aria-label=${t('fields.pickerRemove', { label: name })} @click=${() => set(chosen.filter((x) => x !== v))}>×</button>
              </li>`;
            })}
          </ul>`
        : nothing}
      <input
        id=${id}
        list="${id}-choices"
        autocomplete="off"
        aria-invalid=${msg.invalid || unknown ? 'true' : 'false'}
        aria-describedby="${id}-help ${unknown ? `${id}-unknown` : ''} ${msg.ids}"
        @change=${(e: Event) => take(e.target as HTMLInputElement)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          take(e.target as HTMLInputElement);
        }}
      />
      <datalist id="${id}-choices">${choices.filter((c) => !chosen.includes(c.value)).map((c) => html`<option value=${c.label}></option>`)}</datalist>
      <p class="help" id="${id}-help">${help}</p>
      ${unknown ? html`<p class="error" id="${id}-unknown" role="alert">${unknown}</p>` : nothing}
      ${msg.template}
    </div>`;
  }
}

/** The languages an office may name: Kompass's reader languages and the town's, by their name in the UI language. */
export function languageChoices(model: EditorModel, codes: readonly string[]): Choice[] {
  return [...new Set([...model.languages, ...codes])].map((value) => ({ value, label: model.languageName(value) })).sort((a, b) => a.label.localeCompare(b.label, model.uiLang));
}

/** Entries by name; a name two entries share is told apart by the id. */
export function entryChoices(model: EditorModel, entries: readonly { id: string }[]): Choice[] {
  return itemChoices(model, 'entry', entries);
}

/** Items of a kind (entries, guides, pages) by name; a name two share is told apart by the id. */
export function itemChoices(model: EditorModel, kind: ItemKind, items: readonly { id: string }[]): Choice[] {
  const named = items.map((e) => ({ value: e.id, label: model.nameOf(keyOf(kind, e.id)) }));
  const count = new Map<string, number>();
  for (const c of named) count.set(c.label, (count.get(c.label) ?? 0) + 1);
  return named.map((c) => (count.get(c.label)! > 1 ? { ...c, label: `${c.label} (${c.value})` } : c));
}

/** Categories by their label in the default language, a sub-category after its parent ("Beratung › Migration"). */
export function categoryChoices(model: EditorModel, categories: readonly SourceCategory[]): Choice[] {
  const label = (c: SourceCategory) => textOf(c.label[model.defaultLanguage]) ?? c.id;
  const byId = new Map(categories.map((c) => [c.id, c]));
  return categories.map((c) => {
    const parent = c.parent === undefined ? undefined : byId.get(c.parent);
    return { value: c.id, label: parent ? `${label(parent)} › ${label(c)}` : label(c) };
  });
}
