/**
 * Entries as a spreadsheet (browser-safe; csv-entries.ts adds reading and writing files): one row per entry, one column per field, texts in
 * one column per language (`name@de`, `name@ar`). `exportEntriesCsv` writes every entry;
 * `importEntriesCsv` reads such a file (or any spreadsheet with some of these columns)
 * into a source folder. A round trip changes nothing.
 *
 * Import rules: only the columns present are touched; an empty cell removes that field; a
 * row whose id exists updates that entry, a new id (or an empty id: one is made from the
 * name) adds one; columns Kompass does not know are kept in the entry's `extra`.
 */
import { canonicalJson } from '../../pack/canonical-json.js';
import { parseCsv, stringifyCsv } from './csv.js';
import { cloneContent, emptyReport, evaluateImport, mergeText, slugify, uniqueId, type ImportReport, type RejectedItem } from './import-plan.js';
import { loadPlan, planSource } from '../source-plan.js';
import { textOf } from '../translation.js';
import { ENTRY_KINDS, WHEELCHAIR_VALUES, type EntryKind, type LocalizedText, type SourceContent, type SourceEntry, type Wheelchair } from '../../pack/types.js';

/** Text fields, each with one column per language. */
const TEXT_COLUMNS = ['name', 'summary', 'description', 'addressExtra', 'hoursNote'] as const;
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
};

const KIND_ALIASES: Record<string, EntryKind> = {
  behörde: 'authority',
  amt: 'authority',
  beratung: 'counselling',
  verein: 'association',
  kurs: 'course',
  gesundheit: 'health',
  bildung: 'education',
  notfall: 'emergency',
  sonstiges: 'other',
};
const WHEELCHAIR_ALIASES: Record<string, Wheelchair> = { ja: 'yes', eingeschränkt: 'limited', teilweise: 'limited', nein: 'no', unbekannt: 'unknown' };
const YES = new Set(['yes', 'ja', 'true', 'wahr', '1', 'x', 'y', 'j']);
const NO = new Set(['no', 'nein', 'false', 'falsch', '0', 'n']);

interface Column {
  index: number;
  header: string;
  /** Our field: a scalar, a text field, `phone`, `phoneLabel`, `keywords`, or `extra:<header>` for unknown columns. */
  field: string;
  lang?: string;
  /** Phone index (0-based) for phone columns. */
  phone?: number;
}

function languagesOf(content: SourceContent): string[] {
  const m = content.municipality;
  return [m.defaultLanguage, ...m.languages.filter((l) => l !== m.defaultLanguage)];
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
  header.push('street', 'postalCode', 'city', ...textCols('addressExtra'), 'lat', 'lon', 'openingHours', ...textCols('hoursNote'));
  for (let i = 0; i < phones; i++) header.push(i ? `phone${i + 1}` : 'phone', ...textCols(i ? `phone${i + 1}Label` : 'phoneLabel'));
  header.push('email', 'website', 'appointment', 'appointmentUrl', 'languages', 'wheelchair', 'lastChecked', ...textCols('keywords'), 'extra');
  const rows = content.entries.map((e) => {
    const texts = (t: LocalizedText | undefined) => langs.map((l) => textOf(t?.[l]) ?? '');
    const row: string[] = [e.id, e.kind, list(e.categories)];
    row.push(...texts(e.name), ...texts(e.summary), ...texts(e.description));
    row.push(e.address?.street ?? '', e.address?.postalCode ?? '', e.address?.city ?? '', ...texts(e.address?.extra), num(e.address?.lat), num(e.address?.lon), e.openingHours ?? '', ...texts(e.hoursNote));
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

function parseHeader(header: string[], content: SourceContent): { columns: Column[]; errors: string[]; unknown: string[] } {
  const langs = content.municipality.languages;
  const def = content.municipality.defaultLanguage;
  const columns: Column[] = [];
  const errors: string[] = [];
  const unknown: string[] = [];
  const seen = new Map<string, string>();
  header.forEach((raw, index) => {
    const h = raw.trim();
    if (!h) {
      errors.push(`Column ${index + 1} has no header; give it a name or delete the column.`);
      return;
    }
    const at = h.lastIndexOf('@');
    let base = at > 0 ? h.slice(0, at).trim() : h;
    let lang = at > 0 ? h.slice(at + 1).trim() : undefined;
    base = ALIASES[base.toLowerCase()] ?? base;
    const ci = (name: string) => name.toLowerCase() === base.toLowerCase();
    const col: Column = { index, header: h, field: '' };
    const phone = /^phone(\d*)(Label)?$/i.exec(base);
    const text = TEXT_COLUMNS.find(ci) ?? (ci('keywords') ? 'keywords' : undefined);
    if (phone) {
      col.phone = phone[1] ? Number(phone[1]) - 1 : 0;
      col.field = phone[2] ? 'phoneLabel' : 'phone';
      if (col.phone < 0 || col.phone > 19) {
        errors.push(`Column "${h}": use phone, phone2, … phone20.`);
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
        errors.push(`Column "${h}": "${lang}" is not one of the municipality's languages (${langs.join(', ')}); add it to municipality.yaml or fix the header.`);
        return;
      }
      col.lang = lang;
    } else if (lang !== undefined && !col.field.startsWith('extra:')) {
      errors.push(`Column "${h}": ${col.field} is the same in every language; remove "@${lang}".`);
      return;
    }
    const key = `${col.field}|${col.lang ?? ''}|${col.phone ?? ''}`;
    if (seen.has(key)) {
      errors.push(`Columns "${seen.get(key)}" and "${h}" are the same field; keep one of them.`);
      return;
    }
    seen.set(key, h);
    columns.push(col);
  });
  return { columns, errors, unknown };
}

const splitList = (v: string): string[] =>
  v
    .split(/[,;|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function parseNumber(v: string): number | undefined {
  const s = v.trim().replace(/\s/g, '');
  const normal = /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return undefined;
  return Number(normal);
}

function parseDate(v: string): string | undefined {
  const s = v.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

export interface CsvImportOptions {
  partial?: boolean;
  dryRun?: boolean;
  minor?: boolean;
  machine?: boolean;
  delimiter?: string;
}

/** Applies one row to an entry (a copy of the existing one or a new one); returns reasons it cannot be read. */
function applyRow(entry: SourceEntry, cells: string[], columns: Column[]): string[] {
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
    const where = `column "${col.header}"`;
    switch (col.field) {
      case 'id':
        break;
      case 'kind': {
        if (!v) {
          set('kind', undefined);
          break;
        }
        const k = (ENTRY_KINDS as readonly string[]).includes(v.toLowerCase()) ? v.toLowerCase() : KIND_ALIASES[v.toLowerCase()];
        if (!k) reasons.push(`${where}: "${v}" is not a kind; use one of ${ENTRY_KINDS.join(', ')}.`);
        else set('kind', k);
        break;
      }
      case 'categories':
      case 'languages':
        set(col.field, v ? splitList(v) : undefined);
        break;
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
        if (n === undefined) reasons.push(`${where}: "${v}" is not a number; write e.g. 50.9375 or 50,9375.`);
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
        if (b === undefined) reasons.push(`${where}: "${v}" is neither yes nor no (ja/nein).`);
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
        if (!w) reasons.push(`${where}: "${v}" is not one of ${WHEELCHAIR_VALUES.join(', ')} (ja, eingeschränkt, nein, unbekannt).`);
        else set('wheelchair', w);
        break;
      }
      case 'lastChecked': {
        if (!v) {
          set('lastChecked', undefined);
          break;
        }
        const d = parseDate(v);
        if (!d) reasons.push(`${where}: "${v}" is not a date; write 2026-11-02 or 02.11.2026.`);
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
          reasons.push(`${where}: not a JSON object; leave it as exported or empty it.`);
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
    if (field === 'addressExtra') {
      addressTouched = true;
      const merged = mergeText(entry.address?.extra, incoming);
      if (merged) address.extra = merged;
      else delete address.extra;
    } else set(field, mergeText(e[field] as LocalizedText | undefined, incoming));
  }
  if (addressTouched) set('address', Object.keys(address).length ? address : undefined);
  if (phoneNumbers.size || phoneLabels.size) {
    const count = Math.max(...phoneNumbers.keys(), ...phoneLabels.keys(), -1) + 1;
    const phones: NonNullable<SourceEntry['phones']> = [];
    for (let i = 0; i < count; i++) {
      const existing = entry.phones?.[i];
      const number = phoneNumbers.has(i) ? phoneNumbers.get(i)! : (existing?.number ?? '');
      const label = phoneLabels.has(i) ? mergeText(existing?.label, phoneLabels.get(i)!) : existing?.label;
      if (!number) {
        if (label) reasons.push(`phone ${i + 1}: there is a label but no number; add the number or empty the label.`);
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
  rows: number;
}

/** The rows of a CSV file applied to a copy of `existing`: the candidate source, or the file's errors. Nothing validated yet. */
export interface CsvPrepared {
  result: CsvImportResult;
  /** The source with every readable row applied; undefined when the file itself has errors. */
  content?: SourceContent;
  origins: Map<string, string>;
  rejected: RejectedItem[];
}

export function prepareCsvImport(csvText: string, existing: SourceContent, options: CsvImportOptions = {}): CsvPrepared {
  const parsed = parseCsv(csvText, options.delimiter);
  const result: CsvImportResult = { ...emptyReport(), fileErrors: [], delimiter: parsed.delimiter, rows: parsed.records.length };
  const origins = new Map<string, string>();
  const rejected: RejectedItem[] = [];
  const content = cloneContent(existing);
  if (!content.municipality?.languages?.length || !content.municipality.defaultLanguage) {
    result.fileErrors.push('municipality.yaml has no valid languages/defaultLanguage; run "kompass validate" and fix it first.');
    return { result, origins, rejected };
  }
  for (const p of parsed.problems) result.fileErrors.push(`line ${p.line}: ${p.message}`);
  const { columns, errors, unknown } = parseHeader(parsed.header, content);
  result.fileErrors.push(...errors);
  if (!columns.some((c) => c.field === 'id') && !columns.some((c) => c.field === 'name' && c.lang === content.municipality.defaultLanguage))
    result.fileErrors.push(`The file needs an "id" column or a "name@${content.municipality.defaultLanguage}" column to know which entry each row is.`);
  if (result.fileErrors.length) return { result, origins, rejected };
  if (unknown.length) result.notes.push(`Columns kept in each entry's extra (Kompass has no field for them): ${unknown.join(', ')}.`);

  const idCol = columns.find((c) => c.field === 'id');
  const nameCol = columns.find((c) => c.field === 'name' && c.lang === content.municipality.defaultLanguage);
  const taken = new Set(content.entries.map((e) => e.id));
  const byId = new Map(content.entries.map((e) => [e.id, e]));
  const rowOf = new Map<string, number>();
  for (const rec of parsed.records) {
    const origin = `row ${rec.row}`;
    if (rec.cells.length > parsed.header.length && rec.cells.slice(parsed.header.length).some((c) => c.trim())) {
      rejected.push({ key: `row:${rec.row}`, origin, reasons: [`The row has ${rec.cells.length} cells but the header has ${parsed.header.length}; check for a separator or quote inside a cell.`] });
      continue;
    }
    let id = idCol ? (rec.cells[idCol.index] ?? '').trim() : '';
    if (!id) {
      const name = nameCol ? (rec.cells[nameCol.index] ?? '').trim() : '';
      if (!name) {
        rejected.push({ key: `row:${rec.row}`, origin, reasons: ['The row has neither an id nor a name; fill in one of them.'] });
        continue;
      }
      id = uniqueId(slugify(name), taken);
      result.notes.push(`${origin}: new id "${id}" made from the name.`);
    }
    if (rowOf.has(id)) {
      rejected.push({ key: `row:${rec.row}`, origin, reasons: [`The id "${id}" is already used in row ${rowOf.get(id)}; each entry may appear once.`] });
      continue;
    }
    rowOf.set(id, rec.row);
    origins.set(`entry:${id}`, origin);
    const old = byId.get(id);
    const entry = (old ? structuredClone(old) : { id }) as SourceEntry;
    const reasons = applyRow(entry, rec.cells, columns);
    if (reasons.length) {
      rejected.push({ key: `entry:${id}`, origin, reasons });
      continue;
    }
    if (old) content.entries[content.entries.indexOf(old)] = entry;
    else content.entries.push(entry);
    taken.add(id);
  }
  return { result, content, origins, rejected };
}

/**
 * Imports entries from CSV text into a source held in memory (the editor): the same rules,
 * checks and report as `kompass import csv`; `content` is the source after the import when
 * nothing stops it.
 */
export function importEntriesCsvContent(csvText: string, existing: SourceContent, options: CsvImportOptions = {}): CsvImportResult & { content?: SourceContent } {
  const prepared = prepareCsvImport(csvText, existing, options);
  if (!prepared.content) return prepared.result;
  const loaded = loadPlan(planSource(existing).files);
  const { report, content, stop } = evaluateImport(loaded, prepared.content, { ...options, origins: prepared.origins, rejected: prepared.rejected });
  const out: CsvImportResult & { content?: SourceContent } = { ...prepared.result, ...report, notes: [...prepared.result.notes, ...report.notes] };
  if (!stop) out.content = content;
  return out;
}
