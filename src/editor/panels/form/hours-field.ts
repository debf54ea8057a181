/**
 * An entry's opening hours: the week grid (`<kompass-hours-editor>`, loaded on first use) and,
 * behind "expert", the OSM rule with the CLI's message pointing at the wrong part and a preview
 * of the week and "open now". The preview is a `Task` that waits for a pause in typing, so only
 * the rule the clerk stopped at is computed; rules seen before come from a small cache.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import { idFor, type EditorModel } from '../../editor-model.js';
import type { HoursPreview } from '../../hours-preview.js';
import type { ItemKey } from '../../model.js';
import type { SourceEntry } from '../../../pack/types.js';
import { defineAll } from '../../../reader/define/define-all.js';
import type { FieldRenderers } from './fields.js';

const minutesText = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Resolves after `ms`, or rejects when the signal aborts first. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });

export interface HoursFieldOptions {
  model: EditorModel;
  fields: FieldRenderers;
  /** The clock for "open now" (tests fix it). */
  now(): Date | undefined;
  /** Wait after the last keystroke, in ms. */
  delay?: number;
}

export class HoursField {
  /** Previews by rule; cleared when it grows past 50. */
  private readonly cache = new Map<string, HoursPreview>();
  /** The rule last rendered: the task's argument. */
  private rule = '';
  readonly task: Task<[string], HoursPreview | undefined>;

  constructor(private readonly options: HoursFieldOptions) {
    const { model } = options;
    this.task = new Task(model.host, {
      autoRun: 'afterUpdate',
      args: () => [this.rule],
      task: async ([rule], { signal }) => {
        if (!rule.trim() || this.cache.has(rule)) return this.cache.get(rule);
        await pause(options.delay ?? 150, signal);
        const { previewHours } = await import('../../hours-preview.js');
        const m = model.draft.municipality;
        const result = previewHours(rule, { state: m.state, timeZone: m.timeZone, now: options.now() ?? new Date(), closedOnPublicHolidays: m.closedOnPublicHolidays ?? true });
        if (this.cache.size > 50) this.cache.clear();
        this.cache.set(rule, result);
        return result;
      },
    });
  }

  render(key: ItemKey, entry: SourceEntry): TemplateResult {
    const { model, fields } = this.options;
    const { t } = model;
    const id = idFor('openingHours');
    const rule = entry.openingHours ?? '';
    this.rule = rule;
    const msg = fields.messages(key, 'openingHours', id);
    const ready = rule.trim() ? this.cache.get(rule) : undefined;
    const err = ready?.error;
    if (!customElements.get('kompass-hours-editor')) void import('../../fields/hours-editor/kompass-hours-editor.js').then(({ KompassHoursEditor }) => defineAll([['kompass-hours-editor', KompassHoursEditor]]));
    const m = model.draft.municipality;
    const expertOnly = (e: CustomEvent<boolean>) => e.detail && ((e.target as HTMLElement).nextElementSibling as HTMLDetailsElement).setAttribute('open', '');
    const set = (value: string) => model.setField(key, ['openingHours'], value || undefined);
    return html`<div class="field hours">
      <h3>${t('fields.openingHours')}</h3>
      <kompass-hours-editor .value=${rule} .state=${m.state} .timeZone=${m.timeZone} .closedOnPublicHolidays=${m.closedOnPublicHolidays ?? true} .i18n=${model.i18n} .lang=${model.uiLang} .now=${this.options.now()} .expert=${false} @kompass-hours-change=${(e: CustomEvent<string>) => set(e.detail)} @kompass-hours-expert-only=${expertOnly}></kompass-hours-editor>
      <details class="hours-expert" ?open=${!!err || msg.invalid}>
      <summary>${t('hoursEditor.expert')}</summary>
      <label for=${id}>${t('fields.openingHours')}</label>
      <input id=${id} class="mono" spellcheck="false" .value=${live(rule)} aria-invalid=${err || msg.invalid ? 'true' : 'false'} aria-describedby="${id}-help ${err ? `${id}-error` : ''} ${msg.ids}" @input=${(e: Event) => set((e.target as HTMLInputElement).value)} />
      <p class="help" id="${id}-help">${t('hours.help')}</p>
      ${err
        ? html`<div class="error" id="${id}-error" role="alert">
            <p>${model.say(err)}</p>
            ${err.position !== undefined
              ? html`<p class="mono where">${t('hours.here')} <code>${rule.slice(0, err.position)}<mark>${rule.slice(err.position, err.position + 1) || ' '}</mark>${rule.slice(err.position + 1)}</code></p>`
              : nothing}
          </div>`
        : msg.template}
      ${ready && !err ? this.renderPreview(ready) : nothing}
      </details>
    </div>`;
  }

  private renderPreview(ready: HoursPreview): TemplateResult {
    const { t } = this.options.model;
    return html`<div class="hours-preview" aria-label=${t('hours.preview')} role="group">
      <p class="now ${ready.open ? 'open' : 'closed'}">${ready.open ? t('hours.openNow') : t('hours.closedNow')}${ready.comment ? ` · ${ready.comment}` : ''}${ready.next ? ` · ${t('hours.nextChange', { time: minutesText(ready.next.minutes), date: ready.next.date })}` : ''}</p>
      <table>
        <caption>${t('hours.thisWeek')}</caption>
        <tbody>
          ${ready.week.map(
            (d) => html`<tr class=${d.today ? 'today' : ''}>
              <th scope="row">${t(`hours.days.${d.weekday}`)} <span class="date">${d.date}</span></th>
              <td>${d.intervals.length ? d.intervals.map((iv) => `${minutesText(iv.start)}–${minutesText(iv.end)}${iv.comment ? ` (${iv.comment})` : ''}`).join(', ') : t('hours.closed')}${d.holiday ? html` <span class="holiday">${t('hours.holiday', { name: d.holiday })}</span>` : nothing}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
