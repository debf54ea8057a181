import { html } from 'lit';
import { icon } from './icons.js';
import { dayLabel, occurrenceDate } from '../calendar/occurrences.js';
import type { OccurrenceView } from '../content/events-content.js';

type T = Parameters<typeof dayLabel>[0];

/** The day an occurrence is listed under: its start, or today when it began earlier and is still on. */
export const listedDay = (o: OccurrenceView, today: string): string => (occurrenceDate(o.start) < today ? today : occurrenceDate(o.start));

/** "Today", "Tomorrow" or the date of an occurrence, for a list of events. */
export const occurrenceDay = (t: T, lang: string, o: OccurrenceView, today: string): string => dayLabel(t, lang, listedDay(o, today), today);

/**
 * One occurrence as a card in a `ul.cards` list (this week, all events, events at a place):
 * the event's title in its language and a line of `meta` (when, where), linking to the event.
 */
export const occurrenceCard = (href: string, o: OccurrenceView, meta: unknown) =>
  html`<li>
    <a class="card" href=${href}>
      ${icon('calendar')}
      <span class="body">
        <span class="title" lang=${o.event.title.lang}>${o.event.title.value}</span>
        <span class="muted">${meta}</span>
      </span>
    </a>
  </li>`;
