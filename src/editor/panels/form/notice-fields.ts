/**
 * The fields of a notice's form: its text, the days it is shown, how urgent it is, the
 * entries it is about and whether they are closed then; and whether readers see it today.
 */
import { html, type TemplateResult } from 'lit';
import type { EditorModel } from '../../editor-model.js';
import type { ItemKey } from '../../model.js';
import type { NoticeSeverity, SourceNotice } from '../../../pack/types.js';
import { localDate } from '../../../reader/hours/evaluate.js';
import type { FieldRenderers } from './fields.js';
import { entryChoices, type PickerField } from './picker-field.js';
import { formatDay } from './event-dates.js';

const SEVERITIES: readonly NoticeSeverity[] = ['info', 'warning', 'urgent'];

/** Whether a notice is shown on `today`: `now`, `later` (from its first day) or `over`; `unknown` while a date is missing. */
export function noticeState(n: Pick<SourceNotice, 'from' | 'until'>, today: string): 'now' | 'later' | 'over' | 'unknown' {
  if (!n.from || !n.until) return 'unknown';
  return today < n.from ? 'later' : today > n.until ? 'over' : 'now';
}

export function noticeFields(parts: { model: EditorModel; fields: FieldRenderers; picker: PickerField; now(): Date | undefined }, key: ItemKey, n: SourceNotice): TemplateResult {
  const { model, fields: f, picker } = parts;
  const { t } = model;
  const today = localDate(parts.now() ?? new Date(), model.draft.municipality.timeZone);
  const state = noticeState(n, today);
  const day = (d: string) => formatDay(d, model.uiLang);
  return html`
    ${f.localizedField(key, n, ['text'], t('notices.text'), { required: true })}
    ${f.textField(key, n, ['from'], t('notices.from'), { type: 'date', required: true })}
    ${f.textField(key, n, ['until'], t('notices.until'), { type: 'date', required: true, help: t('notices.untilHelp') })}
    <p class="notice-state ${state}" role="status">${t(`notices.state.${state}`, { from: n.from && day(n.from), until: n.until && day(n.until) })}</p>
    ${f.selectField(key, n, ['severity'], t('notices.severity'), SEVERITIES, (s) => t(`notices.severities.${s}`))}
    ${picker.render(key, n, ['entries'], t('notices.entries'), t('notices.entriesHelp'), entryChoices(model, model.draft.entries))}
    ${f.checkField(key, n, ['closed'], t('notices.closed'), { help: t('notices.closedHelp') })}
  `;
}
