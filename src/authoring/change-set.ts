/**
 * A change set: what an editor changed since the revision they started from, item by item,
 * so a publish sends one changed entry instead of the whole 30 MB source. The editor makes it
 * from its working copy; the publish server (`PATCH /api/source`, under If-Match) checks its
 * shape and applies it to the current source, then publishes that as usual. One function
 * applies changes for both: `applyChanges`.
 */
import type { SourceContent, SourceMunicipality } from '../pack/types.js';

/** The kinds of item a change may address; the municipality is one item without an id. */
export const CHANGE_KINDS = ['entry', 'guide', 'category', 'page', 'event', 'notice', 'municipality'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One item replaced, added (an id not in the source yet: appended) or removed (`item: null`). */
export interface SourceChange {
  kind: ChangeKind;
  /** The item's id; absent for the municipality. */
  id?: string;
  item: Record<string, unknown> | null;
}

/** The list of a source each kind of item is kept in (the municipality is no list). */
export const SOURCE_LISTS = { entry: 'entries', guide: 'guides', category: 'categories', page: 'pages', event: 'events', notice: 'notices' } as const;
export type ListKind = keyof typeof SOURCE_LISTS;

/**
 * `source` with only the items of `keys` (`kind:id`), the same objects: stamping translations
 * of changed items looks at just those (a unit's stamp depends on its own item alone).
 */
export function onlyItems(source: SourceContent, keys: ReadonlySet<string>): SourceContent {
  const out = { ...source } as Record<string, unknown>;
  for (const [kind, list] of Object.entries(SOURCE_LISTS)) out[list] = ((source[list as (typeof SOURCE_LISTS)[ListKind]] ?? []) as { id: string }[]).filter((x) => keys.has(`${kind}:${x.id}`));
  return out as unknown as SourceContent;
}

/** `base` with `changes` applied, in order (a copy: `base` is left as it was). */
export function applyChanges(base: SourceContent, changes: Iterable<SourceChange>): SourceContent {
  const out: SourceContent = { ...base, categories: [...base.categories], entries: [...base.entries], guides: [...base.guides], synonyms: base.synonyms ?? [] };
  if (base.pages) out.pages = [...base.pages];
  if (base.events) out.events = [...base.events];
  if (base.notices) out.notices = [...base.notices];
  for (const { kind, id, item } of changes) {
    if (kind === 'municipality') {
      if (item) out.municipality = item as unknown as SourceMunicipality;
      continue;
    }
    const list = (out[SOURCE_LISTS[kind]] ??= []) as unknown as { id: string }[];
    const i = list.findIndex((x) => x.id === id);
    if (item === null) {
      if (i >= 0) list.splice(i, 1);
    } else if (i >= 0) list[i] = item as unknown as { id: string };
    else list.push(item as unknown as { id: string });
  }
  return out;
}

/** What is wrong with a change set, and where: `changes[3].id`. */
export interface ChangeSetProblem {
  /** `not-a-list`, `not-an-object`, `unknown-kind`, `missing-id`, `id-mismatch`, `duplicate`, `bad-item`, `municipality-removed`. */
  code: string;
  /** The place in the body, e.g. `changes[3].item`. */
  path: string;
  /** The offending value where it helps (a kind, an id). */
  value?: string;
}

/**
 * The first problem of a change set sent to the API, or undefined when it can be applied:
 * a list of `{ kind, id, item }`, the item an object (or null to remove it) whose id is the
 * change's, each item changed at most once, and the municipality never removed.
 */
export function changeSetProblem(changes: unknown): ChangeSetProblem | undefined {
  if (!Array.isArray(changes)) return { code: 'not-a-list', path: 'changes' };
  const seen = new Set<string>();
  for (let i = 0; i < changes.length; i++) {
    const path = `changes[${i}]`;
    const c: unknown = changes[i];
    if (!c || typeof c !== 'object' || Array.isArray(c)) return { code: 'not-an-object', path };
    const { kind, id, item } = c as Record<string, unknown>;
    if (typeof kind !== 'string' || !(CHANGE_KINDS as readonly string[]).includes(kind)) return { code: 'unknown-kind', path: `${path}.kind`, value: String(kind) };
    if (item !== null && (!item || typeof item !== 'object' || Array.isArray(item))) return { code: 'bad-item', path: `${path}.item` };
    if (kind === 'municipality') {
      if (item === null) return { code: 'municipality-removed', path: `${path}.item` };
    } else {
      if (typeof id !== 'string' || !id) return { code: 'missing-id', path: `${path}.id` };
      if (item && (item as Record<string, unknown>).id !== id) return { code: 'id-mismatch', path: `${path}.item.id`, value: id };
    }
    const key = kind === 'municipality' ? kind : `${kind}:${String(id)}`;
    if (seen.has(key)) return { code: 'duplicate', path, value: key };
    seen.add(key);
  }
  return undefined;
}

/** The items a change set names, as they are in `content` (null where it has none): what a publish stored for them. */
export function itemsNamed(content: SourceContent, changes: readonly SourceChange[]): SourceChange[] {
  return changes.map(({ kind, id }) => {
    if (kind === 'municipality') return { kind, item: content.municipality as unknown as Record<string, unknown> };
    const list = (content[SOURCE_LISTS[kind]] ?? []) as unknown as { id: string }[];
    return { kind, id, item: (list.find((x) => x.id === id) as unknown as Record<string, unknown> | undefined) ?? null };
  });
}
