/**
 * The built-in concepts (src/pack/concepts.json): the needs newcomers search for, the same in
 * every town. Content may name them in `concepts` so that a search in any language finds it;
 * the words for each concept per language are the reader's lazily loaded lexicon
 * (src/reader/search/lexicon/<lang>.json).
 */
import data from './concepts.json';

export interface Concept {
  id: string;
  area: string;
  /** The nearest Open Eligibility term (the taxonomy of Open Referral HSDS), or null. */
  taxonomy: string | null;
  kinds: string[];
  broader?: string;
}

export const CONCEPTS: readonly Concept[] = (data as { concepts: Concept[] }).concepts;
const IDS = new Set(CONCEPTS.map((c) => c.id));
export const isConceptId = (id: string): boolean => IDS.has(id);
