/**
 * Validation of a parsed source (browser-safe: the editor runs it in its lazily loaded
 * validation chunk; the CLI, the build and the publish server through validate.ts): the JSON Schemas first, then what a
 * schema cannot say — unique ids, references, the category tree, languages and translations,
 * opening-hours syntax, Markdown links, time zone. Every problem carries `file:line:column`.
 */
import { checkHours } from './hours/hours-compile.js';
import { compileMarkdown } from './markdown.js';
import { checkLanguageFallbacks } from './language-fallbacks.js';
import { checkHoursComments } from './hours-comments.js';
import { formatPath, sortProblems, type PathSegment, type Problem, type Severity } from './problems.js';
import { problemMessages, type ProblemCode, type ProblemParams } from './problem-messages.js';
import { schemaIssues, type SchemaName } from './schema.js';
import { locate, scalarContentOffset, type LoadedSource, type SourceFile, type SourceFileKind } from './source-parse.js';
import type { LocalizedText, SourceCategory, SourceEntry, SourceEvent, SourceGuide, SourceMunicipality, SourceNotice, SourcePage, SynonymGroup } from '../pack/types.js';
import { checkEventTime, type EventTime } from './events/recurrence.js';
import { ICON_NAMES, isIconName } from '../pack/icon-names.js';
import { CONCEPTS, isConceptId } from '../pack/concepts.js';
import { nearest } from './import/vocabulary.js';

const SCHEMA_OF: Record<SourceFileKind, SchemaName> = {
  municipality: 'source-municipality',
  categories: 'source-categories',
  entry: 'source-entry',
  guide: 'source-guide',
  synonyms: 'synonyms',
  event: 'source-event',
  notices: 'source-notices',
  page: 'source-page',
};

const isList = (kind: SourceFileKind) => kind === 'categories' || kind === 'synonyms' || kind === 'notices';

/** One item of a file: a whole file (municipality, entry, guide) or one element of a list file. */
interface Item<T> {
  file: SourceFile;
  /** Where the item sits in its file: `[]` or `[index]`. */
  at: PathSegment[];
  id?: string;
  data: T;
}

class Reporter {
  readonly problems: Problem[] = [];

  private readonly english = problemMessages('en');

  add<T>(item: Item<T>, path: PathSegment[], severity: Severity, code: ProblemCode, params: ProblemParams = {}, opts: { key?: boolean; offset?: number } = {}): void {
    const full = [...item.at, ...path];
    let { line, column } = locate(item.file, full, opts);
    if (opts.offset !== undefined) {
      const start = scalarContentOffset(item.file, full);
      if (start) {
        const lp = item.file.lineCounter.linePos(start.offset + opts.offset);
        line = lp.line;
        column = lp.col;
      }
    }
    const problem: Problem = { severity, file: item.file.file, line, column, path: formatPath(path), code, params, message: this.english(code, params) };
    if (item.id !== undefined) problem.entryId = item.id;
    this.problems.push(problem);
  }
}

const idOf = (v: unknown): string | undefined =>
  v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string' ? (v as { id: string }).id : undefined;

interface Context {
  r: Reporter;
  languages: string[] | undefined;
  defaultLanguage: string | undefined;
  state: string;
}

/** Checks a LocalizedText: languages known, default present, translations complete, Markdown valid. */
function checkText(ctx: Context, item: Item<unknown>, path: PathSegment[], value: LocalizedText | undefined, opts: { required: boolean; markdown?: boolean }): void {
  if (!value) return;
  const { r, languages, defaultLanguage: def } = ctx;
  for (const lang of Object.keys(value)) {
    if (languages && !languages.includes(lang))
      r.add(item, [...path, lang], 'warning', 'text.unknownLanguage', { lang, langs: languages }, { key: true });
    if (opts.markdown) {
      const v = value[lang]!;
      const { issues } = compileMarkdown(typeof v === 'string' ? v : v.text);
      for (const issue of issues) r.add(item, [...path, lang], issue.severity, issue.code, issue.params);
    }
  }
  if (!def) return;
  if (!(def in value)) {
    r.add(item, path, opts.required ? 'error' : 'warning', 'translation.defaultMissing', { defaultLang: def });
    return;
  }
  const missing = (languages ?? []).filter((l) => l !== def && !(l in value));
  if (missing.length) r.add(item, path, 'warning', 'translation.missing', { langs: missing, count: missing.length, defaultLang: def });
}

function checkLanguageKeys(ctx: Context, item: Item<unknown>, path: PathSegment[], value: Record<string, unknown> | undefined): void {
  if (!value || !ctx.languages) return;
  for (const lang of Object.keys(value)) {
    if (!ctx.languages.includes(lang))
      ctx.r.add(item, [...path, lang], 'warning', 'words.unknownLanguage', { lang, langs: ctx.languages }, { key: true });
  }
}

/** Bidirectional embedding, override and isolate controls: invisible, and able to show a text in a misleading order. */
const BIDI_CONTROLS: Record<string, string> = {
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/** Warns about every text of an item (any field, any depth) that contains a bidi control character. */
function checkBidiControls(r: Reporter, item: Item<unknown>): void {
  const walk = (v: unknown, path: PathSegment[]): void => {
    if (typeof v === 'string') {
      const c = BIDI_CONTROL.exec(v)?.[0];
      if (c) {
        const code = `U+${c.charCodeAt(0).toString(16).toUpperCase()}`;
        r.add(item, path, 'warning', 'text.bidiControl', { char: code, name: BIDI_CONTROLS[c]! });
      }
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(item.data, []);
}

/** Some concept ids of each area, for a message about an unknown one (the full list is in docs/content-format.md). */
const conceptAreas = (): string =>
  [...new Set(CONCEPTS.map((c) => c.area))].map((area) => `${area}: ${CONCEPTS.filter((c) => c.area === area).slice(0, 3).map((c) => c.id).join(', ')}`).join('; ');

/** An icon the reader cannot draw shows as a generic one: say so, with the names it has. */
function checkIcon(r: Reporter, item: Item<unknown>, icon: string | undefined): void {
  if (icon === undefined || isIconName(icon)) return;
  r.add(item, ['icon'], 'warning', 'icon.unknown', { icon, icons: [...ICON_NAMES] });
}

function checkUnique<T>(r: Reporter, items: Item<T>[], what: string): void {
  const first = new Map<string, Item<T>>();
  for (const item of items) {
    if (item.id === undefined) continue;
    const prev = first.get(item.id);
    if (prev) {
      if (prev.file === item.file) r.add(item, ['id'], 'error', 'id.duplicateLine', { kind: what, id: item.id, line: locate(prev.file, prev.at).line });
      else r.add(item, ['id'], 'error', 'id.duplicateFile', { kind: what, id: item.id, file: prev.file.file });
    } else first.set(item.id, item);
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

type SingleKind = 'entry' | 'guide' | 'event' | 'page';
const isSingle = (kind: SourceFileKind): kind is SingleKind => kind === 'entry' || kind === 'guide' || kind === 'event' || kind === 'page';

/**
 * What one item file (an entry, guide, event or page) says about itself, whatever the other
 * files say: its schema problems, its texts, opening hours, Markdown, concepts, icons, bidi
 * controls. Remembered per file object and context, so validating again after a change checks
 * only the files that changed (the editor's and the publish server's unchanged items are the
 * same `SourceFile` each time, see `sameObjectsUnchanged` in source-plan.ts).
 */
const checkedBefore = new WeakMap<SourceFile, { context: string; valid: boolean; problems: Problem[] }>();

function checkFile(file: SourceFile, ctx: Omit<Context, 'r'>): { valid: boolean; problems: Problem[] } {
  const context = `${ctx.languages?.join(',') ?? ''}|${ctx.defaultLanguage ?? ''}|${ctx.state}`;
  const before = checkedBefore.get(file);
  if (before?.context === context) return before;
  const r = new Reporter();
  const local: Context = { ...ctx, r };
  const item: Item<never> = { file, at: [], data: file.data as never, id: idOf(file.data) };
  const issues = schemaIssues(SCHEMA_OF[file.kind], file.data);
  for (const issue of issues) r.add(item, issue.path, 'error', issue.code, issue.params, { key: issue.atKey });
  const valid = issues.length === 0;
  if (valid) {
    if (file.kind === 'entry') entryChecks(local, item);
    else if (file.kind === 'guide') guideChecks(local, item);
    else if (file.kind === 'event') eventChecks(local, item);
    else pageChecks(local, item);
  }
  checkBidiControls(r, item);
  const result = { context, valid, problems: r.problems };
  checkedBefore.set(file, result);
  return result;
}

function entryChecks(ctx: Context, e: Item<SourceEntry>): void {
  const { r } = ctx;
  const entry = e.data;
  checkText(ctx, e, ['name'], entry.name, { required: true });
  checkText(ctx, e, ['summary'], entry.summary, { required: true });
  checkText(ctx, e, ['description'], entry.description, { required: false, markdown: true });
  checkText(ctx, e, ['hoursNote'], entry.hoursNote, { required: false });
  checkText(ctx, e, ['address', 'extra'], entry.address?.extra, { required: false });
  checkText(ctx, e, ['address', 'gettingThere'], entry.address?.gettingThere, { required: false });
  entry.phones?.forEach((phone, i) => checkText(ctx, e, ['phones', i, 'label'], phone.label, { required: false }));
  checkLanguageKeys(ctx, e, ['keywords'], entry.keywords);
  entry.concepts?.forEach((concept, i) => {
    if (isConceptId(concept)) return;
    const near = nearest(concept, CONCEPTS.map((c) => c.id));
    r.add(e, ['concepts', i], 'error', near ? 'concept.unknownNear' : 'concept.unknown', { id: concept, suggestion: near ?? '', area: near ? '' : conceptAreas() });
  });
  if (entry.openingHours !== undefined) {
    const check = checkHours(entry.openingHours, ctx.state);
    if (check.error) {
      const opts = check.error.position !== undefined ? { offset: check.error.position } : {};
      r.add(e, ['openingHours'], 'error', check.error.code, check.error.params, opts);
    } else {
      for (const w of check.notes) r.add(e, ['openingHours'], 'warning', w.code, w.params);
      if (/\bunknown\b/.test(entry.openingHours.replace(/"[^"]*"/g, '')) && !/"/.test(entry.openingHours))
        r.add(e, ['openingHours'], 'warning', 'hours.unknownWithoutComment');
    }
  }
}

function guideChecks(ctx: Context, g: Item<SourceGuide>): void {
  const guide = g.data;
  checkText(ctx, g, ['title'], guide.title, { required: true });
  checkIcon(ctx.r, g, guide.icon);
  checkText(ctx, g, ['intro'], guide.intro, { required: false, markdown: true });
  const stepIds = new Map<string, number>();
  guide.steps.forEach((step, i) => {
    const prev = stepIds.get(step.id);
    if (prev !== undefined) ctx.r.add(g, ['steps', i, 'id'], 'error', 'guide.stepDuplicate', { id: step.id, index: prev });
    else stepIds.set(step.id, i);
    checkText(ctx, g, ['steps', i, 'title'], step.title, { required: true });
    checkText(ctx, g, ['steps', i, 'text'], step.text, { required: false, markdown: true });
    step.documents?.forEach((doc, j) => checkText(ctx, g, ['steps', i, 'documents', j], doc, { required: true }));
  });
}

function eventChecks(ctx: Context, ev: Item<SourceEvent>): void {
  const { r } = ctx;
  const event = ev.data;
  checkText(ctx, ev, ['title'], event.title, { required: true });
  checkText(ctx, ev, ['description'], event.description, { required: false, markdown: true });
  checkText(ctx, ev, ['cost'], event.cost, { required: false });
  checkText(ctx, ev, ['registration', 'note'], event.registration?.note, { required: false });
  checkText(ctx, ev, ['address', 'extra'], event.address?.extra, { required: false });
  checkText(ctx, ev, ['address', 'gettingThere'], event.address?.gettingThere, { required: false });
  if (event.place !== undefined && event.address) r.add(ev, ['address'], 'error', 'event.placeAndAddress');
  for (const p of checkEventTime(event.time as EventTime)) r.add(ev, p.field.split(/[.[\]]+/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s)), 'error', p.code, p.params);
}

function pageChecks(ctx: Context, pg: Item<SourcePage>): void {
  const page = pg.data;
  checkText(ctx, pg, ['title'], page.title, { required: true });
  checkIcon(ctx.r, pg, page.icon);
  checkText(ctx, pg, ['text'], page.text, { required: false, markdown: true });
  page.attachments?.forEach((a, i) => checkText(ctx, pg, ['attachments', i, 'title'], a.title, { required: true }));
  page.pages?.forEach((id, i) => {
    if (id === page.id) ctx.r.add(pg, ['pages', i], 'warning', 'page.linksItself');
  });
}

/** Validates a loaded source; returns every problem (load problems included), sorted by position. */
export function validateSource(source: LoadedSource): Problem[] {
  const r = new Reporter();
  r.problems.push(...source.problems);

  // 1. The municipality first: its languages and state are the context of every other check.
  const valid = { municipality: [] as Item<SourceMunicipality>[], categories: [] as Item<SourceCategory>[], entry: [] as Item<SourceEntry>[], guide: [] as Item<SourceGuide>[], synonyms: [] as Item<SynonymGroup>[], event: [] as Item<SourceEvent>[], notices: [] as Item<SourceNotice>[], page: [] as Item<SourcePage>[] };
  const all = { categories: [] as Item<unknown>[], entry: [] as Item<unknown>[], guide: [] as Item<unknown>[], synonyms: [] as Item<unknown>[], event: [] as Item<unknown>[], notices: [] as Item<unknown>[], page: [] as Item<unknown>[] };
  const ctx: Context = { r, languages: undefined, defaultLanguage: undefined, state: 'NW' };
  const listOrMunicipality = source.files.filter((f) => f.data !== undefined && !isSingle(f.kind));
  for (const file of listOrMunicipality) {
    const data = file.data;
    const issues = schemaIssues(SCHEMA_OF[file.kind], data);
    const bad = new Set<number>();
    let fileBad = false;
    for (const issue of issues) {
      let item: Item<unknown> = { file, at: [], data, id: file.kind === 'municipality' ? undefined : idOf(data) };
      let path = issue.path;
      if (isList(file.kind) && typeof path[0] === 'number') {
        const index = path[0];
        bad.add(index);
        item = { file, at: [index], data: (data as unknown[])[index], id: idOf((data as unknown[])[index]) };
        path = path.slice(1);
      } else fileBad = true;
      r.add(item, path, 'error', issue.code, issue.params, { key: issue.atKey });
    }
    if (isList(file.kind)) {
      if (!Array.isArray(data)) continue;
      data.forEach((d, i) => {
        const item: Item<never> = { file, at: [i], data: d as never, id: idOf(d) };
        (all[file.kind as 'categories' | 'synonyms' | 'notices'] as Item<unknown>[]).push(item);
        if (!bad.has(i) && !fileBad) (valid[file.kind as 'categories' | 'synonyms' | 'notices'] as Item<unknown>[]).push(item);
      });
    } else if (!fileBad) valid.municipality.push({ file, at: [], data: data as never });
  }

  const m = valid.municipality[0];
  if (m) {
    const mun = m.data;
    ctx.languages = mun.languages;
    ctx.defaultLanguage = mun.defaultLanguage;
    ctx.state = mun.state;
    if (!mun.languages.includes(mun.defaultLanguage))
      r.add(m, ['defaultLanguage'], 'error', 'municipality.defaultNotInLanguages', { defaultLang: mun.defaultLanguage });
    if (!isTimeZone(mun.timeZone))
      r.add(m, ['timeZone'], 'error', 'municipality.timeZone', { timeZone: mun.timeZone });
    checkText(ctx, m, ['name'], mun.name, { required: true });
    for (const issue of checkLanguageFallbacks(mun.languageFallbacks, mun.languages, mun.defaultLanguage))
      r.add(m, ['languageFallbacks', ...issue.path], issue.severity, issue.code, issue.params, issue.key ? { key: true } : {});
  }

  // 2. Each entry, guide, event and page on its own (remembered while the file is unchanged).
  for (const file of source.files) {
    if (file.data === undefined || !isSingle(file.kind)) continue;
    const checked = checkFile(file, { languages: ctx.languages, defaultLanguage: ctx.defaultLanguage, state: ctx.state });
    r.problems.push(...checked.problems);
    const item: Item<never> = { file, at: [], data: file.data as never, id: idOf(file.data) };
    all[file.kind].push(item);
    if (checked.valid) (valid[file.kind] as Item<unknown>[]).push(item);
  }

  // 3. Unique ids.
  checkUnique(r, all.categories, 'category');
  checkUnique(r, all.entry, 'entry');
  checkUnique(r, all.guide, 'guide');
  checkUnique(r, all.synonyms, 'synonyms');
  checkUnique(r, all.event, 'event');
  checkUnique(r, all.notices, 'notice');
  checkUnique(r, all.page, 'page');

  // 4. Categories: parents exist, no cycles.
  const categoryIds = new Set(all.categories.map((c) => c.id).filter((id): id is string => id !== undefined));
  const parentOf = new Map<string, string | undefined>();
  for (const c of valid.categories) parentOf.set(c.data.id, c.data.parent);
  for (const c of valid.categories) {
    const cat = c.data;
    checkText(ctx, c, ['label'], cat.label, { required: true });
    checkIcon(r, c, cat.icon);
    if (cat.parent === undefined) continue;
    if (!categoryIds.has(cat.parent)) {
      r.add(c, ['parent'], 'error', 'category.parentMissing', { id: cat.parent });
      continue;
    }
    const chain = [cat.id];
    let p: string | undefined = cat.parent;
    while (p !== undefined && !chain.includes(p)) {
      chain.push(p);
      p = parentOf.get(p);
    }
    if (p === cat.id) r.add(c, ['parent'], 'error', 'category.cycle', { chain: [...chain, cat.id].join(' → ') });
  }

  // 5. What items say of each other: the categories, entries, guides and pages they name.
  const entryIds = new Set(all.entry.map((e) => e.id).filter((id): id is string => id !== undefined));
  for (const e of valid.entry)
    e.data.categories.forEach((cat, i) => {
      if (!categoryIds.has(cat)) r.add(e, ['categories', i], 'error', 'ref.categoryMissing', { id: cat });
    });

  // 5b. Translations of the opening hours' comments.
  if (m) {
    const rules = valid.entry.map((e) => e.data.openingHours).filter((h): h is string => h !== undefined);
    for (const issue of checkHoursComments(m.data.hoursComments, rules, m.data.languages, m.data.defaultLanguage))
      r.add(m, ['hoursComments', ...issue.path], issue.severity, issue.code, issue.params, issue.key ? { key: true } : {});
  }

  // 6. Guides' steps name entries.
  for (const g of valid.guide)
    g.data.steps.forEach((step, i) =>
      step.entries?.forEach((id, j) => {
        if (!entryIds.has(id)) r.add(g, ['steps', i, 'entries', j], 'error', 'ref.entryMissing', { id });
      }),
    );

  // 7. Synonyms.
  for (const s of valid.synonyms) checkLanguageKeys(ctx, s, ['terms'], s.data.terms);

  // 7b. Events and notices: the entries they name; notices' texts and dates.
  const entryRef = (item: Item<unknown>, path: PathSegment[], id: string | undefined, role: 'place' | 'organizer' | 'notice' | 'page') => {
    if (id !== undefined && !entryIds.has(id)) r.add(item, path, 'error', 'ref.entryMissingFor', { id, role });
  };
  for (const ev of valid.event) {
    entryRef(ev, ['place'], ev.data.place, 'place');
    entryRef(ev, ['organizer'], ev.data.organizer, 'organizer');
  }
  for (const n of valid.notices) {
    const notice = n.data;
    checkText(ctx, n, ['text'], notice.text, { required: true });
    if (notice.until < notice.from) r.add(n, ['until'], 'error', 'dates.untilBeforeFrom', { until: notice.until, from: notice.from });
    notice.entries?.forEach((id, i) => entryRef(n, ['entries', i], id, 'notice'));
    if (notice.closed && !notice.entries) r.add(n, ['closed'], 'error', 'notice.closedWithoutEntries');
  }

  // 7c. Pages: the tree (parents exist, no cycles), links to entries, guides and pages.
  const pageIds = new Set(all.page.map((p) => p.id).filter((id): id is string => id !== undefined));
  const guideIds = new Set(all.guide.map((g) => g.id).filter((id): id is string => id !== undefined));
  const pageParent = new Map<string, string | undefined>(valid.page.map((p) => [p.data.id, p.data.parent]));
  for (const pg of valid.page) {
    const page = pg.data;
    page.entries?.forEach((id, i) => entryRef(pg, ['entries', i], id, 'page'));
    page.guides?.forEach((id, i) => guideIds.has(id) || r.add(pg, ['guides', i], 'error', 'ref.guideMissing', { id }));
    page.pages?.forEach((id, i) => {
      if (!pageIds.has(id)) r.add(pg, ['pages', i], 'error', 'ref.pageMissing', { id });
    });
    if (page.parent === undefined) continue;
    if (!pageIds.has(page.parent)) {
      r.add(pg, ['parent'], 'error', 'page.parentMissing', { id: page.parent });
      continue;
    }
    const chain = [page.id];
    let up: string | undefined = page.parent;
    while (up !== undefined && !chain.includes(up)) {
      chain.push(up);
      up = pageParent.get(up);
    }
    if (up === page.id) r.add(pg, ['parent'], 'error', 'page.cycle', { chain: [...chain, page.id].join(' → ') });
  }

  // 8. Invisible bidi controls in the municipality and list files (item files: in checkFile).
  for (const file of listOrMunicipality) {
    const items: Item<unknown>[] = isList(file.kind) && Array.isArray(file.data)
      ? file.data.map((d: unknown, i) => ({ file, at: [i], data: d, id: idOf(d) }))
      : [{ file, at: [], data: file.data, id: file.kind === 'municipality' ? undefined : idOf(file.data) }];
    for (const item of items) checkBidiControls(r, item);
  }

  return sortProblems(r.problems);
}
