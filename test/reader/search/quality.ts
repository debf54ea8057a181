/**
 * Search quality over a labelled query set: recall@5 (share of the expected results among
 * the first five) and MRR (1 / rank of the first expected result), overall, per reader
 * language and per kind of query. An expected id is an entry (`tafel`) or names its kind
 * (`page:mietrecht`, `guide:anmeldung`, `event:sommerfest`, also `entry:` and `category:`).
 * Each query searches the kinds its expectations name (entries only for a case that expects
 * entries, as the set was first measured; a case expecting a page or an entry ranks both in
 * one list), and results are compared as `kind:id`.
 * Shared by `npm run bench:search` and the browser test.
 */
import type { SearchEngine } from '../../../src/reader/search/engine.js';
import type { DocKind } from '../../../src/reader/search/documents.js';

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
  /** Cases not fully found in the first five; `top`: those five as expectation keys. */
  misses: { case: QualityCase; top: string[] }[];
}

const KINDS: readonly DocKind[] = ['entry', 'guide', 'category', 'page', 'event'];

/** An expectation as `kind:id`: a bare id is an entry; throws on an unknown kind. */
export function expectationKey(expected: string): string {
  const at = expected.indexOf(':');
  if (at < 0) return `entry:${expected}`;
  const kind = expected.slice(0, at);
  if (!KINDS.includes(kind as DocKind)) throw new Error(`Unknown kind "${kind}" in expected result "${expected}" (use ${KINDS.join(', ')}, or a bare entry id).`);
  return expected;
}

/** A result as it is written in a query set: entries bare, the other kinds with their prefix. */
const shown = (kind: DocKind, id: string) => (kind === 'entry' ? id : `${kind}:${id}`);

export async function evaluateQuality(cases: readonly QualityCase[], engineFor: (lang: string) => Promise<SearchEngine>): Promise<QualityReport> {
  const rows: { c: QualityCase; recall: number; rr: number; top: string[] }[] = [];
  for (const c of cases) {
    const engine = await engineFor(c.lang);
    const expected = c.expect.map(expectationKey);
    const kinds = [...new Set(expected.map((k) => k.slice(0, k.indexOf(':')) as DocKind))];
    const hits = engine.search(c.query, { kinds, limit: 20 }).hits;
    const keys = hits.map((h) => `${h.kind}:${h.id}`);
    const top = keys.slice(0, 5);
    const recall = expected.filter((k) => top.includes(k)).length / expected.length;
    const rank = keys.findIndex((k) => expected.includes(k));
    rows.push({ c, recall, rr: rank >= 0 ? 1 / (rank + 1) : 0, top: hits.slice(0, 5).map((h) => shown(h.kind, h.id)) });
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
