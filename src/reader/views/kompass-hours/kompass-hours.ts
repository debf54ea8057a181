import { html, css, nothing } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { evaluateHours, localDate, meaningOf, weekTable, type HoursStatus } from '../../hours/evaluate.js';
import { formatMinutes, weekdayName } from '../../i18n/format.js';
import type { BaseNotice, CompiledHours, Interval } from '../../../pack/types.js';
import { hoursCommentText } from '../../hours/comment-text.js';
import { runDir } from '../../ui/language-runs.js';
import { eventsOf } from '../../content/events-content.js';

/**
 * Opening hours: a badge ("Open now · closes at 16:00") or the full week table with today
 * highlighted. Evaluated in the municipality's time zone with the app's clock.
 *
 * @csspart status - The open/closed badge.
 * @csspart table - The week table.
 */
export class KompassHours extends KompassElement {
  static override styles = [
    tokens,
    viewStyles,
    css`
      :host {
        display: block;
      }
      table {
        border-collapse: collapse;
        margin-block: 0.5rem 0;
        min-inline-size: min(100%, 20rem);
      }
      th,
      td {
        text-align: start;
        padding-block: 0.3rem;
        padding-inline: 0 1rem;
        vertical-align: top;
        font-weight: normal;
      }
      tr.today th,
      tr.today td {
        font-weight: 700;
      }
      tr.today {
        background: var(--_surface-alt);
      }
      .condition {
        display: block;
        font-size: 0.875rem;
        color: var(--_text-muted);
      }
    `,
  ];

  static override properties = {
    hours: { attribute: false },
    timeZone: { attribute: 'time-zone' },
    variant: { reflect: true },
    comments: { attribute: false },
    closures: { attribute: false },
  };

  /** Compiled hours from the pack; absent means unknown. */
  declare hours: CompiledHours | undefined;
  /** IANA time zone of the municipality. */
  declare timeZone: string;
  /** `badge`: one line; `full`: badge and week table. */
  declare variant: 'badge' | 'full';
  /** Notices that close the place (`closed: true`): on their days the badge says closed, with the notice's text. */
  declare closures: BaseNotice[] | undefined;

  constructor() {
    super();
    this.hours = undefined;
    this.timeZone = 'Europe/Berlin';
    this.variant = 'badge';
    this.closures = undefined;
  }

  /** The status wording a person reads, e.g. "Closed · opens Monday at 08:00". */
  statusText(status: HoursStatus, today: string, closed = false): string {
    const lang = this.i18n.lang;
    if (this.hours?.alwaysOpen && !closed) return this.t('hours.alwaysOpen');
    if (this.hours?.byAppointment && !closed) return this.t('hours.byAppointment');
    if (status.state === 'unknown') return this.t('hours.unknown');
    if (status.state === 'appointment') return this.t('hours.byAppointmentNow');
    if (status.state === 'open') {
      const state = this.t('hours.openNow');
      if (status.openEnd) return `${state} · ${this.t('hours.openEnd')}`;
      return status.closesAt ? `${state} · ${this.t('hours.closesAt', { time: formatMinutes(lang, status.closesAt.minutes) })}` : state;
    }
    const state = this.t('hours.closedNow');
    if (!status.opensAt) return state;
    const time = formatMinutes(lang, status.opensAt.minutes);
    const days = dayDiff(today, status.opensAt.date);
    const when =
      days === 0
        ? this.t('hours.opensToday', { time })
        : days === 1
          ? this.t('hours.opensTomorrow', { time })
          : this.t('hours.opensOn', { day: weekdayName(lang, status.opensAt.weekday), time });
    return `${state} · ${when}`;
  }

  protected override render() {
    const now = this.app?.now ?? new Date();
    const today = localDate(now, this.timeZone);
    // A notice that closes the place today wins over the hours, and says why.
    const closing = this.closures?.find((n) => n.from <= today && today <= n.until);
    const closure = closing && this.app?.snapshot && eventsOf(this.app.snapshot).noticeView(closing, this.app.lang);
    if (!this.hours && !closure) {
      // A list shows the badge of a place without hours only while a notice closes it.
      return this.closures && this.variant === 'badge' ? nothing : html`<span class="muted">${this.t('hours.unknown')}</span>`;
    }
    let status = this.hours ? evaluateHours(this.hours, now, this.timeZone) : { state: 'closed' as const };
    if (closure && status.state !== 'closed') status = { state: 'closed' };
    const open = status.state === 'open';
    const condition = closure
      ? html`<span class="condition" lang=${closure.text.lang} dir=${runDir(closure.text.lang, this.app?.lang ?? closure.text.lang)}>${closure.text.value}</span>`
      : status.comment
        ? this.renderComment(status.comment)
        : nothing;
    const badge = html`<span part="status" class="badge ${open ? 'open' : status.state === 'appointment' ? 'appointment' : 'closed'}">${this.statusText(status, today, !!closure)}</span>${condition}`;
    if (this.variant === 'badge') return badge;
    return html`${badge}${this.renderTable(today)}`;
  }

  private renderTable(today: string) {
    if (!this.hours || this.hours.alwaysOpen || this.hours.byAppointment) return nothing;
    const lang = this.i18n.lang;
    const hours = this.hours;
    return html`
      <table part="table">
        <caption class="visually-hidden">${this.t('hours.tableCaption')}</caption>
        <tbody>
          ${weekTable(this.hours, today).map(
            (day) => html`
              <tr class=${day.date === today ? 'today' : ''} aria-current=${day.date === today ? 'date' : nothing}>
                <th scope="row">${weekdayName(lang, day.weekday)}</th>
                <td>
                  ${day.intervals.length
                    ? day.intervals.map((i) => this.renderInterval(i, hours))
                    : this.t('hours.closedAllDay')}
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }

  private renderInterval(interval: Interval, hours: CompiledHours) {
    const lang = this.i18n.lang;
    const meaning = meaningOf(hours, interval);
    const range =
      meaning === 'open-end' ? this.t('hours.from', { time: formatMinutes(lang, interval[0]) }) : `${formatMinutes(lang, interval[0])}–${formatMinutes(lang, interval[1])}`;
    const comment = interval[2] !== undefined ? hours.comments?.[interval[2]] || undefined : undefined;
    return html`<span class="interval"><bdi>${range}</bdi>${meaning === 'appointment' ? html` <span class="condition">${this.t('hours.byAppointmentShort')}</span>` : nothing}${comment
        ? html` ${this.renderComment(comment)}`
        : nothing}</span><br />`;
  }

  /** A comment of the hours in the reader's language (or marked as the language it is in). */
  private renderComment(comment: string) {
    const lang = this.app?.lang ?? this.i18n.lang;
    const text = hoursCommentText(this.app?.snapshot, comment, lang);
    return html`<span class="condition" lang=${text.lang} dir=${runDir(text.lang, lang)}>${text.value}</span>`;
  }
}

function dayDiff(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-hours': KompassHours;
  }
}
