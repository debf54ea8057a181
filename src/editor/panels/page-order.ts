/**
 * The information pages as a tree: each page's children in their order (`order`, then the
 * title in the default language), whether a page would end up inside itself, and the new
 * `order` of the siblings when one moves up or down.
 */
import { textOf } from '../../authoring/translation.js';
import type { SourcePage } from '../../pack/types.js';

/** The pages under `parent` (undefined: the first level), in the order readers see them. */
export function childrenOf(pages: readonly SourcePage[], parent: string | undefined, lang: string): SourcePage[] {
  const title = (p: SourcePage) => textOf(p.title[lang]) ?? p.id;
  return pages
    .filter((p) => p.parent === parent)
    .sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || title(a).localeCompare(title(b), lang));
}

/** Whether `candidate` is `id` itself or one of its descendants (so cannot become its parent). */
export function isInside(pages: readonly SourcePage[], id: string, candidate: string): boolean {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const seen = new Set<string>();
  for (let at: string | undefined = candidate; at !== undefined && !seen.has(at); at = byId.get(at)?.parent) {
    if (at === id) return true;
    seen.add(at);
  }
  return false;
}

/** The siblings whose `order` changes when the one at `index` moves by `delta`, with their new order. */
export function reorder(siblings: readonly SourcePage[], index: number, delta: -1 | 1): SourcePage[] {
  const to = index + delta;
  if (to < 0 || to >= siblings.length) return [];
  const next = [...siblings];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved!);
  return next.flatMap((p, i) => (p.order === i + 1 ? [] : [{ ...p, order: i + 1 }]));
}
