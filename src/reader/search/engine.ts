import type { ContentSnapshot } from '../content/snapshot.js';
import type { LanguageCode, PackText } from '../../pack/types.js';
import { extractDocument, extractDocuments, parseDocKey, type DocKey, type DocKind } from './documents.js';
import { stem, words } from './normalize.js';
import { parseQuery, queryWords, SynonymTable } from './query.js';
import { conceptGroups } from './lexicon.js';
import { loadStemmer, stemmersOf, type Stem } from './stemmer.js';
import { SearchIndex, STEM_MIN, type QueryToken } from './search-index.js';
import { buildInWorker } from './build-in-worker.js';

export { buildInWorker };

/** Where indexes are kept between visits: `KompassStore.searchIndex`, bound to the pack's scope. */
export interface SearchIndexStore {
  get(revision: number, lang: LanguageCode): Promise<string | undefined>;
  put(revision: number, lang: LanguageCode, data: string): Promise<void>;
}

export interface SearchHit {
  kind: DocKind;
  id: string;
  score: number;
  /** Whether every part of the query matched. */
  complete: boolean;
}

/** A piece of shown text; `mark`: a word the query matched. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Whether a shown word (normalised) is one the query matched. */
  isMatch(token: string): boolean;
  /** A shown text cut into matched and other pieces, for highlighting. */
  segments(text: string): TextSegment[];
}

/** How an index came to be, for the benchmark and the tests. */
export type IndexSource = 'memory' | 'stored' | 'worker' | 'main-thread';

/** How much a concept's words count when the typed words are in the texts themselves. */
const CONCEPT_FOUND_FACTOR = 0.5;

/** A compound found through its parts counts a little less than one written as typed. */
const COMPOUND_PARTS_WEIGHT = 0.8;

/** From this many documents the index is built in a Web Worker, so typing and scrolling never stutter. */
export const WORKER_THRESHOLD = 400;

/**
 * Search over one content snapshot in one reader language (plus the municipality's default
 * language): parses queries (stop words, synonyms from the pack), asks the index, suggests
 * spellings.
 */
export class SearchEngine {
  private readonly synonyms: SynonymTable;

  constructor(
    readonly snapshot: ContentSnapshot,
    /** The language the index was built for (its texts and the default language's). */
    readonly lang: LanguageCode,
    readonly index: SearchIndex,
    readonly source: IndexSource,
    /** The built-in concepts as word groups in the reader's and the content's languages (lexicon.ts). */
    concepts: readonly (readonly string[])[] = [],
    /** The reader's language, when the index is another one (a fallback's or the default's). */
    readonly readerLang: LanguageCode = lang,
    /** Snowball stemmers of the reader's and the content's languages (stemmer.ts): a query word is also looked up by its stems. */
    private readonly stemmers: readonly Stem[] = [],
  ) {
    this.synonyms = new SynonymTable(snapshot.base.synonyms ?? [], concepts);
  }

  /**
   * `readerLang`: the reader's language when the index is another one (its texts are not on
   * the device). Stop words are those of the reader's language and the default language only:
   * another language's stop word can be a word that names a thing (the English "is" is the
   * Turkish "iş", work). `typing`: the reader is still typing (live results), so the last
   * word also finds the words it starts; a finished query (submitted, a link, a suggestion)
   * searches for its words as they are.
   */
  search(
    query: string,
    options: { kinds?: DocKind[]; filter?: (kind: DocKind, id: string) => boolean; limit?: number; readerLang?: LanguageCode; typing?: boolean } = {},
  ): SearchResult {
    const stopLanguages = [...new Set([options.readerLang ?? this.readerLang, this.snapshot.defaultLanguage])];
    const slots = parseQuery(query, stopLanguages, this.synonyms, { typing: options.typing ?? false });
    // A concept's words add what the typed words cannot find (another language, other words);
    // where the typed words are in the texts, the town's own words lead and the concept follows.
    for (const slot of slots) {
      if (!slot.alternatives[0]!.tokens.every((t) => this.index.find(t.token) >= 0)) continue;
      for (const a of slot.alternatives) if (a.concept) a.weight *= CONCEPT_FOUND_FACTOR;
    }
    // A compound the index does not have, written together ("Fußballverein" for "Fußball-Verein"): its parts, all of them.
    for (const slot of slots) {
      const first = slot.alternatives[0]!.tokens;
      if (first.length !== 1 || first[0]!.prefix || this.index.find(first[0]!.token) >= 0) continue;
      const parts = this.index.compounds.parts(first[0]!.token);
      if (parts) slot.alternatives.push({ tokens: parts.map((token) => ({ token, prefix: false })), weight: COMPOUND_PARTS_WEIGHT, whole: true });
    }
    if (this.stemmers.length) {
      for (const t of queryWords(slots)) {
        if (t.token.length < STEM_MIN) continue;
        const stems = [...new Set(this.stemmers.map((st) => st(t.token)))].filter((x) => x !== t.token && x.length >= 2);
        if (stems.length) t.stems = stems;
      }
    }
    const kinds = options.kinds;
    const filter = options.filter;
    const result = this.index.search(slots, {
      limit: options.limit,
      filter:
        kinds || filter
          ? (key: DocKey) => {
              const { kind, id } = parseDocKey(key);
              return (!kinds || kinds.includes(kind)) && (!filter || filter(kind, id));
            }
          : undefined,
    });
    const terms = new Set(result.terms);
    const prefixes = queryWords(slots).filter((t: QueryToken) => t.prefix && t.token.length >= 2).map((t) => t.token);
    const isMatch = (token: string) =>
      terms.has(token) || prefixes.some((p) => token.startsWith(p)) || terms.has(stem(token) ?? '') || (token.length >= STEM_MIN && this.stemmers.some((st) => terms.has(st(token))));
    return {
      hits: result.hits.map((h) => ({ ...parseDocKey(h.key), score: h.score, complete: h.matched === result.slots })),
      isMatch,
      segments: (text) => segments(text, isMatch),
    };
  }

  /**
   * A close spelling of a query that finds nothing ("Auslenderbehorde" → "Ausländerbehörde"),
   * written as in the texts, or undefined.
   */
  suggest(query: string): string | undefined {
    const parts = words(query);
    let changed = false;
    const out: string[] = [];
    for (const w of parts) {
      const token = w.tokens.join('');
      if (this.index.find(token) >= 0 || this.index.find(stem(token) ?? '') >= 0) {
        out.push(w.text);
        continue;
      }
      const close = this.index.closest(token);
      if (!close) {
        out.push(w.text);
        continue;
      }
      changed = true;
      out.push(this.surface(close.term, close.doc) ?? close.term);
    }
    if (!changed) return undefined;
    const suggestion = out.join(' ');
    return this.search(suggestion, { limit: 1 }).hits.length ? suggestion : undefined;
  }

  /** How an indexed word is written in a document's texts. */
  private surface(term: string, doc: DocKey): string | undefined {
    const texts = indexTexts(this.snapshot, this.lang);
    for (const f of extractDocument(this.snapshot.base, texts, doc)?.fields ?? []) {
      const w = words(f.text).find((x) => x.tokens.length === 1 && x.tokens[0] === term);
      if (w) return w.text;
    }
    return undefined;
  }
}

/** `text` cut at the words `isMatch` accepts. */
export function segments(text: string, isMatch: (token: string) => boolean): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const w of words(text)) {
    if (!w.tokens.some(isMatch)) continue;
    if (w.start > at) out.push({ text: text.slice(at, w.start), mark: false });
    out.push({ text: w.text, mark: true });
    at = w.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** The texts an index covers: the reader's language (when on the device) and the default language. */
function indexTexts(snapshot: ContentSnapshot, lang: LanguageCode): PackText[] {
  return [...new Set([lang, snapshot.defaultLanguage])].map((l) => snapshot.texts.get(l)).filter((t): t is PackText => !!t);
}

/**
 * The language an index is stored under: the first of the reader's fallback chain whose texts
 * are on the device — what she is shown (Dari → Persian) —, else the default one.
 */
export function indexLanguage(snapshot: ContentSnapshot, lang: LanguageCode): LanguageCode {
  return snapshot.chainOf(lang).find((l) => snapshot.hasLanguage(l)) ?? snapshot.defaultLanguage;
}

/** Engines by reader language (each with its own words for the concepts); indexes by the language they cover, shared. */
const engines = new WeakMap<ContentSnapshot, Map<LanguageCode, Promise<SearchEngine>>>();
const indexes = new WeakMap<ContentSnapshot, Map<LanguageCode, Promise<{ index: SearchIndex; source: IndexSource }>>>();

function memo<T>(cache: WeakMap<ContentSnapshot, Map<LanguageCode, Promise<T>>>, snapshot: ContentSnapshot, lang: LanguageCode, make: () => Promise<T>): Promise<T> {
  let bySnapshot = cache.get(snapshot);
  if (!bySnapshot) cache.set(snapshot, (bySnapshot = new Map()));
  let p = bySnapshot.get(lang);
  if (!p) {
    p = make();
    bySnapshot.set(lang, p);
    p.catch(() => bySnapshot.delete(lang)); // try again next time
  }
  return p;
}

/**
 * The search for a snapshot and reader language: from memory, else loaded from the store,
 * else built (in a Web Worker for a large pack, on the main thread for a small one or where
 * there are no workers) and stored for the next start. A failure to store is not fatal:
 * the index then lives for this page.
 */
export function openSearch(
  snapshot: ContentSnapshot,
  readerLang: LanguageCode,
  store?: SearchIndexStore,
  options: { worker?: boolean } = {},
): Promise<SearchEngine> {
  return memo(engines, snapshot, readerLang, async () => {
    const lang = indexLanguage(snapshot, readerLang);
    const contentLangs = [...new Set([lang, snapshot.defaultLanguage])];
    const [{ index, source }, concepts, stemmers] = await Promise.all([
      memo(indexes, snapshot, lang, () => openIndex(snapshot, lang, store, options)),
      conceptGroups(readerLang, contentLangs),
      Promise.all([...new Set([readerLang, ...contentLangs])].map(loadStemmer)),
    ]);
    return new SearchEngine(snapshot, lang, index, source, concepts, readerLang, stemmers.filter((x): x is Stem => !!x));
  });
}

async function openIndex(snapshot: ContentSnapshot, lang: LanguageCode, store: SearchIndexStore | undefined, options: { worker?: boolean }): Promise<{ index: SearchIndex; source: IndexSource }> {
  const stored = await store?.get(snapshot.revision, lang).catch(() => undefined);
  if (SearchIndex.canLoad(stored)) {
    try {
      return { index: SearchIndex.load(stored), source: 'stored' };
    } catch {
      // Damaged or from another version: build it again.
    }
  }
  await snapshot.loadFullTexts(); // the index covers descriptions and keywords too
  const texts = indexTexts(snapshot, lang);
  const docCount = snapshot.base.entries.length + snapshot.base.guides.length + snapshot.base.categories.length + (snapshot.base.pages?.length ?? 0) + (snapshot.base.events?.length ?? 0);
  const useWorker = options.worker ?? (docCount >= WORKER_THRESHOLD && typeof Worker !== 'undefined');
  let data: string | undefined;
  let index: SearchIndex;
  let source: IndexSource = 'main-thread';
  if (useWorker) {
    data = await buildInWorker(snapshot.base, texts).catch(() => undefined);
    if (data) source = 'worker';
  }
  if (data) {
    index = SearchIndex.load(data);
  } else {
    index = SearchIndex.build(extractDocuments(snapshot.base, texts), await stemmersOf(texts.map((t) => t.lang)));
    data = store ? index.serialize() : undefined;
  }
  if (store && data) await store.put(snapshot.revision, lang, data).catch(() => undefined);
  return { index, source };
}
