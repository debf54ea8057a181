/** The changes view: every draft change against the published revision, field by field, each with "open" and "discard" (asked first). */
import { html, nothing, type TemplateResult } from 'lit';
import { hasForm, idFor, type EditorModel } from '../editor-model.js';
import type { Item, ItemKey } from '../model.js';
import { itemsOf } from '../model.js';
import { diffTable } from './diff-table.js';
import { fieldLabel } from '../text/field-label.js';

export class ChangesPanel {
  constructor(private readonly model: EditorModel) {}

  render(): TemplateResult {
    const { model } = this;
    const { t } = model;
    const changes = model.realChanges();
    return html`<section aria-labelledby="changes-heading">
      <h2 id="changes-heading" tabindex="-1">${t('changes.heading')}</h2>
      <p>${changes.length ? t('changes.intro', { revision: model.base?.revision ?? 0 }) : t('changes.none')}</p>
      ${changes.map(
        (c) => html`<article class="change" aria-labelledby=${idFor('change', c.key)}>
          <h3 id=${idFor('change', c.key)}>${model.nameOf(c.key)} <span class="item-id">${c.key}</span> <span class="badge">${t(`changes.${c.kind}`)}</span></h3>
          ${c.fields.length ? diffTable(t, c.fields.map((f) => ({ field: f.field, before: f.before, after: f.after })), t('changes.published'), t('changes.draft'), (f) => fieldLabel(model, f)) : nothing}
          ${c.kind !== 'removed' && hasForm(c.key) ? html`<button type="button" @click=${() => model.openItem(c.key)}>${t('changes.open')}</button>` : nothing}
          ${model.confirm === `discard:${c.key}`
            ? html`<span role="alert">${t('changes.confirmDiscard')}</span>
                <button type="button" id="confirm-discard" class="danger-button" @click=${() => this.discard(c.key)}>${t('changes.discardYes')}</button>
                <button type="button" @click=${() => model.set({ confirm: undefined })}>${t('form.deleteNo')}</button>`
            : html`<button type="button" @click=${() => (model.set({ confirm: `discard:${c.key}` }), model.focus('confirm-discard'))}>${t('changes.discard')}</button>`}
        </article>`,
      )}
    </section>`;
  }

  /** Back to the published item (a new one is gone); undo can bring the draft back. */
  private discard(key: ItemKey): void {
    const { model } = this;
    const published = itemsOf(model.baseSource).get(key);
    model.change(key, (published ?? null) as Item | null, 'discard');
    if (!published) model.drop(key);
    model.set({ confirm: undefined });
  }
}
