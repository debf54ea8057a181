/** A table of field changes: field, before, after (the changes view and the merge view). */
import { html, type TemplateResult } from 'lit';
import type { TranslatedText } from '../../pack/types.js';

/** A field's value as a line of text. */
export const display = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'object' && v && 'text' in v ? String((v as TranslatedText).text) : JSON.stringify(v));

/** A value, or "empty" in the UI language. */
export const shown = (t: (key: string) => string, v: unknown, wrap: (text: string) => unknown = (x) => x): unknown => (v === undefined ? html`<em>${t('changes.empty')}</em>` : wrap(display(v)));

export function diffTable(t: (key: string) => string, rows: { field: string; before: unknown; after: unknown }[], beforeLabel: string, afterLabel: string): TemplateResult {
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
          <th scope="row"><code>${r.field}</code></th>
          <td class="before">${shown(t, r.before, (x) => html`<del>${x}</del>`)}</td>
          <td class="after">${shown(t, r.after, (x) => html`<ins>${x}</ins>`)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
