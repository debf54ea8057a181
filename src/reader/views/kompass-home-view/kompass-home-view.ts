import { html, css, nothing } from 'lit';
import { fallbackNote, otherLanguages, titleRun, withRun } from '../../ui/language-runs.js';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';

/**
 * Home: search field, "open now" shortcut, the first-steps guides, the categories and the information topics.
 *
 * @csspart search - The search form.
 * @csspart categories - The category grid.
 * @csspart guides - The list of guides.
 * @csspart pages - The information topics (first level of the page tree).
 * @csspart notice - A town-wide notice (urgent first).
 * @csspart events - "This week": the next events.
 */
export class KompassHomeView extends KompassElement {
  // The search field is never narrower than 10rem (it grows with the text): with large text the button moves below it.
  static override styles = [
    tokens,
    viewStyles,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-block-end: 1rem;
      }
      form input {
        flex: 1 1 10rem;
        min-inline-size: min(100%, 10rem);
      }
      .card .icon {
        color: var(--_primary);
      }
      .count {
        font-size: 0.875rem;
      }
    `,
  ];

  private onSearch(e: SubmitEvent): void {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.app?.navigate({ view: 'search', query: input.value.trim() });
  }

  protected override render() {
    const snapshot = this.app?.snapshot;
    if (!snapshot) return nothing;
    const lang = this.app!.lang;
    const top = snapshot.categories(lang).filter((c) => !c.parent && c.count > 0);
    const guides = snapshot.guides(lang);
    const name = snapshot.municipalityName(lang);
    const pages = snapshot.topLevelPages(lang);
    const others = otherLanguages(lang, [...top.map((c) => c.label), ...guides.map((g) => g.title), ...pages.map((p) => p.title)]);
    return html`
      <h2 tabindex="-1" data-view-heading>${withRun((v) => this.t('home.heading', { municipality: v }), html`<bdi lang=${name.lang}>${name.value}</bdi>`)}</h2>
      ${fallbackNote(this.t.bind(this), others)}
      <form role="search" part="search" @submit=${this.onSearch}>
        <input type="search" name="q" aria-label=${this.t('search.label')} placeholder=${this.t('search.placeholder')} autocomplete="off" />
        <button class="button primary" type="submit">${icon('search')}<span>${this.t('search.submit')}</span></button>
      </form>
      <div class="actions">
        <a class="button" href=${this.href({ view: 'open-now' })}>${icon('clock')}<span>${this.t('home.openNow')}</span></a>
      </div>
      <kompass-notice-list exportparts="notice"></kompass-notice-list>
      <kompass-this-week exportparts="events"></kompass-this-week>
      ${guides.length
        ? html`
            <h3>${this.t('home.guides')}</h3>
            <ul class="cards" part="guides">
              ${guides.map(
                (g) => html`
                  <li>
                    <a class="card" href=${this.href({ view: 'guide', id: g.id })}>
                      ${icon(g.icon ?? 'document')}
                      <span class="body">
                        ${titleRun(g.title, lang)}
                        <span class="muted count">${this.t('guide.progress', {
                          done: this.app!.progress.checked(g.id).size,
                          count: g.steps.length,
                        })}</span>
                      </span>
                    </a>
                  </li>
                `,
              )}
            </ul>
          `
        : nothing}
      <h3>${this.t('home.categories')}</h3>
      <ul class="cards grid" part="categories">
        ${top.map(
          (c) => html`
            <li>
              <a class="card" href=${this.href({ view: 'category', id: c.id })}>
                ${icon(c.icon)}
                <span class="body">
                  ${titleRun(c.label, lang)}
                  <span class="muted count">${this.t('list.count', { count: c.count })}</span>
                </span>
              </a>
            </li>
          `,
        )}
      </ul>
      ${pages.length
        ? html`<h3>${this.t('home.pages')}</h3>
            <ul class="cards grid" part="pages">
              ${pages.map(
                (p) => html`<li>
                  <a class="card" href=${this.href({ view: 'page', id: p.id })}>${icon(p.icon)}<span class="title" lang=${p.title.lang}>${p.title.value}</span></a>
                </li>`,
              )}
            </ul>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-home-view': KompassHomeView;
  }
}
