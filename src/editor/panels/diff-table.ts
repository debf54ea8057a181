/** A table of field changes: field, before, after (the changes view and the merge view). */
import { html, type TemplateResult } from 'lit';
import type { TranslatedText } from '../../pack/types.js';
import { wordDiff } from '../text/word-diff.js';

/** A field's value as a line of text. */
export const display = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'object' && v && 'text' in v ? String((v as TranslatedText).text) : JSON.stringify(v));

/** A value, or "empty" in the UI language. */
export const shown = (t: (key: string) => string, v: unknown, wrap: (text: string) => unknown = (x) => x): unknown => (v === undefined ? html`<em>${t('changes.empty')}</em>` : wrap(display(v)));

/**
 * A value beside its other version, with the words that differ marked: the old one with its
 * removed words struck through (`before`), the new one with its added words marked (`after`),
 * or both in one (`both`: the merge view's "what they changed").
 */
export function changedWords(t: (key: string) => string, before: unknown, after: unknown, side: 'before' | 'after' | 'both'): unknown {
  const value = side === 'before' ? before : after;
  if (value === undefined) return shown(t, value);
  const other = side === 'before' ? after : before;
  if (other === undefined) return side === 'before' ? html`<del>${display(value)}</del>` : html`<ins>${display(value)}</ins>`;
  return wordDiff(display(before), display(after)).map((p) =>
    p.op === 'same' ? p.text : p.op === 'del' ? (side === 'after' ? '' : html`<del>${p.text}</del>`) : side === 'before' ? '' : html`<ins>${p.text}</ins>`,
  );
}

/** `label`: a field's path as people read it (text/field-label.ts). */
export function diffTable(t: (key: string) => string, rows: { field: string; before: unknown; after: unknown }[], beforeLabel: string, afterLabel: string, label: (field: string) => string = (f) => f): TemplateResult {
  return html`<table class="diff">
    <thead>
      <tr>
        <th scope="col">${t('changes.field')}</th>
        <th scope="col">${beforeLabel}</th>
        <th scope="col">${afterLabel}</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr>
          <th scope="row">${label(r.field)}</th>
          <td class="before">${changedWords(t, r.before, r.after, 'before')}</td>
          <td class="after">${changedWords(t, r.before, r.after, 'after')}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
