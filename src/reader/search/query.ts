import { stem, tokenize } from './normalize.js';
import { isStopWord } from './stopwords.js';
import type { QuerySlot, QueryToken } from './search-index.js';

/** A word as synonyms are compared: Arabic words without the article ("الاوسلندر" is "اوسلندر"). */
const synonymKey = (token: string): string => stem(token) ?? token;

/**
 * Synonym groups, as normalised word sequences, looked up by their first word: the pack's
 * own (written by the town) and the built-in concepts' (lexicon.ts), which count a little less.
 */
export class SynonymTable {
  private readonly byFirst = new Map<string, { tokens: string[]; group: number }[]>();
  private readonly groups: string[][][];
  private readonly weights: number[];

  constructor(groups: readonly (readonly string[])[], concepts: readonly (readonly string[])[] = []) {
    this.groups = [...groups, ...concepts].map((g) => g.map((term) => tokenize(term)).filter((t) => t.length));
    this.weights = [...groups.map(() => SYNONYM_WEIGHT), ...concepts.map(() => CONCEPT_WEIGHT)];
    this.groups.forEach((terms, group) => {
      for (const tokens of terms) {
        const first = synonymKey(tokens[0]!);
        const list = this.byFirst.get(first) ?? [];
        list.push({ tokens, group });
        this.byFirst.set(first, list);
      }
    });
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /**
   * The longest synonym term that `words` start with at `at`: its length and the other terms
   * of every group it is in (a word can name two concepts: the Turkish "ateş" is fever and
   * fire), each with its weight.
   */
  match(words: readonly string[], at: number): { length: number; others: { tokens: string[]; weight: number; concept: boolean }[]; onlyConcepts: boolean } | undefined {
    let length = 0;
    let onlyConcepts = true;
    const others = new Map<string, { tokens: string[]; weight: number; concept: boolean }>();
    for (const { tokens, group } of this.byFirst.get(synonymKey(words[at]!)) ?? []) {
      if (tokens.length < length) break; // sorted longest first
      if (!tokens.every((t, k) => at + k < words.length && synonymKey(words[at + k]!) === synonymKey(t))) continue;
      length = tokens.length;
      if (this.weights[group] !== CONCEPT_WEIGHT) onlyConcepts = false;
      for (const other of this.groups[group]!) {
        if (other === tokens) continue;
        const key = other.join(' ');
        const weight = this.weights[group]!;
        if ((others.get(key)?.weight ?? 0) < weight) others.set(key, { tokens: other, weight, concept: weight === CONCEPT_WEIGHT });
      }
    }
    return length ? { length, others: [...others.values()], onlyConcepts } : undefined;
  }
}

const SYNONYM_WEIGHT = 0.85;
/** A built-in concept's word: what the reader means, though not what she typed nor what the town wrote. */
const CONCEPT_WEIGHT = 0.7;

/**
 * A typed query as the index's parts: stop words of the given languages left out (unless
 * nothing else is left), a word or phrase with synonyms becomes one part with the synonyms
 * as alternatives, and the last word is a prefix while the reader is still typing it
 * (`typing`, and no space or punctuation after it) — not in a finished (submitted) query.
 */
export function parseQuery(query: string, stopLanguages: readonly string[], synonyms?: SynonymTable, options: { typing?: boolean } = {}): QuerySlot[] {
  const words = tokenize(query);
  const typing = !!options.typing && !/[\s.,;:!?؟،]$/u.test(query);
  const token = (t: string, at: number): QueryToken => ({ token: t, prefix: typing && at === words.length - 1 });
  const meaningful = (t: string) => (t.length > 1 || /\d/.test(t)) && !isStopWord(t, stopLanguages);
  const content = (tokens: string[], at: number): QueryToken[] => {
    const kept = tokens.map((t, k) => [t, at + k] as const).filter(([t]) => meaningful(t));
    return (kept.length ? kept : tokens.map((t, k) => [t, at + k] as const)).map(([t, k]) => token(t, k));
  };
  const slots: QuerySlot[] = [];
  for (let i = 0; i < words.length; ) {
    const syn = synonyms?.match(words, i);
    if (syn) {
      slots.push({
        alternatives: [
          // A phrase of the lexicon ("child has fever") means the whole of it: one of its words alone is not that need.
          { tokens: content(words.slice(i, i + syn.length), i), weight: 1, ...(syn.length > 1 && syn.onlyConcepts ? { whole: true } : {}) },
          ...syn.others.map((o) => ({ tokens: content(o.tokens, -1), weight: o.weight, whole: true, ...(o.concept ? { concept: true } : {}) })),
        ],
      });
      i += syn.length;
      continue;
    }
    if (meaningful(words[i]!)) slots.push({ alternatives: [{ tokens: [token(words[i]!, i)], weight: 1 }] });
    i++;
  }
  if (!slots.length) {
    // Only stop words ("was", "die"): search for them after all.
    words.forEach((w, i) => slots.push({ alternatives: [{ tokens: [token(w, i)], weight: 1 }] }));
  }
  return slots;
}

/** The words of a query a shown text is matched against for highlighting (prefixes included). */
export function queryWords(slots: readonly QuerySlot[]): QueryToken[] {
  return slots.flatMap((s) => s.alternatives.flatMap((a) => a.tokens));
}
