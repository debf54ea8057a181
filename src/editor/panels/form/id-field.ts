/**
 * An item's id on its form: read-only once published; for a new item, made up from its name
 * ("Tafel Musterstadt" → tafel-musterstadt) and following the name until the clerk sets one
 * herself (under "advanced"). Renaming moves the draft to the new id.
 */
import { html, type TemplateResult } from 'lit';
import { slugify, uniqueId } from '../../../authoring/ids.js';
import { idFor, type EditorModel } from '../../editor-model.js';
import { itemsOf, keyOf, parseKey, type Item, type ItemKey } from '../../model.js';
import type { FieldRenderers } from './fields.js';

export class IdField {
  /** New items whose id is still the made-up one: it follows the name. */
  private readonly following = new Set<ItemKey>();

  constructor(
    private readonly model: EditorModel,
    private readonly fields: FieldRenderers,
  ) {}

  /** A new item: its id follows its name from now on. */
  follow(key: ItemKey): void {
    this.following.add(key);
  }

  /** A new item under another id (the draft moves with it); undefined when the id is empty, the same or taken. */
  rename(key: ItemKey, next: string): ItemKey | undefined {
    const { model } = this;
    const item = model.item(key) as { id: string } | undefined;
    const { kind } = parseKey(key);
    if (!item || !next || next === item.id || itemsOf(model.draft).has(keyOf(kind, next))) return undefined;
    model.drop(key);
    const newKey = keyOf(kind, next);
    model.change(newKey, { ...item, id: next } as Item, 'id');
    if (model.open === key) model.set({ open: newKey });
    return newKey;
  }

  /** The name of `key` is now `name`: a made-up id follows it. */
  named(key: ItemKey, name: string): void {
    if (!this.following.has(key) || !name.trim()) return;
    const { kind } = parseKey(key);
    const taken = new Set([...itemsOf(this.model.draft).keys()].filter((k) => k.startsWith(`${kind}:`) && k !== key).map((k) => parseKey(k).id));
    const next = this.rename(key, uniqueId(slugify(name, kind === 'entry' ? 'eintrag' : kind), taken));
    if (next) {
      this.following.delete(key);
      this.following.add(next);
    }
  }

  render(key: ItemKey, item: Item, isNew: boolean): TemplateResult {
    const { t } = this.model;
    const current = (item as { id: string }).id;
    if (!isNew) return html`<p class="field readonly"><span class="label">${t('fields.id')}</span> <code>${current}</code></p>`;
    const id = idFor('id');
    const msg = this.fields.messages(key, 'id', id, true);
    const rename = (e: Event) => {
      const next = this.rename(key, (e.target as HTMLInputElement).value.trim());
      if (!next) return;
      this.following.delete(key); // chosen by the clerk: it no longer follows the name
      this.model.focus(id);
    };
    return html`<details class="advanced" ?open=${msg.invalid}>
      <summary>${t('fields.idAdvanced')}: <code>${current}</code></summary>
      <div class="field">
        <label for=${id}>${t('fields.id')} <span class="required" aria-hidden="true">*</span></label>
        <input id=${id} class="mono" .value=${current} aria-required="true" aria-invalid=${msg.invalid ? 'true' : 'false'} aria-describedby="${id}-from ${id}-help ${msg.ids}" @change=${rename} />
        <p class="help" id="${id}-from">${t('fields.idFromName')}</p>
        <p class="help" id="${id}-help">${t('fields.idHelp')}</p>
        ${msg.template}
      </div>
    </details>`;
  }
}
