import { html, nothing } from 'lit';
import { fallbackNote, otherLanguages, runDir, titleRun } from '../../ui/language-runs.js';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';

/**
 * A category: its sub-categories and its entries (with filters and sorting), or — with
 * `category` unset and `open-now` set — every entry open right now.
 */
export class KompassCategoryView extends KompassElement {
  static override styles = [tokens, viewStyles];

  static override properties = {
    category: { reflect: true },
    openNow: { type: Boolean, attribute: 'open-now' },
  };

  /** The category id; unset for the "open now" list over all entries. */
  declare category: string | undefined;
  /** Without `category`: list every entry that is open right now. */
  declare openNow: boolean;

  constructor() {
    super();
    this.category = undefined;
    this.openNow = false;
  }

  protected override render() {
    const snapshot = this.app?.snapshot;
    if (!snapshot) return nothing;
    const lang = this.app!.lang;
    if (!this.category) {
      return html`
        <h2 tabindex="-1" data-view-heading>${this.t('home.openNow')}</h2>
        <kompass-entry-list exportparts="list, filters" .entries=${snapshot.entries(lang)} open-now-only></kompass-entry-list>
      `;
    }
    const category = snapshot.category(this.category, lang);
    if (!category) {
      return html`<h2 tabindex="-1" data-view-heading>${this.t('errors.notFound')}</h2>
        <p><a href=${this.href({ view: 'home' })}>${this.t('nav.home')}</a></p>`;
    }
    const children = snapshot.categories(lang).filter((c) => c.parent === category.id && c.count > 0);
    const entries = snapshot.entriesInCategory(category.id, lang);
    const others = otherLanguages(lang, [category.label, ...children.map((c) => c.label), ...entries.flatMap((e) => [e.name, e.summary])]);
    return html`
      <h2 tabindex="-1" data-view-heading lang=${category.label.lang} dir=${runDir(category.label.lang, lang)}>${category.label.value}</h2>
      ${fallbackNote(this.t.bind(this), others)}
      ${children.length
        ? html`<ul class="cards grid">
            ${children.map(
              (c) => html`<li>
                <a class="card" href=${this.href({ view: 'category', id: c.id })}
                  >${icon(c.icon)}<span class="body"
                    >${titleRun(c.label, lang)}<span class="muted">${this.t('list.count', { count: c.count })}</span></span
                  ></a
                >
              </li>`,
            )}
          </ul>`
        : nothing}
      <kompass-entry-list exportparts="list, filters" .entries=${entries}></kompass-entry-list>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-category-view': KompassCategoryView;
  }
}
