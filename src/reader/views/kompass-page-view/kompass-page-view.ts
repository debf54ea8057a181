import { html, nothing } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';
import { renderRichText } from '../../ui/render-rich-text.js';
import { endonym } from '../../i18n/format.js';
import { safeHref } from '../../../pack/url-schemes.js';
import { ancestorPages, childPages, pageView, type PageLink } from '../../content/pages.js';
import type { ContentSnapshot, Localized } from '../../content/snapshot.js';
import type { Route } from '../../router/routes.js';
import { pageViewStyles } from './kompass-page-view.styles.js';


/**
 * An information page: breadcrumbs, title, text, sub-pages, related entries, guides and pages,
 * and attachments. Texts missing in the reader's language are shown in the default language
 * and marked.
 *
 * @csspart breadcrumbs - The path from the topic to this page.
 * @csspart subpages - The list of sub-pages.
 */
export class KompassPageView extends KompassElement {
  static override styles = [tokens, viewStyles, pageViewStyles];

  static override properties = { page: { reflect: true } };

  /** The page id. */
  declare page: string;

  constructor() {
    super();
    this.page = '';
  }

  /**
   * The direction of a text's language, from the pack's list of languages (a text is in the
   * reader's or the default language), so a fallback is laid out, and pronounced, as what it is.
   */
  private dirOf(lang: string): 'ltr' | 'rtl' {
    return this.app?.snapshot?.languages.find((l) => l.code === lang)?.dir ?? 'ltr';
  }

  private card(route: Route, title: Localized, iconName: string | undefined) {
    return html`<li><a class="card" href=${this.href(route)}>${icon(iconName)}<span class="title" lang=${title.lang} dir=${this.dirOf(title.lang)}>${title.value}</span></a></li>`;
  }

  private related(snapshot: ContentSnapshot, lang: string, p: NonNullable<ReturnType<typeof pageView>>) {
    const items = [
      ...(p.entries ?? []).map((id) => {
        const e = snapshot.entry(id, lang);
        return e && this.card({ view: 'entry', id }, e.name, 'building');
      }),
      ...(p.guides ?? []).map((id) => {
        const g = snapshot.guide(id, lang);
        return g && this.card({ view: 'guide', id }, g.title, g.icon ?? 'document');
      }),
      ...(p.pages ?? []).map((id) => {
        const r = pageView(snapshot, id, lang);
        return r && this.card({ view: 'page', id }, r.title, r.icon ?? 'info');
      }),
    ].filter((x) => x !== undefined);
    if (!items.length) return nothing;
    return html`<h3 id="related">${this.t('page.related')}</h3>
      <ul class="cards" aria-labelledby="related">${items}</ul>`;
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot) return nothing;
    const lang = app.lang;
    const p = pageView(snapshot, this.page, lang);
    if (!p) {
      return html`<h2 tabindex="-1" data-view-heading>${this.t('errors.notFound')}</h2>
        <p><a href=${this.href({ view: 'home' })}>${this.t('nav.home')}</a></p>`;
    }
    const ancestors = ancestorPages(snapshot, p.id, lang);
    const children = childPages(snapshot, p.id, lang);
    const hasFallback = [p.title, p.text].some((t) => t && t.lang !== lang);
    const crumb = (a: PageLink) => html`<li><a href=${this.href({ view: 'page', id: a.id })} lang=${a.title.lang} dir=${this.dirOf(a.title.lang)}>${a.title.value}</a></li>`;
    return html`
      <nav part="breadcrumbs" aria-label=${this.t('page.breadcrumbs')}>
        <ol>
          <li><a href=${this.href({ view: 'home' })}>${this.t('nav.home')}</a></li>
          ${ancestors.map(crumb)}
          <li><a href=${this.href({ view: 'page', id: p.id })} aria-current="page" lang=${p.title.lang} dir=${this.dirOf(p.title.lang)}>${p.title.value}</a></li>
        </ol>
      </nav>
      <h2 tabindex="-1" data-view-heading lang=${p.title.lang} dir=${this.dirOf(p.title.lang)}>${p.title.value}</h2>
      ${hasFallback ? html`<p class="fallback-note">${this.t('entry.fallback', { language: endonym(snapshot.defaultLanguage) })}</p>` : nothing}
      ${p.text ? html`<div class="text" lang=${p.text.lang} dir=${this.dirOf(p.text.lang)}>${renderRichText(p.text.value)}</div>` : nothing}
      ${children.length
        ? html`<h3 id="subpages">${this.t('page.subpages')}</h3>
            <ul class="cards" part="subpages" aria-labelledby="subpages">
              ${children.map((c) => this.card({ view: 'page', id: c.id }, c.title, c.icon ?? 'info'))}
            </ul>`
        : nothing}
      ${this.related(snapshot, lang, p)}
      ${p.attachments.length
        ? html`<h3 id="attachments">${this.t('page.attachments')}</h3>
            <ul aria-labelledby="attachments">
              ${p.attachments.map((a) => {
                const href = safeHref(a.url);
                // A link of another scheme (a tampered pack) keeps its title, as text only.
                return html`<li lang=${a.title.lang} dir=${this.dirOf(a.title.lang)}>${href
                  ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${icon('document', 18)} ${a.title.value}</a>`
                  : a.title.value}</li>`;
              })}
            </ul>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-page-view': KompassPageView;
  }
}
