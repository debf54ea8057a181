import { html, css, nothing } from 'lit';
import { KompassEventsElement } from '../../ui/kompass-events-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { occurrenceCard, occurrenceDay } from '../../ui/occurrence-card.js';
import { localDate } from '../../hours/evaluate.js';
import { eventsOf } from '../../content/events-content.js';
import { filterRange, occurrenceDate, timeRange } from '../../calendar/occurrences.js';

/**
 * "This week" on home: the next (up to three) occurrences until Sunday and a link to all events.
 *
 * @csspart events - The list of occurrences.
 */
export class KompassThisWeek extends KompassEventsElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  protected override render() {
    const app = this.app;
    const snapshot = app?.snapshot;
    if (!app || !snapshot?.base.events?.length || !this.eventStrings.ready) return nothing;
    const today = localDate(app.now, snapshot.manifest.municipality.timeZone);
    const [, sunday] = filterRange('week', today);
    const t = this.t.bind(this);
    const next = eventsOf(snapshot).upcoming(app.now, app.lang).filter((o) => occurrenceDate(o.start) <= sunday).slice(0, 3);
    return html`
      <h3>${t('events:thisWeek')}</h3>
      ${next.length
        ? html`<ul class="cards" part="events">
            ${next.map((o) => occurrenceCard(this.href({ view: 'event', id: o.event.id }), o, `${occurrenceDay(t, app.lang, o, today)}, ${timeRange(t, app.lang, o.start, o.end)}`))}
          </ul>`
        : html`<p class="muted">${t('events:none')}</p>`}
      <p><a href=${this.href({ view: 'events' })}>${t('events:all')}</a></p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-this-week': KompassThisWeek;
  }
}
