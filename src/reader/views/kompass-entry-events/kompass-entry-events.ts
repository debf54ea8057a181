import { html, css, nothing } from 'lit';
import { KompassEventsElement } from '../../ui/kompass-events-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { occurrenceCard, occurrenceDay } from '../../ui/occurrence-card.js';
import { localDate } from '../../hours/evaluate.js';
import { eventsOf } from '../../content/events-content.js';
import { timeRange } from '../../calendar/occurrences.js';

/** How many occurrences an entry lists: enough to see what is on, short enough to scroll past. */
const LIMIT = 5;

/**
 * "Events here" on an entry's view: the next occurrences of the events that take place at
 * the entry or that it organises, by the app's clock (past ones are gone). Nothing when there
 * are none.
 *
 * @csspart events - The list of occurrences.
 */
export class KompassEntryEvents extends KompassEventsElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  static override properties = {
    entry: { reflect: true },
  };

  /** The entry id. */
  declare entry: string;

  constructor() {
    super();
    this.entry = '';
  }

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot?.base.events?.length || !this.eventStrings.ready) return nothing;
    const next = eventsOf(snapshot)
      .upcoming(app.now, app.lang)
      .filter((o) => o.event.place === this.entry || o.event.organizer === this.entry)
      .slice(0, LIMIT);
    if (!next.length) return nothing;
    const today = localDate(app.now, snapshot.manifest.municipality.timeZone);
    const t = this.t.bind(this);
    return html`
      <section aria-labelledby="events-here">
        <h3 id="events-here">${t('place.eventsHere')}</h3>
        <ul class="cards" part="events">
          ${next.map((o) => occurrenceCard(this.href({ view: 'event', id: o.event.id }), o, `${occurrenceDay(t, app.lang, o, today)}, ${timeRange(t, app.lang, o.start, o.end)}`))}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-entry-events': KompassEntryEvents;
  }
}
