/**
 * What every spreadsheet kind shares (browser-safe): reading a header of `field@lang`
 * columns with aliases, the cells editors write (lists, dates, yes/no), text columns per
 * language, and columns Excel leaves empty. csv-entries.ts and csv-kind.ts use these.
 */
import { textOf } from '../translation.js';
import { mergeText } from './import-plan.js';
import type { ImportMessages } from './messages.js';
import type { LocalizedText, SourceContent } from '../../pack/types.js';

/** A header as clerks type it: trimmed, one space between words, composed umlauts (`Straße` from any source), lowercase. */
export const headerKey = (h: string) => h.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/** `name@ar` → `{ base: 'name', lang: 'ar' }`; a header without `@` has no language. */
export function splitHeader(raw: string): { header: string; base: string; lang?: string } {
  const header = raw.normalize('NFC').trim();
  const at = header.lastIndexOf('@');
  if (at <= 0) return { header, base: header };
  return { header, base: header.slice(0, at).trim(), lang: header.slice(at + 1).trim() };
}

export const YES = new Set(['yes', 'ja', 'true', 'wahr', '1', 'x', 'y', 'j']);
export const NO = new Set(['no', 'nein', 'false', 'falsch', '0', 'n']);

/** `true`/`false` for yes/no words (ja, nein, x, …), undefined for anything else. */
export function parseYesNo(v: string): boolean | undefined {
  const k = v.trim().toLowerCase();
  return YES.has(k) ? true : NO.has(k) ? false : undefined;
}

/** The municipality's languages, the default first. */
export function languagesOf(content: SourceContent): string[] {
  const m = content.municipality;
  return [m.defaultLanguage, ...m.languages.filter((l) => l !== m.defaultLanguage)];
}

export const splitList = (v: string): string[] =>
  v
    .split(/[,;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function parseNumber(v: string): number | undefined {
  const s = v.trim().replace(/\s/g, '');
  const normal = /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

/** `2026-11-02` or `02.11.2026` → `2026-11-02`; undefined when it is not a date of the calendar. */
export function parseDate(v: string): string | undefined {
  const s = v.trim();
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : undefined;
  if (!iso) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

export const didYouMean = (m: ImportMessages, suggestion: string | undefined) => (suggestion ? m('common.didYouMean', { suggestion }) : '');

/** Columns without a header whose every cell is empty (Excel's trailing separators). */
export function emptyUnnamedColumns(header: string[], records: { cells: string[] }[]): Set<number> {
  const out = new Set<number>();
  const width = Math.max(header.length, ...records.map((r) => r.cells.length));
  for (let i = 0; i < width; i++) {
    if (!(header[i] ?? '').trim() && records.every((r) => !(r.cells[i] ?? '').trim())) out.add(i);
  }
  return out;
}

/** One column of a file, read: our field and, for texts, its language. */
export interface Column {
  index: number;
  header: string;
  field: string;
  lang?: string;
}

/** The columns a kind knows: texts (one per language), the rest, and the headers editors use for them. */
export interface ColumnSpec {
  texts: readonly string[];
  scalars: readonly string[];
  /** Lowercased header (see `headerKey`) → our field. */
  aliases: Record<string, string>;
}

/** Our field for a header's base (`Titel` → title), or undefined. */
export function fieldOf(base: string, spec: ColumnSpec): string | undefined {
  const aliased = spec.aliases[headerKey(base)] ?? base;
  const ci = (name: string) => name.toLowerCase() === aliased.toLowerCase();
  return spec.texts.find(ci) ?? spec.scalars.find(ci);
}

/**
 * Reads a header row against a kind's columns: `title@ar`, `Titel` (the default language),
 * aliases; every unknown or doubled column is an error of the file (nothing is dropped).
 */
export function parseColumns(header: string[], spec: ColumnSpec, content: SourceContent, m: ImportMessages, emptyColumns: Set<number>): { columns: Column[]; errors: string[] } {
  const langs = content.municipality.languages;
  const columns: Column[] = [];
  const errors: string[] = [];
  const seen = new Map<string, string>();
  header.forEach((raw, index) => {
    const { header: h, base, lang } = splitHeader(raw);
    if (!h) {
      if (!emptyColumns.has(index)) errors.push(m('csv.noHeader', { column: index + 1 }));
      return;
    }
    const field = fieldOf(base, spec);
    if (!field) {
      errors.push(m('csv.unknownColumn', { header: h, known: [...spec.scalars, ...spec.texts.map((t) => `${t}@…`)].join(', ') }));
      return;
    }
    const col: Column = { index, header: h, field };
    if (spec.texts.includes(field)) {
      col.lang = lang ?? content.municipality.defaultLanguage;
      if (!langs.includes(col.lang)) {
        errors.push(m('csv.langNotInTown', { header: h, lang: col.lang, langs: langs.join(', ') }));
        return;
      }
    } else if (lang !== undefined) {
      errors.push(m('csv.langOnScalar', { header: h, field, lang }));
      return;
    }
    const key = `${field}|${col.lang ?? ''}`;
    if (seen.has(key)) {
      errors.push(m('csv.sameField', { first: seen.get(key)!, second: h }));
      return;
    }
    seen.set(key, h);
    columns.push(col);
  });
  return { columns, errors };
}

/** Header cells `field@de`, `field@en`, … for the languages. */
export const textHeaders = (field: string, langs: readonly string[]) => langs.map((l) => `${field}@${l}`);

/** The cells of a text, one per language. */
export const textCells = (t: LocalizedText | undefined, langs: readonly string[]) => langs.map((l) => textOf(t?.[l]) ?? '');

/**
 * The text columns of a row merged into `item`'s fields (`title`, `description`, or a
 * nested `registration.note` through `target`): an empty cell removes that language,
 * an unchanged text keeps its provenance. Markdown fields keep their line breaks.
 */
export function applyTextColumns(
  cells: string[],
  columns: Column[],
  fields: readonly string[],
  markdown: readonly string[],
  get: (field: string) => LocalizedText | undefined,
  set: (field: string, value: LocalizedText | undefined) => void,
): void {
  const incoming = new Map<string, Record<string, string | null>>();
  for (const col of columns) {
    if (!fields.includes(col.field) || !col.lang) continue;
    const raw = cells[col.index] ?? '';
    const v = raw.trim();
    const t = incoming.get(col.field) ?? {};
    t[col.lang] = v ? (markdown.includes(col.field) ? raw.replace(/\r\n?/g, '\n').trim() : v) : null;
    incoming.set(col.field, t);
  }
  for (const [field, texts] of incoming) set(field, mergeText(get(field), texts));
}
