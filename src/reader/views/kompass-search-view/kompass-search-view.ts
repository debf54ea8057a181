import { html, nothing, type PropertyValues } from 'lit';
import { fallbackNote, otherLanguages, runDir, titleRun } from '../../ui/language-runs.js';
import { KompassEventsElement } from '../../ui/kompass-events-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { styles } from './kompass-search-view.styles.js';
import { icon } from '../../ui/icons.js';
import { evaluateHours } from '../../hours/evaluate.js';
import type { ContentSnapshot, Localized } from '../../content/snapshot.js';
import { ancestorPages, pageView } from '../../content/pages.js';
import { eventsOf, localToday } from '../../content/events-content.js';
import { dayLabel, occurrenceDate, timeRange } from '../../calendar/occurrences.js';
import type { SearchEngine, SearchHit, SearchResult } from '../../search/engine.js';
import { addRecentSearch, clearRecentSearches, recentSearches } from '../../search/recent.js';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** Time after the last keystroke before searching: fast enough to feel live, slow enough for cheap phones. */
const DEBOUNCE_MS = 180;
const MAX_RESULTS = 50;

/**
 * Search over entries, guides, categories, information pages and upcoming events, offline, in the reader's language and the
 * municipality's default language: search-as-you-type with highlighted matches, filters
 * (category, open now), a close spelling when nothing is found, and recent searches kept on
 * the device. The search code and index load on first use (a separate chunk).
 *
 * @csspart search - The search form.
 * @csspart filters - The filter controls.
 * @csspart results - The list of results.
 * @cssproperty [--kompass-search-mark-background=var(--kompass-color-surface-alt)] - Background of matched words.
 */
export class KompassSearchView extends KompassEventsElement {
  static override styles = [tokens, viewStyles, styles];

  static override properties = {
    query: { reflect: true },
    _status: { state: true },
    _engine: { state: true },
    _category: { state: true },
    _openNow: { state: true },
    _recent: { state: true },
  };

  /** The query searched for (set from a deep link, or while typing after a short pause). */
  declare query: string;
  declare private _status: Status;
  declare private _engine: SearchEngine | undefined;
  declare private _category: string;
  declare private _openNow: boolean;
  declare private _recent: string[];
  private debounce: ReturnType<typeof setTimeout> | undefined;
  /**
   * The query as live input left it: while `query` is still that, the reader is typing (the
   * last word also finds words it starts); submitted, from a link or a suggestion, it is finished.
   */
  private typed: string | undefined;
  private loadingFor: { snapshot: ContentSnapshot; lang: string } | undefined;

  constructor() {
    super();
    this.query = '';
    this._status = 'idle';
    this._engine = undefined;
    this._category = '';
    this._openNow = false;
    this._recent = [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.debounce);
  }

  /** Resolves once the search index is ready (or failed). */
  async searchReady(): Promise<void> {
    while (this._status === 'loading' || this._status === 'idle') {
      await new Promise((r) => setTimeout(r, 20));
      if (!this.isConnected) return;
    }
    await this.updateComplete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot) return;
    // A new revision, a newly downloaded language or another reader language: another index.
    if (this.loadingFor?.snapshot !== snapshot || this.loadingFor.lang !== app.lang) {
      const request = { snapshot, lang: app.lang };
      this.loadingFor = request;
      void this.loadEngine(request);
    }
    if (!this._recent.length) this._recent = recentSearches(this.pack(snapshot));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Keep the address in step with the query (a deep link, the back button), without a
    // history entry per pause in typing.
    if (changed.has('query') && changed.get('query') !== undefined) {
      this.app?.navigate({ view: 'search', query: this.query.trim() }, { replace: true });
    }
  }

  private async loadEngine(request: { snapshot: ContentSnapshot; lang: string }): Promise<void> {
    if (!this._engine) this._status = 'loading';
    try {
      // The search code is its own chunk: the reader's first screen does not wait for it.
      const { openSearch } = await import('../../search/engine.js');
      const engine = await openSearch(request.snapshot, request.lang, this.app?.searchIndexes);
      if (this.loadingFor !== request) return;
      this._engine = engine;
      this._status = 'ready';
    } catch {
      if (this.loadingFor === request) this._status = 'error';
    }
  }

  private pack(snapshot: ContentSnapshot): string {
    return snapshot.manifest.municipality.id;
  }

  private onInput(e: InputEvent): void {
    const value = (e.target as HTMLInputElement).value;
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.typed = value;
      this.query = value;
    }, DEBOUNCE_MS);
  }

  private onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    clearTimeout(this.debounce);
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('q') as HTMLInputElement;
    this.typed = undefined;
    this.query = input.value;
    this.requestUpdate(); // the same text, now finished
    this.remember(input.value);
  }

  /** Arrow down from the field goes to the first result. */
  private onKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'ArrowDown') return;
    const first = this.renderRoot.querySelector<HTMLElement>('[part=results] a');
    if (first) {
      e.preventDefault();
      first.focus();
    }
  }

  private remember(query: string): void {
    const snapshot = this.app?.snapshot;
    if (snapshot && query.trim()) this._recent = addRecentSearch(this.pack(snapshot), query);
  }

  private useQuery(query: string): void {
    clearTimeout(this.debounce);
    this.typed = undefined;
    this.query = query;
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[name=q]');
    if (input) {
      input.value = query;
      input.focus();
    }
  }

  private clearRecent(): void {
    const snapshot = this.app?.snapshot;
    if (snapshot) clearRecentSearches(this.pack(snapshot));
    this._recent = [];
    this.renderRoot.querySelector<HTMLInputElement>('input[name=q]')?.focus();
  }

  /** Results that pass the filters. */
  private filtered(engine: SearchEngine, snapshot: ContentSnapshot, lang: string, query: string): { result: SearchResult; hits: SearchHit[]; unfiltered: number } {
    const result = engine.search(query, { limit: 200, readerLang: lang, typing: this.typed === this.query && !/\s$/u.test(this.query) });
    const inCategory = this._category ? new Set(snapshot.entriesInCategory(this._category, lang).map((e) => e.id)) : undefined;
    const categoryTree = this._category ? new Set(this.descendants(snapshot, this._category)) : undefined;
    const now = this.app?.now ?? new Date();
    const tz = snapshot.manifest.municipality.timeZone;
    const events = eventsOf(snapshot);
    const hits = result.hits.filter((h) => {
      // An event is found only while it still has a date to come (by the device clock, offline too).
      if (h.kind === 'event' && (this._openNow || inCategory || !events.next(h.id, now, lang))) return false;
      if (this._openNow) {
        if (h.kind !== 'entry') return false;
        const hours = snapshot.entry(h.id, lang)?.hours;
        if (!hours || evaluateHours(hours, now, tz).state !== 'open') return false;
      }
      if (inCategory) return h.kind === 'entry' ? inCategory.has(h.id) : h.kind === 'category' && categoryTree!.has(h.id);
      return true;
    });
    return { result, hits: hits.slice(0, MAX_RESULTS), unfiltered: result.hits.length };
  }

  private descendants(snapshot: ContentSnapshot, id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) for (const c of snapshot.base.categories) if (c.parent === out[i]) out.push(c.id);
    return out;
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot) return nothing;
    const q = this.query.trim();
    const engine = this._status === 'ready' ? this._engine : undefined;
    const found = engine && q ? this.filtered(engine, snapshot, app.lang, q) : undefined;
    const status =
      this._status === 'loading' && q
        ? this.t('search.preparing')
        : this._status === 'error'
          ? this.t('search.unavailable')
          : found
            ? this.t('search.count', { count: found.hits.length })
            : '';
    return html`
      <h2 tabindex="-1" data-view-heading>${this.t('search.heading')}</h2>
      <form role="search" part="search" @submit=${this.onSubmit}>
        <input
          type="search"
          name="q"
          .value=${this.query}
          aria-label=${this.t('search.label')}
          placeholder=${this.t('search.placeholder')}
          autocomplete="off"
          enterkeyhint="search"
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
        />
        <button class="button primary" type="submit">${icon('search')}<span>${this.t('search.submit')}</span></button>
      </form>
      ${this.renderFilters(snapshot, app.lang)}
      <p class="muted" role="status" aria-live="polite" aria-atomic="true">${status}</p>
      ${found ? this.renderResults(snapshot, app.lang, found, engine!, q) : nothing}
      ${!q ? this.renderRecent() : nothing}
    `;
  }

  private renderFilters(snapshot: ContentSnapshot, lang: string) {
    const categories = snapshot.categories(lang).filter((c) => c.count > 0);
    const top = categories.filter((c) => !c.parent);
    return html`
      <fieldset part="filters" class="filters no-print">
        <legend>${this.t('search.filters')}</legend>
        <label
          >${this.t('search.category')}
          <select @change=${(e: Event) => (this._category = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this._category === ''}>${this.t('search.allCategories')}</option>
            ${top.map(
              (c) => html`<option value=${c.id} lang=${c.label.lang} ?selected=${this._category === c.id}>${c.label.value}</option>
                ${categories
                  .filter((s) => s.parent === c.id)
                  .map((s) => html`<option value=${s.id} lang=${s.label.lang} ?selected=${this._category === s.id}>– ${s.label.value}</option>`)}`,
            )}
          </select></label
        >
        <label><input type="checkbox" .checked=${this._openNow} @change=${(e: Event) => (this._openNow = (e.target as HTMLInputElement).checked)} />${this.t('search.openNow')}</label>
      </fieldset>
    `;
  }

  private renderResults(snapshot: ContentSnapshot, lang: string, found: { result: SearchResult; hits: SearchHit[]; unfiltered: number }, engine: SearchEngine, q: string) {
    const { result, hits } = found;
    if (!hits.length) return this.renderNothingFound(snapshot, lang, engine, q, found.unfiltered > 0);
    const mark = (text: string) => result.segments(text).map((s) => (s.mark ? html`<mark>${s.text}</mark>` : s.text));
    const tz = snapshot.manifest.municipality.timeZone;
    const now = this.app?.now ?? new Date();
    const today = localToday(now, tz);
    const titles = hits.map((h) =>
      h.kind === 'entry'
        ? snapshot.entry(h.id, lang)?.name
        : h.kind === 'guide'
          ? snapshot.guide(h.id, lang)?.title
          : h.kind === 'event'
            ? eventsOf(snapshot).event(h.id, lang)?.title
            : h.kind === 'page'
              ? pageView(snapshot, h.id, lang)?.title
              : snapshot.category(h.id, lang)?.label,
    );
    const title = (t: Localized) => titleRun(t, lang, mark(t.value));
    return html`
      ${fallbackNote(this.t.bind(this), otherLanguages(lang, titles))}
      <ol class="cards" part="results">
        ${hits.map((h) => {
          if (h.kind === 'entry') {
            const e = snapshot.entry(h.id, lang);
            if (!e) return nothing;
            return html`<li>
              <a class="card" href=${this.href({ view: 'entry', id: e.id })} @click=${() => this.remember(q)}>
                <span class="body">
                  ${title(e.name)}
                  ${e.summary ? html`<span class="summary" lang=${e.summary.lang} dir=${runDir(e.summary.lang, lang)}>${mark(e.summary.value)}</span>` : nothing}
                  <span class="meta">
                    <span>${this.t(`kind.${e.kind}`)}</span>
                    ${e.hours || e.closures ? html`<kompass-hours .hours=${e.hours} .closures=${e.closures} time-zone=${tz}></kompass-hours>` : nothing}
                    ${snapshot.base.notices?.some((n) => n.entries?.includes(e.id)) ? html`<kompass-notice-list variant="badge" entry=${e.id}></kompass-notice-list>` : nothing}
                  </span>
                </span>
              </a>
            </li>`;
          }
          if (h.kind === 'guide') {
            const g = snapshot.guide(h.id, lang);
            if (!g) return nothing;
            return html`<li>
              <a class="card" href=${this.href({ view: 'guide', id: g.id })} @click=${() => this.remember(q)}>
                ${icon(g.icon ?? 'document')}
                <span class="body">
                  ${title(g.title)}
                  <span class="kind muted">${this.t('search.kindGuide')}</span>
                </span>
              </a>
            </li>`;
          }
          if (h.kind === 'page') {
            const p = pageView(snapshot, h.id, lang);
            if (!p) return nothing;
            // Where the page stands in the tree, so two pages called "Costs" can be told apart.
            const path = ancestorPages(snapshot, p.id, lang);
            return html`<li>
              <a class="card" href=${this.href({ view: 'page', id: p.id })} @click=${() => this.remember(q)}>
                ${icon(p.icon ?? path[0]?.icon ?? 'info')}
                <span class="body">
                  <span class="title" lang=${p.title.lang}>${mark(p.title.value)}</span>
                  <span class="kind muted">${this.t('search.kindPage')}${path.map((a) => html` · <span lang=${a.title.lang}>${a.title.value}</span>`)}</span>
                </span>
              </a>
            </li>`;
          }
          if (h.kind === 'event') {
            const next = eventsOf(snapshot).next(h.id, now, lang);
            if (!next) return nothing;
            const day = occurrenceDate(next.start);
            return html`<li>
              <a class="card" href=${this.href({ view: 'event', id: h.id })} @click=${() => this.remember(q)}>
                ${icon('calendar')}
                <span class="body">
                  ${title(next.event.title)}
                  <span class="kind muted">${this.t('events:kindEvent')} · ${dayLabel(this.t.bind(this), lang, day < today ? today : day, today)}, ${timeRange(this.t.bind(this), lang, next.start, next.end)}</span>
                </span>
              </a>
            </li>`;
          }
          const c = snapshot.category(h.id, lang);
          if (!c) return nothing;
          return html`<li>
            <a class="card" href=${this.href({ view: 'category', id: c.id })} @click=${() => this.remember(q)}>
              ${icon(c.icon)}
              <span class="body">
                ${title(c.label)}
                <span class="kind muted">${this.t('search.kindCategory')} · ${this.t('list.count', { count: c.count })}</span>
              </span>
            </a>
          </li>`;
        })}
      </ol>
    `;
  }

  private renderNothingFound(snapshot: ContentSnapshot, lang: string, engine: SearchEngine, q: string, filteredOut: boolean) {
    if (filteredOut) {
      return html`<p>${this.t('search.noResultsFiltered')}</p>
        <p>
          <button
            class="button"
            type="button"
            @click=${() => {
              this._category = '';
              this._openNow = false;
            }}
          >
            ${this.t('search.resetFilters')}
          </button>
        </p>`;
    }
    const suggestion = engine.suggest(q);
    return html`
      ${suggestion
        ? html`<p>
            ${this.t('search.didYouMean')}
            <button class="link" type="button" @click=${() => this.useQuery(suggestion)}><bdi>${suggestion}</bdi></button>
          </p>`
        : nothing}
      <p>${this.t('search.noResults')}</p>
      <ul class="cards grid">
        ${snapshot
          .categories(lang)
          .filter((c) => !c.parent && c.count)
          .map((c) => html`<li><a class="card" href=${this.href({ view: 'category', id: c.id })}>${icon(c.icon)}<span class="title" lang=${c.label.lang}>${c.label.value}</span></a></li>`)}
      </ul>
    `;
  }

  private renderRecent() {
    if (!this._recent.length) return nothing;
    return html`
      <h3>${this.t('search.recent')}</h3>
      <ul class="recent">
        ${this._recent.map((r) => html`<li><button class="button" type="button" @click=${() => this.useQuery(r)}><bdi>${r}</bdi></button></li>`)}
      </ul>
      <p><button class="link" type="button" @click=${this.clearRecent}>${this.t('search.clearRecent')}</button></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-search-view': KompassSearchView;
  }
}
