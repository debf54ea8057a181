/**
 * Entries as a spreadsheet (browser-safe; src/node/interchange/csv-file.ts reads and writes the files): one row per entry, one column per field, texts in
 * one column per language (`name@de`, `name@ar`). `exportEntriesCsv` writes every entry;
 * `importEntriesCsv` reads such a file (or any spreadsheet with some of these columns)
 * into a source folder. A round trip changes nothing.
 *
 * Import rules: only the columns present are touched; an empty cell removes that field; a
 * row whose id exists updates that entry, a new id (or an empty id: one is made from the
 * name) adds one; columns Kompass does not know are kept in the entry's `extra`.
 */
import { canonicalJson } from '../../pack/canonical-json.js';
import { stringifyCsv } from './csv.js';
import { mergeText, type ImportReport, type RejectedItem } from './import-plan.js';
import { textOf } from '../translation.js';
import type { TextEncodingName } from './encoding.js';
import { importMessages, type ImportMessages } from './messages.js';
import { kindNames, lookupCategory, lookupKind, lookupLanguage } from './vocabulary.js';
import { readCsvSheet, RowIds } from './csv-sheet.js';
import { didYouMean, headerKey, languagesOf, NO, parseDate, parseNumber, splitHeader, splitList, YES } from './csv-columns.js';
import { WHEELCHAIR_VALUES, type LocalizedText, type SourceCategory, type SourceContent, type SourceEntry, type Wheelchair } from '../../pack/types.js';

/** Text fields, each with one column per language. */
const TEXT_COLUMNS = ['name', 'summary', 'description', 'addressExtra', 'gettingThere', 'hoursNote'] as const;
const SCALAR_COLUMNS = ['id', 'kind', 'categories', 'street', 'postalCode', 'city', 'lat', 'lon', 'openingHours', 'email', 'website', 'appointment', 'appointmentUrl', 'languages', 'wheelchair', 'lastChecked', 'extra'] as const;

/** German (and other common) headers editors use, lowercased, → our column. */
const ALIASES: Record<string, string> = {
  bezeichnung: 'name',
  kurzbeschreibung: 'summary',
  beschreibung: 'description',
  art: 'kind',
  typ: 'kind',
  kategorie: 'categories',
  kategorien: 'categories',
  category: 'categories',
  strasse: 'street',
  straße: 'street',
  'straße und hausnummer': 'street',
  adresse: 'street',
  plz: 'postalCode',
  postleitzahl: 'postalCode',
  zip: 'postalCode',
  ort: 'city',
  stadt: 'city',
  breitengrad: 'lat',
  latitude: 'lat',
  längengrad: 'lon',
  laengengrad: 'lon',
  longitude: 'lon',
  lng: 'lon',
  öffnungszeiten: 'openingHours',
  oeffnungszeiten: 'openingHours',
  opening_hours: 'openingHours',
  telefon: 'phone',
  tel: 'phone',
  'e-mail': 'email',
  mail: 'email',
  webseite: 'website',
  internet: 'website',
  url: 'website',
  termin: 'appointment',
  sprachen: 'languages',
  rollstuhl: 'wheelchair',
  barrierefrei: 'wheelchair',
  geprüft: 'lastChecked',
  'zuletzt geprüft': 'lastChecked',
  schlagwörter: 'keywords',
  stichwörter: 'keywords',
  name: 'name',
  einrichtung: 'name',
  titel: 'name',
  hausnummer: 'street',
  anschrift: 'street',
  address: 'street',
  'street address': 'street',
  'postal code': 'postalCode',
  postcode: 'postalCode',
  'opening hours': 'openingHours',
  telefonnummer: 'phone',
  'phone number': 'phone',
  'e-mail-adresse': 'email',
  'email address': 'email',
  homepage: 'website',
  'sprachen vor ort': 'languages',
  'gesprochene sprachen': 'languages',
  'languages spoken': 'languages',
  'type': 'kind',
  einrichtungsart: 'kind',
  rubrik: 'categories',
  themen: 'categories',
  'termin nötig': 'appointment',
  terminvereinbarung: 'appointment',
};

const WHEELCHAIR_ALIASES: Record<string, Wheelchair> = { ja: 'yes', eingeschränkt: 'limited', teilweise: 'limited', nein: 'no', unbekannt: 'unknown' };

interface Column {
  index: number;
  header: string;
  /** Our field: a scalar, a text field, `phone`, `phoneLabel`, `keywords`, or `extra:<header>` for unknown columns. */
  field: string;
  lang?: string;
  /** Phone index (0-based) for phone columns. */
  phone?: number;
}

const list = (v: string[] | undefined) => (v ?? []).join(', ');
const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The header and rows for all entries; `phone`, `phone2`, … as many as the entry with the most phones. */
export function entriesToCsvTable(content: SourceContent): { header: string[]; rows: string[][] } {
  const langs = languagesOf(content);
  const phones = Math.max(1, ...content.entries.map((e) => e.phones?.length ?? 0));
  const header: string[] = ['id', 'kind', 'categories'];
  const textCols = (field: string) => langs.map((l) => `${field}@${l}`);
  header.push(...textCols('name'), ...textCols('summary'), ...textCols('description'));
  header.push('street', 'postalCode', 'city', ...textCols('addressExtra'), ...textCols('gettingThere'), 'lat', 'lon', 'openingHours', ...textCols('hoursNote'));
  for (let i = 0; i < phones; i++) header.push(i ? `phone${i + 1}` : 'phone', ...textCols(i ? `phone${i + 1}Label` : 'phoneLabel'));
  header.push('email', 'website', 'appointment', 'appointmentUrl', 'languages', 'wheelchair', 'lastChecked', ...textCols('keywords'), 'extra');
  const rows = content.entries.map((e) => {
    const texts = (t: LocalizedText | undefined) => langs.map((l) => textOf(t?.[l]) ?? '');
    const row: string[] = [e.id, e.kind, list(e.categories)];
    row.push(...texts(e.name), ...texts(e.summary), ...texts(e.description));
    row.push(e.address?.street ?? '', e.address?.postalCode ?? '', e.address?.city ?? '', ...texts(e.address?.extra), ...texts(e.address?.gettingThere), num(e.address?.lat), num(e.address?.lon), e.openingHours ?? '', ...texts(e.hoursNote));
    for (let i = 0; i < phones; i++) row.push(e.phones?.[i]?.number ?? '', ...texts(e.phones?.[i]?.label));
    row.push(e.email ?? '', e.website ?? '', e.appointment ? (e.appointment.required ? 'yes' : 'no') : '', e.appointment?.url ?? '', list(e.languages), e.wheelchair ?? '', e.lastChecked ?? '');
    row.push(...langs.map((l) => list(e.keywords?.[l])), e.extra && Object.keys(e.extra).length ? canonicalJson(e.extra) : '');
    return row;
  });
  return { header, rows };
}

export function exportEntriesCsv(content: SourceContent, options: { delimiter?: string; bom?: boolean } = {}): string {
  const { header, rows } = entriesToCsvTable(content);
  return stringifyCsv(header, rows, options);
}

function parseHeader(header: string[], content: SourceContent, m: ImportMessages, emptyColumns: Set<number>): { columns: Column[]; errors: string[]; unknown: string[] } {
  const langs = content.municipality.languages;
  const def = content.municipality.defaultLanguage;
  const columns: Column[] = [];
  const errors: string[] = [];
  const unknown: string[] = [];
  const seen = new Map<string, string>();
  header.forEach((raw, index) => {
    const split = splitHeader(raw);
    const h = split.header;
    if (!h) {
      if (!emptyColumns.has(index)) errors.push(m('csv.noHeader', { column: index + 1 }));
      return;
    }
    let base = split.base;
    let lang = split.lang;
    base = ALIASES[headerKey(base)] ?? base;
    const ci = (name: string) => name.toLowerCase() === base.toLowerCase();
    const col: Column = { index, header: h, field: '' };
    const phone = /^phone(\d*)(Label)?$/i.exec(base);
    const text = TEXT_COLUMNS.find(ci) ?? (ci('keywords') ? 'keywords' : undefined);
    if (phone) {
      col.phone = phone[1] ? Number(phone[1]) - 1 : 0;
      col.field = phone[2] ? 'phoneLabel' : 'phone';
      if (col.phone < 0 || col.phone > 19) {
        errors.push(m('csv.phoneColumn', { header: h }));
        return;
      }
    } else if (text) col.field = text;
    else {
      const scalar = SCALAR_COLUMNS.find(ci);
      if (scalar) col.field = scalar;
      else {
        col.field = `extra:${h}`;
        unknown.push(h);
        lang = undefined;
      }
    }
    const localized = col.field === 'phoneLabel' || (TEXT_COLUMNS as readonly string[]).includes(col.field) || col.field === 'keywords';
    if (localized) {
      lang ??= def;
      if (!langs.includes(lang)) {
        errors.push(m('csv.langNotInTown', { header: h, lang, langs: langs.join(', ') }));
        return;
      }
      col.lang = lang;
    } else if (lang !== undefined && !col.field.startsWith('extra:')) {
      errors.push(m('csv.langOnScalar', { header: h, field: col.field, lang }));
      return;
    }
    const key = `${col.field}|${col.lang ?? ''}|${col.phone ?? ''}`;
    if (seen.has(key)) {
      errors.push(m('csv.sameField', { first: seen.get(key)!, second: h }));
      return;
    }
    seen.set(key, h);
    columns.push(col);
  });
  return { columns, errors, unknown };
}

export interface CsvImportOptions {
  /** The language of the report: `de` or `en` (default). */
  lang?: string;
  partial?: boolean;
  dryRun?: boolean;
  minor?: boolean;
  machine?: boolean;
  delimiter?: string;
}

interface RowContext {
  m: ImportMessages;
  lang: string;
  categories: readonly SourceCategory[];
  /** What a word was read as, for the report ("Arabisch" → ar). */
  mapped: string[];
}

/** Applies one row to an entry (a copy of the existing one or a new one); returns reasons it cannot be read. */
function applyRow(entry: SourceEntry, cells: string[], columns: Column[], cx: RowContext): string[] {
  const { m } = cx;
  const reasons: string[] = [];
  const texts = new Map<string, Record<string, string | null>>();
  const phoneNumbers = new Map<number, string>();
  const phoneLabels = new Map<number, Record<string, string | null>>();
  let addressTouched = false;
  const address: Record<string, unknown> = { ...(entry.address ?? {}) };
  const e = entry as unknown as Record<string, unknown>;
  const set = (k: string, v: unknown) => {
    if (v === undefined) delete e[k];
    else e[k] = v;
  };
  for (const col of columns) {
    const raw = cells[col.index] ?? '';
    const v = raw.trim();
    const header = col.header;
    switch (col.field) {
      case 'id':
        break;
      case 'kind': {
        if (!v) {
          set('kind', undefined);
          break;
        }
        const k = lookupKind(v, cx.lang);
        if ('value' in k) {
          set('kind', k.value);
          if (k.value !== v) cx.mapped.push(`"${v}" → ${k.value}`);
        } else reasons.push(m('csv.notKind', { header, value: v, kinds: kindNames(cx.lang) }) + didYouMean(m, k.suggestion));
        break;
      }
      case 'categories': {
        const ids: string[] = [];
        for (const word of v ? splitList(v) : []) {
          const c = lookupCategory(word, cx.categories, cx.lang);
          if ('value' in c) {
            ids.push(c.value);
            if (c.value !== word) cx.mapped.push(`"${word}" → ${c.value}`);
          } else {
            // An unknown id is left for validation (it names the category); a word that is not an id is explained here.
            if (/^[a-z0-9-]+$/.test(word) && !c.suggestion) ids.push(word);
            else reasons.push(m('csv.notCategory', { header, value: word, categories: categoryList(cx) }) + didYouMean(m, c.suggestion));
          }
        }
        set('categories', ids.length ? [...new Set(ids)] : undefined);
        break;
      }
      case 'languages': {
        const codes: string[] = [];
        for (const word of v ? splitList(v) : []) {
          const l = lookupLanguage(word, cx.lang);
          if ('value' in l) {
            codes.push(l.value);
            if (l.value !== word) cx.mapped.push(`"${word}" → ${l.value}`);
          } else reasons.push(m('csv.notLanguage', { header, value: word }) + didYouMean(m, l.suggestion));
        }
        set('languages', codes.length ? [...new Set(codes)] : undefined);
        break;
      }
      case 'street':
      case 'city':
        addressTouched = true;
        if (v) address[col.field] = v;
        else delete address[col.field];
        break;
      case 'postalCode':
        addressTouched = true;
        if (v) address.postalCode = /^\d{4}$/.test(v) ? `0${v}` : v; // Excel drops the leading zero of 01067
        else delete address.postalCode;
        break;
      case 'lat':
      case 'lon': {
        addressTouched = true;
        if (!v) {
          delete address[col.field];
          break;
        }
        const n = parseNumber(v);
        if (n === undefined) reasons.push(m('csv.notNumber', { header, value: v }));
        else address[col.field] = n;
        break;
      }
      case 'openingHours':
      case 'email':
      case 'website':
        set(col.field, v || undefined);
        break;
      case 'appointment': {
        if (!v) {
          set('appointment', entry.appointment?.url ? { required: false, url: entry.appointment.url } : undefined);
          break;
        }
        const b = YES.has(v.toLowerCase()) ? true : NO.has(v.toLowerCase()) ? false : undefined;
        if (b === undefined) reasons.push(m('csv.notYesNo', { header, value: v }));
        else set('appointment', { ...(entry.appointment ?? {}), required: b });
        break;
      }
      case 'appointmentUrl':
        if (v) set('appointment', { required: entry.appointment?.required ?? false, url: v });
        else if (entry.appointment) set('appointment', { required: entry.appointment.required });
        break;
      case 'wheelchair': {
        if (!v) {
          set('wheelchair', undefined);
          break;
        }
        const w = (WHEELCHAIR_VALUES as readonly string[]).includes(v.toLowerCase()) ? v.toLowerCase() : WHEELCHAIR_ALIASES[v.toLowerCase()];
        if (!w) reasons.push(m('csv.notWheelchair', { header, value: v, values: WHEELCHAIR_VALUES.join(', ') }));
        else set('wheelchair', w);
        break;
      }
      case 'lastChecked': {
        if (!v) {
          set('lastChecked', undefined);
          break;
        }
        const d = parseDate(v);
        if (!d) reasons.push(m('csv.notDate', { header, value: v }));
        else set('lastChecked', d);
        break;
      }
      case 'extra': {
        if (!v) {
          set('extra', undefined);
          break;
        }
        try {
          const parsed = JSON.parse(v) as unknown;
          if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
          set('extra', { ...(parsed as Record<string, unknown>) });
        } catch {
          reasons.push(m('csv.notJson', { header }));
        }
        break;
      }
      case 'phone':
        phoneNumbers.set(col.phone!, v);
        break;
      case 'phoneLabel': {
        const m = phoneLabels.get(col.phone!) ?? {};
        m[col.lang!] = v ? raw : null;
        phoneLabels.set(col.phone!, m);
        break;
      }
      case 'keywords': {
        const kw = { ...(entry.keywords ?? {}) };
        if (v) kw[col.lang!] = splitList(v);
        else delete kw[col.lang!];
        set('keywords', Object.keys(kw).length ? kw : undefined);
        break;
      }
      default:
        if (col.field.startsWith('extra:')) {
          const name = col.field.slice(6);
          const extra = { ...(entry.extra ?? {}) } as Record<string, unknown>;
          if (v) extra[name] = raw;
          else delete extra[name];
          set('extra', Object.keys(extra).length ? extra : undefined);
        } else {
          const m = texts.get(col.field) ?? {};
          // Markdown keeps its line breaks; single-line fields are trimmed.
          m[col.lang!] = v ? (col.field === 'description' ? raw.replace(/\r\n?/g, '\n').trim() : v) : null;
          texts.set(col.field, m);
        }
    }
  }
  for (const [field, incoming] of texts) {
    if (field === 'addressExtra' || field === 'gettingThere') {
      addressTouched = true;
      const key = field === 'addressExtra' ? 'extra' : 'gettingThere';
      const merged = mergeText(entry.address?.[key], incoming);
      if (merged) address[key] = merged;
      else delete address[key];
    } else set(field, mergeText(e[field] as LocalizedText | undefined, incoming));
  }
  if (addressTouched) {
    if ((address.lat === undefined) !== (address.lon === undefined)) reasons.push(m('csv.latLonPair'));
    set('address', Object.keys(address).length ? address : undefined);
  }
  if (phoneNumbers.size || phoneLabels.size) {
    const count = Math.max(...phoneNumbers.keys(), ...phoneLabels.keys(), -1) + 1;
    const phones: NonNullable<SourceEntry['phones']> = [];
    for (let i = 0; i < count; i++) {
      const existing = entry.phones?.[i];
      const number = phoneNumbers.has(i) ? phoneNumbers.get(i)! : (existing?.number ?? '');
      const label = phoneLabels.has(i) ? mergeText(existing?.label, phoneLabels.get(i)!) : existing?.label;
      if (!number) {
        if (label) reasons.push(m('csv.labelNoNumber', { n: i + 1 }));
        continue;
      }
      phones.push(label ? { number, label } : { number });
    }
    for (const p of (entry.phones ?? []).slice(count)) phones.push(p);
    set('phones', phones.length ? phones : undefined);
  }
  return reasons;
}

export interface CsvImportResult extends ImportReport {
  /** Problems of the file itself: header, quoting. When set, nothing was imported. */
  fileErrors: string[];
  delimiter: string;
  /** How the bytes were read (when bytes were given): the CLI and the editor say it. */
  encoding?: TextEncodingName;
  rows: number;
}

/** The categories a clerk may write, for a message: their labels in the report's language (at most 12). */
function categoryList(cx: RowContext): string {
  const names = cx.categories.map((c) => textOf(c.label?.[cx.lang]) ?? textOf(Object.values(c.label ?? {})[0]) ?? c.id);
  return names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
}

/** The rows of a CSV file applied to a copy of `existing`: the candidate source, or the file's errors. Nothing validated yet. */
export interface CsvPrepared {
  result: CsvImportResult;
  /** The source with every readable row applied; undefined when the file itself has errors. */
  content?: SourceContent;
  origins: Map<string, string>;
  rejected: RejectedItem[];
}

/**
 * Reads a spreadsheet (text, or the file's bytes: the encoding is then detected and said)
 * into a copy of `existing`. Labels, names and codes are all accepted for kinds, categories
 * and languages; coordinates are optional.
 */
export function prepareCsvImport(input: string | Uint8Array, existing: SourceContent, options: CsvImportOptions = {}): CsvPrepared {
  const m = importMessages(options.lang);
  const sheet = readCsvSheet(input, existing, m, options.delimiter);
  if (!('parsed' in sheet)) return sheet;
  const { parsed, result, origins, rejected, content, emptyColumns } = sheet;
  const { columns, errors, unknown } = parseHeader(parsed.header, content, m, emptyColumns);
  result.fileErrors.push(...errors);
  if (!columns.some((c) => c.field === 'id') && !columns.some((c) => c.field === 'name' && c.lang === content.municipality.defaultLanguage))
    result.fileErrors.push(m('csv.needIdOrName', { lang: content.municipality.defaultLanguage }));
  if (result.fileErrors.length) return { result, origins, rejected };
  if (unknown.length) result.notes.push(m('csv.unknownColumns', { columns: unknown.join(', ') }));

  const idCol = columns.find((c) => c.field === 'id');
  const nameCol = columns.find((c) => c.field === 'name' && c.lang === content.municipality.defaultLanguage);
  const byId = new Map(content.entries.map((e) => [e.id, e]));
  const rows = new RowIds(sheet, m, { idCol, nameCol, taken: new Set(byId.keys()), noName: 'csv.noIdNoName', duplicate: 'csv.duplicateId' });
  for (const rec of parsed.records) {
    const origin = m('csv.row', { row: rec.row });
    const id = rows.id(rec, origin);
    if (id === undefined) continue;
    origins.set(`entry:${id}`, origin);
    const old = byId.get(id);
    const entry = (old ? structuredClone(old) : { id }) as SourceEntry;
    const cx: RowContext = { m, lang: options.lang ?? 'en', categories: content.categories, mapped: [] };
    const reasons = applyRow(entry, rec.cells, columns, cx);
    if (cx.mapped.length) result.notes.push(m('csv.mapped', { origin, mappings: cx.mapped.join(', ') }));
    if (reasons.length) {
      rejected.push({ key: `entry:${id}`, origin, reasons });
      continue;
    }
    if (old) content.entries[content.entries.indexOf(old)] = entry;
    else content.entries.push(entry);
  }
  return { result, content, origins, rejected };
}

