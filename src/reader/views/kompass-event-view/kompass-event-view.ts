import { html, css, nothing } from 'lit';
import { KompassEventsElement } from '../../ui/kompass-events-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';
import { renderRichText } from '../../ui/render-rich-text.js';
import { richTextToPlain } from '../../../pack/plain-text.js';
import { safeHref } from '../../../pack/url-schemes.js';
import { endonym, formatDate } from '../../i18n/format.js';
import { localDate } from '../../hours/evaluate.js';
import { toIcs } from '../../calendar/ics.js';
import { dayLabel, occurrenceDate, ruleText, timeRange } from '../../calendar/occurrences.js';
import { eventsOf, type EventView, type OccurrenceView } from '../../content/events-content.js';
import { detectPlatform, gettingThereFacts, mapLink, mapLinks, type MapPlatform } from '../../ui/map-links.js';

/**
 * One event: its next date and the rule in words, what it is, where, who runs it, languages,
 * cost and registration, and "Add to calendar" — an `.ics` file made on the device, shared
 * with the phone's share sheet where it takes files, else downloaded (no network either way).
 *
 * @csspart actions - "Add to calendar".
 */
export class KompassEventView extends KompassEventsElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      .next {
        font-size: 1.1rem;
        font-weight: 600;
        margin-block-end: 0.25rem;
      }
      address {
        font-style: normal;
      }
      .description {
        overflow-wrap: break-word;
      }
      ul.dates {
        padding-inline-start: 1.25rem;
      }
    `,
  ];

  static override properties = {
    event: { reflect: true },
    platform: { attribute: false },
    _icsUrl: { state: true },
    _message: { state: true },
  };

  /** The event id. */
  declare event: string;
  /** Which map the map and route links open (`android`: `geo:`, `ios`: Apple Maps, `other`: OpenStreetMap); default: detected from the browser. */
  declare platform: MapPlatform | undefined;
  declare private _icsUrl: string | undefined;
  declare private _message: string;

  constructor() {
    super();
    this.event = '';
    this.platform = undefined;
    this._icsUrl = undefined;
    this._message = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._icsUrl) URL.revokeObjectURL(this._icsUrl);
    this._icsUrl = undefined;
  }

  /** The `.ics` of an occurrence, as the "Add to calendar" button makes it. */
  icsFor(e: EventView, o: OccurrenceView): string {
    const snapshot = this.app!.snapshot!;
    const place = e.place ? snapshot.entry(e.place, this.app!.lang) : undefined;
    const address = place?.address ?? e.address;
    const location = [place?.name.value, address && `${address.street}, ${address.postalCode} ${address.city}`].filter(Boolean).join(', ');
    return toIcs({
      uid: `${e.id}@${snapshot.manifest.municipality.id}.kompass`,
      title: e.title.value,
      description: richTextToPlain(e.description?.value) || undefined,
      location: location || undefined,
      occurrence: [o.start, o.end],
    });
  }

  private async addToCalendar(e: EventView, o: OccurrenceView): Promise<void> {
    const file = new File([this.icsFor(e, o)], `${e.id}-${occurrenceDate(o.start)}.ics`, { type: 'text/calendar' });
    this._message = '';
    if (navigator.canShare?.({ files: [file] })) {
      try {
        await navigator.share({ files: [file], title: e.title.value });
        return;
      } catch (err) {
        if ((err as DOMException).name === 'AbortError') return;
        this._message = this.t('events:calendarFailed');
      }
    }
    if (this._icsUrl) URL.revokeObjectURL(this._icsUrl);
    this._icsUrl = URL.createObjectURL(file);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLAnchorElement>('a[download]')?.click();
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!snapshot || !this.eventStrings.ready) return nothing;
    const content = eventsOf(snapshot);
    const e = content.event(this.event, app.lang);
    if (!e) {
      return html`<h2 tabindex="-1" data-view-heading>${this.t('errors.notFound')}</h2>
        <p><a href=${this.href({ view: 'events' })}>${this.t('events:all')}</a></p>`;
    }
    const lang = app.lang;
    const t = this.t.bind(this);
    const today = localDate(app.now, snapshot.manifest.municipality.timeZone);
    const dates = content.upcoming(app.now, lang).filter((o) => o.event.id === e.id);
    const next = dates[0];
    const rule = ruleText(t, lang, e);
    const hasFallback = [e.title, e.description, e.cost, e.registrationNote, e.place ? undefined : e.gettingThere].some((x) => x && x.lang !== lang);
    const place = e.place ? snapshot.entry(e.place, lang) : undefined;
    const organizer = e.organizer ? snapshot.entry(e.organizer, lang) : undefined;
    const address = place?.address ?? e.address;
    // At an entry, the entry's way there; with an address of its own, the event's.
    const gettingThere = place ? place.gettingThere : e.gettingThere;
    const map = address && mapLinks({ ...address, name: place?.name.value ?? e.title.value }, this.platform ?? detectPlatform());
    const reg = e.registration;
    const regUrl = safeHref(reg?.url);
    const day = (o: OccurrenceView) => {
      const d = occurrenceDate(o.start) < today ? today : occurrenceDate(o.start);
      const label = dayLabel(t, lang, d, today);
      return `${label === t('events:today') || label === t('events:tomorrow') ? `${label}, ${formatDate(lang, d)}` : formatDate(lang, d)}, ${timeRange(t, lang, o.start, o.end)}`;
    };
    return html`
      <h2 tabindex="-1" data-view-heading lang=${e.title.lang}>${e.title.value}</h2>
      ${hasFallback ? html`<p class="fallback-note">${this.t('entry.fallback', { language: endonym(snapshot.defaultLanguage) })}</p>` : nothing}
      ${next
        ? html`<p class="next"><span class="visually-hidden">${t('events:next')}: </span>${day(next)}</p>`
        : html`<p class="notice">${t('events:noMoreDates')}</p>`}
      ${rule ? html`<p class="rule">${rule}</p>` : nothing}
      ${next
        ? html`<div class="actions no-print" part="actions">
            <button class="button primary" type="button" @click=${() => this.addToCalendar(e, next)}>${icon('calendar')}<span>${t('events:addToCalendar')}</span></button>
            ${this._icsUrl
              ? html`<a class="button" href=${this._icsUrl} download=${`${e.id}-${occurrenceDate(next.start)}.ics`}>${t('events:download')}</a>`
              : nothing}
          </div>`
        : nothing}
      <p role="status" aria-live="polite">${this._message}</p>

      ${e.description ? html`<div class="description" lang=${e.description.lang}>${renderRichText(e.description.value)}</div>` : nothing}

      <dl class="facts">
        ${place || address
          ? html`<dt>${t('events:place')}</dt>
              <dd>
                ${place ? html`<a href=${this.href({ view: 'entry', id: place.id })} lang=${place.name.lang}>${place.name.value}</a><br />` : nothing}
                ${address
                  ? html`<address><bdi>${address.street}</bdi><br /><bdi>${address.postalCode} ${address.city}</bdi>
                      ${e.addressExtra ? html`<br /><span lang=${e.addressExtra.lang}>${e.addressExtra.value}</span>` : nothing}</address>
                      ${mapLink(map!.open, t('entry.openMap'))}`
                  : nothing}
              </dd>
              ${map ? gettingThereFacts({ heading: t('place.gettingThere'), route: t('place.route') }, map.route, gettingThere) : nothing}`
          : nothing}
        ${organizer
          ? html`<dt>${t('events:organizer')}</dt>
              <dd><a href=${this.href({ view: 'entry', id: organizer.id })} lang=${organizer.name.lang}>${organizer.name.value}</a></dd>`
          : nothing}
        ${e.languages?.length
          ? html`<dt>${t('events:languages')}</dt>
              <dd>${e.languages.map((l, i) => html`${i ? ', ' : ''}<span lang=${l}>${endonym(l)}</span>`)}</dd>`
          : nothing}
        ${e.cost ? html`<dt>${t('events:cost')}</dt><dd lang=${e.cost.lang}>${e.cost.value}</dd>` : nothing}
        ${reg
          ? html`<dt>${t('events:registration')}</dt>
              <dd>
                ${t(reg.required ? 'events:registrationRequired' : 'events:registrationNotRequired')}
                ${reg.phone ? html`<br /><a href="tel:${reg.phone.replace(/[^+\d]/g, '')}">${icon('phone')}<bdi dir="ltr">${reg.phone}</bdi></a>` : nothing}
                ${regUrl ? html`<br /><a href=${regUrl} target="_blank" rel="noopener noreferrer">${t('events:register')}</a>` : nothing}
                ${e.registrationNote ? html`<br /><span lang=${e.registrationNote.lang}>${e.registrationNote.value}</span>` : nothing}
              </dd>`
          : nothing}
      </dl>

      ${dates.length > 1
        ? html`<h3>${t('events:moreDates')}</h3>
            <ul class="dates">
              ${dates.slice(1, 6).map((o) => html`<li>${day(o)}</li>`)}
            </ul>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-event-view': KompassEventView;
  }
}
