/**
 * Information pages, events and notices as spreadsheets (browser-safe), one file per kind,
 * with the conventions of the entries CSV (csv-entries.ts): UTF-8 with BOM and `;`, one
 * column per language (`title@ar`), German headers, encodings detected, trailing empty
 * columns ignored. Each kind (csv-pages.ts, csv-events.ts, csv-notices.ts) says its columns,
 * how an item becomes a row and how a row changes an item; reading the file, ids, the
 * located row problems and the report are here, once.
 *
 * Import rules as for entries: only the columns present are touched; an empty cell removes
 * that field; a row whose id exists updates that item, a new id (or none: one is made from
 * the title) adds one. A round trip changes nothing.
 */
import { canonicalJson } from '../../pack/canonical-json.js';
import { stringifyCsv } from './csv.js';
import { importMessages, type ImportMessages } from './messages.js';
import { readCsvSheet, RowIds } from './csv-sheet.js';
import { headerKey, parseColumns, splitHeader, type Column, type ColumnSpec } from './csv-columns.js';
import type { CsvImportOptions, CsvPrepared } from './csv-entries.js';
import type { SourceContent } from '../../pack/types.js';
import type { CsvKind } from './csv-kinds.js';

export type { CsvKind } from './csv-kinds.js';

/** What a row's changes may look up: the report's words and language, and the ids in the source and in the file. */
export interface KindRowContext {
  m: ImportMessages;
  lang: string;
  content: SourceContent;
  /** Ids of the items of this kind: in the source and in the file. */
  ids: ReadonlySet<string>;
  /** What a word was read as, for the report ("Arabisch" → ar). */
  mapped: string[];
  /** A reason about a column: `column "parent": …`. */
  bad: (col: Column, key: Parameters<ImportMessages>[0], params?: Record<string, string | number>) => string;
}

export interface KindSpec<T extends { id: string }> {
  kind: Exclude<CsvKind, 'entries'>;
  /** The key of items in reports and validation (`page:<id>`). */
  key: 'page' | 'event' | 'notice';
  columns: ColumnSpec;
  /** Headers only this kind has, to tell the kind from a file's header. */
  distinctive: readonly string[];
  /** German headers (lowercased) of distinctive columns that no entry column uses. */
  distinctiveAliases: readonly string[];
  /** The text field a new id is made from (`title`). */
  nameField: string;
  items: (content: SourceContent) => T[] | undefined;
  setItems: (content: SourceContent, items: T[]) => void;
  table: (content: SourceContent) => { header: string[]; rows: string[][] };
  /** Changes `item` (a copy) by the row; returns the reasons it cannot be read. */
  apply: (item: T, cells: string[], columns: Column[], cx: KindRowContext) => string[];
}

export function exportKindCsv<T extends { id: string }>(spec: KindSpec<T>, content: SourceContent, options: { delimiter?: string; bom?: boolean } = {}): string {
  const { header, rows } = spec.table(content);
  return stringifyCsv(header, rows, options);
}

/**
 * The kind a header belongs to: the kind most of its distinctive columns name; when none,
 * pages for a table of titles without names, else entries. Only a column's own name or a German word no entry column uses counts (`Ort` is an
 * entry's city but an event's place, so it tells nothing).
 */
export function detectKind(header: readonly string[], specs: readonly KindSpec<{ id: string }>[]): CsvKind {
  let best: CsvKind = 'entries';
  let score = 0;
  for (const spec of specs) {
    const words = new Set([...spec.distinctive.map((d) => d.toLowerCase()), ...spec.distinctiveAliases]);
    const n = header.filter((h) => words.has(headerKey(splitHeader(h).base))).length;
    if (n > score) [best, score] = [spec.kind, n];
  }
  if (score) return best;
  // Nothing distinctive, but titles and no names ("id;title@de;text@de"): articles, the plainest of the kinds with a title.
  const bases = new Set(header.map((h) => headerKey(splitHeader(h).base)));
  return (bases.has('title') || bases.has('titel')) && !bases.has('name') ? 'pages' : 'entries';
}

/** `old` itself where a field (or the whole item) is the same as before, so that an unchanged row is reported unchanged. */
function keepSame<T extends object>(old: T | undefined, next: T): T {
  if (!old) return next;
  if (canonicalJson(old) === canonicalJson(next)) return old;
  const a = old as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  for (const k of Object.keys(b)) if (k in a && canonicalJson(a[k]) === canonicalJson(b[k])) b[k] = a[k];
  return next;
}

/** Reads a spreadsheet of one kind (text, or bytes: the encoding is detected and said) into a copy of `existing`. Nothing validated yet. */
export function prepareKindCsvImport<T extends { id: string }>(spec: KindSpec<T>, input: string | Uint8Array, existing: SourceContent, options: CsvImportOptions & { file?: string } = {}): CsvPrepared {
  const m = importMessages(options.lang);
  const sheet = readCsvSheet(input, existing, m, options.delimiter);
  if (!('parsed' in sheet)) return sheet;
  const { parsed, result, origins, rejected, content, emptyColumns } = sheet;
  const { columns, errors } = parseColumns(parsed.header, spec.columns, content, m, emptyColumns);
  result.fileErrors.push(...errors);
  const def = content.municipality.defaultLanguage;
  const idCol = columns.find((c) => c.field === 'id');
  const nameCol = columns.find((c) => c.field === spec.nameField && c.lang === def);
  if (!idCol && !nameCol) result.fileErrors.push(m('csv.needIdOrTitle', { field: `${spec.nameField}@${def}` }));
  if (result.fileErrors.length) return { result, origins, rejected };

  const list = [...(spec.items(content) ?? [])];
  const byId = new Map(list.map((x) => [x.id, x]));
  const fileIds = parsed.records.map((r) => (idCol ? (r.cells[idCol.index] ?? '').trim() : '')).filter(Boolean);
  // What a row may refer to (a parent page, a place): the ids in the source and in the file, and those made for rows without one.
  const ids = new Set([...byId.keys(), ...fileIds]);
  const rows = new RowIds(sheet, m, { idCol, nameCol, taken: ids, fallback: spec.kind.slice(0, -1), noName: 'csv.noIdNoTitle', duplicate: 'csv.duplicateRow' });
  for (const rec of parsed.records) {
    const origin = options.file ? m('csv.fileRow', { file: options.file, row: rec.row }) : m('csv.row', { row: rec.row });
    const id = rows.id(rec, origin);
    if (id === undefined) continue;
    const key = `${spec.key}:${id}`;
    origins.set(key, origin);
    const old = byId.get(id);
    const item = (old ? structuredClone(old) : { id }) as T;
    const cx: KindRowContext = {
      m,
      lang: options.lang ?? 'en',
      content,
      ids,
      mapped: [],
      bad: (col, k, params = {}) => m(k, { header: col.header, ...params }),
    };
    const reasons = spec.apply(item, rec.cells, columns, cx);
    if (cx.mapped.length) result.notes.push(m('csv.mapped', { origin, mappings: cx.mapped.join(', ') }));
    if (reasons.length) {
      rejected.push({ key, origin, reasons });
      continue;
    }
    const next = keepSame(old, item);
    if (old) list[list.indexOf(old)] = next;
    else list.push(next);
  }
  spec.setItems(content, list);
  return { result, content, origins, rejected };
}

/** `field` set to `v`, or removed when `v` is undefined (keeps the key's place when it stays). */
export function setField(item: object, field: string, v: unknown): void {
  const o = item as Record<string, unknown>;
  if (v === undefined) delete o[field];
  else o[field] = v;
}

/** An entry's id for a word: its id, or its name in any language (for place, organizer and a notice's entries). */
export function lookupEntry(word: string, content: SourceContent): string | undefined {
  if (content.entries.some((e) => e.id === word)) return word;
  const key = headerKey(word);
  return content.entries.find((e) => Object.values(e.name ?? {}).some((t) => headerKey(typeof t === 'string' ? t : t.text) === key))?.id;
}
