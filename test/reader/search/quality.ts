/**
 * Search quality over a labelled query set: recall@5 (share of the expected entries among
 * the first five entry results) and MRR (1 / rank of the first expected entry), overall, per
 * reader language and per kind of query. Shared by `npm run bench:search` and the browser test.
 */
import type { SearchEngine } from '../../../src/reader/search/engine.js';

export interface QualityCase {
  query: string;
  lang: string;
  expect: string[];
  kind: string;
}

export interface QualityFigures {
  cases: number;
  recallAt5: number;
  mrr: number;
}

export interface QualityReport {
  overall: QualityFigures;
  byLanguage: Record<string, QualityFigures>;
  byKind: Record<string, QualityFigures>;
  misses: { case: QualityCase; top: string[] }[];
}

export async function evaluateQuality(cases: readonly QualityCase[], engineFor: (lang: string) => Promise<SearchEngine>): Promise<QualityReport> {
  const rows: { c: QualityCase; recall: number; rr: number; top: string[] }[] = [];
  for (const c of cases) {
    const engine = await engineFor(c.lang);
    const ids = engine.search(c.query, { kinds: ['entry'], limit: 20 }).hits.map((h) => h.id);
    const top = ids.slice(0, 5);
    const recall = c.expect.filter((id) => top.includes(id)).length / c.expect.length;
    const rank = ids.findIndex((id) => c.expect.includes(id));
    rows.push({ c, recall, rr: rank >= 0 ? 1 / (rank + 1) : 0, top });
  }
  const figures = (list: typeof rows): QualityFigures => ({
    cases: list.length,
    recallAt5: list.reduce((s, r) => s + r.recall, 0) / (list.length || 1),
    mrr: list.reduce((s, r) => s + r.rr, 0) / (list.length || 1),
  });
  const group = (key: (c: QualityCase) => string) => {
    const out: Record<string, QualityFigures> = {};
    for (const k of [...new Set(rows.map((r) => key(r.c)))]) out[k] = figures(rows.filter((r) => key(r.c) === k));
    return out;
  };
  return {
    overall: figures(rows),
    byLanguage: group((c) => c.lang),
    byKind: group((c) => c.kind),
    misses: rows.filter((r) => r.recall < 1).map((r) => ({ case: r.c, top: r.top })),
  };
}
