/**
 * Planning a source folder (browser-safe): importers, `kompass new` and the publish server turn
 * a `SourceContent` into the same YAML files an editor writes by hand. Only files whose data
 * changed are rewritten (a file left alone keeps its comments), each through a temporary
 * file and a rename. Before anything is written, the planned folder can be validated in
 * memory with exactly the checks of `kompass validate`.
 */
import { stringify } from 'yaml';
import { canonicalJson } from '../pack/canonical-json.js';
import type { Problem } from './problems.js';
import { plannedSourceFile, type LoadedSource, type SourceFile, type SourceFileKind } from './source-parse.js';
import type { LocalizedText, SourceCategory, SourceContent, SourceEntry, SourceEvent, SourceGuide, SourceMunicipality, SourceNotice, SourcePage, SynonymGroup } from '../pack/types.js';
import { validateSource } from './validate.js';

const ENTRY_ORDER = ['id', 'kind', 'categories', 'name', 'summary', 'description', 'address', 'openingHours', 'hoursNote', 'phones', 'email', 'website', 'appointment', 'languages', 'wheelchair', 'lastChecked', 'keywords', 'extra'];
const ADDRESS_ORDER = ['street', 'postalCode', 'city', 'extra', 'gettingThere', 'lat', 'lon'];
const GUIDE_ORDER = ['id', 'icon', 'title', 'intro', 'steps'];
const STEP_ORDER = ['id', 'title', 'text', 'entries', 'documents'];
const CATEGORY_ORDER = ['id', 'parent', 'icon', 'label'];
const EVENT_ORDER = ['id', 'title', 'description', 'place', 'address', 'organizer', 'languages', 'cost', 'registration', 'time', 'extra'];
const NOTICE_ORDER = ['id', 'text', 'from', 'until', 'severity', 'entries', 'closed'];
const PAGE_ORDER = ['id', 'parent', 'order', 'icon', 'title', 'text', 'entries', 'guides', 'pages', 'attachments', 'extra'];
const MUNICIPALITY_ORDER = ['id', 'name', 'defaultLanguage', 'languages', 'timeZone', 'state', 'closedOnPublicHolidays', 'imprintUrl', 'privacyUrl', 'contact'];
const TEXT_FIELDS = new Set(['name', 'summary', 'description', 'hoursNote', 'label', 'title', 'intro', 'text', 'extra', 'gettingThere', 'cost', 'note']);

function ordered<T extends object>(o: T, order: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const k of order) if ((o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  for (const k of Object.keys(o)) if (!(k in out) && (o as Record<string, unknown>)[k] !== undefined) out[k] = (o as Record<string, unknown>)[k];
  return out as T;
}

/** Languages in the municipality's order, the default first, unknown ones after. */
function orderText(text: LocalizedText, languages: readonly string[]): LocalizedText {
  const out: LocalizedText = {};
  for (const l of languages) if (text[l] !== undefined) out[l] = text[l]!;
  for (const l of Object.keys(text)) if (out[l] === undefined) out[l] = text[l]!;
  return out;
}

function orderTexts<T extends object>(o: T, languages: readonly string[], fields = TEXT_FIELDS): T {
  const out = { ...o } as Record<string, unknown>;
  for (const k of Object.keys(out)) {
    const v = out[k];
    if (fields.has(k) && v && typeof v === 'object' && !Array.isArray(v) && !(k === 'extra' && !isLocalized(v))) out[k] = orderText(v as LocalizedText, languages);
  }
  return out as T;
}

const isLocalized = (v: object): boolean => Object.values(v).every((x) => typeof x === 'string' || (x && typeof x === 'object' && typeof (x as { text?: unknown }).text === 'string'));

function languagesOf(content: SourceContent): string[] {
  const m = content.municipality;
  const langs = [...(m?.languages ?? [])];
  if (m?.defaultLanguage) return [m.defaultLanguage, ...langs.filter((l) => l !== m.defaultLanguage)];
  return langs;
}

export function normalizeEntry(e: SourceEntry, languages: readonly string[]): SourceEntry {
  const entry = orderTexts(ordered(e, ENTRY_ORDER), languages);
  if (entry.address) entry.address = orderTexts(ordered(entry.address, ADDRESS_ORDER), languages);
  if (entry.phones) entry.phones = entry.phones.map((p) => (p.label ? { number: p.number, label: orderText(p.label, languages) } : { ...p }));
  return entry;
}

export function normalizeGuide(g: SourceGuide, languages: readonly string[]): SourceGuide {
  const guide = orderTexts(ordered(g, GUIDE_ORDER), languages);
  if (Array.isArray(guide.steps))
    guide.steps = guide.steps.map((s) => {
      const step = orderTexts(ordered(s, STEP_ORDER), languages);
      if (step.documents) step.documents = step.documents.map((d) => orderText(d, languages));
      return step;
    });
  return guide;
}

function normalizeEvent(e: SourceEvent, languages: readonly string[]): SourceEvent {
  const event = orderTexts(ordered(e, EVENT_ORDER), languages);
  if (event.address) event.address = orderTexts(ordered(event.address, ADDRESS_ORDER), languages);
  if (event.registration) event.registration = orderTexts(event.registration, languages);
  return event;
}

function normalizePage(p: SourcePage, languages: readonly string[]): SourcePage {
  const page = orderTexts(ordered(p, PAGE_ORDER), languages);
  if (Array.isArray(page.attachments)) page.attachments = page.attachments.map((a) => ({ url: a.url, title: orderText(a.title, languages) }));
  return page;
}

const SAFE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false } as const;

export function toYaml(data: unknown, header?: string): string {
  const body = stringify(data, YAML_OPTIONS);
  return header ? `${header.replace(/^/gm, '# ')}\n${body}` : body;
}

/** One file of a planned source folder. */
export interface PlannedFile {
  kind: SourceFileKind;
  /** Relative, `/`-separated: `entries/buergerbuero.yaml`. */
  path: string;
  data: unknown;
  /** The YAML text: the existing file's when unchanged, else the newly written one. */
  text: string;
  /** Whether the file will be (re)written. */
  changed: boolean;
  /** The file as parsed: the existing one when unchanged, else one parsed when first needed. */
  parsed?: SourceFile;
}

const sameData = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/**
 * Files planned before, by the item they were planned from: the unchanged items of the editor's
 * working copy or of a publish are the same objects each time, so their YAML, and its parse
 * when a problem needs a position, are made once (only with `sameObjectsUnchanged`).
 */
const plannedBefore = new WeakMap<object, { file: PlannedFile; langs: string }>();

/** A file to (re)write; its YAML is made when first read (validation needs it only to place a problem). */
function newFile(kind: SourceFileKind, path: string, data: unknown): PlannedFile {
  let text: string | undefined;
  const file: PlannedFile = {
    kind,
    path,
    data,
    changed: true,
    get text() {
      return (text ??= toYaml(data));
    },
  };
  file.parsed = plannedSourceFile(kind, path, () => file.text, data);
  return file;
}

export interface PlanOptions {
  /**
   * The caller never changes an item in place (the editor and the publish server replace an
   * item to change it): an item that is the same object as in an earlier plan is planned as
   * it was then, without writing its YAML again (`plannedBefore`).
   */
  sameObjectsUnchanged?: boolean;
}

/**
 * Plans the files for `next`: each item goes into the file it already has in `existing`
 * (by kind and id), new entries and guides into `entries/<id>.yaml` and `guides/<id>.yaml`.
 * Items of `existing` that `next` no longer has are not deleted (`removed` lists their files).
 */
export function planSource(next: SourceContent, existing?: LoadedSource, options: PlanOptions = {}): { files: PlannedFile[]; removed: string[] } {
  const remember = !!options.sameObjectsUnchanged && !existing;
  const languages = languagesOf(next);
  const byKey = new Map<string, SourceFile>();
  for (const f of existing?.files ?? []) {
    if (f.kind === 'entry' || f.kind === 'guide' || f.kind === 'event' || f.kind === 'page') {
      const id = (f.data as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && !byKey.has(`${f.kind}:${id}`)) byKey.set(`${f.kind}:${id}`, f);
    } else byKey.set(f.kind, f);
  }
  const files: PlannedFile[] = [];
  const used = new Set<string>();
  const langs = languages.join(',');
  const plan = (kind: SourceFileKind, key: string, defaultPath: string, from: object, make: () => unknown) => {
    const old = byKey.get(key);
    const path = old?.file ?? defaultPath;
    used.add(path);
    const before = remember ? plannedBefore.get(from) : undefined;
    if (before && before.file.path === path && before.file.kind === kind && before.langs === langs) return files.push(before.file);
    const data = make();
    if (old && old.data !== undefined && sameData(old.data, data)) files.push({ kind, path, data: old.data, text: old.text, changed: false, parsed: old });
    else {
      const file = newFile(kind, path, data);
      if (remember) plannedBefore.set(from, { file, langs });
      files.push(file);
    }
  };
  const m = next.municipality as SourceMunicipality;
  plan('municipality', 'municipality', 'municipality.yaml', m, () => ordered(orderTexts(m, languages), MUNICIPALITY_ORDER));
  plan('categories', 'categories', 'categories.yaml', next.categories, () => next.categories.map((c: SourceCategory) => orderTexts(ordered(c, CATEGORY_ORDER), languages)));
  // File names come from ids only when they are valid ids: no id ever becomes a path of its own.
  const fileName = (id: unknown, i: number) => (typeof id === 'string' && SAFE_ID.test(id) ? id : `invalid-id-${i + 1}`);
  next.entries.forEach((e, i) => plan('entry', `entry:${String(e.id)}`, `entries/${fileName(e.id, i)}.yaml`, e, () => normalizeEntry(e, languages)));
  next.guides.forEach((g, i) => plan('guide', `guide:${String(g.id)}`, `guides/${fileName(g.id, i)}.yaml`, g, () => normalizeGuide(g, languages)));
  (next.events ?? []).forEach((e, i) => plan('event', `event:${String(e.id)}`, `events/${fileName(e.id, i)}.yaml`, e, () => normalizeEvent(e, languages)));
  const notices = next.notices ?? [];
  if (notices.length || byKey.has('notices')) plan('notices', 'notices', 'notices.yaml', notices, () => notices.map((n: SourceNotice) => orderTexts(ordered(n, NOTICE_ORDER), languages)));
  (next.pages ?? []).forEach((p, i) => plan('page', `page:${String(p.id)}`, `pages/${fileName(p.id, i)}.yaml`, p, () => normalizePage(p, languages)));
  if (next.synonyms.length || byKey.has('synonyms')) plan('synonyms', 'synonyms', 'synonyms.yaml', next.synonyms, () => next.synonyms.map((s: SynonymGroup) => ordered(s, ['id', 'terms'])));
  const removed = (existing?.files ?? []).map((f) => f.file).filter((f) => !used.has(f));
  return { files, removed };
}

/** Parses a planned folder in memory into a `LoadedSource`, as if it had been written and loaded. */
export function loadPlan(files: readonly PlannedFile[]): LoadedSource {
  const problems: Problem[] = [];
  const parsed = files.map((f) => f.parsed!);
  const list = <T>(kind: SourceFileKind): T[] => {
    const d = parsed.find((f) => f.kind === kind)?.data;
    return Array.isArray(d) ? (d as T[]) : [];
  };
  return {
    dir: '',
    files: parsed,
    problems,
    content: {
      municipality: (parsed.find((f) => f.kind === 'municipality')?.data ?? {}) as SourceMunicipality,
      categories: list<SourceCategory>('categories'),
      entries: parsed.filter((f) => f.kind === 'entry' && f.data !== undefined).map((f) => f.data as SourceEntry),
      guides: parsed.filter((f) => f.kind === 'guide' && f.data !== undefined).map((f) => f.data as SourceGuide),
      synonyms: list<SynonymGroup>('synonyms'),
      ...optionalKinds(parsed),
    },
  };
}

/** Events, notices and pages, present only when the folder has them (as `loadSource` reads them). */
function optionalKinds(parsed: readonly SourceFile[]): Pick<SourceContent, 'events' | 'notices' | 'pages'> {
  const out: Pick<SourceContent, 'events' | 'notices' | 'pages'> = {};
  const each = <T>(kind: SourceFileKind): T[] => parsed.filter((f) => f.kind === kind && f.data !== undefined).map((f) => f.data as T);
  const events = each<SourceEvent>('event');
  if (events.length) out.events = events;
  const notices = parsed.find((f) => f.kind === 'notices');
  if (notices) out.notices = Array.isArray(notices.data) ? (notices.data as SourceNotice[]) : [];
  const pages = each<SourcePage>('page');
  if (pages.length) out.pages = pages;
  return out;
}

/** Validates a planned folder in memory: the same problems `kompass validate` would print after writing it. */
export function validatePlan(files: readonly PlannedFile[]): Problem[] {
  return validateSource(loadPlan(files));
}

/** Validates a whole source given as data (e.g. from the editor), as if written to a fresh folder. */
export function validateContent(content: SourceContent, options: PlanOptions = {}): Problem[] {
  return validatePlan(planSource(content, undefined, options).files);
}
