/**
 * Integreat pages and events → Kompass information pages and events (browser-safe mapping;
 * the files are read by src/node/interchange/integreat.ts).
 *
 * What the API means, as its own test outputs show it:
 * - a page's `id` is the id of that translation; `parent.id` is the parent *page*'s id, which
 *   no translation carries. Children are matched to their parent by `parent.path` (older
 *   exports without a path: by `parent.id`).
 * - `available_languages[lang].id` names the translation in that language's file.
 * - An untranslated page or event may be served in another language with the default
 *   language's text (`id: null`, or the same title and content), or as a placeholder ("This
 *   page does not exist in the selected language…"). Neither is a translation: both are left
 *   missing, so the reader marks its fallback and `kompass status` counts them as missing.
 */
import { htmlToMarkdown, type HtmlIssue } from './html-to-markdown.js';
import { mergeText, slugify, uniqueId } from './import-plan.js';
import type { ImportMessages } from './messages.js';
import type { SourceContent, SourceEvent, SourcePage } from '../../pack/types.js';

type LanguageRefs = Record<string, { id: number | null; url?: string | null; path?: string | null }>;

export interface IntegreatPage {
  id: number | null;
  url?: string;
  path?: string;
  title: string;
  content?: string;
  excerpt?: string;
  parent?: { id: number; url?: string | null; path?: string | null } | null;
  order?: number;
  last_updated?: string;
  available_languages?: LanguageRefs;
}

export interface IntegreatEvent {
  id: number | null;
  url?: string;
  path?: string;
  title: string;
  content?: string;
  excerpt?: string;
  available_languages?: LanguageRefs;
  event?: { id?: number; start?: string; start_date?: string; start_time?: string; end?: string; end_date?: string; end_time?: string; all_day?: boolean } | null;
  recurrence_rule?: string | null;
  location?: { id?: number | null; name?: string | null; address?: string | null; town?: string | null; postcode?: string | null } | null;
  meeting_url?: string | null;
}

/** Integreat language slugs that differ from the BCP 47 tags Kompass uses. */
const LANGUAGE_MAP: Record<string, string> = { 'de-si': 'de-x-simple', 'de-ls': 'de-x-simple', easy: 'de-x-simple', pes: 'fa', kmr: 'ku' };
export const kompassLanguage = (code: string): string => LANGUAGE_MAP[code.toLowerCase()] ?? code.toLowerCase();

/** Where the report's notes come from: its words, and the name of the file being read. */
export interface IntegreatReportContext {
  m: ImportMessages;
  file: string;
}

/** The notes for what the HTML conversion of `origin` had to change (each link once). */
export function htmlIssueNotes(m: ImportMessages, origin: string, issues: readonly HtmlIssue[]): string[] {
  return [...new Set(issues.map((i) => i.linkKeptAsText))].map((href) => m('integreat.linkPlain', { origin, href }));
}

const PLACEHOLDER = /does not exist in the selected language|existiert nicht in der (aus)?gewählten Sprache|gibt es nicht in der (aus)?gewählten Sprache/i;

const normPath = (path: string | null | undefined): string => {
  if (!path) return '';
  let p = path;
  try {
    p = decodeURIComponent(path);
  } catch {
    /* keep as is */
  }
  return p.normalize('NFC').replace(/\/?$/, '/');
};
const lastSegment = (path: string | undefined) => normPath(path).split('/').filter(Boolean).pop() ?? '';

/** The translation of `item` in language `l`, when the API has a real one. */
function translationIn<T extends { id: number | null; path?: string; title: string; content?: string; available_languages?: LanguageRefs }>(
  item: T,
  l: string,
  byLang: Map<string, T[]>,
): { item?: T; skipped?: 'placeholder' | 'fallback' } {
  const refs = item.available_languages;
  const ref = refs?.[l] ?? Object.entries(refs ?? {}).find(([k]) => kompassLanguage(k) === l)?.[1];
  const list = byLang.get(l) ?? [];
  const t = ref ? (list.find((x) => ref.id !== null && x.id === ref.id) ?? list.find((x) => ref.path && normPath(x.path) === normPath(ref.path))) : undefined;
  if (!t) return {};
  if (PLACEHOLDER.test(t.content ?? '')) return { skipped: 'placeholder' };
  if (t.id === null || (t.title === item.title && (t.content ?? '') === (item.content ?? ''))) return { skipped: 'fallback' };
  return { item: t };
}

/**
 * Titles and texts (HTML → Markdown) of a page or event in every language with a real
 * translation; `outcome` hears, per language, whether it was translated, a placeholder, a
 * fallback or missing.
 */
function textsByLanguage<T extends { id: number | null; path?: string; title: string; content?: string; available_languages?: LanguageRefs }>(
  item: T,
  def: string,
  byLang: Map<string, T[]>,
  known: (l: string) => boolean,
  issues: HtmlIssue[],
  outcome?: (lang: string, what: 'done' | 'placeholder' | 'fallback' | 'missing') => void,
): { titles: Record<string, string>; texts: Record<string, string> } {
  const titles: Record<string, string> = { [def]: item.title };
  const texts: Record<string, string> = {};
  const md = htmlToMarkdown(item.content ?? '', issues);
  if (md) texts[def] = md;
  for (const l of byLang.keys()) {
    if (l === def || !known(l)) continue;
    const { item: t, skipped } = translationIn(item, l, byLang);
    outcome?.(l, skipped ?? (t ? 'done' : 'missing'));
    if (!t) continue;
    if (t.title) titles[l] = t.title;
    const tmd = htmlToMarkdown(t.content ?? '', issues);
    if (tmd) texts[l] = tmd;
  }
  return { titles, texts };
}

interface Imported<K extends string, T> {
  origin: string;
  kind: K;
  page: T;
}

/** Pages in tree order with their parents resolved; updates `content.pages` in place. */
export function importPages(
  defPages: IntegreatPage[],
  byLang: Map<string, IntegreatPage[]>,
  content: SourceContent,
  def: string,
  known: (l: string) => boolean,
  { m, file }: IntegreatReportContext,
): { pages: Imported<'page', SourcePage>[]; notes: string[] } {
  const notes: string[] = [];
  const pages = (content.pages ??= []);
  const byPath = new Map(defPages.map((p) => [normPath(p.path), p]));
  const byId = new Map(defPages.filter((p) => p.id !== null).map((p) => [p.id!, p]));
  const parentOf = (p: IntegreatPage): IntegreatPage | undefined => {
    if (p.parent?.path) return byPath.get(normPath(p.parent.path));
    return p.parent?.id ? byId.get(p.parent.id) : undefined;
  };
  const children = new Map<IntegreatPage | undefined, IntegreatPage[]>();
  for (const p of defPages) {
    let parent = parentOf(p);
    if (!parent && (p.parent?.path || p.parent?.id)) {
      notes.push(m('integreat.parentMissing', { origin: m('integreat.page', { file, id: p.id ?? '–', title: p.title }), parent: p.parent?.path || `#${p.parent?.id}` }));
      parent = undefined;
    }
    children.set(parent, [...(children.get(parent) ?? []), p]);
  }
  for (const list of children.values()) list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

  const taken = new Set(pages.map((p) => p.id));
  const out: Imported<'page', SourcePage>[] = [];
  const counts = new Map<string, { done: number; placeholder: number; fallback: number; missing: number }>();
  const count = (l: string) => counts.get(l) ?? counts.set(l, { done: 0, placeholder: 0, fallback: 0, missing: 0 }).get(l)!;
  const walk = (parent: IntegreatPage | undefined, parentId: string | undefined, depth: number) => {
    for (const [i, ip] of (children.get(parent) ?? []).entries()) {
      if (depth > 32) continue; // a cycle in broken data
      const path = normPath(ip.path);
      const old = pages.find((p) => (p.extra?.integreat as { path?: string } | undefined)?.path === path);
      const id = old?.id ?? uniqueId(slugify(lastSegment(ip.path) || ip.title, 'seite'), taken);
      const page: SourcePage = old ? structuredClone(old) : { id, title: {} };
      const issues: HtmlIssue[] = [];
      const { titles, texts } = textsByLanguage(ip, def, byLang, known, issues, (l, outcome) => count(l)[outcome]++);
      page.title = mergeText(page.title, titles)!;
      const text = mergeText(page.text, texts);
      if (text) page.text = text;
      if (parentId) page.parent = parentId;
      else delete page.parent;
      page.order = ip.order ?? i;
      page.extra = { ...(page.extra ?? {}), integreat: { path, ...(ip.id !== null ? { id: ip.id } : {}), ...(ip.last_updated ? { lastUpdated: ip.last_updated.slice(0, 10) } : {}) } };
      const origin = m('integreat.page', { file, id: ip.id ?? '–', title: ip.title });
      notes.push(...htmlIssueNotes(m, origin, issues));
      if (old) pages[pages.indexOf(old)] = page;
      else pages.push(page);
      out.push({ origin, kind: 'page', page });
      walk(ip, id, depth + 1);
    }
  };
  walk(undefined, undefined, 0);
  for (const [lang, c] of counts) notes.push(m('integreat.pagesIn', { lang, def, ...c }));
  return { pages: out, notes };
}

const DAYS: Record<string, string> = { MO: 'Mo', TU: 'Tu', WE: 'We', TH: 'Th', FR: 'Fr', SA: 'Sa', SU: 'Su' };

/** An RFC 5545 RRULE as a Kompass rule, when Kompass can say it (weekly, monthly by weekday). */
export function ruleFromRrule(rrule: string): { repeat: NonNullable<SourceEvent['time']['repeat']>; until?: string } | undefined {
  const line = rrule.split(/\r?\n/).find((l) => l.startsWith('RRULE:'))?.slice(6) ?? (rrule.includes('FREQ=') ? rrule : '');
  const parts = Object.fromEntries(line.split(';').map((kv) => kv.split('=') as [string, string]));
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(parts.UNTIL ?? '');
  const untilDate = until ? `${until[1]}-${until[2]}-${until[3]}` : undefined;
  const interval = parts.INTERVAL ? Number(parts.INTERVAL) : 1;
  if (parts.COUNT || parts.BYMONTH || parts.BYMONTHDAY) return undefined;
  const byDay = (parts.BYDAY ?? '').split(',').filter(Boolean);
  if (parts.FREQ === 'WEEKLY' && byDay.length && byDay.every((d) => DAYS[d]) && interval >= 1 && interval <= 8) {
    return { repeat: { every: 'week', on: byDay.map((d) => DAYS[d]!), ...(interval > 1 ? { interval } : {}) }, ...(untilDate ? { until: untilDate } : {}) };
  }
  if (parts.FREQ === 'MONTHLY' && interval === 1 && byDay.length) {
    const setPos = parts.BYSETPOS ? Number(parts.BYSETPOS) : undefined;
    const on = byDay.map((d) => {
      const m = /^([+-]?\d)?([A-Z]{2})$/.exec(d);
      const week = Number(m?.[1] ?? setPos);
      return m && DAYS[m[2]!] && [1, 2, 3, 4, -1].includes(week) ? { week: week as 1 | 2 | 3 | 4 | -1, day: DAYS[m[2]!]! } : undefined;
    });
    if (on.every(Boolean)) return { repeat: { every: 'month', on: on as { week: 1 | 2 | 3 | 4 | -1; day: string }[] }, ...(untilDate ? { until: untilDate } : {}) };
  }
  return undefined;
}

const hhmm = (t: string | undefined) => (t && /^\d{1,2}:\d{2}/.test(t) ? t.slice(0, 5).padStart(5, '0') : undefined);

/** Events: one Kompass event per Integreat event (its occurrences grouped); updates `content.events`. */
export function importEvents(
  byLang: Map<string, IntegreatEvent[]>,
  content: SourceContent,
  def: string,
  known: (l: string) => boolean,
  { m, file }: IntegreatReportContext,
): { events: { origin: string; event: SourceEvent }[]; notes: string[] } {
  const notes: string[] = [];
  const defEvents = byLang.get(def) ?? [];
  if (!defEvents.length) return { events: [], notes };
  const events = (content.events ??= []);
  const groups = new Map<string, IntegreatEvent[]>();
  for (const e of defEvents) {
    const key = e.event?.id !== undefined ? `e${e.event.id}` : `i${e.id}:${e.path}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const taken = new Set(events.map((e) => e.id));
  const out: { origin: string; event: SourceEvent }[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!;
    const ev = first.event ?? {};
    const origin = m('integreat.event', { file, id: first.id ?? '–', title: first.title });
    const old = events.find((e) => (e.extra?.integreat as { key?: string } | undefined)?.key === key);
    // By title: an event's path names its first date (test-veranstaltung-2030-01-01).
    const id = old?.id ?? uniqueId(slugify(first.title, 'veranstaltung'), taken);
    const event: SourceEvent = old ? structuredClone(old) : { id, title: {}, time: {} };
    const issues: HtmlIssue[] = [];
    const { titles, texts } = textsByLanguage(first, def, byLang, known, issues);
    event.title = mergeText(event.title, titles)!;
    const description = mergeText(event.description, texts);
    if (description) event.description = description;
    const integreat: Record<string, unknown> = { key };
    // When: the rule if Kompass can say it, else the dates the API lists.
    const start = ev.all_day ? undefined : hhmm(ev.start_time);
    const end = ev.all_day ? undefined : hhmm(ev.end_time);
    const rule = first.recurrence_rule ? ruleFromRrule(first.recurrence_rule) : undefined;
    const dates = [...new Set(list.map((e) => e.event?.start_date).filter((d): d is string => !!d))].sort();
    if (rule) event.time = { repeat: rule.repeat, from: ev.start_date ?? dates[0]!, ...(rule.until ? { until: rule.until } : {}) };
    else {
      event.time = { dates };
      if (first.recurrence_rule) {
        integreat.recurrenceRule = first.recurrence_rule;
        notes.push(m('integreat.ruleNoForm', { origin, rule: first.recurrence_rule.replace(/\s+/g, ' '), count: dates.length }));
      }
    }
    if (start) event.time.start = start;
    if (start && end && !(ev.end_date && ev.start_date && ev.end_date > ev.start_date && !rule)) event.time.end = end;
    if (ev.end_date && ev.start_date && ev.end_date > ev.start_date && !rule) {
      integreat.endDate = ev.end_date;
      notes.push(m('integreat.multiDay', { origin, start: ev.start_date, end: ev.end_date }));
    }
    // Where: the imported location's entry, else its address.
    const loc = first.location;
    const entry = loc?.id != null ? content.entries.find((e) => (e.extra?.integreat as { poiId?: number } | undefined)?.poiId === loc.id) : undefined;
    if (entry) event.place = entry.id;
    else if (loc?.address && loc.town && /^\d{5}$/.test(loc.postcode ?? '')) event.address = { street: loc.address, postalCode: loc.postcode!, city: loc.town };
    else if (loc?.name || loc?.address) integreat.location = loc;
    if (first.meeting_url) {
      if (/^https:\/\//.test(first.meeting_url)) event.registration = { ...(event.registration ?? {}), url: first.meeting_url };
      else integreat.meetingUrl = first.meeting_url;
    }
    if (first.url) integreat.url = first.url;
    event.extra = { ...(event.extra ?? {}), integreat };
    notes.push(...htmlIssueNotes(m, origin, issues));
    if (old) events[events.indexOf(old)] = event;
    else events.push(event);
    out.push({ origin, event });
  }
  return { events: out, notes };
}
