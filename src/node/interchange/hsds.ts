/// <reference types="node" />
/**
 * Open Referral HSDS 3.0 (node only): import from and export to the tabular form (one CSV
 * per table plus `datapackage.json`, in a folder or a ZIP file); import also reads JSON —
 * one array per table (`service.json`) or nested service objects as the HSDS API returns
 * them (`services.json` with `organization`, `service_at_locations[].location`, …).
 *
 * One HSDS service becomes one entry. HSDS is in one language (`--lang`, default: the
 * municipality's default language); its texts go into that language, other languages of
 * existing entries are kept. What has no place in Kompass is kept in the entry's
 * `extra.hsds`. Importing what `exportHsds` wrote changes nothing.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileHours } from '../../authoring/hours/hours-compile.js';
import { osmFromDayRules } from '../../authoring/hours/osm-week.js';
import { parseCsv, stringifyCsv } from '../../authoring/import/csv.js';
import { commitImport, loadExisting } from './import-files.js';
import { exportEntriesCsv } from '../../authoring/import/csv-entries.js';
import { importMessages, type ImportMessages } from '../../authoring/import/messages.js';
import { cloneContent, emptyReport, mergeText, slugify, uniqueId, type ImportReport, type RejectedItem } from '../../authoring/import/import-plan.js';
import { sameText, textOf } from '../../authoring/translation.js';
import { ENTRY_KINDS, WHEELCHAIR_VALUES, type Interval, type SourceContent, type SourceEntry } from '../../pack/types.js';
import { readZip, ZipError } from './unzip.js';
import { jsonProblem } from '../../authoring/import/text-position.js';

type Row = Record<string, string>;
type Tables = Record<string, Row[]>;

/** Table names of HSDS 3.0, and the names older packages use. */
const TABLE_ALIASES: Record<string, string> = {
  organizations: 'organization',
  services: 'service',
  locations: 'location',
  addresses: 'address',
  physical_address: 'address',
  physical_addresses: 'address',
  phones: 'phone',
  schedules: 'schedule',
  regular_schedule: 'schedule',
  regular_schedules: 'schedule',
  languages: 'language',
  services_at_location: 'service_at_location',
  service_at_locations: 'service_at_location',
  accessibility_for_disabilities: 'accessibility',
  taxonomy_terms: 'taxonomy_term',
  attributes: 'attribute',
  contacts: 'contact',
  required_documents: 'required_document',
  cost_options: 'cost_option',
};
const TABLES = ['organization', 'service', 'location', 'address', 'phone', 'schedule', 'language', 'service_at_location', 'accessibility', 'taxonomy_term', 'attribute', 'contact', 'required_document', 'cost_option'];

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ISO639_3: Record<string, string> = { deu: 'de', ger: 'de', eng: 'en', ara: 'ar', fas: 'fa', per: 'fa', tur: 'tr', rus: 'ru', ukr: 'uk', fra: 'fr', fre: 'fr', spa: 'es', pus: 'ps', kmr: 'ku', kur: 'ku', tir: 'ti', som: 'so', pol: 'pl', ron: 'ro', rum: 'ro', bul: 'bg', ita: 'it', srp: 'sr', hrv: 'hr', bos: 'bs', sqi: 'sq', alb: 'sq', vie: 'vi', zho: 'zh', chi: 'zh' };
const LANGUAGE_NAMES: Record<string, string> = { deutsch: 'de', german: 'de', englisch: 'en', english: 'en', arabisch: 'ar', arabic: 'ar', türkisch: 'tr', turkish: 'tr', russisch: 'ru', russian: 'ru', ukrainisch: 'uk', ukrainian: 'uk', französisch: 'fr', french: 'fr', farsi: 'fa', persisch: 'fa', persian: 'fa', dari: 'prs', paschtu: 'ps', pashto: 'ps', kurdisch: 'ku', kurdish: 'ku', tigrinya: 'ti', somali: 'so', spanisch: 'es', spanish: 'es' };

/* ───────────────────────────── reading ───────────────────────────── */

function tableName(file: string): string | undefined {
  // service.json, services.csv, and the API's shapes as the HSDS examples name them: service_full.json, service_list.json
  const base = file.split('/').pop()!.replace(/\.(csv|json)$/i, '').toLowerCase().replace(/_(full|list)$/, '');
  const t = TABLE_ALIASES[base] ?? base;
  return TABLES.includes(t) ? t : undefined;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

function addRow(tables: Tables, table: string, obj: Record<string, unknown>): void {
  const row: Row = {};
  for (const [k, v] of Object.entries(obj)) if (v === null || typeof v !== 'object' || Array.isArray(v) === false) row[k] = str(v);
  (tables[table] ??= []).push(row);
}

/** Flattens nested HSDS JSON (service objects with organization, locations, phones, …) into tables. */
function flattenJson(tables: Tables, table: string, items: unknown[], parent: Record<string, string> = {}): void {
  for (const item of items) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const obj = { ...parent, ...(item as Record<string, unknown>) };
    const scalar: Record<string, unknown> = {};
    const id = str(obj.id);
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === 'object') {
        const child = TABLE_ALIASES[k] ?? (TABLES.includes(k) ? k : undefined);
        if (!child) {
          scalar[k] = v;
          continue;
        }
        const link: Record<string, string> = id ? { [`${table}_id`]: id } : {};
        if (table === 'service_at_location' && child === 'location') {
          // service_at_location.location: the location itself; link by id
          const loc = v as Record<string, unknown>;
          scalar.location_id = str(loc.id);
          flattenJson(tables, 'location', [loc]);
        } else if (table === 'service' && child === 'organization') {
          const org = v as Record<string, unknown>;
          scalar.organization_id = str(org.id);
          flattenJson(tables, 'organization', [org]);
        } else flattenJson(tables, child, Array.isArray(v) ? v : [v], link);
      } else scalar[k] = v;
    }
    // The same organization or location nested twice is one row. Other tables may repeat an
    // id on purpose: a phone's language and the service's language are both rows of their own.
    if ((table === 'organization' || table === 'location') && tables[table]?.some((r) => id && r.id === id)) continue;
    addRow(tables, table, scalar);
  }
}

/** Reads HSDS tables from a folder or a ZIP file (CSV or JSON); the problems are in the report's language. */
export async function readHsds(path: string, m: ImportMessages = importMessages()): Promise<{ tables: Tables; problems: string[] }> {
  const files: { name: string; text: string }[] = [];
  if ((await stat(path)).isDirectory()) {
    for (const name of (await readdir(path, { recursive: true })).map(String).sort()) {
      if (/\.(csv|json)$/i.test(name)) files.push({ name, text: await readFile(join(path, name), 'utf8') });
    }
  } else if (/\.(csv|json)$/i.test(path)) {
    // One file given directly: a table (services.csv) or the API's JSON (service_full.json, service_list.json).
    files.push({ name: path.split(/[\\/]/).pop()!, text: await readFile(path, 'utf8') });
  } else {
    for (const m of readZip(await readFile(path))) if (/\.(csv|json)$/i.test(m.name)) files.push({ name: m.name, text: m.data.toString('utf8') });
  }
  const tables: Tables = {};
  const problems: string[] = [];
  for (const f of files) {
    if (/datapackage\.json$/i.test(f.name)) continue;
    const table = tableName(f.name);
    if (!table) continue;
    if (/\.json$/i.test(f.name)) {
      let data: unknown;
      const text = f.text.replace(/^\ufeff/, '');
      try {
        data = JSON.parse(text);
      } catch (e) {
        problems.push(jsonProblem(m, f.name, text, e));
        continue;
      }
      const items = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { contents?: unknown }).contents) ? (data as { contents: unknown[] }).contents : [data];
      flattenJson(tables, table, items);
    } else {
      const csv = parseCsv(f.text, ',');
      for (const p of csv.problems) problems.push(m('common.fileLine', { file: f.name, line: p.line, message: m(p.key) }));
      for (const r of csv.records) {
        if (r.cells.length !== csv.header.length) {
          problems.push(`${m('csv.fileRow', { file: f.name, row: r.row })}: ${m('csv.cellCount', { cells: r.cells.length, header: csv.header.length })}`);
          continue;
        }
        const row: Row = {};
        csv.header.forEach((h, i) => (row[h] = r.cells[i] ?? ''));
        (tables[table] ??= []).push(row);
      }
    }
  }
  if (!tables.service?.length) problems.push(m('hsds.noServices'));
  return { tables, problems };
}

/* ───────────────────────────── schedules ───────────────────────────── */

function minutes(t: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?$/.exec(t.trim());
  if (!m || Number(m[1]) > 24 || Number(m[2]) > 59) return undefined;
  const v = Number(m[1]) * 60 + Number(m[2]);
  if (v > 1440) return undefined;
  return v === 23 * 60 + 59 ? 1440 : v; // HSDS writes a day's end as 23:59
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The week (Mo…Su → intervals) from weekly HSDS schedules; `undefined` when there are none usable. */
export function weekFromSchedules(rows: Row[], today?: string): { week: [number, number][][]; unused: Row[]; expired: Row[]; future: Row[] } | undefined {
  const week: [number, number][][] = DAYS.map(() => []);
  const unused: Row[] = [];
  const expired: Row[] = [];
  const future: Row[] = [];
  let any = false;
  for (const r of rows) {
    // A schedule that ended before the import (valid_to 2005) or starts later is not today's hours.
    const validTo = (r.valid_to ?? r.until ?? '').slice(0, 10);
    const validFrom = (r.valid_from ?? '').slice(0, 10);
    if (today && /^\d{4}-\d{2}-\d{2}$/.test(validTo) && validTo < today) {
      expired.push(r);
      continue;
    }
    if (today && /^\d{4}-\d{2}-\d{2}$/.test(validFrom) && validFrom > today) {
      future.push(r);
      continue;
    }
    const freq = (r.freq ?? '').toUpperCase();
    const opens = minutes(r.opens_at ?? '');
    const closes = minutes(r.closes_at ?? '');
    const days = (r.byday ?? '')
      .toUpperCase()
      .split(/[,\s]+/)
      .map((d) => DAYS.indexOf(d.replace(/^[+-]?\d+/, '')))
      .filter((d) => d >= 0);
    if ((freq && freq !== 'WEEKLY') || opens === undefined || closes === undefined || !days.length || closes <= opens || (r.interval && r.interval !== '1')) {
      unused.push(r);
      continue;
    }
    any = true;
    for (const d of days) week[d]!.push([opens, closes]);
  }
  if (!any) return expired.length || future.length ? { week, unused, expired, future } : undefined;
  for (const d of week) d.sort((a, b) => a[0] - b[0]);
  return { week, unused, expired, future };
}

/** `Mo-Fr 08:00-12:00; Tu,Th 08:00-12:00,14:00-18:00` from a week: days with the same times together. */
export function ruleFromWeek(week: [number, number][][]): string {
  return osmFromDayRules(week.map((d) => d.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',')));
}

function weekOfRule(rule: string, state: string): [number, number][][] | undefined {
  try {
    const h = compileHours(rule, { state, from: '2026-01-05', closedOnPublicHolidays: false });
    if (h.alwaysOpen) return DAYS.map(() => [[0, 1440]]);
    return h.week.map((d: Interval[]) => d.map((i) => [i[0], i[1]] as [number, number]));
  } catch {
    return undefined;
  }
}

/* ───────────────────────────── import ───────────────────────────── */

export interface HsdsImportOptions {
  /** The language of the HSDS texts (default: the municipality's default language). */
  lang?: string;
  /** The language of the report (`de`, `en`; default English). */
  uiLang?: string;
  /**
   * Where new services without a default-language text go, as an entries spreadsheet to
   * translate and import (default `<dir>/hsds-<lang>-needs-<default>.csv`).
   */
  pendingFile?: string;
  /** The day of the import, `YYYY-MM-DD` (default today): schedules that ended before it are not current hours. */
  date?: string;
  kind?: string;
  category?: string;
  partial?: boolean;
  dryRun?: boolean;
  minor?: boolean;
  machine?: boolean;
}

export interface HsdsImportResult extends ImportReport {
  fileErrors: string[];
  services: number;
  /** The spreadsheet of new services waiting for a default-language text (absent when there are none). */
  pending?: { file: string; ids: string[] };
}

/** Each note once, and none that another note already says ("not on holidays" within "Mo–Fr; not on holidays"). */
function distinctNotes(notes: string[]): string[] {
  const all = [...new Set(notes.filter(Boolean))];
  return all.filter((n) => !all.some((o) => o !== n && o.includes(n)));
}

const firstSentence = (text: string): string => {
  const plain = text.replace(/[#*_>`[\]]/g, '').replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  const m = /^(.{20,200}?[.!?])(\s|$)/.exec(plain);
  return m ? m[1]! : plain.length > 200 ? `${plain.slice(0, 197).replace(/\s+\S*$/, '')} …` : plain;
};

function languageCode(row: Row): string | undefined {
  const code = (row.code ?? '').trim().toLowerCase();
  if (/^[a-z]{2}$/.test(code)) return code;
  if (ISO639_3[code]) return ISO639_3[code];
  if (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(code)) return code;
  return LANGUAGE_NAMES[(row.name ?? '').trim().toLowerCase()];
}

const KNOWN_SERVICE = new Set(['id', 'organization_id', 'program_id', 'name', 'description', 'url', 'email', 'assured_date', 'status', 'fees_description']);

/** Headings of what the import writes into a description, in the language of the HSDS data. */
const SECTION: Record<string, { bring: string; costs: string }> = {
  de: { bring: 'Bitte mitbringen', costs: 'Kosten' },
  en: { bring: 'What to bring', costs: 'Costs' },
};

/** Required documents and costs as Markdown, for the description (readers see them; nothing is dropped). */
function sections(lang: string, documents: Row[], costs: Row[], fees: string, today: string): string {
  const h = SECTION[lang] ?? SECTION.en!;
  const out: string[] = [];
  const docs = documents.map((d) => (d.document ?? '').trim()).filter(Boolean);
  if (docs.length) out.push(`**${h.bring}:**\n\n${docs.map((d) => `- ${d}`).join('\n')}`);
  const current = costs.filter((c) => !(c.valid_to && c.valid_to.slice(0, 10) < today));
  const lines = current.map((c) => [c.option, c.amount && `${c.amount} ${(c.currency ?? '').toUpperCase()}`.trim(), c.amount_description].filter(Boolean).join(': '));
  if (fees.trim() || lines.length) out.push(`**${h.costs}:** ${[fees.trim(), ...lines].filter(Boolean).join(' ')}`.replace(/: $/, ':'));
  return out.join('\n\n');
}
const KNOWN_LOCATION = new Set(['id', 'organization_id', 'name', 'latitude', 'longitude', 'location_type']);
const KNOWN_LOCATION_WITH_ADDRESS = new Set([...KNOWN_LOCATION, 'transportation']);
const KNOWN_ORGANIZATION = new Set(['id', 'name', 'email', 'website', 'url']);
const KNOWN_ADDRESS = new Set(['id', 'location_id', 'address_1', 'address_2', 'city', 'postal_code', 'country', 'address_type', 'state_province', 'region']);

/** Non-empty fields of a row that Kompass does not map. */
function unmapped(row: Row | undefined, known: Set<string>): Record<string, string> | undefined {
  if (!row) return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(row)) if (!known.has(k) && v !== '' && !k.endsWith('_id')) out[k] = v;
  return Object.keys(out).length ? out : undefined;
}

/**
 * A row kept in `extra.hsds`: its data without the ids that only link rows inside one HSDS
 * file (`id`, `service_id`, …) — the export links them anew — and each distinct row once.
 */
function keptRows(rows: Row[]): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const r of rows) {
    // Fields in name order, so the same row read from JSON or from CSV columns is the same.
    const kept = Object.fromEntries(
      Object.entries(r)
        .filter(([k, v]) => k !== 'id' && !k.endsWith('_id') && v !== '')
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const key = JSON.stringify(kept);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(kept);
    }
  }
  return out;
}

/** A phone number as written, without the quotes some exports put around it. */
const phoneNumber = (p: Row): string => (p.number ?? '').trim().replace(/^["'](.*)["']$/, '$1').trim() + (p.extension ? `-${p.extension}` : '');

export async function importHsds(path: string, dir: string, options: HsdsImportOptions = {}): Promise<HsdsImportResult> {
  const m = importMessages(options.uiLang);
  const existing = await loadExisting(dir);
  const result: HsdsImportResult = { ...emptyReport(), fileErrors: [], services: 0 };
  if (!existing) {
    result.fileErrors.push(m('common.notSourceFolder', { dir }));
    return result;
  }
  let read: Awaited<ReturnType<typeof readHsds>>;
  try {
    read = await readHsds(path, m);
  } catch (e) {
    if (e instanceof ZipError) result.fileErrors.push(m(e.key, e.params));
    else if (typeof (e as NodeJS.ErrnoException).code === 'string') result.fileErrors.push(m('common.notFound', { path }));
    else throw e;
    return result;
  }
  const { tables } = read;
  if (!tables.service?.length) {
    result.fileErrors.push(...read.problems);
    return result;
  }
  result.notes.push(...read.problems.map((p) => `skipped: ${p}`));
  const content = cloneContent(existing.content);
  const mun = content.municipality;
  const lang = options.lang ?? mun.defaultLanguage;
  if (!mun.languages.includes(lang)) {
    result.fileErrors.push(m('hsds.langNotInTown', { lang, langs: mun.languages }));
    return result;
  }
  const languageName = (code: string) => new Intl.DisplayNames([options.uiLang ?? 'en'], { type: 'language' }).of(code) ?? code;
  const isDefault = lang === mun.defaultLanguage;
  const today = options.date ?? new Date().toISOString().slice(0, 10);
  const by = (table: string, field: string) => {
    const m = new Map<string, Row[]>();
    for (const r of tables[table] ?? []) if (r[field]) m.set(r[field]!, [...(m.get(r[field]!) ?? []), r]);
    return m;
  };
  const orgs = new Map((tables.organization ?? []).map((r) => [r.id ?? '', r]));
  const locations = new Map((tables.location ?? []).map((r) => [r.id ?? '', r]));
  const sal = by('service_at_location', 'service_id');
  const addrByLoc = by('address', 'location_id');
  const phonesBy = { service: by('phone', 'service_id'), location: by('phone', 'location_id'), contact: by('phone', 'contact_id') };
  const contactsBy = by('contact', 'service_id');
  const docsBy = by('required_document', 'service_id');
  const costsBy = by('cost_option', 'service_id');
  const schedBy = { service: by('schedule', 'service_id'), location: by('schedule', 'location_id') };
  const langBy = { service: by('language', 'service_id'), location: by('language', 'location_id') };
  const accessBy = by('accessibility', 'location_id');
  const attrBy = by('attribute', 'link_id');
  const terms = new Map((tables.taxonomy_term ?? []).map((r) => [r.id ?? '', r]));
  const categoryIds = new Set(content.categories.map((c) => c.id));
  const taken = new Set(content.entries.map((e) => e.id));
  const origins = new Map<string, string>();
  const rejected: RejectedItem[] = [];
  const counts = { hours: 0, address: 0, gettingThere: 0, phones: 0, languages: 0, extra: 0 };
  const seen = new Set<string>();

  (tables.service ?? []).forEach((svc, index) => {
    const origin = m('hsds.service', { n: index + 1, id: svc.id ? ` (${svc.id})` : '' });
    const name = (svc.name ?? '').trim();
    if (!svc.id || !name) {
      rejected.push({ key: `service:${index}`, origin, reasons: [m('hsds.noIdOrName')] });
      return;
    }
    if (seen.has(svc.id)) {
      rejected.push({ key: `service:${index}`, origin, reasons: [m('hsds.duplicateId', { id: svc.id })] });
      return;
    }
    seen.add(svc.id);
    result.services++;
    const old = content.entries.find((e) => (e.extra?.hsds as { serviceId?: string } | undefined)?.serviceId === svc.id) ?? content.entries.find((e) => e.id === svc.id);
    const id = old?.id ?? uniqueId(slugify(name), taken);
    const entry: SourceEntry = old ? structuredClone(old) : ({ id, kind: (options.kind as SourceEntry['kind']) ?? 'other', categories: options.category ? [options.category] : [] } as unknown as SourceEntry);
    origins.set(`entry:${id}`, origin);
    const hsds: Record<string, unknown> = { ...((entry.extra?.hsds as Record<string, unknown> | undefined) ?? {}) };
    if (svc.id !== id) hsds.serviceId = svc.id;
    // The facts (address, hours, phones…) come from the default-language data, unless this
    // directory is the only source of the entry: a new one, or one it brought in before.
    if (!isDefault && !old) hsds.lang = lang;
    const facts = isDefault || hsds.lang === lang;
    const org = orgs.get(svc.organization_id ?? '');
    const locIds = [...new Set([...(sal.get(svc.id) ?? []).map((r) => r.location_id ?? ''), ...(schedBy.service.get(svc.id) ?? []).map((r) => r.location_id ?? '')].filter((l) => locations.has(l)))];
    if (!locIds.length && org) for (const l of tables.location ?? []) if (l.organization_id === org.id && l.id) locIds.push(l.id);
    const loc = locations.get(locIds[0] ?? '');
    if (locIds.length > 1) hsds.otherLocations = locIds.slice(1).map((l) => ({ ...keptRows([locations.get(l)!])[0], addresses: keptRows(addrByLoc.get(l) ?? []) }));

    // texts
    entry.name = mergeText(entry.name, { [lang]: name })!;
    // What to bring and what it costs become part of the description, where readers see them.
    const extraText = sections(lang, docsBy.get(svc.id) ?? [], costsBy.get(svc.id) ?? [], svc.fees_description ?? '', today);
    const desc = [(svc.description ?? '').trim(), extraText].filter(Boolean).join('\n\n');
    if (desc) {
      const summary = textOf(entry.summary?.[lang]);
      const described = textOf(entry.description?.[lang]);
      if (!sameText(desc, summary) && !sameText(desc, described)) {
        if (!entry.summary?.[lang]) entry.summary = mergeText(entry.summary, { [lang]: firstSentence(desc) })!;
        if (!sameText(desc, textOf(entry.summary[lang]))) entry.description = mergeText(entry.description, { [lang]: desc });
      }
    } else if (!entry.summary?.[lang] && isDefault) entry.summary = mergeText(entry.summary, { [lang]: name })!;

    // How to get there (HSDS location.transportation) is a text of the address, in every language.
    const transportation = (loc?.transportation ?? '').trim();
    if (facts) {
      const email = (svc.email || org?.email || '').trim();
      if (email) entry.email = email;
      const website = (svc.url || org?.website || org?.url || '').trim();
      if (/^https:\/\//.test(website)) entry.website = website;
      else if (website) hsds.website = website;
      if (svc.assured_date && /^\d{4}-\d{2}-\d{2}/.test(svc.assured_date)) entry.lastChecked = svc.assured_date.slice(0, 10);
      // address
      if (loc) {
        const addrs = addrByLoc.get(loc.id!) ?? [];
        const addr = addrs.find((a) => (a.address_type ?? 'physical') === 'physical') ?? addrs[0];
        const lat = Number(loc.latitude);
        const lon = Number(loc.longitude);
        if (addr && addr.address_1 && addr.city && /^\d{5}$/.test(addr.postal_code ?? '') && loc.latitude && loc.longitude && Number.isFinite(lat) && Number.isFinite(lon)) {
          const extra = addr.address_2 ? mergeText(entry.address?.extra, { [lang]: addr.address_2 }) : entry.address?.extra;
          const gettingThere = entry.address?.gettingThere;
          entry.address = { street: addr.address_1, postalCode: addr.postal_code!, city: addr.city, ...(extra ? { extra } : {}), ...(gettingThere ? { gettingThere } : {}), lat, lon };
          counts.address++;
        } else if (addr || loc.latitude) hsds.address = keptRows([{ ...addr, latitude: loc.latitude ?? '', longitude: loc.longitude ?? '' }])[0];
        // Without an address Kompass can show, the way there stays with the location in extra.hsds.
        const locExtra = unmapped(loc, entry.address ? KNOWN_LOCATION_WITH_ADDRESS : KNOWN_LOCATION);
        if (locExtra) hsds.location = locExtra;
        else delete hsds.location;
        if (loc.name && !sameText(loc.name, name)) hsds.locationName = loc.name;
        const addrExtra = unmapped(addr, KNOWN_ADDRESS);
        if (addrExtra) hsds.addressFields = addrExtra;
      }
      // opening hours
      const schedules = [...(schedBy.service.get(svc.id) ?? []), ...(loc ? (schedBy.location.get(loc.id!) ?? []).filter((r) => !r.service_id) : [])];
      const w = weekFromSchedules(schedules, today);
      const usable = w && w.week.some((d) => d.length);
      if (w && usable) {
        const current = entry.openingHours ? weekOfRule(entry.openingHours, mun.state) : undefined;
        if (!current || JSON.stringify(current) !== JSON.stringify(w.week)) entry.openingHours = ruleFromWeek(w.week);
        counts.hours++;
        // Kept: what is not weekly hours, and the schedules of other times (ended, or not begun).
        const kept = [...w.unused, ...w.expired, ...w.future];
        if (kept.length) hsds.schedules = keptRows(kept);
      } else if (schedules.length) hsds.schedules = keptRows(schedules);
      if (w?.expired.length) result.notes.push(m('hsds.schedulesEnded', { origin, count: w.expired.length, date: today, dates: [...new Set(w.expired.map((s) => (s.valid_to || s.until || '').slice(0, 10)))].join(', ') }));
      if (w?.future.length) result.notes.push(m('hsds.schedulesFuture', { origin, count: w.future.length, date: today, dates: [...new Set(w.future.map((s) => s.valid_from))].join(', ') }));
      // The schedules' own words ("not on public holidays") go where readers see them, beside the hours.
      const scheduleNotes = distinctNotes(schedules.filter((s) => !w?.expired.includes(s)).map((s) => (s.description || s.notes || '').trim()));
      if (scheduleNotes.length) entry.hoursNote = mergeText(entry.hoursNote, { [lang]: scheduleNotes.join(' ') });
      // phones
      // A contact's phones carry the contact's name and role as their label.
      const contactPhones = (contactsBy.get(svc.id) ?? []).flatMap((c) => (phonesBy.contact.get(c.id ?? '') ?? []).map((p): Row => ({ ...p, description: [c.name, c.title].filter(Boolean).join(', ') || p.description || '' })));
      const phones = [...(phonesBy.service.get(svc.id) ?? []).filter((p) => !p.contact_id), ...contactPhones, ...(loc ? (phonesBy.location.get(loc.id!) ?? []).filter((p) => !p.service_id && !p.contact_id) : [])];
      const contacts = contactsBy.get(svc.id) ?? [];
      if (contacts.length) hsds.contacts = keptRows(contacts);
      if (!entry.email) {
        const contactEmail = contacts.map((c) => (c.email ?? '').trim()).find(Boolean);
        if (contactEmail) entry.email = contactEmail;
      }
      if (phones.length) {
        const list: NonNullable<SourceEntry['phones']> = [];
        const odd: Row[] = [];
        phones.forEach((p) => {
          const number = phoneNumber(p);
          if (!/^\+?[0-9][0-9 ()/.-]{2,30}$/.test(number)) {
            odd.push(p);
            return;
          }
          const prev = entry.phones?.find((x) => x.number === number) ?? entry.phones?.[list.length];
          const label = p.description ? mergeText(prev?.label, { [lang]: p.description }) : prev?.number === number ? prev.label : undefined;
          list.push(label ? { number, label } : { number });
        });
        if (list.length) {
          entry.phones = list;
          counts.phones++;
        }
        if (odd.length) hsds.phones = keptRows(odd);
      }
      // languages spoken
      const langs = [...(langBy.service.get(svc.id) ?? []), ...(loc ? langBy.location.get(loc.id!) ?? [] : [])].map(languageCode).filter((l): l is string => !!l);
      if (langs.length) {
        entry.languages = [...new Set(langs)];
        counts.languages++;
      }
      // accessibility
      for (const a of loc ? accessBy.get(loc.id!) ?? [] : []) {
        const m = /wheelchair\s*[=:]\s*(\w+)/i.exec(`${a.details ?? ''} ${a.description ?? ''}`);
        if (m && (WHEELCHAIR_VALUES as readonly string[]).includes(m[1]!.toLowerCase())) entry.wheelchair = m[1]!.toLowerCase() as SourceEntry['wheelchair'];
        else hsds.accessibility = keptRows([...((hsds.accessibility as Row[] | undefined) ?? []), a]);
      }
      // taxonomy: kompass categories and kind; other terms kept
      const cats: string[] = [];
      const other: string[] = [];
      for (const at of attrBy.get(svc.id) ?? []) {
        const term = terms.get(at.taxonomy_term_id ?? '');
        if (!term) continue;
        if (term.taxonomy === 'kompass-category' && categoryIds.has(term.code ?? '')) cats.push(term.code!);
        else if (term.taxonomy === 'kompass-kind' && (ENTRY_KINDS as readonly string[]).includes(term.code ?? '')) entry.kind = term.code as SourceEntry['kind'];
        else other.push(term.name || term.code || term.id || '');
      }
      if (cats.length) entry.categories = [...new Set(cats)];
      if (other.length) hsds.taxonomy = other;
      if (org && org.id !== `org-${id}`) hsds.organizationId = org.id;
      if (org && !sameText(org.name, name)) hsds.organization = org.name;
      const orgExtra = unmapped(org, KNOWN_ORGANIZATION);
      if (orgExtra) hsds.organizationFields = orgExtra;
      const orgSite = (org?.website || org?.url || '').trim();
      if (orgSite && orgSite !== entry.website && orgSite !== hsds.website) hsds.organizationWebsite = orgSite;
      const svcExtra = unmapped(svc, KNOWN_SERVICE);
      if (svcExtra) hsds.service = svcExtra;
    }
    if (transportation && entry.address) {
      entry.address.gettingThere = mergeText(entry.address.gettingThere, { [lang]: transportation });
      counts.gettingThere++;
    }
    if (Object.keys(hsds).length) {
      entry.extra = { ...(entry.extra ?? {}), hsds };
      counts.extra++;
    } else if (entry.extra?.hsds) {
      const rest = { ...entry.extra };
      delete rest.hsds;
      if (Object.keys(rest).length) entry.extra = rest;
      else delete entry.extra;
    }
    if (old) content.entries[content.entries.indexOf(old)] = entry;
    else content.entries.push(entry);
  });
  result.notes.push(m('hsds.summary', { services: result.services, lang, hours: counts.hours, addresses: counts.address, gettingThere: counts.gettingThere, phones: counts.phones, languages: counts.languages, extra: counts.extra }));
  if (!isDefault) result.notes.push(m('hsds.otherLanguage', { lang, langName: languageName(lang), defaultName: languageName(mun.defaultLanguage) }));
  // New services with no default-language name cannot be published yet: rather than reject
  // them, hand them over as a spreadsheet with everything they have, to translate in Excel.
  const known = new Set(existing.content.entries.map((e) => e.id));
  const pending = content.entries.filter((e) => !known.has(e.id) && !e.name[mun.defaultLanguage]);
  if (pending.length) {
    content.entries = content.entries.filter((e) => !pending.includes(e));
    const file = options.pendingFile ?? join(dir, `hsds-${lang}-needs-${mun.defaultLanguage}.csv`);
    if (!options.dryRun) await writeFile(file, exportEntriesCsv({ ...content, entries: pending }), 'utf8');
    result.pending = { file, ids: pending.map((e) => e.id) };
    const def = mun.defaultLanguage;
    result.notes.push(m('hsds.needsDefaultText', { count: pending.length, defaultName: languageName(def), file, dir, columns: `name@${def}, summary@${def}, description@${def}` }));
  }
  const report = await commitImport(dir, existing, content, { ...options, lang: options.uiLang, origins, rejected });
  if (!options.category && report.rejected.some((r) => r.reasons.some((x) => x.startsWith('categories:'))))
    report.notes.push(m('hsds.needCategory'));
  return { ...result, ...report, notes: [...result.notes, ...report.notes] };
}

/* ───────────────────────────── export ───────────────────────────── */

/** The columns of each table; the fields kept in `extra.hsds` add their own after these. */
const COLUMNS: Record<string, string[]> = {
  organization: ['id', 'name', 'description', 'email', 'website'],
  service: ['id', 'organization_id', 'name', 'description', 'url', 'email', 'status', 'assured_date'],
  location: ['id', 'organization_id', 'location_type', 'name', 'latitude', 'longitude', 'transportation'],
  service_at_location: ['id', 'service_id', 'location_id'],
  address: ['id', 'location_id', 'address_1', 'address_2', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
  phone: ['id', 'service_id', 'location_id', 'number', 'type', 'description'],
  schedule: ['id', 'service_id', 'location_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description'],
  language: ['id', 'service_id', 'location_id', 'name', 'code'],
  accessibility: ['id', 'location_id', 'description', 'details'],
  taxonomy_term: ['id', 'code', 'name', 'taxonomy'],
  attribute: ['id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id'],
  contact: ['id', 'service_id', 'name', 'title', 'department', 'email'],
};

/** What an import kept of an entry's HSDS data (see `importHsds`). */
interface KeptHsds {
  serviceId?: string;
  organizationId?: string;
  organization?: string;
  organizationFields?: Row;
  organizationWebsite?: string;
  website?: string;
  service?: Row;
  location?: Row;
  locationName?: string;
  address?: Row;
  addressFields?: Row;
  otherLocations?: (Row & { addresses?: Row[] })[];
  schedules?: Row[];
  contacts?: Row[];
  phones?: Row[];
  accessibility?: Row[];
  taxonomy?: string[];
}

/** HSDS tables for the source, texts in `lang` (default: the default language, falling back to it). */
export function hsdsTables(content: SourceContent, lang?: string): Record<string, Row[]> {
  const mun = content.municipality;
  const l = lang ?? mun.defaultLanguage;
  const t = (v: Record<string, string | { text: string }> | undefined) => textOf(v?.[l]) ?? textOf(v?.[mun.defaultLanguage]) ?? '';
  const out: Record<string, Row[]> = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, [] as Row[]]));
  const push = (table: string, row: Row) => out[table]!.push(row);
  for (const c of content.categories) push('taxonomy_term', { id: `category-${c.id}`, code: c.id, name: t(c.label), taxonomy: 'kompass-category' });
  for (const k of ENTRY_KINDS) push('taxonomy_term', { id: `kind-${k}`, code: k, name: k, taxonomy: 'kompass-kind' });
  const terms = new Set<string>();
  for (const e of content.entries) {
    const hsds = (e.extra?.hsds ?? {}) as KeptHsds;
    const sid = hsds.serviceId ?? e.id;
    const oid = hsds.organizationId ?? `org-${e.id}`;
    const lid = `loc-${e.id}`;
    const lat = e.address ? String(e.address.lat ?? '') : (hsds.address?.latitude ?? '');
    const lon = e.address ? String(e.address.lon ?? '') : (hsds.address?.longitude ?? '');
    push('organization', { id: oid, name: hsds.organization ?? t(e.name), description: '', email: e.email ?? '', website: hsds.organizationWebsite ?? e.website ?? '', ...hsds.organizationFields });
    push('service', { id: sid, organization_id: oid, name: t(e.name), description: t(e.description) || t(e.summary), url: e.website ?? hsds.website ?? '', email: e.email ?? '', status: 'active', assured_date: e.lastChecked ?? '', ...hsds.service });
    push('location', { id: lid, organization_id: oid, location_type: 'physical', name: hsds.locationName ?? t(e.name), latitude: lat, longitude: lon, transportation: t(e.address?.gettingThere), ...hsds.location });
    push('service_at_location', { id: `sal-${e.id}`, service_id: sid, location_id: lid });
    if (e.address)
      push('address', { id: `addr-${e.id}`, location_id: lid, address_1: e.address.street, address_2: t(e.address.extra), city: e.address.city, state_province: mun.state, postal_code: e.address.postalCode, country: 'DE', address_type: 'physical', ...hsds.addressFields });
    else if (hsds.address) {
      const address = Object.fromEntries(Object.entries(hsds.address).filter(([k]) => k !== 'latitude' && k !== 'longitude'));
      push('address', { id: `addr-${e.id}`, location_id: lid, ...address });
    }
    (hsds.otherLocations ?? []).forEach(({ addresses, ...loc }, i) => {
      const other = `loc-${e.id}-${i + 2}`;
      push('location', { id: other, organization_id: oid, ...loc });
      push('service_at_location', { id: `sal-${e.id}-${i + 2}`, service_id: sid, location_id: other });
      (addresses ?? []).forEach((a, j) => push('address', { id: `addr-${e.id}-${i + 2}-${j + 1}`, location_id: other, ...a }));
    });
    (e.phones ?? []).forEach((p, i) => push('phone', { id: `phone-${e.id}-${i + 1}`, service_id: sid, location_id: '', number: p.number, type: 'voice', description: t(p.label) }));
    (hsds.phones ?? []).forEach((p, i) => push('phone', { id: `phone-${e.id}-kept-${i + 1}`, service_id: sid, location_id: '', ...p }));
    (hsds.contacts ?? []).forEach((c, i) => push('contact', { id: `contact-${e.id}-${i + 1}`, service_id: sid, ...c }));
    let n = 0;
    if (e.openingHours) {
      const week = weekOfRule(e.openingHours, mun.state);
      const byTimes = new Map<string, number[]>();
      week?.forEach((d, i) => d.forEach(([a, b]) => byTimes.set(`${a}-${b}`, [...(byTimes.get(`${a}-${b}`) ?? []), i])));
      for (const [times, days] of byTimes) {
        const [a, b] = times.split('-').map(Number) as [number, number];
        // The notes beside the hours travel with the first weekly schedule (the import reads them back from there).
        push('schedule', { id: `sched-${e.id}-${++n}`, service_id: sid, location_id: '', freq: 'WEEKLY', byday: days.map((d) => DAYS[d]).join(','), opens_at: hhmm(a), closes_at: b === 1440 ? '23:59' : hhmm(b), description: n === 1 ? t(e.hoursNote) : '' });
      }
    }
    for (const r of hsds.schedules ?? []) push('schedule', { id: `sched-${e.id}-${++n}`, service_id: sid, location_id: '', ...r });
    for (const code of e.languages ?? []) push('language', { id: `lang-${e.id}-${code}`, service_id: sid, location_id: '', name: code, code });
    if (e.wheelchair) push('accessibility', { id: `access-${e.id}`, location_id: lid, description: `wheelchair: ${e.wheelchair}`, details: `wheelchair=${e.wheelchair}` });
    (hsds.accessibility ?? []).forEach((a, i) => push('accessibility', { id: `access-${e.id}-${i + 1}`, location_id: lid, ...a }));
    for (const c of e.categories) push('attribute', { id: `attr-${e.id}-${c}`, link_id: sid, link_type: 'category', link_entity: 'service', taxonomy_term_id: `category-${c}` });
    push('attribute', { id: `attr-${e.id}-kind`, link_id: sid, link_type: 'kind', link_entity: 'service', taxonomy_term_id: `kind-${e.kind}` });
    (hsds.taxonomy ?? []).forEach((name, i) => {
      const id = `term-${slugify(name) || i + 1}`;
      if (!terms.has(id)) push('taxonomy_term', { id, code: '', name, taxonomy: 'imported' });
      terms.add(id);
      push('attribute', { id: `attr-${e.id}-term-${i + 1}`, link_id: sid, link_type: 'taxonomy', link_entity: 'service', taxonomy_term_id: id });
    });
  }
  return out;
}

/** Writes the tables as CSV files and a `datapackage.json` into `outDir`. */
export async function exportHsds(content: SourceContent, outDir: string, lang?: string): Promise<string[]> {
  const tables = hsdsTables(content, lang);
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  const columns = (table: string, rows: Row[]) => [...new Set([...COLUMNS[table]!, ...rows.flatMap((r) => Object.keys(r))])];
  for (const [table, rows] of Object.entries(tables)) {
    const cols = columns(table, rows);
    await writeFile(join(outDir, `${table}.csv`), stringifyCsv(cols, rows.map((r) => cols.map((c) => r[c] ?? '')), { delimiter: ',', bom: false }), 'utf8');
    written.push(`${table}.csv`);
  }
  const pkg = {
    name: `${content.municipality.id}-hsds`,
    profile: 'tabular-data-package',
    title: `${textOf(content.municipality.name[lang ?? content.municipality.defaultLanguage]) ?? content.municipality.id} (HSDS 3.0, exported by Kompass)`,
    resources: Object.entries(tables).map(([t, rows]) => ({ name: t, path: `${t}.csv`, profile: 'tabular-data-resource', schema: { fields: columns(t, rows).map((name) => ({ name, type: 'string' })) } })),
  };
  await writeFile(join(outDir, 'datapackage.json'), `${JSON.stringify(pkg, null, 2)}\n`, 'utf8');
  written.push('datapackage.json');
  return written;
}
