import { html, css, nothing } from 'lit';
import { KompassEventsElement } from '../../ui/kompass-events-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { listedDay, occurrenceCard } from '../../ui/occurrence-card.js';
import { localDate } from '../../hours/evaluate.js';
import { EVENTS_FILTERS, dayLabel, filterRange, timeRange, type EventsFilter } from '../../calendar/occurrences.js';
import { eventsOf, type OccurrenceView } from '../../content/events-content.js';

/**
 * The events to come, in day groups ("Today", "Tomorrow", "Tue 8 Dec"), with a filter: this
 * week, next week, this month or one date. Past occurrences are gone by the app's clock.
 *
 * @csspart filters - The date filter.
 * @csspart list - The day groups.
 */
export class KompassEventsView extends KompassEventsElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      section h3 {
        margin-block: 1rem 0.5rem;
      }
      .when {
        font-variant-numeric: tabular-nums;
      }
      input[type='date'] {
        font: inherit;
        min-block-size: var(--_target);
      }
    `,
  ];

  static override properties = {
    when: { reflect: true },
  };

  /** `week` (default), `next-week`, `month`, or a picked date `YYYY-MM-DD` (`date`: today). */
  declare when: string;

  constructor() {
    super();
    this.when = '';
  }

  /** The picked date, when `when` is one. */
  private get picked(): string | undefined {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.when) ? this.when : undefined;
  }

  private get filter(): EventsFilter {
    if (this.picked) return 'date';
    return (EVENTS_FILTERS as readonly string[]).includes(this.when) ? (this.when as EventsFilter) : 'week';
  }

  private choose(filter: EventsFilter, date: string): void {
    this.when = filter === 'date' ? date : filter === 'week' ? '' : filter;
    this.app?.navigate({ view: 'events', when: this.when }, { replace: true });
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!snapshot || !this.eventStrings.ready) return nothing;
    const lang = app.lang;
    const today = localDate(app.now, snapshot.manifest.municipality.timeZone);
    const filter = this.filter;
    const [from, until] = filterRange(filter, today, this.picked);
    const groups = new Map<string, OccurrenceView[]>();
    const upcoming = eventsOf(snapshot).upcoming(app.now, lang);
    for (const o of upcoming) {
      const day = listedDay(o, today); // began yesterday, still on
      if (day < from || day > until) continue;
      groups.set(day, [...(groups.get(day) ?? []), o]);
    }
    return html`
      <h2 tabindex="-1" data-view-heading>${this.t('events:heading')}</h2>
      <fieldset class="filters" part="filters">
        <legend>${this.t('events:when')}</legend>
        ${EVENTS_FILTERS.map(
          (f) => html`<label><input type="radio" name="when" .checked=${f === filter} @change=${() => this.choose(f, this.picked ?? today)} />${this.t(`events:filter_${f}`)}</label>`,
        )}
        ${filter === 'date'
          ? html`<label>${this.t('events:date')}
              <input type="date" .value=${this.picked ?? today} min=${today} max=${snapshot.base.eventsWindow?.until ?? ''}
                @change=${(e: Event) => (e.target as HTMLInputElement).value && this.choose('date', (e.target as HTMLInputElement).value)} /></label>`
          : nothing}
      </fieldset>
      <div part="list">
        ${groups.size
          ? [...groups].map(
              ([day, list]) => html`<section aria-labelledby=${`d-${day}`}>
                <h3 id=${`d-${day}`}>${dayLabel(this.t.bind(this), lang, day, today)}</h3>
                <ul class="cards">
                  ${list.map((o) => this.renderOccurrence(o))}
                </ul>
              </section>`,
            )
          : html`<p class="muted">${this.t(upcoming.length ? 'events:none' : 'events:noneAtAll')}</p>`}
      </div>
    `;
  }

  private renderOccurrence(o: OccurrenceView) {
    const place = o.event.place ? this.app!.snapshot!.entry(o.event.place, this.app!.lang)?.name : undefined;
    const t = this.t.bind(this);
    return occurrenceCard(
      this.href({ view: 'event', id: o.event.id }),
      o,
      html`<span class="when">${timeRange(t, this.app!.lang, o.start, o.end)}</span>${place
        ? html` · <span lang=${place.lang}>${place.value}</span>`
        : o.event.address ? html` · <bdi>${o.event.address.street}</bdi>` : nothing}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-events-view': KompassEventsView;
  }
}
