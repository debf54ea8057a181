/// <reference types="node" />
/**
 * Import from the Integreat CMS API v3 (node only): the JSON a region's endpoints return,
 * saved one file per endpoint and language:
 *
 * ```
 * languages.json                 GET /api/v3/<region>/languages/
 * locations.<lang>.json          GET /api/v3/<region>/<lang>/locations/   (POIs)
 * pages.<lang>.json              GET /api/v3/<region>/<lang>/pages/
 * events.<lang>.json             GET /api/v3/<region>/<lang>/events/
 * ```
 * (`<lang>/pages.json` and `<region>_<lang>_pages.json`, as the CMS's API tests name them, work too.)
 *
 * POIs become entries (category → a Kompass category, contacts → phones, opening hours →
 * OSM syntax, content HTML → the Markdown subset), pages become information pages in the
 * same tree, events become events (see integreat-content.ts). The same POI, page or event
 * in several languages is linked through its POI id or `available_languages`. What has no place in
 * Kompass goes to `extra.integreat`. Importing the same files again changes nothing.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { htmlToMarkdown, type HtmlIssue } from '../../authoring/import/html-to-markdown.js';
import { importMessages } from '../../authoring/import/messages.js';
import { jsonProblem } from '../../authoring/import/text-position.js';
import { htmlIssueNotes, importEvents, importPages, kompassLanguage, type IntegreatEvent, type IntegreatPage } from '../../authoring/import/integreat-content.js';

export { kompassLanguage };
import { commitImport, loadExisting } from './import-files.js';
import { cloneContent, emptyReport, mergeText, slugify, uniqueId, type ImportReport, type RejectedItem } from '../../authoring/import/import-plan.js';
import { type LocalizedText, type SourceCategory, type SourceContent, type SourceEntry } from '../../pack/types.js';
import { GERMAN_STATES } from '../../authoring/hours/hours-compile.js';
import { osmFromDayRules } from '../../authoring/hours/osm-week.js';
import { isIconName, type IconName } from '../../pack/icon-names.js';
import { textOf } from '../../authoring/translation.js';

interface IntegreatLanguage {
  id?: number;
  code: string;
  bcp47_tag?: string;
  native_name?: string;
  dir?: string;
}

interface IntegreatCategory {
  id: number;
  name: string;
  color?: string;
  icon?: string;
}

interface OpeningDay {
  allDay?: boolean;
  closed?: boolean;
  appointmentOnly?: boolean;
  timeSlots?: { start: string; end: string }[];
}

interface IntegreatContact {
  id?: number;
  point_of_contact_for?: string;
  name?: string;
  email?: string;
  phone_number?: string;
  mobile_phone_number?: string;
  website?: string;
}

interface IntegreatPoi {
  id: number;
  url?: string;
  path?: string;
  title: string;
  last_updated?: string;
  meta_description?: string | null;
  excerpt?: string;
  content?: string;
  available_languages?: Record<string, { id: number; url?: string; path?: string }>;
  website?: string | null;
  email?: string | null;
  phone_number?: string | null;
  category?: IntegreatCategory | null;
  temporarily_closed?: boolean;
  opening_hours?: OpeningDay[] | null;
  appointment_url?: string | null;
  location: { id: number | null; name?: string | null; address?: string | null; town?: string | null; postcode?: string | null; country?: string | null; latitude?: number | string | null; longitude?: number | string | null };
  organization?: { id?: number; slug?: string; name?: string; website?: string } | null;
  barrier_free?: boolean | null;
  contacts?: IntegreatContact[];
}



/** Integreat's seven days (Monday first) → OSM `opening_hours`; undefined when every day is closed. */
export function openingHoursToOsm(days: OpeningDay[] | null | undefined, appointmentComment: string): string | undefined {
  if (!Array.isArray(days) || days.length !== 7) return undefined;
  const spec = days.map((d) => {
    if (d.closed && !d.allDay) return '';
    const times = d.allDay ? '00:00-24:00' : (d.timeSlots ?? []).filter((s) => /^\d{1,2}:\d{2}$/.test(s.start) && /^\d{1,2}:\d{2}$/.test(s.end)).map((s) => `${s.start.padStart(5, '0')}-${s.end.padStart(5, '0')}`).join(',');
    if (!times) return '';
    return d.appointmentOnly ? `${times} "${appointmentComment}"` : times;
  });
  if (spec.every((s) => !s)) return undefined;
  if (spec.every((s) => s === '00:00-24:00')) return '24/7';
  return osmFromDayRules(spec);
}

/** Integreat's location category icons → Kompass's icon set (src/pack/icon-names.ts). */
const ICONS: Record<string, IconName> = {
  office: 'building', authority: 'building', service: 'chat', counselling: 'chat', advice: 'chat', health: 'stethoscope', doctor: 'stethoscope',
  education: 'school', school: 'school', work: 'briefcase', job: 'briefcase', housing: 'home', living: 'home', shopping: 'basket', food: 'basket',
  gastronomy: 'basket', leisure: 'ball', sport: 'ball', culture: 'music', emergency: 'siren', language: 'language', family: 'child', children: 'child',
  community: 'people', religion: 'people', finance: 'euro', money: 'euro', mobility: 'map', transport: 'map',
};
export function integreatIcon(icon: string | null | undefined): { name: IconName; unmapped: boolean } {
  const key = (icon ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '');
  if (isIconName(key)) return { name: key, unmapped: false };
  const mapped = ICONS[key];
  return mapped ? { name: mapped, unmapped: false } : { name: 'building', unmapped: !!key };
}

const lastSegment = (path: string | undefined) => (path ?? '').split('/').filter(Boolean).pop() ?? '';
const plain = (html: string | undefined | null) => htmlToMarkdown(html ?? '').replace(/[#*_\\]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ').trim();

function summaryOf(poi: IntegreatPoi): string {
  const meta = (poi.meta_description ?? '').trim();
  if (meta) return meta;
  const text = plain(poi.excerpt || poi.content);
  const m = /^(.{20,200}?[.!?])(\s|$)/.exec(text);
  return m ? m[1]! : text.length > 200 ? `${text.slice(0, 197).replace(/\s+\S*$/, '')} …` : text || poi.title;
}


/** Finds the endpoint files in a folder: languages.json, locations.<lang>.json / <lang>/locations.json, pages… */
async function findFiles(dir: string): Promise<{ languages?: string; locations: Map<string, string>; pages: Map<string, string>; events: Map<string, string> }> {
  const out = { languages: undefined as string | undefined, locations: new Map<string, string>(), pages: new Map<string, string>(), events: new Map<string, string>() };
  for (const rel of (await readdir(dir, { recursive: true })).map(String).sort()) {
    const norm = rel.replace(/\\/g, '/');
    if (/(^|\/|_)languages\.json$/.test(norm)) out.languages = join(dir, rel);
    // pages.de.json, de/pages.json, or as the CMS's own test outputs name them: augsburg_de_pages.json
    const m =
      /^(?:(?<dirLang>[a-z]{2,3}(?:-[a-z0-9]+)*)\/)?(?<kind>locations|pois|pages|events)(?:[._-](?<fileLang>[a-z]{2,3}(?:-[a-z0-9]+)*))?\.json$/i.exec(norm) ??
      /(?:^|\/)[a-z0-9-]+_(?<fileLang>[a-z]{2,3}(?:-[a-z0-9]+)*)_(?<kind>locations|pois|pages|events)\.json$/i.exec(norm);
    const lang = m?.groups?.fileLang ?? m?.groups?.dirLang;
    if (!m || !lang) continue;
    const kind = m.groups!.kind!.toLowerCase();
    (kind === 'pages' ? out.pages : kind === 'events' ? out.events : out.locations).set(lang.toLowerCase(), join(dir, rel));
  }
  return out;
}

export interface IntegreatImportOptions {
  kind?: string;
  state?: string;
  id?: string;
  partial?: boolean;
  dryRun?: boolean;
  minor?: boolean;
  machine?: boolean;
  /** The report's language (`de`, `en`). */
  uiLang?: string;
}

export interface IntegreatImportResult extends ImportReport {
  fileErrors: string[];
  locations: number;
  pages: number;
  events: number;
}

export async function importIntegreat(inputDir: string, dir: string, options: IntegreatImportOptions = {}): Promise<IntegreatImportResult> {
  const result: IntegreatImportResult = { ...emptyReport(), fileErrors: [], locations: 0, pages: 0, events: 0 };
  const m = importMessages(options.uiLang);
  try {
    if (!(await stat(inputDir)).isDirectory()) throw new Error('not a folder');
  } catch {
    result.fileErrors.push(m('integreat.notFolder', { dir: inputDir }));
    return result;
  }
  const files = await findFiles(inputDir);
  const parse = async <T>(file: string, what: string): Promise<T[] | undefined> => {
    let data: unknown;
    let text: string;
    try {
      text = (await readFile(file, 'utf8')).replace(/^\ufeff/, '');
    } catch {
      result.fileErrors.push(m('common.notFound', { path: file }));
      return undefined;
    }
    try {
      data = JSON.parse(text);
    } catch (e) {
      result.fileErrors.push(jsonProblem(m, relative(inputDir, file), text, e));
      return undefined;
    }
    if (Array.isArray(data)) return data as T[];
    result.fileErrors.push(m('integreat.notList', { file, what }));
    return undefined;
  };
  // The name of the file each language's locations, pages and events came from, for the report.
  const fileName = (map: Map<string, string>, lang: string) => basename([...map].find(([l]) => kompassLanguage(l) === lang)?.[1] ?? '');
  const apiLanguages = files.languages ? await parse<IntegreatLanguage>(files.languages, 'languages') : undefined;
  const locByLang = new Map<string, IntegreatPoi[]>();
  for (const [l, f] of files.locations) {
    const list = await parse<IntegreatPoi>(f, 'locations');
    if (list) locByLang.set(kompassLanguage(l), list);
  }
  const pagesByLang = new Map<string, IntegreatPage[]>();
  for (const [l, f] of files.pages) {
    const list = await parse<IntegreatPage>(f, 'pages');
    if (list) pagesByLang.set(kompassLanguage(l), list);
  }
  const eventsByLang = new Map<string, IntegreatEvent[]>();
  for (const [l, f] of files.events) {
    const list = await parse<IntegreatEvent>(f, 'events');
    if (list) eventsByLang.set(kompassLanguage(l), list);
  }
  if (!locByLang.size && !pagesByLang.size && !eventsByLang.size && !result.fileErrors.length)
    result.fileErrors.push(m('integreat.noFiles', { dir: inputDir }));
  if (result.fileErrors.length) return result;

  // The source folder: the existing one, or a new one from the region's languages.
  const existing = await loadExisting(dir);
  let content: SourceContent;
  const langCodes = (apiLanguages ?? []).map((l) => kompassLanguage(l.code)).filter((c) => /^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(c));
  if (existing) content = cloneContent(existing.content);
  else {
    const state = (options.state ?? '').toUpperCase();
    if (!(state in GERMAN_STATES)) {
      result.fileErrors.push(m('integreat.needState', { dir, states: Object.keys(GERMAN_STATES) }));
      return result;
    }
    const anyPath = [...locByLang.values(), ...pagesByLang.values()].flat().find((x) => x.path)?.path ?? '';
    const region = options.id ?? (anyPath.split('/').filter(Boolean)[0] || 'region');
    const langs = langCodes.length ? langCodes : [...new Set([...locByLang.keys(), ...pagesByLang.keys()])];
    const def = langs.includes('de') ? 'de' : langs[0]!;
    const name = region.replace(/(^|-)\w/g, (s) => s.toUpperCase()).replace(/-/g, ' ');
    content = {
      municipality: { id: slugify(region, 'region'), name: { [def]: name }, defaultLanguage: def, languages: [def, ...langs.filter((l) => l !== def)], timeZone: 'Europe/Berlin', state },
      categories: [],
      entries: [],
      guides: [],
      synonyms: [],
    };
    result.notes.push(m('integreat.newSource', { region, langs: content.municipality.languages, def }));
  }
  const mun = content.municipality;
  const def = mun.defaultLanguage;
  const known = (l: string) => mun.languages.includes(l);
  const skipped = [...new Set([...locByLang.keys(), ...pagesByLang.keys()])].filter((l) => !known(l));
  if (skipped.length) result.notes.push(m('integreat.langsSkipped', { langs: skipped }));
  if (apiLanguages) {
    const missing = langCodes.filter((l) => !known(l));
    if (missing.length && existing) result.notes.push(m('integreat.regionAlsoHas', { langs: missing }));
  }
  const appointmentComment = def.startsWith('de') ? 'nur mit Termin' : 'appointment only';
  const origins = new Map<string, string>();
  const rejected: RejectedItem[] = [];

  // Categories.
  const categoryOf = new Map<number, string>();
  const categoryIds = new Set(content.categories.map((c) => c.id));
  const defPois = locByLang.get(def) ?? [];
  const locationsFile = fileName(files.locations, def) || `locations.${def}.json`;
  if (!defPois.length && locByLang.size) result.notes.push(m('integreat.noDefaultLocations', { file: locationsFile, def }));
  for (const poi of defPois) {
    const c = poi.category;
    if (!c || categoryOf.has(c.id)) continue;
    const existingCat = content.categories.find((x) => x.id === slugify(c.name, 'kategorie') || textOf(x.label[def]) === c.name);
    let id = existingCat?.id;
    if (!id) {
      id = uniqueId(slugify(c.name, 'kategorie'), categoryIds);
      const label: LocalizedText = { [def]: c.name };
      for (const [l, list] of locByLang) {
        if (l === def || !known(l)) continue;
        const name = list.find((p) => p.category?.id === c.id)?.category?.name;
        if (name && name !== c.name) label[l] = name;
      }
      const icon = integreatIcon(c.icon);
      const origin = m('integreat.category', { file: locationsFile, name: c.name });
      if (icon.unmapped) result.notes.push(m('integreat.iconUnmapped', { origin, icon: c.icon ?? '', used: icon.name }));
      const cat: SourceCategory = { id, icon: icon.name, label };
      content.categories.push(cat);
      origins.set(`category:${id}`, origin);
    }
    categoryOf.set(c.id, id);
  }

  // Locations → entries.
  const taken = new Set(content.entries.map((e) => e.id));
  const importedEntries: SourceEntry[] = [];
  for (const [index, poi] of defPois.entries()) {
    result.locations++;
    const origin = m('integreat.location', { file: locationsFile, n: index + 1, id: poi.id, title: poi.title });
    const poiId = poi.location?.id ?? poi.id;
    const old = content.entries.find((e) => (e.extra?.integreat as { poiId?: number } | undefined)?.poiId === poiId);
    const id = old?.id ?? uniqueId(slugify(lastSegment(poi.path) || poi.title), taken);
    origins.set(`entry:${id}`, origin);
    const entry: SourceEntry = old ? structuredClone(old) : ({ id, kind: (options.kind as SourceEntry['kind']) ?? 'other', categories: [] } as unknown as SourceEntry);
    const issues: HtmlIssue[] = [];
    const notes: string[] = [];
    const translations = new Map<string, IntegreatPoi>([[def, poi]]);
    for (const [l, list] of locByLang) {
      if (l === def || !known(l)) continue;
      const t = list.find((p) => (p.location?.id ?? p.id) === poiId);
      if (t) translations.set(l, t);
    }
    const names: Record<string, string> = {};
    const summaries: Record<string, string> = {};
    const descriptions: Record<string, string> = {};
    for (const [l, t] of translations) {
      // APIv3 sends the default-language title in every language; only a different one is a translation.
      if (l === def || (t.title && t.title !== poi.title)) names[l] = t.title;
      summaries[l] = summaryOf(t);
      const md = htmlToMarkdown(t.content ?? '', issues);
      if (md) descriptions[l] = md;
    }
    entry.name = mergeText(entry.name, names)!;
    entry.summary = mergeText(entry.summary, summaries)!;
    const desc = mergeText(entry.description, descriptions);
    if (desc) entry.description = desc;
    if (poi.category && categoryOf.has(poi.category.id)) {
      const cat = categoryOf.get(poi.category.id)!;
      if (!entry.categories.includes(cat)) entry.categories = old ? [...entry.categories, cat] : [cat];
    }
    const loc = poi.location ?? ({} as IntegreatPoi['location']);
    const lat = Number(loc.latitude);
    const lon = Number(loc.longitude);
    const integreat: Record<string, unknown> = { ...((entry.extra?.integreat as Record<string, unknown> | undefined) ?? {}), poiId };
    if (loc.address && loc.town && /^\d{5}$/.test(loc.postcode ?? '') && loc.latitude !== null && loc.longitude !== null && Number.isFinite(lat) && Number.isFinite(lon))
      entry.address = { street: loc.address, postalCode: loc.postcode!, city: loc.town, ...(entry.address?.extra ? { extra: entry.address.extra } : {}), lat, lon };
    else if (loc.address || loc.town) integreat.address = { address: loc.address, postcode: loc.postcode, town: loc.town, country: loc.country, latitude: loc.latitude, longitude: loc.longitude };
    const hours = openingHoursToOsm(poi.opening_hours, appointmentComment);
    if (hours) entry.openingHours = hours;
    if (poi.temporarily_closed) {
      integreat.temporarilyClosed = true;
      result.notes.push(m('integreat.temporarilyClosed', { origin }));
    }
    // Phones: the POI's number first, then each contact's.
    const phones: NonNullable<SourceEntry['phones']> = [];
    const addPhone = (number: string | null | undefined, labels: Record<string, string>) => {
      const n = (number ?? '').trim();
      if (!n) return;
      if (!/^\+?[0-9][0-9 ()/.-]{2,30}$/.test(n)) {
        notes.push(m('integreat.phoneNotDialable', { origin, number: n }));
        integreat.phones = [...((integreat.phones as string[] | undefined) ?? []), n];
        return;
      }
      if (phones.some((p) => p.number === n)) return;
      const prev = entry.phones?.find((p) => p.number === n);
      const label = Object.keys(labels).length ? mergeText(prev?.label, labels) : prev?.label;
      phones.push(label ? { number: n, label } : { number: n });
    };
    addPhone(poi.phone_number, {});
    const contacts = poi.contacts ?? [];
    contacts.forEach((c, ci) => {
      const labels: Record<string, string> = {};
      for (const [l, t] of translations) {
        const tc = (t.contacts ?? []).find((x) => x.id === c.id) ?? t.contacts?.[ci];
        const label = [tc?.point_of_contact_for, tc?.name].filter(Boolean).join(': ');
        if (label && (l === def || label !== [c.point_of_contact_for, c.name].filter(Boolean).join(': '))) labels[l] = label;
      }
      addPhone(c.phone_number, labels);
      addPhone(c.mobile_phone_number, labels);
    });
    if (phones.length) entry.phones = phones;
    const email = (poi.email ?? contacts.find((c) => c.email)?.email ?? '').trim();
    if (email) entry.email = email;
    const website = (poi.website ?? '').trim();
    if (/^https:\/\//.test(website)) entry.website = website;
    else if (website) {
      integreat.website = website;
      notes.push(m('integreat.websiteNotHttps', { origin, url: website }));
    }
    const apptUrl = (poi.appointment_url ?? '').trim();
    const appointmentOnly = (poi.opening_hours ?? []).some((d) => d.appointmentOnly && !d.closed);
    if (/^https:\/\//.test(apptUrl) || appointmentOnly) entry.appointment = { required: appointmentOnly, ...(/^https:\/\//.test(apptUrl) ? { url: apptUrl } : {}) };
    if (poi.barrier_free === true) entry.wheelchair = 'yes';
    else if (poi.barrier_free === false) entry.wheelchair = 'no';
    if (poi.last_updated && /^\d{4}-\d{2}-\d{2}/.test(poi.last_updated)) integreat.lastUpdated = poi.last_updated.slice(0, 10);
    if (poi.organization?.name) integreat.organization = { name: poi.organization.name, ...(poi.organization.website ? { website: poi.organization.website } : {}) };
    const extraContacts = contacts.filter((c) => c.website || (c.email && c.email !== email));
    if (extraContacts.length) integreat.contacts = extraContacts;
    if (poi.url) integreat.url = poi.url;
    entry.extra = { ...(entry.extra ?? {}), integreat };
    result.notes.push(...htmlIssueNotes(m, origin, issues), ...notes);
    if (old) content.entries[content.entries.indexOf(old)] = entry;
    else content.entries.push(entry);
    importedEntries.push(entry);
  }

  // Pages → information pages: the same tree, order and languages.
  const defPages = pagesByLang.get(def) ?? [];
  const { pages, notes: pageNotes } = importPages(defPages, pagesByLang, content, def, known, { m, file: fileName(files.pages, def) || `pages.${def}.json` });
  result.pages = pages.length;
  result.notes.push(...pageNotes);
  for (const p of pages) origins.set(`page:${p.page.id}`, p.origin);

  // Events → events (the rule from the RRULE, else the dates the API lists).
  const { events, notes: eventNotes } = importEvents(eventsByLang, content, def, known, { m, file: fileName(files.events, def) || `events.${def}.json` });
  result.events = events.length;
  result.notes.push(...eventNotes);
  for (const e of events) origins.set(`event:${e.event.id}`, e.origin);

  // Per language: the records each file brought in, and the items that have a text in it now.
  for (const lang of mun.languages.filter((l) => locByLang.has(l) || pagesByLang.has(l) || eventsByLang.has(l)))
    result.notes.push(m('integreat.perLanguage', {
      lang,
      locations: locByLang.get(lang)?.length ?? 0,
      pages: pagesByLang.get(lang)?.length ?? 0,
      events: eventsByLang.get(lang)?.length ?? 0,
      outEntries: importedEntries.filter((e) => e.summary?.[lang] !== undefined || e.description?.[lang] !== undefined).length,
      outPages: pages.filter((p) => p.page.title[lang] !== undefined).length,
      outEvents: events.filter((e) => e.event.title[lang] !== undefined).length,
    }));
  const inLanguages = (m: Map<string, unknown[]>) => [...m.keys()].filter(known).join(', ') || '–';
  result.notes.push(m('integreat.summary', { locations: result.locations, locationLangs: inLanguages(locByLang), pages: result.pages, pageLangs: inLanguages(pagesByLang), events: result.events, eventLangs: inLanguages(eventsByLang) }));
  const report = await commitImport(dir, existing, content, { ...options, lang: options.uiLang, origins, rejected });
  return { ...result, ...report, notes: [...result.notes, ...report.notes] };
}
