/// <reference types="node" />
/**
 * Builds a content pack from a validated source (node only): `manifest.json`,
 * `base.<hash>.json` and one `text/<lang>.<hash>.json` per language, content-addressed and
 * byte-for-byte deterministic for the same source and date.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { directionOf, effectiveFallbacks } from '../../pack/languages.js';
import { canonicalJson } from '../../pack/canonical-json.js';
import { HOURS_WINDOW_MONTHS, compileHours, usesSunTimes, windowUntil } from '../../authoring/hours/hours-compile.js';
import { compileMarkdown } from '../../authoring/markdown.js';
import { EVENT_WINDOW_MONTHS, compileOccurrences, type EventTime } from '../../authoring/events/recurrence.js';
import { countProblems, type Problem } from '../../authoring/problems.js';
import { loadAndValidate } from '../source/validate-folder.js';
import {
  PACK_FORMAT,
  type BaseEntry,
  type BaseEvent,
  type BasePage,
  type PageText,
  type SourcePage,
  type EventText,
  type CompiledHours,
  type EntryText,
  type GuideText,
  type LanguageCode,
  type LocalizedText,
  type PackBase,
  type PackFileRef,
  type PackLanguage,
  type PackManifest,
  type PackMunicipality,
  type PackText,
  type RichText,
  type SourceContent,
  type SourceEntry,
} from '../../pack/types.js';
import { PieceMemo, SLOT, fileBytes, objectJson, type Piece } from './pack-pieces.js';

export interface BuildOptions {
  /** Build date `YYYY-MM-DD`: start of the opening-hours window and `published`. */
  date: string;
  /** Force this revision. */
  revision?: number;
  /** The manifest currently published in the output folder, if any (for the revision). */
  previous?: PackManifest | null;
  /**
   * The caller never changes a source item in place (the publish server replaces an item to
   * change it): each entry's part of the files is serialised once and remembered per entry
   * object, so a build that shares all entries but one with an earlier build serialises one.
   */
  sameObjectsUnchanged?: boolean;
}

export interface PackFile {
  /** Path relative to the output folder, e.g. `text/ar.0123456789abcdef.json`. */
  path: string;
  bytes: Buffer;
}

export interface BuiltPack {
  manifest: PackManifest;
  base: PackBase;
  texts: PackText[];
  /** base and text files (hashed names), then `manifest.json` last. */
  files: PackFile[];
}

/** Endonyms `Intl.DisplayNames` gets wrong or does not know. */
const ENDONYMS: Record<string, string> = {
  'de-x-simple': 'Einfache Sprache',
  prs: 'دری',
  ku: 'Kurdî',
  kmr: 'Kurdî',
  ckb: 'کوردی',
  ti: 'ትግርኛ',
  fa: 'فارسی',
  ps: 'پښتو',
};

export { canonicalJson };

/** The language's own name, e.g. `العربية` for `ar`. */
export function endonymOf(code: LanguageCode): string {
  const fixed = ENDONYMS[code];
  if (fixed) return fixed;
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    if (!name || name === code) return code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}


const textOf = (value: LocalizedText | undefined, lang: LanguageCode): string | undefined => {
  const v = value?.[lang];
  return v === undefined ? undefined : typeof v === 'string' ? v : v.text;
};

const richOf = (value: LocalizedText | undefined, lang: LanguageCode): RichText | undefined => {
  const text = textOf(value, lang);
  return text === undefined ? undefined : compileMarkdown(text).rich;
};

/** Removes `undefined` fields so they never reach the JSON (and never change a hash). */
function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

/** Every translatable text in the source, for completeness: one entry per text field. */
function allTexts(content: SourceContent): LocalizedText[] {
  const out: (LocalizedText | undefined)[] = [content.municipality.name];
  for (const c of content.categories) out.push(c.label);
  for (const e of content.entries) {
    out.push(e.name, e.summary, e.description, e.hoursNote, e.address?.extra, e.address?.gettingThere);
    for (const p of e.phones ?? []) out.push(p.label);
  }
  for (const g of content.guides) {
    out.push(g.title, g.intro);
    for (const s of g.steps) out.push(s.title, s.text, ...(s.documents ?? []));
  }
  for (const ev of content.events ?? []) out.push(ev.title, ev.description, ev.cost, ev.registration?.note, ev.address?.extra, ev.address?.gettingThere);
  for (const n of content.notices ?? []) out.push(n.text);
  for (const p of content.pages ?? []) out.push(p.title, p.text, ...(p.attachments ?? []).map((a) => a.title));
  const def = content.municipality.defaultLanguage;
  for (const [comment, texts] of Object.entries(content.municipality.hoursComments ?? {})) out.push({ ...texts, [def]: comment });
  return out.filter((t): t is LocalizedText => !!t && Object.keys(t).length > 0);
}

/** Each entry's part of `base` (by its hours reference) and of each text file (by language), see pack-pieces.ts. */
const baseEntries = new PieceMemo<SourceEntry, number | undefined, BaseEntry>();
const entryTexts = new PieceMemo<SourceEntry, LanguageCode, EntryText>();

function baseEntry(e: SourceEntry, hoursRef: number | undefined): BaseEntry {
  const entry: BaseEntry = { id: e.id, kind: e.kind, categories: [...e.categories] };
  if (e.address) {
    const { street, postalCode, city, lat, lon } = e.address;
    entry.address = { street, postalCode, city, lat, lon };
  }
  if (e.openingHours !== undefined) {
    entry.openingHours = e.openingHours;
    entry.hoursRef = hoursRef;
  }
  if (e.phones) entry.phones = e.phones.map((p) => ({ number: p.number }));
  return compact(
    Object.assign(entry, {
      email: e.email,
      website: e.website,
      appointment: e.appointment ? compact({ required: e.appointment.required, url: e.appointment.url }) : undefined,
      languages: e.languages ? [...e.languages] : undefined,
      wheelchair: e.wheelchair,
      lastChecked: e.lastChecked,
      concepts: e.concepts?.length ? [...e.concepts] : undefined,
    }),
  );
}

/** A pack file's data, and what its JSON is made of (see pack-pieces.ts): the rest with `SLOT` for the entries, and their pieces. */
interface FileParts<T, E> {
  value: T;
  rest: string;
  entries: E[];
}

function buildBase(content: SourceContent, date: string, remember: boolean): FileParts<PackBase, Piece<BaseEntry>> {
  const mun = content.municipality;
  // Many entries share a rule (and different rules can compile alike): each compiled result
  // is written once, in `hoursTable`, and entries point at it. It keeps the base small, which
  // is what a phone parses at every start.
  const hoursTable: CompiledHours[] = [];
  const byRule = new Map<string, number>();
  const byResult = new Map<string, number>();
  const hoursOf = (rule: string, at: { lat?: number | undefined; lon?: number | undefined } | undefined): number => {
    // Sun times depend on where the place is: such rules are compiled per place.
    const where = at?.lat !== undefined && at.lon !== undefined ? at : mun.location;
    const cacheKey = usesSunTimes(rule) ? `${rule}@${where?.lat},${where?.lon}` : rule;
    let ref = byRule.get(cacheKey);
    if (ref === undefined) {
      const h = compileHours(rule, { state: mun.state, from: date, closedOnPublicHolidays: mun.closedOnPublicHolidays ?? true, ...(where ? { lat: where.lat, lon: where.lon } : {}) });
      const key = canonicalJson(h);
      ref = byResult.get(key);
      if (ref === undefined) {
        ref = hoursTable.push(h) - 1;
        byResult.set(key, ref);
      }
      byRule.set(cacheKey, ref);
    }
    return ref;
  };
  // Every entry asks for its hours in order, so the table is the same whichever pieces are remembered.
  const pieces = content.entries.map((e) => {
    const hoursRef = e.openingHours !== undefined ? hoursOf(e.openingHours, e.address) : undefined;
    return baseEntries.get(e, hoursRef, remember, () => baseEntry(e, hoursRef))!;
  });
  const synonyms: string[][] = [];
  for (const group of content.synonyms) {
    const terms: string[] = [];
    for (const lang of Object.keys(group.terms)) {
      for (const t of group.terms[lang] ?? []) {
        const norm = t.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase(lang);
        if (norm && !terms.includes(norm)) terms.push(norm);
      }
    }
    if (terms.length > 1) synonyms.push(terms);
  }
  const base: PackBase = {
    format: PACK_FORMAT,
    hoursWindow: { from: date, until: windowUntil(date, HOURS_WINDOW_MONTHS) },
    hoursTable,
    categories: content.categories.map((c) => compact({ id: c.id, parent: c.parent, icon: c.icon })),
    entries: pieces.map((p) => p.value),
    guides: content.guides.map((g) =>
      compact({ id: g.id, icon: g.icon, steps: g.steps.map((s) => ({ id: s.id, entries: [...(s.entries ?? [])] })) }),
    ),
    synonyms,
    ...eventsAndNotices(content, date),
    ...(content.pages?.length ? { pages: pageTree(content.pages, mun.defaultLanguage).map(basePage) } : {}),
  };
  return { value: base, rest: canonicalJson({ ...base, entries: SLOT }), entries: pieces };
}

/** Pages in tree order: each parent before its children, siblings by `order`, then by title, then id. */
export function pageTree(pages: readonly SourcePage[], defaultLanguage: LanguageCode): SourcePage[] {
  const children = new Map<string | undefined, SourcePage[]>();
  for (const p of pages) children.set(p.parent, [...(children.get(p.parent) ?? []), p]);
  const title = (p: SourcePage) => textOf(p.title, defaultLanguage) ?? '';
  const out: SourcePage[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | undefined) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || title(a).localeCompare(title(b), defaultLanguage) || a.id.localeCompare(b.id));
    for (const p of list) {
      if (seen.has(p.id)) continue; // a cycle (validation reports it)
      seen.add(p.id);
      out.push(p);
      walk(p.id);
    }
  };
  walk(undefined);
  return out;
}

const basePage = (p: SourcePage): BasePage =>
  compact({
    id: p.id,
    parent: p.parent,
    icon: p.icon,
    entries: p.entries?.length ? [...p.entries] : undefined,
    guides: p.guides?.length ? [...p.guides] : undefined,
    pages: p.pages?.length ? [...p.pages] : undefined,
    attachments: p.attachments?.length ? p.attachments.map((a) => ({ url: a.url })) : undefined,
  });

/** Events with their occurrences in a 12-month window from the build date, and notices still to come. */
function eventsAndNotices(content: SourceContent, date: string): Pick<PackBase, 'events' | 'eventsWindow' | 'notices'> {
  const mun = content.municipality;
  const out: Pick<PackBase, 'events' | 'eventsWindow' | 'notices'> = {};
  if (content.events?.length) {
    out.eventsWindow = { from: date, until: windowUntil(date, EVENT_WINDOW_MONTHS) };
    out.events = content.events
      .map((ev): BaseEvent => {
        const occurrences = compileOccurrences(ev.time as EventTime, { timeZone: mun.timeZone, state: mun.state, windowFrom: date });
        const address = ev.address ? compact({ street: ev.address.street, postalCode: ev.address.postalCode, city: ev.address.city, lat: ev.address.lat, lon: ev.address.lon }) : undefined;
        const registration = ev.registration ? compact({ required: ev.registration.required, url: ev.registration.url, phone: ev.registration.phone }) : undefined;
        return compact({
          id: ev.id,
          place: ev.place,
          address,
          organizer: ev.organizer,
          languages: ev.languages ? [...ev.languages] : undefined,
          registration: registration && Object.keys(registration).length ? registration : undefined,
          repeat: ev.time.repeat,
          start: ev.time.start,
          end: ev.time.end,
          occurrences,
        });
      })
      // An event whose every date is past is not shipped.
      .filter((ev) => ev.occurrences.length > 0);
  }
  // Notices that ended before the build date are not shipped; the reader hides the rest by its clock.
  const notices = (content.notices ?? []).filter((n) => n.until >= date);
  if (notices.length) out.notices = notices.map((n) => compact({ id: n.id, from: n.from, until: n.until, severity: n.severity ?? 'info', entries: n.entries ? [...n.entries] : undefined, closed: n.closed || undefined }));
  return out;
}

/** The quoted comments the compiled opening hours use (not the empty one of `open-end`). */
function hoursCommentsOf(base: PackBase): string[] {
  return [...new Set((base.hoursTable ?? []).flatMap((h) => h.comments ?? []).filter(Boolean))].sort();
}

/** An entry's texts in one language; undefined when it has none. */
function entryText(e: SourceEntry, lang: LanguageCode): EntryText | undefined {
  const labels = (e.phones ?? []).map((p) => textOf(p.label, lang) ?? null);
  const keywords = e.keywords?.[lang];
  const t: EntryText = compact({
    name: textOf(e.name, lang),
    summary: textOf(e.summary, lang),
    description: richOf(e.description, lang),
    addressExtra: textOf(e.address?.extra, lang),
    gettingThere: textOf(e.address?.gettingThere, lang),
    hoursNote: textOf(e.hoursNote, lang),
    phoneLabels: labels.some((l) => l !== null) ? labels : undefined,
    keywords: keywords?.length ? [...keywords] : undefined,
  });
  return Object.keys(t).length ? t : undefined;
}

/**
 * Makes the entries' pieces of the text files now, as `buildPack` with `sameObjectsUnchanged`
 * remembers them (the bulk of its work): for getting a publish ready a few entries at a time.
 */
export function rememberEntryTexts(entries: readonly SourceEntry[], languages: readonly LanguageCode[]): void {
  for (const e of entries) for (const lang of languages) entryTexts.get(e, lang, true, () => entryText(e, lang));
}

function buildText(content: SourceContent, lang: LanguageCode, comments: readonly string[], remember: boolean): FileParts<PackText, [id: string, Piece<EntryText>]> {
  const pack: PackText = { format: PACK_FORMAT, lang, categories: {}, entries: {}, guides: {} };
  // The hours' comments are in the default language; other languages get their translations.
  const translations = content.municipality.hoursComments ?? {};
  const hoursComments: Record<string, string> = {};
  if (lang !== content.municipality.defaultLanguage) {
    for (const c of comments) if (translations[c]?.[lang]) hoursComments[c] = translations[c][lang];
  }
  if (Object.keys(hoursComments).length) pack.hoursComments = hoursComments;
  const name = textOf(content.municipality.name, lang);
  if (name !== undefined) pack.municipalityName = name;
  for (const c of content.categories) {
    const label = textOf(c.label, lang);
    if (label !== undefined) pack.categories[c.id] = label;
  }
  const entries: [string, Piece<EntryText>][] = [];
  for (const e of content.entries) {
    const p = entryTexts.get(e, lang, remember, () => entryText(e, lang));
    if (p) {
      pack.entries[e.id] = p.value;
      entries.push([e.id, p]);
    }
  }
  for (const g of content.guides) {
    const steps: NonNullable<GuideText['steps']> = {};
    for (const s of g.steps) {
      // The reader shows the document list in one language, so a language gets it only when complete.
      const docs = (s.documents ?? []).map((d) => textOf(d, lang));
      const complete = docs.length > 0 && docs.every((d) => d !== undefined);
      const st = compact({ title: textOf(s.title, lang), text: richOf(s.text, lang), documents: complete ? (docs as string[]) : undefined });
      if (Object.keys(st).length) steps[s.id] = st;
    }
    const t: GuideText = compact({
      title: textOf(g.title, lang),
      intro: richOf(g.intro, lang),
      steps: Object.keys(steps).length ? steps : undefined,
    });
    if (Object.keys(t).length) pack.guides[g.id] = t;
  }
  for (const ev of content.events ?? []) {
    const t: EventText = compact({
      title: textOf(ev.title, lang),
      description: richOf(ev.description, lang),
      cost: textOf(ev.cost, lang),
      addressExtra: textOf(ev.address?.extra, lang),
      gettingThere: textOf(ev.address?.gettingThere, lang),
      registrationNote: textOf(ev.registration?.note, lang),
    });
    if (Object.keys(t).length) (pack.events ??= {})[ev.id] = t;
  }
  for (const p of content.pages ?? []) {
    const titles = (p.attachments ?? []).map((a) => textOf(a.title, lang) ?? null);
    const t: PageText = compact({
      title: textOf(p.title, lang),
      text: richOf(p.text, lang),
      attachments: titles.some((x) => x !== null) ? titles : undefined,
    });
    if (Object.keys(t).length) (pack.pages ??= {})[p.id] = t;
  }
  for (const n of content.notices ?? []) {
    const text = textOf(n.text, lang);
    if (text !== undefined) (pack.notices ??= {})[n.id] = text;
  }
  return { value: pack, rest: canonicalJson({ ...pack, entries: SLOT }), entries };
}

/** SHA-256 of a pack file: node's native hash (the same digest as `sha256Hex`, 50 times faster on the megabytes of a large pack). */
const fileHashes = new WeakMap<Buffer, string>();
function fileHash(bytes: Buffer): string {
  let h = fileHashes.get(bytes);
  if (!h) fileHashes.set(bytes, (h = createHash('sha256').update(bytes).digest('hex')));
  return h;
}
const hashedName = (prefix: string, bytes: Buffer): string => `${prefix}.${fileHash(bytes).slice(0, 16)}.json`;
const ref = (file: string, bytes: Buffer): PackFileRef => ({ file, sha256: fileHash(bytes), bytes: bytes.length });

/** Whether two manifests publish exactly the same files. */
export function sameFiles(a: Pick<PackManifest, 'base' | 'languages'>, b: Pick<PackManifest, 'base' | 'languages'>): boolean {
  const key = (m: Pick<PackManifest, 'base' | 'languages'>) => [m.base.sha256, ...m.languages.map((l) => `${l.code}:${l.sha256}`)].join('|');
  return key(a) === key(b);
}

/** The revision for a new build: forced, else the previous one if nothing changed, else previous + 1 (from 1). */
export function nextRevision(draft: Pick<PackManifest, 'base' | 'languages'>, previous: PackManifest | null | undefined, forced?: number): number {
  if (forced !== undefined) return forced;
  if (!previous || !Number.isInteger(previous.revision)) return 1;
  return sameFiles(draft, previous) ? previous.revision : previous.revision + 1;
}

/** Builds the pack in memory. The source must be valid (see `validateSource`). */
export function buildPack(content: SourceContent, options: BuildOptions): BuiltPack {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new Error(`Invalid build date "${options.date}"; use YYYY-MM-DD.`);
  const mun = content.municipality;
  const remember = !!options.sameObjectsUnchanged;
  const { value: base, rest: baseRest, entries: baseEntryPieces } = buildBase(content, options.date, remember);
  const baseBytes = fileBytes('base', baseRest, baseEntryPieces.map((p) => ['', p]), () => `[${baseEntryPieces.map((p) => p.json).join(',')}]`, remember);
  const files: PackFile[] = [{ path: hashedName('base', baseBytes), bytes: baseBytes }];
  const texts: PackText[] = [];
  const languages: PackLanguage[] = [];
  // Texts only for the events and notices the base ships (past ones are left out).
  const shipped: SourceContent = {
    ...content,
    events: content.events?.filter((e) => base.events?.some((b) => b.id === e.id)),
    notices: content.notices?.filter((n) => base.notices?.some((b) => b.id === n.id)),
  };
  const units = allTexts(shipped);
  const comments = hoursCommentsOf(base);
  for (const code of mun.languages) {
    const { value: text, rest, entries } = buildText(shipped, code, comments, remember);
    // A later entry of the same id wins, as in `text.entries`.
    const bytes = fileBytes(`text/${code}`, rest, entries, () => objectJson(new Map(entries.map(([id, p]) => [id, p.json]))), remember);
    const path = `text/${hashedName(code, bytes)}`;
    files.push({ path, bytes });
    texts.push(text);
    const present = units.filter((u) => u[code] !== undefined).length;
    languages.push({
      code,
      endonym: endonymOf(code),
      dir: directionOf(code),
      completeness: units.length ? Math.round((present / units.length) * 1000) / 1000 : 1,
      ...ref(path, bytes),
    });
  }
  const name: Record<string, string> = {};
  for (const lang of Object.keys(mun.name)) name[lang] = textOf(mun.name, lang)!;
  const municipality: PackMunicipality = compact({
    id: mun.id,
    name,
    defaultLanguage: mun.defaultLanguage,
    timeZone: mun.timeZone,
    state: mun.state,
    imprintUrl: mun.imprintUrl,
    privacyUrl: mun.privacyUrl,
    contact: mun.contact ? compact({ email: mun.contact.email, phone: mun.contact.phone, name: mun.contact.name }) : undefined,
    languageFallbacks: effectiveFallbacks(mun.languageFallbacks),
  });
  const baseRef = ref(files[0]!.path, baseBytes);
  const revision = nextRevision({ base: baseRef, languages }, options.previous, options.revision);
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    revision,
    published: `${options.date}T00:00:00Z`,
    municipality,
    base: baseRef,
    languages,
  };
  files.push({ path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') });
  return { manifest, base, texts, files };
}

/** Reads `<dir>/manifest.json` if there is one. */
export async function readManifest(dir: string): Promise<PackManifest | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as PackManifest;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new Error(`${join(dir, 'manifest.json')} exists but cannot be read: ${(e as Error).message}`);
  }
}

/**
 * Writes a built pack into `outDir`: every file into a temporary folder first, then renamed
 * into place, `manifest.json` last, so a reader never sees a manifest pointing at a missing
 * file. Older hashed files stay (readers of the previous revision may still fetch them).
 * With `linkFrom`, files of the same (content-hashed) name in that folder are linked, not written.
 */
export async function writePack(pack: Pick<BuiltPack, 'files'>, outDir: string, options: { linkFrom?: string } = {}): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const tmp = join(outDir, `.tmp-${randomBytes(6).toString('hex')}`);
  try {
    for (const f of pack.files) {
      await mkdir(dirname(join(tmp, f.path)), { recursive: true });
      // A hashed file another pack has (the previous revision's) is a hard link to it, else written.
      const linked = options.linkFrom && f.path !== 'manifest.json' && (await link(join(options.linkFrom, f.path), join(tmp, f.path)).then(() => true, () => false));
      if (!linked) await writeFile(join(tmp, f.path), f.bytes);
    }
    const ordered = [...pack.files.filter((f) => f.path !== 'manifest.json'), ...pack.files.filter((f) => f.path === 'manifest.json')];
    for (const f of ordered) {
      await mkdir(dirname(join(outDir, f.path)), { recursive: true });
      await rename(join(tmp, f.path), join(outDir, f.path));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The build date: `--date`, else `SOURCE_DATE_EPOCH`, else today (UTC). */
export function resolveBuildDate(date?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (date) return date;
  const epoch = env.SOURCE_DATE_EPOCH;
  const t = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
  return t.toISOString().slice(0, 10);
}

export interface BuildResult {
  problems: Problem[];
  /** Absent when the source has errors and nothing was written. */
  pack?: BuiltPack;
  /** Whether the revision changed (false when the same content was rebuilt). */
  changed?: boolean;
}

/** Validates `sourceDir` and, when it has no errors, builds and writes the pack to `outDir`. */
export async function buildFromSource(sourceDir: string, outDir: string, options: { date?: string; revision?: number } = {}): Promise<BuildResult> {
  const { source, problems } = await loadAndValidate(sourceDir);
  if (countProblems(problems).errors) return { problems };
  const previous = await readManifest(outDir);
  const buildOptions: BuildOptions = { date: resolveBuildDate(options.date), previous };
  if (options.revision !== undefined) buildOptions.revision = options.revision;
  const pack = buildPack(source.content, buildOptions);
  await writePack(pack, outDir);
  return { problems, pack, changed: !previous || !sameFiles(pack.manifest, previous) };
}
