import type { ContentSnapshot, EntryView, GuideView } from '../content/snapshot.js';
import { tokenize } from './normalize.js';

export interface SearchResults {
  entries: EntryView[];
  guides: GuideView[];
}

/**
 * Finds entries and guides whose texts — in the reader's language and the default language —
 * contain every query word as a word prefix; names count most.
 */
export function searchSnapshot(snapshot: ContentSnapshot, query: string, lang: string): SearchResults {
  const words = tokenize(query);
  if (!words.length) return { entries: [], guides: [] };
  const langs = [...new Set([lang, snapshot.defaultLanguage])];
  const score = (fields: [string | undefined, number][]): number => {
    let total = 0;
    for (const w of words) {
      let best = 0;
      for (const [text, weight] of fields) {
        if (text && tokenize(text).some((t) => t.startsWith(w))) best = Math.max(best, weight);
      }
      if (!best) return 0;
      total += best;
    }
    return total;
  };
  const entries = snapshot
    .entries(lang)
    .map((e) => {
      const other = langs.map((l) => snapshot.entry(e.id, l)!);
      return {
        e,
        s: score([
          ...other.map((o) => [o.name.value, 3] as [string, number]),
          ...other.map((o) => [o.summary?.value, 2] as [string | undefined, number]),
          ...e.categories.flatMap((c) => langs.map((l) => [snapshot.category(c, l)?.label.value, 2] as [string | undefined, number])),
        ]),
      };
    })
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s)
    .map((r) => r.e);
  const guides = snapshot
    .guides(lang)
    .map((g) => ({ g, s: score(langs.map((l) => [snapshot.guide(g.id, l)?.title.value, 3] as [string | undefined, number])) }))
    .filter((r) => r.s > 0)
    .sort((a, b) => b.s - a.s)
    .map((r) => r.g);
  return { entries, guides };
}
