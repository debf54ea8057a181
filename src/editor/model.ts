/**
 * The editor's working copy, as plain functions: items addressed by key (`entry:<id>`,
 * `guide:<id>`, `category:<id>`, `page:<id>`, `event:<id>`, `notice:<id>`, `municipality`), values by path, field-by-field diffs
 * against the published revision, and the three-way merge used after a conflict.
 */
import { canonicalJson } from '../pack/canonical-json.js';
import { formatPath, type PathSegment } from '../authoring/problems.js';
import { applyChanges, type ChangeKind, type SourceChange } from '../authoring/change-set.js';
import type { SourceCategory, SourceContent, SourceEntry, SourceEvent, SourceGuide, SourceMunicipality, SourceNotice, SourcePage } from '../pack/types.js';

export type ItemKind = ChangeKind;
export type Item = SourceEntry | SourceGuide | SourceCategory | SourcePage | SourceEvent | SourceNotice | SourceMunicipality;
export type ItemKey = string;

export const keyOf = (kind: ItemKind, id?: string): ItemKey => (kind === 'municipality' ? 'municipality' : `${kind}:${id}`);

export function parseKey(key: ItemKey): { kind: ItemKind; id: string } {
  if (key === 'municipality') return { kind: 'municipality', id: '-' };
  const i = key.indexOf(':');
  return { kind: key.slice(0, i) as ItemKind, id: key.slice(i + 1) };
}

/** The working copy's changes as the publish server takes them (`PATCH /api/source`). */
export function sourceChanges(overrides: ReadonlyMap<ItemKey, Item | null>): SourceChange[] {
  return [...overrides].map(([key, item]) => {
    const { kind, id } = parseKey(key);
    const value = item as Record<string, unknown> | null;
    return kind === 'municipality' ? { kind, item: value } : { kind, id, item: value };
  });
}

/** The items of each source read so far: sources are not changed in place (a change makes a new draft). */
const itemsMade = new WeakMap<SourceContent, ReadonlyMap<ItemKey, Item>>();
const NO_ITEMS: ReadonlyMap<ItemKey, Item> = new Map();

/** Every item of a source, in source order, by key; made once per source object (5,000 entries are asked for on every keystroke). */
export function itemsOf(source: SourceContent | null | undefined): ReadonlyMap<ItemKey, Item> {
  if (!source) return NO_ITEMS;
  let out = itemsMade.get(source) as Map<ItemKey, Item> | undefined;
  if (out) return out;
  out = new Map<ItemKey, Item>();
  if (source.municipality) out.set('municipality', source.municipality);
  for (const c of source.categories ?? []) out.set(keyOf('category', c.id), c);
  for (const e of source.entries ?? []) out.set(keyOf('entry', e.id), e);
  for (const g of source.guides ?? []) out.set(keyOf('guide', g.id), g);
  for (const p of source.pages ?? []) out.set(keyOf('page', p.id), p);
  for (const e of source.events ?? []) out.set(keyOf('event', e.id), e);
  for (const n of source.notices ?? []) out.set(keyOf('notice', n.id), n);
  itemsMade.set(source, out);
  return out;
}

/** `base` with `overrides` applied: a changed item replaces the published one, `null` removes it, a new one is appended. */
export function applyOverrides(base: SourceContent, overrides: ReadonlyMap<ItemKey, Item | null>): SourceContent {
  return applyChanges(base, sourceChanges(overrides));
}

export const same = (a: unknown, b: unknown): boolean => canonicalJson(a ?? null) === canonicalJson(b ?? null);

export function getAt(value: unknown, path: readonly PathSegment[]): unknown {
  let node = value;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === '' || (Array.isArray(v) ? false : v !== null && typeof v === 'object' && Object.keys(v).length === 0);

/**
 * A copy of `item` with `value` at `path`. `undefined` or `''` removes the field, and parent
 * objects left empty by that are removed too (an optional `address` without any field).
 */
export function setAt<T>(item: T, path: readonly PathSegment[], value: unknown): T {
  const root = structuredClone(item) as Record<string | number, unknown>;
  const parents: [Record<string | number, unknown>, PathSegment][] = [];
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i]!;
    let child = node[seg];
    if (child === null || typeof child !== 'object') {
      child = typeof path[i + 1] === 'number' ? [] : {};
      node[seg] = child;
    }
    parents.push([node, seg]);
    node = child as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined || value === '') {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
    for (let i = parents.length - 1; i >= 0; i--) {
      const [parent, seg] = parents[i]!;
      if (!isEmpty(parent[seg]) || typeof seg === 'number') break;
      delete parent[seg];
    }
  } else node[last] = value;
  return root as T;
}

const isTranslated = (v: object): boolean => typeof (v as { text?: unknown }).text === 'string' && Object.keys(v).every((k) => k === 'text' || k === 'from' || k === 'machine');

/** Leaf values by path: texts per language (with their provenance) and lists of plain values are leaves. */
export function leaves(value: unknown, path: PathSegment[] = [], out = new Map<string, { path: PathSegment[]; value: unknown }>()): Map<string, { path: PathSegment[]; value: unknown }> {
  const leaf = () => out.set(formatPath(path), { path, value });
  if (value === null || typeof value !== 'object') leaf();
  else if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) leaf();
    else value.forEach((v, i) => leaves(v, [...path, i], out));
  } else if (isTranslated(value)) leaf();
  else for (const [k, v] of Object.entries(value)) leaves(v, [...path, k], out);
  return out;
}

export interface FieldChange {
  path: PathSegment[];
  /** `formatPath(path)`: `name.de`, `phones[0].number`. */
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields that differ between two versions of an item. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = leaves(before ?? {});
  const b = leaves(after ?? {});
  const out: FieldChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(field);
    const y = b.get(field);
    if (!same(x?.value, y?.value)) out.push({ path: (y ?? x)!.path, field, before: x?.value, after: y?.value });
  }
  return out;
}

export interface ItemChange {
  key: ItemKey;
  kind: 'added' | 'changed' | 'removed';
  fields: FieldChange[];
}

/** Unpublished changes: every item whose draft differs from the published revision. */
export function changesOf(base: SourceContent, overrides: ReadonlyMap<ItemKey, Item | null>): ItemChange[] {
  const published = itemsOf(base);
  const out: ItemChange[] = [];
  for (const [key, item] of overrides) {
    const before = published.get(key);
    if (item === null) {
      if (before) out.push({ key, kind: 'removed', fields: [] });
    } else if (!before) out.push({ key, kind: 'added', fields: fieldChanges(undefined, item) });
    else if (!same(before, item)) out.push({ key, kind: 'changed', fields: fieldChanges(before, item) });
  }
  return out;
}

/** One field after a conflict: who changed it, and what the merge takes unless the editor chooses. */
export interface MergeField {
  path: PathSegment[];
  field: string;
  base: unknown;
  mine: unknown;
  theirs: unknown;
  /** `mine`/`theirs`: only that side changed it; `null`: both changed it differently — the editor must choose. */
  auto: 'mine' | 'theirs' | null;
}

export interface MergeItem {
  key: ItemKey;
  /** Item-level situation: both edited it, or one side removed it while the other edited it. */
  situation: 'both-changed' | 'removed-by-them' | 'removed-by-me' | 'added-by-both';
  mineItem: Item | null;
  theirsItem: Item | null;
  fields: MergeField[];
}

export interface MergePlan {
  /** Items only this editor changed: kept as they are (their fields shown for review). */
  mineOnly: ItemChange[];
  /** Items the other editor changed that this editor did not touch: taken from the new revision. */
  theirsOnly: ItemChange[];
  /** Items both changed: field by field. */
  items: MergeItem[];
}

/**
 * Three-way merge after a 409: `base` is the revision this editor started from, `mine` its
 * overrides, `theirs` the revision now published. Nothing is decided silently: every field
 * the other editor changed is listed; only fields both changed differently need a choice.
 */
export function planMerge(base: SourceContent, overrides: ReadonlyMap<ItemKey, Item | null>, theirs: SourceContent): MergePlan {
  const b = itemsOf(base);
  const t = itemsOf(theirs);
  const plan: MergePlan = { mineOnly: [], theirsOnly: [], items: [] };
  const mineKeys = new Set([...overrides.keys()].filter((k) => !same(b.get(k) ?? null, overrides.get(k))));
  for (const key of new Set([...b.keys(), ...t.keys()])) {
    if (mineKeys.has(key)) continue;
    const before = b.get(key);
    const after = t.get(key);
    if (!same(before ?? null, after ?? null)) plan.theirsOnly.push({ key, kind: !before ? 'added' : !after ? 'removed' : 'changed', fields: fieldChanges(before, after) });
  }
  for (const key of mineKeys) {
    const before = b.get(key);
    const mine = overrides.get(key) ?? null;
    const their = t.get(key) ?? null;
    if (same(before ?? null, their)) {
      plan.mineOnly.push({ key, kind: mine === null ? 'removed' : before ? 'changed' : 'added', fields: fieldChanges(before, mine ?? undefined) });
      continue;
    }
    if (same(mine, their)) continue; // both made the same change
    const situation: MergeItem['situation'] = !before ? 'added-by-both' : their === null ? 'removed-by-them' : mine === null ? 'removed-by-me' : 'both-changed';
    const lb = leaves(before ?? {});
    const lm = leaves(mine ?? {});
    const lt = leaves(their ?? {});
    const fields: MergeField[] = [];
    for (const field of new Set([...lb.keys(), ...lm.keys(), ...lt.keys()])) {
      const vb = lb.get(field)?.value;
      const vm = lm.get(field)?.value;
      const vt = lt.get(field)?.value;
      if (same(vm, vt) && same(vm, vb)) continue;
      const path = (lm.get(field) ?? lt.get(field) ?? lb.get(field))!.path;
      const auto = same(vm, vt) ? 'mine' : same(vm, vb) ? 'theirs' : same(vt, vb) ? 'mine' : null;
      fields.push({ path, field, base: vb, mine: vm, theirs: vt, auto });
    }
    plan.items.push({ key, situation, mineItem: mine, theirsItem: their, fields });
  }
  return plan;
}

/** Choices per item key: per field `mine`/`theirs`, or for the whole item when one side removed it. */
/** A field's choice after a conflict: one side, or a text the clerk put together from both. */
export type FieldPick = 'mine' | 'theirs' | { text: string };
export type MergeChoices = Map<ItemKey, { item?: 'mine' | 'theirs'; fields: Map<string, FieldPick> }>;

/** Whether every decision the plan needs has been made. */
export function mergeComplete(plan: MergePlan, choices: MergeChoices): boolean {
  return plan.items.every((it) => {
    const c = choices.get(it.key);
    if (it.situation === 'removed-by-them' || it.situation === 'removed-by-me') return c?.item !== undefined;
    return it.fields.every((f) => f.auto !== null || c?.fields.has(f.field));
  });
}

/** The new overrides on top of `theirs`: this editor's changes, merged as chosen. */
export function applyMerge(plan: MergePlan, overrides: ReadonlyMap<ItemKey, Item | null>, choices: MergeChoices): Map<ItemKey, Item | null> {
  const out = new Map<ItemKey, Item | null>();
  for (const change of plan.mineOnly) out.set(change.key, overrides.get(change.key) ?? null);
  for (const it of plan.items) {
    const c = choices.get(it.key);
    if (it.situation === 'removed-by-them' || it.situation === 'removed-by-me') {
      if (c?.item === 'mine') out.set(it.key, it.mineItem);
      // 'theirs': the published state stands; nothing to override.
      continue;
    }
    let merged = structuredClone(it.theirsItem) as Item;
    for (const f of it.fields) {
      const pick = f.auto ?? c?.fields.get(f.field) ?? 'theirs';
      if (pick === 'mine') merged = setAt(merged, f.path, f.mine);
      else if (typeof pick === 'object') merged = setAt(merged, f.path, pick.text);
    }
    out.set(it.key, merged);
  }
  return out;
}
