import { html, css, nothing } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { evaluateHours } from '../../hours/evaluate.js';
import { endonym, formatDistance } from '../../i18n/format.js';
import { runDir, titleRun } from '../../ui/language-runs.js';
import { isolateNumbers } from '../../ui/isolate-numbers.js';
import { distanceMetres } from './distance.js';
import type { EntryView } from '../../content/snapshot.js';

type Sort = 'name' | 'distance';
type LocateState = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

/**
 * A list of entries with filters (open now, wheelchair access, language spoken on site) and
 * sorting by name or distance. "Near me" asks for the location only when chosen, and needs
 * no network: the entries' coordinates are in the pack.
 *
 * @csspart list - The list of entries.
 * @csspart filters - The filter and sort controls.
 */
export class KompassEntryList extends KompassElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 0.75rem;
        align-items: center;
        font-size: 0.9rem;
      }
      .summary {
        color: var(--_text-muted);
        overflow-wrap: anywhere;
      }
    `,
  ];

  static override properties = {
    entries: { attribute: false },
    filters: { type: Boolean },
    openNowOnly: { type: Boolean, attribute: 'open-now-only' },
    ordered: { type: Boolean },
    _openNow: { state: true },
    _wheelchair: { state: true },
    _language: { state: true },
    _sort: { state: true },
    _locate: { state: true },
  };

  declare entries: EntryView[];
  /** Show the filter and sort controls. */
  declare filters: boolean;
  /** Start with the "open now" filter on. */
  declare openNowOnly: boolean;
  /** Keep the given order (e.g. search ranking) unless the reader sorts by distance. */
  declare ordered: boolean;
  declare private _openNow: boolean;
  declare private _wheelchair: boolean;
  declare private _language: string;
  declare private _sort: Sort;
  declare private _locate: LocateState;
  private position: { lat: number; lon: number } | undefined;

  constructor() {
    super();
    this.entries = [];
    this.filters = true;
    this.openNowOnly = false;
    this.ordered = false;
    this._openNow = false;
    this._wheelchair = false;
    this._language = '';
    this._sort = 'name';
    this._locate = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.openNowOnly) this._openNow = true;
  }

  /** The entries as shown: filtered and sorted. */
  get visibleEntries(): EntryView[] {
    const now = this.app?.now ?? new Date();
    const tz = this.app?.snapshot?.manifest.municipality.timeZone ?? 'Europe/Berlin';
    let list = this.entries.filter(
      (e) =>
        (!this._openNow || (e.hours && evaluateHours(e.hours, now, tz).state === 'open')) &&
        (!this._wheelchair || e.wheelchair === 'yes') &&
        (!this._language || e.languages?.includes(this._language)),
    );
    const collator = new Intl.Collator(this.i18n.lang.split('-x-')[0]);
    if (this._sort === 'distance' && this.position) {
      const from = this.position;
      const dist = (e: EntryView) => (e.address?.lat !== undefined && e.address.lon !== undefined ? distanceMetres(from, { lat: e.address.lat, lon: e.address.lon }) : Infinity);
      list = [...list].sort((a, b) => dist(a) - dist(b));
    } else if (!this.ordered) {
      list = [...list].sort((a, b) => collator.compare(a.name.value, b.name.value));
    }
    return list;
  }

  private spokenLanguages(): string[] {
    return [...new Set(this.entries.flatMap((e) => e.languages ?? []))].sort();
  }

  private onSortChange(e: Event): void {
    const sort = (e.target as HTMLSelectElement).value as Sort;
    this._sort = sort;
    if (sort === 'distance' && !this.position) this.locate();
  }

  private locate(): void {
    if (!('geolocation' in navigator)) {
      this._locate = 'unavailable';
      return;
    }
    this._locate = 'locating';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this.position = { lat: p.coords.latitude, lon: p.coords.longitude };
        this._locate = 'located';
      },
      (err) => {
        this._locate = err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable';
      },
      { maximumAge: 600_000, timeout: 15_000 },
    );
  }

  protected override render() {
    const visible = this.visibleEntries;
    const tz = this.app?.snapshot?.manifest.municipality.timeZone ?? 'Europe/Berlin';
    const lang = this.app?.lang ?? this.i18n.lang;
    const noticed = new Set(this.app?.snapshot?.base.notices?.flatMap((n) => n.entries ?? []));
    return html`
      ${this.filters ? this.renderFilters() : nothing}
      <p class="muted" role="status" aria-live="polite">${this.t('list.count', { count: visible.length })}</p>
      <ul class="cards" part="list">
        ${visible.map(
          (e) => html`
            <li>
              <a class="card" href=${this.href({ view: 'entry', id: e.id })}>
                <span class="body">
                  ${titleRun(e.name, lang, e.name.value, e.name.lang !== lang ? e.name : e.summary)}
                  ${e.summary ? html`<span class="summary" lang=${e.summary.lang} dir=${runDir(e.summary.lang, lang)}>${isolateNumbers(e.summary.value)}</span>` : nothing}
                  <span class="meta">
                    <span>${this.t(`kind.${e.kind}`)}</span>
                    ${e.hours || e.closures ? html`<kompass-hours .hours=${e.hours} .closures=${e.closures} time-zone=${tz}></kompass-hours>` : nothing}
                    ${noticed.has(e.id) ? html`<kompass-notice-list variant="badge" entry=${e.id}></kompass-notice-list>` : nothing}
                    ${this._sort === 'distance' && this.position && e.address?.lat !== undefined && e.address.lon !== undefined
                      ? html`<span>${formatDistance(this.i18n.lang, distanceMetres(this.position, { lat: e.address.lat, lon: e.address.lon }))}</span>`
                      : nothing}
                  </span>
                </span>
              </a>
            </li>
          `,
        )}
      </ul>
    `;
  }

  private renderFilters() {
    const languages = this.spokenLanguages();
    return html`
      <fieldset part="filters" class="filters no-print">
        <legend>${this.t('list.filters')}</legend>
        <label><input type="checkbox" .checked=${this._openNow} @change=${(e: Event) => (this._openNow = (e.target as HTMLInputElement).checked)} />${this.t('list.openNow')}</label>
        <label><input type="checkbox" .checked=${this._wheelchair} @change=${(e: Event) => (this._wheelchair = (e.target as HTMLInputElement).checked)} />${this.t('list.wheelchair')}</label>
        ${languages.length
          ? html`<label
              >${this.t('list.language')}
              <select @change=${(e: Event) => (this._language = (e.target as HTMLSelectElement).value)}>
                <option value="" ?selected=${this._language === ''}>${this.t('list.anyLanguage')}</option>
                ${languages.map((l) => html`<option value=${l} lang=${l} ?selected=${this._language === l}>${endonym(l)}</option>`)}
              </select></label
            >`
          : nothing}
        <label
          >${this.t('list.sort')}
          <select @change=${this.onSortChange}>
            <option value="name" ?selected=${this._sort === 'name'}>${this.t('list.sortName')}</option>
            <option value="distance" ?selected=${this._sort === 'distance'}>${this.t('list.sortDistance')}</option>
          </select></label
        >
        ${this._locate === 'locating' ? html`<span role="status">${this.t('list.locating')}</span>` : nothing}
        ${this._locate === 'denied' || this._locate === 'unavailable'
          ? html`<span role="alert">${this.t(this._locate === 'denied' ? 'list.locationDenied' : 'list.locationUnavailable')}</span>`
          : nothing}
      </fieldset>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-entry-list': KompassEntryList;
  }
}
