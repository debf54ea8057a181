import { html, css, nothing } from 'lit';
import { KompassElement } from '../base/kompass-element.js';
import { tokens } from '../../styles/tokens.styles.js';
import { viewStyles } from '../../styles/view.styles.js';
import { icon } from '../icons/icons.js';
import { searchSnapshot } from '../../search/search.js';

/**
 * Search over entries, guides and categories, offline, in the reader's language and the
 * municipality's default language.
 *
 * @csspart search - The search form.
 */
export class KompassSearchView extends KompassElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      form {
        display: flex;
        gap: 0.5rem;
        margin-block-end: 0.75rem;
      }
      form input {
        flex: 1;
        min-inline-size: 0;
      }
    `,
  ];

  static override properties = { query: { reflect: true } };

  declare query: string;
  private debounce: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.query = '';
  }

  private onInput(e: InputEvent): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.query = value;
    }, 150);
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    clearTimeout(this.debounce);
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.query = input.value;
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot) return nothing;
    const q = this.query.trim();
    const results = q ? searchSnapshot(snapshot, q, app.lang) : undefined;
    return html`
      <h2 tabindex="-1" data-view-heading>${this.t('search.heading')}</h2>
      <form role="search" part="search" @submit=${this.onSubmit}>
        <input type="search" name="q" .value=${this.query} aria-label=${this.t('search.label')} placeholder=${this.t('search.placeholder')} autocomplete="off" @input=${this.onInput} />
        <button class="button primary" type="submit">${icon('search')}<span>${this.t('search.submit')}</span></button>
      </form>
      ${results
        ? html`
            <p role="status" aria-live="polite">${this.t('search.count', { count: results.guides.length + results.entries.length })}</p>
            ${results.guides.length
              ? html`<ul class="cards">
                  ${results.guides.map(
                    (g) => html`<li><a class="card" href=${this.href({ view: 'guide', id: g.id })}>${icon(g.icon ?? 'document')}<span class="title" lang=${g.title.lang}>${g.title.value}</span></a></li>`,
                  )}
                </ul>`
              : nothing}
            ${results.entries.length ? html`<kompass-entry-list .entries=${results.entries} .filters=${false} ordered></kompass-entry-list>` : nothing}
            ${!results.entries.length && !results.guides.length
              ? html`<p>${this.t('search.noResults')}</p>
                  <ul class="cards grid">
                    ${snapshot
                      .categories(app.lang)
                      .filter((c) => !c.parent && c.count)
                      .map((c) => html`<li><a class="card" href=${this.href({ view: 'category', id: c.id })}>${icon(c.icon)}<span class="title" lang=${c.label.lang}>${c.label.value}</span></a></li>`)}
                  </ul>`
              : nothing}
          `
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-search-view': KompassSearchView;
  }
}
