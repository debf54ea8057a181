/**
 * When an event takes place, as an office says it: on single dates, every (2nd, 3rd …) week
 * on some weekdays, or every month on the 1st … 4th or last of a weekday; from, until, the
 * times, dates it is left out, and public holidays. Weekdays by name, never `Mo`/`Tu`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { idFor, type EditorModel } from '../../editor-model.js';
import type { ItemKey } from '../../model.js';
import type { MonthWeek } from '../../../authoring/events/recurrence.js';
import { WEEKDAYS, type Weekday } from '../../../authoring/events/weekdays.js';
import type { SourceEvent, SourceEventTime } from '../../../pack/types.js';
import type { FieldRenderers } from './fields.js';

type Mode = 'dates' | 'week' | 'month';
const MONTH_WEEKS: MonthWeek[] = [1, 2, 3, 4, -1];
const INTERVALS = [1, 2, 3, 4];

/** A weekday's name in `lang` (2024-01-01 was a Monday). */
export const weekdayName = (day: Weekday, lang: string): string =>
  new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));

const weekdayOfDate = (date: string): Weekday => WEEKDAYS[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7]!;

export function eventTimeFields(parts: { model: EditorModel; fields: FieldRenderers }, key: ItemKey, ev: SourceEvent, today: string): TemplateResult {
  const { model, fields: f } = parts;
  const { t } = model;
  const lang = model.uiLang;
  const time: SourceEventTime = ev.time ?? {};
  const setTime = (next: SourceEventTime) => model.setField(key, ['time'], next);
  const mode: Mode = time.repeat?.every ?? 'dates';
  const first = time.dates?.[0] ?? time.from ?? today;
  // Single dates and a rule exclude each other: switching keeps the times, exceptions and the first day.
  const toMode = (next: Mode) => {
    const rest: SourceEventTime = { ...time };
    delete rest.dates;
    delete rest.repeat;
    if (next === 'dates') {
      delete rest.from;
      delete rest.until;
      return setTime({ ...rest, dates: time.dates?.length ? time.dates : [first] });
    }
    const day = weekdayOfDate(first);
    setTime({ ...rest, repeat: next === 'week' ? { every: 'week', on: [day] } : { every: 'month', on: [{ week: 1, day }] }, from: time.from ?? first });
  };
  const repeat = time.repeat;
  const dateList = (field: 'dates' | 'except', label: string, add: string) => {
    const list = time[field] ?? [];
    return html`<fieldset class="group">
      <legend>${label}</legend>
      ${list.map(
        (_, i) => html`<div class="date-row">
          ${f.textField(key, ev, ['time', field, i], t('events.dateN', { n: i + 1 }), { type: 'date' })}
          <button type="button" @click=${() => model.setField(key, ['time', field], list.length > 1 || field === 'dates' ? list.filter((__, j) => j !== i) : undefined)}>${t('events.removeDate', { n: i + 1 })}</button>
        </div>`,
      )}
      <button type="button" @click=${() => model.setField(key, ['time', field], [...list, list[list.length - 1] ?? first])}>${add}</button>
    </fieldset>`;
  };
  const modeId = idFor('time', 'mode');
  return html`<fieldset class="group event-time">
    <legend>${t('events.when')}</legend>
    ${f.messages(key, 'time', idFor('time'), true).template}
    <div class="field">
      <label for=${modeId}>${t('events.repeat')}</label>
      <select id=${modeId} @change=${(e: Event) => toMode((e.target as HTMLSelectElement).value as Mode)}>
        ${(['dates', 'week', 'month'] as const).map((m) => html`<option value=${m} ?selected=${mode === m}>${t(`events.mode.${m}`)}</option>`)}
      </select>
    </div>
    ${mode === 'dates' ? dateList('dates', t('events.dates'), t('events.addDate')) : nothing}
    ${repeat?.every === 'week'
      ? html`<fieldset class="group weekdays">
            <legend>${t('events.weekdays')}</legend>
            ${WEEKDAYS.map(
              (d) => html`<label class="check"
                ><input
                  type="checkbox"
                  id=${idFor('time', 'day', d)}
                  .checked=${live(repeat.on.includes(d))}
                  @change=${(e: Event) => model.setField(key, ['time', 'repeat', 'on'], WEEKDAYS.filter((w) => (w === d ? (e.target as HTMLInputElement).checked : repeat.on.includes(w))))}
                />
                ${weekdayName(d, lang)}</label
              >`,
            )}
            ${f.messages(key, 'time.repeat.on', idFor('time', 'repeat', 'on')).template}
          </fieldset>
          <div class="field">
            <label for=${idFor('time', 'interval')}>${t('events.interval')}</label>
            <select id=${idFor('time', 'interval')} @change=${(e: Event) => model.setField(key, ['time', 'repeat', 'interval'], Number((e.target as HTMLSelectElement).value) > 1 ? Number((e.target as HTMLSelectElement).value) : undefined)}>
              ${[...new Set([...INTERVALS, repeat.interval ?? 1])].map((n) => html`<option value=${n} ?selected=${(repeat.interval ?? 1) === n}>${t('events.everyNthWeek', { context: String(Math.min(n, 5)), n })}</option>`)}
            </select>
          </div>`
      : nothing}
    ${repeat?.every === 'month'
      ? html`<fieldset class="group">
          <legend>${t('events.monthDays')}</legend>
          ${repeat.on.map(
            (o, i) => html`<div class="month-day">
              <label for=${idFor('time', 'week', i)}>${t('events.monthDayN', { n: i + 1 })}</label>
              <select id=${idFor('time', 'week', i)} @change=${(e: Event) => model.setField(key, ['time', 'repeat', 'on', i, 'week'], Number((e.target as HTMLSelectElement).value))}>
                ${MONTH_WEEKS.map((w) => html`<option value=${w} ?selected=${o.week === w}>${t(`events.week.${w === -1 ? 'last' : w}`)}</option>`)}
              </select>
              <select aria-label=${t('events.weekdayN', { n: i + 1 })} id=${idFor('time', 'day', i)} @change=${(e: Event) => model.setField(key, ['time', 'repeat', 'on', i, 'day'], (e.target as HTMLSelectElement).value)}>
                ${WEEKDAYS.map((d) => html`<option value=${d} ?selected=${o.day === d}>${weekdayName(d, lang)}</option>`)}
              </select>
              <button type="button" ?disabled=${repeat.on.length < 2} @click=${() => model.setField(key, ['time', 'repeat', 'on'], repeat.on.filter((__, j) => j !== i))}>${t('events.removeMonthDay', { n: i + 1 })}</button>
            </div>`,
          )}
          <button type="button" @click=${() => model.setField(key, ['time', 'repeat', 'on'], [...repeat.on, { week: 1, day: weekdayOfDate(first) }])}>${t('events.addMonthDay')}</button>
        </fieldset>`
      : nothing}
    ${repeat
      ? html`${f.textField(key, ev, ['time', 'from'], t('events.from'), { type: 'date', required: true })}
        ${f.textField(key, ev, ['time', 'until'], t('events.until'), { type: 'date', help: t('events.untilHelp') })}`
      : nothing}
    ${f.textField(key, ev, ['time', 'start'], t('events.start'), { type: 'time', help: t('events.startHelp') })}
    ${f.textField(key, ev, ['time', 'end'], t('events.end'), { type: 'time' })}
    ${dateList('except', t('events.except'), t('events.addExcept'))}
    ${f.checkField(key, ev, ['time', 'skipHolidays'], t('events.skipHolidays'))}
  </fieldset>`;
}
