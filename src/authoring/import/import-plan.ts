/**
 * What every importer shares (browser-safe; the editor's CSV import uses it in memory): merging incoming texts into existing ones,
 * making ids, and committing an import — validate the whole resulting folder in memory,
 * reject the items with errors, and write only when everything is valid (or, with
 * `partial`, write the valid items and report the rest).
 */
import { countProblems, formatProblem, type Problem } from '../problems.js';
import { problemText } from '../problem-messages.js';
import { planSource, validatePlan, type PlannedFile } from '../source-plan.js';
import type { LoadedSource } from '../source-parse.js';
import { sameText, stampTranslations, textOf, type StampOptions } from '../translation.js';
import type { LocalizedText, SourceContent } from '../../pack/types.js';
import { canonicalJson } from '../../pack/canonical-json.js';

export { slugify, uniqueId } from '../ids.js';

/**
 * Merges incoming texts per language into an existing LocalizedText: `null` removes a
 * language, an unchanged text keeps the existing value exactly (with its `from` and
 * `machine`), a changed one is written as a plain string (`stampTranslations` then records
 * its provenance). Languages not in `incoming` are left alone.
 */
export function mergeText(existing: LocalizedText | undefined, incoming: Record<string, string | null>): LocalizedText | undefined {
  const out: LocalizedText = { ...(existing ?? {}) };
  for (const [lang, value] of Object.entries(incoming)) {
    if (value === null || value.trim() === '') delete out[lang];
    else if (!sameText(textOf(out[lang]), value)) out[lang] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

export interface RejectedItem {
  /** `entry:<id>`, `guide:<id>`, `category:<id>`, or a row without an id. */
  key: string;
  /** Where it came from, for the editor: `row 7`, `locations.de.json #3`. */
  origin?: string;
  reasons: string[];
}

export interface ImportReport {
  added: string[];
  changed: string[];
  unchanged: string[];
  rejected: RejectedItem[];
  /** What was mapped how, what was kept in `extra`, what was left out. */
  notes: string[];
  /** Files written, relative to the source folder (empty when nothing was written). */
  written: string[];
  /** Warnings of the imported items. */
  warnings: Problem[];
  /** Problems that stop the whole import (e.g. in municipality.yaml). */
  fatal: Problem[];
  /** Translations marked outdated because their default-language text changed. */
  outdated: string[];
  /** For each changed item (by key), the fields that differ: `name.ar`, `address`, `phones` — what a dry run shows. */
  fields: Record<string, string[]>;
}

export const emptyReport = (): ImportReport => ({ added: [], changed: [], unchanged: [], rejected: [], notes: [], written: [], warnings: [], fatal: [], outdated: [], fields: {} });

/** The fields of an item that differ, one level into texts (`name.ar`). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const out: string[] = [];
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (JSON.stringify(a[k]) === JSON.stringify(b[k])) continue;
    const isText = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).every((l) => /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(l));
    if (isText(a[k] ?? {}) && isText(b[k] ?? {}) && (a[k] || b[k])) {
      const x = (a[k] ?? {}) as Record<string, unknown>;
      const y = (b[k] ?? {}) as Record<string, unknown>;
      for (const l of [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()) if (JSON.stringify(x[l]) !== JSON.stringify(y[l])) out.push(`${k}.${l}`);
    } else out.push(k);
  }
  return out;
}

export interface CommitOptions extends StampOptions {
  /** Write the valid items even if others were rejected. */
  partial?: boolean;
  /** Validate and report, write nothing. */
  dryRun?: boolean;
  /** Where each imported item came from, by key (`entry:<id>`), for messages. */
  origins?: Map<string, string>;
  /** Items rejected before validation (unreadable rows); they are left out. */
  rejected?: RejectedItem[];
  /** Record translation provenance (default true); XLIFF sets `from` itself. */
  stamp?: boolean;
  /** The report's language (`de`, `en`): reasons of rejected items are written in it (default: the problems' English). */
  lang?: string | undefined;
}

function keyOfProblem(p: Problem): string | undefined {
  if (p.entryId === undefined) return undefined;
  if (p.file.startsWith('entries/')) return `entry:${p.entryId}`;
  if (p.file.startsWith('guides/')) return `guide:${p.entryId}`;
  if (p.file === 'categories.yaml') return `category:${p.entryId}`;
  if (p.file === 'synonyms.yaml') return `synonym:${p.entryId}`;
  if (p.file.startsWith('pages/')) return `page:${p.entryId}`;
  if (p.file.startsWith('events/')) return `event:${p.entryId}`;
  if (p.file === 'notices.yaml') return `notice:${p.entryId}`;
  return undefined;
}

function itemsOf(c: SourceContent): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const x of c.categories) m.set(`category:${x.id}`, x);
  for (const x of c.entries) m.set(`entry:${x.id}`, x);
  for (const x of c.guides) m.set(`guide:${x.id}`, x);
  for (const x of c.pages ?? []) m.set(`page:${x.id}`, x);
  for (const x of c.events ?? []) m.set(`event:${x.id}`, x);
  for (const x of c.notices ?? []) m.set(`notice:${x.id}`, x);
  return m;
}

/** `next` without the rejected items: they return to their previous version, or are left out if new. */
function withoutItems(prev: SourceContent, next: SourceContent, keys: Set<string>): SourceContent {
  const old = itemsOf(prev);
  const pick = <T extends { id: string }>(kind: string, list: T[]): T[] =>
    list.flatMap((x) => (keys.has(`${kind}:${x.id}`) ? (old.has(`${kind}:${x.id}`) ? [old.get(`${kind}:${x.id}`) as T] : []) : [x]));
  const out: SourceContent = { ...next, categories: pick('category', next.categories), entries: pick('entry', next.entries), guides: pick('guide', next.guides) };
  if (next.pages) out.pages = pick('page', next.pages);
  if (next.events) out.events = pick('event', next.events);
  if (next.notices) out.notices = pick('notice', next.notices);
  return out;
}

/** What an import would do, decided in memory: the report, the content and its planned files, and whether it must stop. */
export interface ImportEvaluation {
  report: ImportReport;
  /** The source after the import, rejected items left out. */
  content: SourceContent;
  files: PlannedFile[];
  /** Nothing may be written: fatal problems, or rejected items without `partial`. */
  stop: boolean;
}

/**
 * Evaluates an import in memory: `next` is the whole source after the import (built from
 * `existing.content`). Records translation provenance, validates, rejects the items with
 * errors, and reports per item. `commitImport` then writes; the editor takes `content`.
 */
export function evaluateImport(existing: LoadedSource | undefined, next: SourceContent, options: CommitOptions = {}): ImportEvaluation {
  const report = emptyReport();
  const prev = existing?.content;
  if (options.stamp !== false) report.outdated = stampTranslations(prev, next, options).outdated;
  const baseline = new Set(
    existing ? validatePlan(planSource(existing.content, existing).files).filter((p) => p.severity === 'error').map(formatProblem) : [],
  );
  const origin = (key: string) => options.origins?.get(key);
  const rejected = new Map<string, RejectedItem>();
  for (const r of options.rejected ?? []) rejected.set(r.key, r);

  const before = prev ? itemsOf(prev) : new Map<string, unknown>();
  const imported = new Set<string>();
  for (const [key, item] of itemsOf(next)) {
    const old = before.get(key);
    // By value: the source read back from its files may hold a text's languages in another order.
    if (!old || canonicalJson(old) !== canonicalJson(item)) imported.add(key);
  }

  let content = next;
  let plan = planSource(content, existing);
  let problems = validatePlan(plan.files);
  for (let pass = 0; pass < 4; pass++) {
    const bad = new Set<string>();
    for (const p of problems) {
      if (p.severity !== 'error') continue;
      const key = keyOfProblem(p);
      if (key && imported.has(key)) {
        bad.add(key);
        const r = rejected.get(key) ?? { key, reasons: [] };
        const o = origin(key);
        if (o) r.origin = o;
        const reason = `${p.path || '-'}: ${options.lang ? problemText(p, options.lang) : p.message}`;
        if (!r.reasons.includes(reason)) r.reasons.push(reason);
        rejected.set(key, r);
      }
    }
    if (!bad.size) break;
    for (const k of bad) imported.delete(k);
    content = withoutItems(prev ?? { ...content, categories: [], entries: [], guides: [] }, content, bad);
    plan = planSource(content, existing);
    problems = validatePlan(plan.files);
  }
  report.rejected = [...rejected.values()];
  report.fatal = problems.filter((p) => p.severity === 'error' && !baseline.has(formatProblem(p)) && !(keyOfProblem(p) && imported.has(keyOfProblem(p)!)));
  report.warnings = problems.filter((p) => p.severity === 'warning' && keyOfProblem(p) !== undefined && imported.has(keyOfProblem(p)!));
  for (const [key] of itemsOf(content)) {
    if (!imported.has(key)) {
      if (before.has(key)) report.unchanged.push(key);
    } else if (before.has(key)) {
      report.changed.push(key);
      report.fields[key] = changedFields(before.get(key), itemsOf(content).get(key));
    } else report.added.push(key);
  }
  const stop = report.fatal.length > 0 || (report.rejected.length > 0 && !options.partial) || countProblems(report.fatal).errors > 0;
  if (stop) {
    report.added = [];
    report.changed = [];
  }
  return { report, content, files: plan.files, stop };
}

/** A deep copy of a source, safe to change. */
export const cloneContent = (c: SourceContent): SourceContent => structuredClone(c);
