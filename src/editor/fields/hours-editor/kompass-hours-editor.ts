import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { i18n as I18n } from 'i18next';
import { tokens } from '../../../reader/ui/tokens.styles.js';
import { controls } from '../../../reader/ui/controls.styles.js';
import { addDays, localDate, weekdayOf } from '../../../reader/hours/evaluate.js';
import { GERMAN_STATES, checkHours } from '../../../authoring/hours/hours-compile.js';
import { OSM_DAYS } from '../../../authoring/hours/osm-week.js';
import { createEditorI18n } from '../../i18n.js';
import { previewHours, type PreviewDay } from '../../hours-preview.js';
import { problemMessage } from '../../problem-text.js';
import { APPOINTMENT_RANGE, emptyModel, fromOsm, inClosure, toOsm, type Closure, type HoursModel, type TimeRange } from './hours-model.js';
import { editorButtons } from '../../editor-buttons.styles.js';
import { hoursEditorStyles } from './hours-editor.styles.js';

const minutesText = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const validRange = (r: TimeRange): boolean => !!r.start && !!r.end && r.start < r.end;
const clone = (m: HoursModel): HoursModel => structuredClone(m);
/** The first day of a closure after `after` (a yearly one: in the next year it comes). */
const nextStart = (c: Closure, after: string): string | undefined => {
  if (!c.from) return undefined;
  if (!c.yearly) return c.from > after ? c.from : undefined;
  const year = Number(after.slice(0, 4));
  const inYear = `${year}${c.from.slice(4)}`;
  return inYear > after ? inYear : `${year + 1}${c.from.slice(4)}`;
};

/**
 * `<kompass-hours-editor>`: opening hours for clerks, without OpenStreetMap syntax. A week
 * grid (several time ranges per day), "only by appointment", closures and special days,
 * public holidays on/off, and a preview of any week; underneath it writes the OSM value
 * (`hours-model.ts`). The raw value stays editable in an expert disclosure, with the CLI's
 * messages in the UI language. Loaded lazily with the editor's opening-hours field, which
 * registers the tag (`defineAll`).
 *
 * @fires kompass-hours-change - `detail` is the new OSM value (also in `value`).
 * @fires kompass-hours-expert-only - `detail` is true when the value is one the form cannot show (only the raw field can change it).
 */
export class KompassHoursEditor extends LitElement {
  static override styles = [tokens, controls, editorButtons, hoursEditorStyles];

  static override properties = {
    value: { type: String },
    state: { type: String },
    lang: { type: String },
    timeZone: { attribute: 'time-zone' },
    closedOnPublicHolidays: { attribute: false },
    i18n: { attribute: false },
    expert: { type: Boolean },
    now: { attribute: false },
    _model: { state: true },
    _weekOf: { state: true },
    _t: { state: true },
  };

  /** The OSM `opening_hours` value. */
  declare value: string;
  /** German state code (`NW`) for the public holidays. */
  declare state: string;
  /** UI language (German and English; others fall back to English). */
  declare lang: string;
  declare timeZone: string;
  /** The municipality's setting for values that never say `PH`. */
  declare closedOnPublicHolidays: boolean;
  /** The editor's i18next instance; without it the element loads its own for `lang`. */
  declare i18n: I18n | undefined;
  /** Whether to show the raw field; off when the host has its own (the editor's entry form). */
  declare expert: boolean;
  /** "Now" for the preview (tests). */
  declare now: Date | undefined;
  declare private _model: HoursModel | undefined;
  declare private _weekOf: string | undefined;
  declare private _t: I18n | undefined;
  /** The value the model last wrote: an outside value equal to it keeps the grid (with its unfinished ranges). */
  private written: string | undefined;
  /** The language whose strings are loading or loaded (without `i18n`). */
  private loading: string | undefined;
  private idBase = `h${Math.random().toString(36).slice(2, 8)}`;

  constructor() {
    super();
    this.value = '';
    this.state = 'NW';
    this.lang = 'de';
    this.timeZone = 'Europe/Berlin';
    this.closedOnPublicHolidays = true;
    this.expert = true;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && this.value !== this.written) {
      this._model = fromOsm(this.value ?? '', { closedOnPublicHolidays: this.closedOnPublicHolidays, year: Number(this.today().slice(0, 4)) });
      this.written = undefined;
    }
    if (this.i18n) {
      if (changed.has('i18n')) this._t = this.i18n;
    } else if (this.loading !== this.lang) {
      this.loading = this.lang;
      void createEditorI18n(this.lang).then((t) => (this._t = t));
    }
  }

  private expertOnly: boolean | undefined;

  /** A control to focus after the next render: the first field of what was just added. */
  private focusAfter: string | undefined;

  protected override updated(): void {
    if (this.focusAfter) {
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.focusAfter)}`)?.focus();
      this.focusAfter = undefined;
    }
    const only = this._model === undefined;
    if (only === this.expertOnly) return;
    this.expertOnly = only;
    this.dispatchEvent(new CustomEvent<boolean>('kompass-hours-expert-only', { detail: only, bubbles: true }));
  }

  private t(key: string, options?: Record<string, unknown>): string {
    return this._t ? this._t.t(`hoursEditor.${key}`, options ?? {}) : '';
  }

  private dayName(i: number): string {
    return this._t?.t(`hours.days.${i}`) ?? OSM_DAYS[i]!;
  }

  private uid(...parts: (string | number)[]): string {
    return `${this.idBase}-${parts.join('-')}`;
  }

  /** Applies an edit to the model; writes and announces the value when every range and closure is complete. */
  private edit(fn: (m: HoursModel) => void): void {
    const next = clone(this._model ?? emptyModel(this.closedOnPublicHolidays));
    fn(next);
    this._model = next;
    const complete = next.days.every((d) => d.every(validRange)) && next.specialDays.every((s) => s.date && s.ranges.every(validRange)) && next.closures.every((c) => c.from && (!c.to || c.to >= c.from));
    if (complete) this.emit(toOsm(next), true);
  }

  private emit(value: string, fromModel: boolean): void {
    if (fromModel) this.written = value;
    this.value = value;
    this.dispatchEvent(new CustomEvent<string>('kompass-hours-change', { detail: value, bubbles: true }));
  }

  override render(): TemplateResult {
    if (!this._t) return html``;
    const m = this._model;
    return html`<div class="hours-editor" lang=${this._t.language}>
      ${m ? this.form(m) : html`<p class="error" role="status" id=${this.uid('expert-only')}>${this.t('expertOnly')}</p>`}
      ${this.preview(m)}
      ${this.expert ? this.expertField(!m) : nothing}
    </div>`;
  }

  /* ───────────────────────────── the form ───────────────────────────── */

  private form(m: HoursModel): TemplateResult {
    return html`<label class="check"><input type="checkbox" .checked=${live(m.appointmentOnly)} @change=${(e: Event) => this.edit((x) => (x.appointmentOnly = (e.target as HTMLInputElement).checked))} /> ${this.t('appointmentOnly')}</label>
      ${m.appointmentOnly
        ? nothing
        : html`<fieldset class="week">
              <legend>${this.t('week')}</legend>
              ${m.days.map((ranges, i) => this.day(i, ranges))}
            </fieldset>
            <label class="check"><input type="checkbox" aria-describedby=${this.uid('ph-help')} .checked=${live(m.holidaysClosed)} @change=${(e: Event) => this.edit((x) => (x.holidaysClosed = (e.target as HTMLInputElement).checked))} /> ${this.t('holidaysClosed')}</label>
            <p class="help" id=${this.uid('ph-help')}>${this.t('holidaysHelp', { state: GERMAN_STATES[this.state] ?? this.state })}</p>
            <label class="check"><input type="checkbox" aria-describedby=${this.uid('also-help')} .checked=${live(!!m.byAppointmentAlso)} @change=${(e: Event) => this.edit((x) => ((e.target as HTMLInputElement).checked ? (x.byAppointmentAlso = true) : delete x.byAppointmentAlso))} /> ${this.t('byAppointmentAlso')}</label>
            <p class="help" id=${this.uid('also-help')}>${this.t('byAppointmentAlsoHelp')}</p>
            ${this.closures(m)} ${this.specialDays(m)}`}`;
  }

  private day(i: number, ranges: TimeRange[]): TemplateResult {
    const open = ranges.length > 0;
    const set = (fn: (list: TimeRange[]) => TimeRange[]) => this.edit((x) => (x.days[i] = fn(x.days[i]!)));
    return html`<fieldset class="day">
      <legend>${this.dayName(i)}</legend>
      <label class="check"><input type="checkbox" id=${this.uid('open', i)} .checked=${live(open)} @change=${(e: Event) => set(() => ((e.target as HTMLInputElement).checked ? [{ start: '08:00', end: '12:00' }] : []))} /> ${this.t('dayOpen')}</label>
      ${open ? this.ranges(`d${i}`, ranges, set) : nothing}
      ${open && i < 5 ? html`<button type="button" @click=${() => this.edit((x) => x.days.forEach((_, d) => d < 5 && (x.days[d] = structuredClone(ranges))))}>${this.t('copyToWeekdays')}</button>` : nothing}
    </fieldset>`;
  }

  /** Time ranges with from/to, "by appointment only", remove; and "add". */
  private ranges(key: string, ranges: TimeRange[], set: (fn: (list: TimeRange[]) => TimeRange[]) => void, allowEmpty = false): TemplateResult {
    const change = (n: number, patch: Partial<TimeRange>) =>
      set((list) =>
        list.map((r, j) => {
          if (j !== n) return r;
          const next = { ...r, ...patch };
          if (!next.comment) delete next.comment;
          return next;
        }),
      );
    const last = ranges.at(-1);
    const added: TimeRange = last ? { start: last.end < '14:00' ? '14:00' : last.end, end: last.end < '14:00' ? '18:00' : '23:59' } : { start: '08:00', end: '12:00' };
    return html`${ranges.map((r, n) => {
        const id = this.uid(key, n);
        const bad = !validRange(r);
        return html`<div class="range row" role="group" aria-label=${this.t('range', { n: n + 1 })}>
          <label class="stack" for="${id}-from">${this.t('from')}<input id="${id}-from" type="time" .value=${live(r.start)} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `${id}-error` : nothing} @change=${(e: Event) => change(n, { start: (e.target as HTMLInputElement).value })} /></label>
          <label class="stack" for="${id}-to">${this.t('to')}<input id="${id}-to" type="time" .value=${live(r.end)} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `${id}-error` : nothing} @change=${(e: Event) => change(n, { end: (e.target as HTMLInputElement).value })} /></label>
          <label class="check"><input type="checkbox" .checked=${live(!!r.comment)} @change=${(e: Event) => change(n, { comment: (e.target as HTMLInputElement).checked ? APPOINTMENT_RANGE : '' })} /> ${this.t('rangeAppointment')}</label>
          ${ranges.length > 1 || allowEmpty ? html`<button type="button" @click=${() => set((list) => list.filter((_, j) => j !== n))}>${this.t('removeRange', { n: n + 1 })}</button>` : nothing}
          ${bad ? html`<p class="error" id="${id}-error" role="alert">${this.t('rangeInvalid')}</p>` : nothing}
        </div>`;
      })}
      <button type="button" @click=${() => { set((list) => [...list, added]); this.focusAfter = this.uid(key, ranges.length, 'from'); }}>${this.t('addRange')}</button>`;
  }

  private closures(m: HoursModel): TemplateResult {
    return html`<fieldset class="closures">
      <legend>${this.t('closures')}</legend>
      ${m.closures.map((c, n) => {
        const id = this.uid('closure', n);
        const bad = !!c.to && !!c.from && c.to < c.from;
        const set = (patch: Partial<typeof c>) =>
          this.edit((x) => {
            const next = { ...x.closures[n]!, ...patch };
            if (!next.note) delete next.note;
            if (!next.yearly) delete next.yearly;
            x.closures[n] = next;
          });
        return html`<div class="row range" role="group" aria-label=${this.t('closure', { n: n + 1 })}>
          <label class="stack" for="${id}-from">${this.t('closureFrom')}<input id="${id}-from" type="date" .value=${live(c.from)} @change=${(e: Event) => set({ from: (e.target as HTMLInputElement).value })} /></label>
          <label class="stack" for="${id}-to">${this.t('closureTo')}<input id="${id}-to" type="date" .value=${live(c.to)} aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `${id}-error` : nothing} @change=${(e: Event) => set({ to: (e.target as HTMLInputElement).value })} /></label>
          <label class="stack" for="${id}-note">${this.t('closureNote')}<input id="${id}-note" type="text" .value=${live(c.note ?? '')} @change=${(e: Event) => set({ note: (e.target as HTMLInputElement).value.trim() })} /></label>
          <label class="check"><input type="checkbox" .checked=${live(!!c.yearly)} @change=${(e: Event) => set({ yearly: (e.target as HTMLInputElement).checked })} /> ${this.t('closureYearly')}</label>
          <button type="button" @click=${() => this.edit((x) => x.closures.splice(n, 1))}>${this.t('removeClosure', { n: n + 1 })}</button>
          ${bad ? html`<p class="error" id="${id}-error" role="alert">${this.t('closureInvalid')}</p>` : nothing}
        </div>`;
      })}
      <button type="button" @click=${() => this.edit((x) => { x.closures.push({ from: '', to: '' }); this.focusAfter = this.uid('closure', m.closures.length, 'from'); })}>${this.t('addClosure')}</button>
    </fieldset>`;
  }

  private specialDays(m: HoursModel): TemplateResult {
    return html`<fieldset class="special">
      <legend>${this.t('specialDays')}</legend>
      <p class="help">${this.t('specialDayHelp')}</p>
      ${m.specialDays.map((s, n) => {
        const id = this.uid('special', n);
        return html`<fieldset>
          <legend>${this.t('specialDay', { n: n + 1 })}</legend>
          <label class="stack" for="${id}-date">${this.t('specialDate')}<input id="${id}-date" type="date" .value=${live(s.date)} @change=${(e: Event) => this.edit((x) => (x.specialDays[n]!.date = (e.target as HTMLInputElement).value))} /></label>
          ${this.ranges(`s${n}`, s.ranges, (fn) => this.edit((x) => (x.specialDays[n]!.ranges = fn(x.specialDays[n]!.ranges))), true)}
          <button type="button" @click=${() => this.edit((x) => x.specialDays.splice(n, 1))}>${this.t('removeSpecialDay', { n: n + 1 })}</button>
        </fieldset>`;
      })}
      <button type="button" @click=${() => this.edit((x) => { x.specialDays.push({ date: '', ranges: [{ start: '10:00', end: '12:00' }] }); this.focusAfter = this.uid('special', m.specialDays.length, 'date'); })}>${this.t('addSpecialDay')}</button>
    </fieldset>`;
  }

  /* ───────────────────────────── preview ───────────────────────────── */

  private today(): string {
    return localDate(this.now ?? new Date(), this.timeZone);
  }

  private formatDate(date: string, weekday = false): string {
    return new Intl.DateTimeFormat(this._t?.language ?? 'de', { ...(weekday ? { weekday: 'long' } : {}), day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  }

  private dayText(d: PreviewDay, m: HoursModel | undefined): string {
    const hours = d.intervals.map((iv) => `${minutesText(iv.start)}–${minutesText(iv.end)}${iv.comment ? ` (${iv.comment})` : ''}`).join(', ');
    if (hours) return d.holiday ? `${hours} · ${this.t('openHoliday', { name: d.holiday })}` : hours;
    const closure = m?.closures.find((c) => c.from && inClosure(c, d.date));
    if (closure) return closure.note ? this.t('closedClosureNote', { note: closure.note }) : this.t('closedClosure');
    if (d.holiday) return this.t('closedHoliday', { name: d.holiday });
    return this._t?.t('hours.closed') ?? '';
  }

  private preview(m: HoursModel | undefined): TemplateResult | typeof nothing {
    const rule = (this.value ?? '').trim();
    if (!rule || m?.appointmentOnly) return m?.appointmentOnly ? html`<p role="status">${this.t('byAppointment')}</p>` : nothing;
    const weekOf = this._weekOf ?? this.today();
    const monday = addDays(weekOf, -weekdayOf(weekOf));
    const result = previewHours(rule, { state: this.state, timeZone: this.timeZone, now: this.now ?? new Date(), closedOnPublicHolidays: this.closedOnPublicHolidays, weekOf: monday });
    if (result.error) return nothing;
    const nextClosure = m?.closures.flatMap((c) => nextStart(c, addDays(monday, 6)) ?? []).sort()[0];
    const id = this.uid('week-of');
    return html`<section class="preview" aria-labelledby=${this.uid('preview-h')}>
      <h3 id=${this.uid('preview-h')}>${this.t('preview')}</h3>
      <div class="row">
        <button type="button" @click=${() => (this._weekOf = addDays(monday, -7))}>${this.t('previousWeek')}</button>
        <button type="button" @click=${() => (this._weekOf = addDays(monday, 7))}>${this.t('nextWeek')}</button>
        ${nextClosure ? html`<button type="button" @click=${() => (this._weekOf = nextClosure)}>${this.t('nextClosure')}</button>` : nothing}
        <label class="stack" for=${id}>${this.t('weekOf')}<input id=${id} type="date" .value=${live(weekOf)} @change=${(e: Event) => (this._weekOf = (e.target as HTMLInputElement).value || undefined)} /></label>
      </div>
      <table aria-live="polite">
        <caption>${this.t('previewWeek', { from: this.formatDate(monday), to: this.formatDate(addDays(monday, 6)) })}</caption>
        <tbody>
          ${result.week.map((d) => {
            const text = this.dayText(d, m);
            return html`<tr data-date=${d.date}>
              <th scope="row">${this.formatDate(d.date, true)}</th>
              <td class=${d.intervals.length ? 'open' : 'closed'}>${text}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  /* ───────────────────────────── expert field ───────────────────────────── */

  private expertField(open: boolean): TemplateResult {
    const id = this.uid('raw');
    const rule = this.value ?? '';
    const check = rule.trim() ? checkHours(rule.trim(), this.state) : undefined;
    const lang = this._t?.language ?? 'de';
    const err = check?.error;
    const notes = check?.notes ?? [];
    const describedBy = [`${id}-help`, err ? `${id}-error` : '', notes.length ? `${id}-notes` : ''].filter(Boolean).join(' ');
    return html`<details class="expert" ?open=${open || !!err}>
      <summary>${this.t('expert')}</summary>
      <label for=${id}>${this.t('expertLabel')}</label>
      <textarea id=${id} spellcheck="false" aria-invalid=${err ? 'true' : 'false'} aria-describedby=${describedBy} .value=${live(rule)} @change=${(e: Event) => this.emit((e.target as HTMLTextAreaElement).value.trim(), false)}></textarea>
      <p class="help" id="${id}-help">${this.t('expertHelp')}</p>
      ${err
        ? html`<div class="error" id="${id}-error" role="alert">
            <p>${problemMessage(err, lang, this._t)}</p>
            ${err.position !== undefined ? html`<p>${this.t('here')} <code>${rule.slice(0, err.position)}<mark>${rule.slice(err.position, err.position + 1) || ' '}</mark>${rule.slice(err.position + 1)}</code></p>` : nothing}
          </div>`
        : nothing}
      ${notes.length ? html`<ul class="help" id="${id}-notes">${notes.map((n) => html`<li>${problemMessage(n, lang, this._t)}</li>`)}</ul>` : nothing}
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-hours-editor': KompassHoursEditor;
  }
}
