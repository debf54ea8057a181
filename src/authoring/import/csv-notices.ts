/**
 * Notices as a spreadsheet (browser-safe; the rules all kinds share are in csv-kind.ts):
 * `id; entries (ids or names; empty: for the whole town); severity; from; until; closed;
 * text@<lang>`.
 */
import { applyTextColumns, languagesOf, parseDate, parseYesNo, splitList, textCells, textHeaders, type Column } from './csv-columns.js';
import { lookupEntry, setField, type KindRowContext, type KindSpec } from './csv-kind.js';
import { nearest } from './vocabulary.js';
import type { NoticeSeverity, SourceContent, SourceNotice } from '../../pack/types.js';

const SEVERITIES: Record<string, NoticeSeverity> = { info: 'info', hinweis: 'info', information: 'info', warning: 'warning', warnung: 'warning', urgent: 'urgent', dringend: 'urgent', eilig: 'urgent' };

const ALIASES: Record<string, string> = {
  entry: 'entries',
  eintrag: 'entries',
  einträge: 'entries',
  einrichtung: 'entries',
  einrichtungen: 'entries',
  dringlichkeit: 'severity',
  stufe: 'severity',
  von: 'from',
  ab: 'from',
  bis: 'until',
  geschlossen: 'closed',
  hinweis: 'text',
  meldung: 'text',
  nachricht: 'text',
};

function table(content: SourceContent): { header: string[]; rows: string[][] } {
  const langs = languagesOf(content);
  const header = ['id', 'entries', 'severity', 'from', 'until', 'closed', ...textHeaders('text', langs)];
  const rows = (content.notices ?? []).map((n) => [
    n.id,
    (n.entries ?? []).join(', '),
    n.severity ?? '',
    n.from ?? '',
    n.until ?? '',
    n.closed === undefined ? '' : n.closed ? 'yes' : 'no',
    ...textCells(n.text, langs),
  ]);
  return { header, rows };
}

function apply(notice: SourceNotice, cells: string[], columns: Column[], cx: KindRowContext): string[] {
  const reasons: string[] = [];
  for (const col of columns) {
    const v = (cells[col.index] ?? '').trim();
    switch (col.field) {
      case 'entries': {
        const ids: string[] = [];
        for (const word of splitList(v)) {
          const id = lookupEntry(word, cx.content);
          if (id) {
            ids.push(id);
            if (id !== word) cx.mapped.push(`"${word}" → ${id}`);
          } else {
            const suggestion = nearest(word, cx.content.entries.map((e) => e.id));
            reasons.push(cx.bad(col, 'csv.notEntry', { value: word }) + (suggestion ? cx.m('common.didYouMean', { suggestion }) : ''));
          }
        }
        setField(notice, 'entries', ids.length ? [...new Set(ids)] : undefined);
        break;
      }
      case 'severity': {
        const s = v ? SEVERITIES[v.toLowerCase()] : undefined;
        if (v && !s) reasons.push(cx.bad(col, 'csv.notSeverity', { value: v }));
        else setField(notice, 'severity', s);
        break;
      }
      case 'from':
      case 'until': {
        const d = v ? parseDate(v) : undefined;
        if (v && !d) reasons.push(cx.bad(col, 'csv.notDate', { value: v }));
        else setField(notice, col.field, d);
        break;
      }
      case 'closed': {
        const b = v ? parseYesNo(v) : undefined;
        if (v && b === undefined) reasons.push(cx.bad(col, 'csv.notYesNo', { value: v }));
        else setField(notice, 'closed', b);
        break;
      }
    }
  }
  applyTextColumns(cells, columns, ['text'], [], () => notice.text, (_f, v) => setField(notice, 'text', v));
  return reasons;
}

export const NOTICES_CSV: KindSpec<SourceNotice> = {
  kind: 'notices',
  key: 'notice',
  columns: { texts: ['text'], scalars: ['id', 'entries', 'severity', 'from', 'until', 'closed'], aliases: ALIASES },
  distinctive: ['entries', 'severity', 'closed'],
  distinctiveAliases: ['dringlichkeit', 'geschlossen', 'einträge'],
  nameField: 'text',
  items: (c) => c.notices,
  setItems: (c, items) => {
    if (items.length || c.notices) c.notices = items;
  },
  table,
  apply,
};
