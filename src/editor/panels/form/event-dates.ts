/**
 * The next dates of an event as the reader will show them, made by the build's own
 * recurrence code (src/authoring/events/recurrence.ts) from the time being edited, in the
 * UI language's date format ("Di., 08.12.2026, 15:00–17:00"). That code (with the holiday
 * data) is loaded on the first event form, not with the editor.
 */
import { html, type TemplateResult } from 'lit';
import type * as Recurrence from '../../../authoring/events/recurrence.js';
import type { SourceEventTime, SourceMunicipality } from '../../../pack/types.js';

let recurrence: typeof Recurrence | undefined;
let loading: Promise<unknown> | undefined;

/** How many of the next dates the form shows. */
export const NEXT_DATES = 5;

/**
 * The next `count` occurrences from `today` on, as `[date, start?, end?]` (dates `YYYY-MM-DD`,
 * times `HH:MM`); none while the time has errors; undefined until the recurrence code is
 * loaded (then `loaded` is called).
 */
export function nextDates(time: SourceEventTime, m: Pick<SourceMunicipality, 'timeZone' | 'state'>, today: string, loaded: () => void, count = NEXT_DATES): [string, string?, string?][] | undefined {
  if (!recurrence) {
    loading ??= import('../../../authoring/events/recurrence.js').then((module) => (recurrence = module));
    void loading.then(loaded);
    return undefined;
  }
  const t = time as Recurrence.EventTime;
  if (recurrence.checkEventTime(t).length) return [];
  return recurrence
    .compileOccurrences(t, { timeZone: m.timeZone, state: m.state, windowFrom: today })
    .slice(0, count)
    .map(([start, end]) => [start.slice(0, 10), start.slice(11, 16) || undefined, end?.slice(11, 16) || undefined]);
}

/** `2026-12-08` as the UI language writes it, with its weekday. */
export function formatDay(date: string, lang: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function renderNextDates(t: (key: string, o?: Record<string, unknown>) => string, lang: string, dates: [string, string?, string?][] | undefined): TemplateResult {
  return html`<section class="next-dates" aria-labelledby="next-dates-heading">
    <h3 id="next-dates-heading">${t('events.next', { count: NEXT_DATES })}</h3>
    <div aria-live="polite">
      ${!dates
        ? html`<p>${t('events.computing')}</p>`
        : dates.length
        ? html`<ol>
            ${dates.map(([d, start, end]) => html`<li>${formatDay(d, lang)}${start ? `, ${start}${end ? `–${end}` : ''}` : ` (${t('events.allDay')})`}</li>`)}
          </ol>`
        : html`<p>${t('events.noNext')}</p>`}
    </div>
  </section>`;
}
