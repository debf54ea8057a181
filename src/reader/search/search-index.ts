import { FIELD_WEIGHTS, type DocKey, type Field, type SearchDoc } from './documents.js';
import { articleEnd, stem, tokenSpans, TokenSpans } from './normalize.js';
import type { Stem } from './stemmer.js';
import { Compounds } from './compounds.js';
import { SkeletonIndex } from './transliterate.js';
import { stopWords, stopWordTable } from './stopwords.js';
import type { IndexParts } from './index-parts.js';
import { SpanTable, spanHash } from './span-table.js';

/**
 * Changes whenever the serialised form or what goes into the index changes: older stored indexes
 * are rebuilt. 2: information pages (`p:<id>`) are in the index. 3: events (`v:<id>`) and addresses.
 * 4: more stop-word lists (fr, es, it, pt, pl, ro, tr, en) leave other words out of the index.
 * 5: an entry's built-in concepts (`concepts`) are indexed as keywords. 6: Snowball stems.
 * 7: Indic vowel signs no longer split a word.
 */
export const INDEX_FORMAT = 'kompass-search/7';

/** A query word as the index looks it up. */
export interface QueryToken {
  token: string;
  /** The word is still being typed: also find words that start with it. */
  prefix: boolean;
  /** Its Snowball stems in the languages searched (engine.ts adds them). */
  stems?: string[];
}

/** How good a compound is for its head ("Schuldnerberatung" for "Beratung"): below a typo of the word itself. */
const HEAD_QUALITY = 0.35;

const STEMMED_FIELDS: ReadonlySet<Field> = new Set(['name', 'keywords', 'category', 'summary']);

/** A word with the same consonants in another script: a guess, worth less than a typo. */
const SKELETON_QUALITY = 0.5;

/** Words shorter than this are not stemmed: "kur" is no form of "kurs". */
export const STEM_MIN = 4;
/** How good a match through a shared stem is ("Beratungen" for "Beratung"): almost the word. */
const STEM_QUALITY = 0.9;

/** Alternatives for one part of the query (the words typed, or a synonym of them); a document needs one. */
export interface QuerySlot {
  /** `whole`: the alternative counts only when all its words match (a synonym phrase is one unit). */
  alternatives: { tokens: QueryToken[]; weight: number; whole?: boolean; concept?: boolean }[];
}

export interface Hit {
  key: DocKey;
  score: number;
  /** How many of the query's parts the document matched. */
  matched: number;
}

export interface IndexResult {
  hits: Hit[];
  /** Parts of the query. */
  slots: number;
  /** Index terms that matched (normalised), for highlighting. */
  terms: string[];
}

/** How far a typed word may be from an indexed one: none for short words, one typo from 4 letters, two from 8. */
export function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

const MAX_PREFIX_TERMS = 64;
/** From this many letters a typo may be in the first letter too (shorter words have too many neighbours). */
const FIRST_LETTER_MIN = 5;
const SCORE_SCALE = 100;
/** How much a close form of a word that is itself in the index counts (the word itself: 1). */
const VARIANT_QUALITY = 0.45;
const VARIANT_MIN = 5;
/** How much longer a longer form of a finished word may be. */
const INFLECTION_LETTERS = 4;

/**
 * A compact inverted index: the sorted vocabulary as one string (binary search for exact
 * and prefix look-ups, a pruned Levenshtein walk over the sorted terms for typos) and the
 * postings in typed arrays. It serialises to a string (stored in IndexedDB) that loads with
 * one scan, without building objects per term, which keeps a 5,000-entry index small and
 * quick to load on a cheap phone. Each posting holds a precomputed score for the term in
 * the document: field weight × (1 + log tf), the best per field kind across languages.
 */
export class SearchIndex {
  private constructor(
    /** Document keys, by document number. */
    readonly docs: readonly DocKey[],
    /** Every term followed by `\n`, sorted by UTF-16 code units. */
    private readonly vocab: string,
    /** Where term i starts in `vocab`; `termStart[n]` = vocab.length. */
    private readonly termStart: Uint32Array,
    /** Postings of term i: `postStart[i]` … `postStart[i + 1]`. */
    private readonly postStart: Uint32Array,
    private readonly postDoc: Uint32Array,
    private readonly postScore: Uint16Array,
  ) {}

  /** The vocabulary by consonant skeleton, across scripts (made on the first look-up that needs it). */
  get skeletons(): SkeletonIndex {
    return (this.skeletonsOf ??= new SkeletonIndex({ [Symbol.iterator]: () => Array.from({ length: this.termCount }, (_, i) => this.term(i))[Symbol.iterator]() }));
  }
  private skeletonsOf: SkeletonIndex | undefined;

  /** German compounds over this vocabulary (made on first use). */
  get compounds(): Compounds {
    return (this.compoundsOf ??= new Compounds(this));
  }
  private compoundsOf: Compounds | undefined;

  get termCount(): number {
    return this.termStart.length - 1;
  }

  get postingCount(): number {
    return this.postDoc.length;
  }

  term(i: number): string {
    return this.vocab.slice(this.termStart[i]!, this.termStart[i + 1]! - 1);
  }

  /** Number of documents a term is in. */
  docFrequency(i: number): number {
    return this.postStart[i + 1]! - this.postStart[i]!;
  }

  /* ───────────── building ───────────── */

  /**
   * `stemmers`: per language, its Snowball stemmer (stemmer.ts): each word of a text in that
   * language is indexed under its stem too ("Beratungen" under "beratung", "врачи" under "врач"),
   * which the query's words are then also looked up by (`QueryToken.stems`).
   */
  static build(docs: readonly SearchDoc[], stemmers: ReadonlyMap<string, Stem> = new Map()): SearchIndex {
    // Words are looked up where the tokenizer found them (spans of the normalised text): no
    // string per word, and one per distinct term only where a stemmer needs it.
    const vocabulary = new SpanTable();
    const spans = new TokenSpans();
    let cap = 1 << 16;
    let pTerm = new Uint32Array(cap);
    let pDoc = new Uint32Array(cap);
    let pScore = new Uint16Array(cap);
    let n = 0;
    const fieldOrder = Object.keys(FIELD_WEIGHTS) as Field[];
    // Per-term scratch arrays indexed by term number (no maps per field: a 5,000-entry pack
    // has over half a million terms, and garbage collection would dominate the build).
    let vocabCap = 1 << 14;
    let tf = new Uint32Array(vocabCap);
    let best = new Float64Array(vocabCap);
    let score = new Float64Array(vocabCap);
    const inField: number[] = [];
    const inKind: number[] = [];
    const inDoc: number[] = [];
    // A word is stemmed once per language, however often it occurs: by term number, the
    // stem's term number + 1 (-1: no stem of its own; 0: not stemmed yet).
    const stemLangs = [...stemmers.keys()];
    const stemIds = stemLangs.map(() => new Int32Array(vocabCap));
    const idOf = (text: string, from: number, to: number, h: number): number => {
      const id = vocabulary.idOf(text, from, to, h);
      if (id === vocabCap) {
        vocabCap *= 2;
        tf = grow(tf, vocabCap);
        best = grow(best, vocabCap);
        score = grow(score, vocabCap);
        for (let l = 0; l < stemIds.length; l++) stemIds[l] = grow(stemIds[l]!, vocabCap);
      }
      return id;
    };
    const count = (id: number) => {
      if (tf[id]!++ === 0) inField.push(id);
    };
    /** The stem's term number in language `l` of the word `text[from, to)` (term `id`; `at`: where it goes on after an Arabic article, or -1), or -1. */
    const stemIdOf = (l: number, id: number, text: string, from: number, to: number, at: number): number => {
      let sid = stemIds[l]![id]!;
      if (sid === 0) {
        const t = text.slice(from, to);
        const s = at >= 0 ? text.slice(at, to) : undefined;
        const lang = stemLangs[l]!;
        const snow = (s ?? t).length >= STEM_MIN ? stemmers.get(lang)!(s ?? t) : t;
        sid = snow !== t && snow !== s && snow.length >= 2 && !stopWords(lang).has(snow) ? idOf(snow, 0, snow.length, spanHash(snow, 0, snow.length)) + 1 : -1;
        stemIds[l]![id] = sid; // looked up again: idOf may have grown it
      }
      return sid - 1;
    };

    docs.forEach((doc, d) => {
      for (const field of fieldOrder) {
        for (const f of doc.fields) {
          if (f.field !== field) continue;
          const stops = stopWordTable(f.lang);
          // Stems for the short fields (names, keywords, categories, summaries): where a place is
          // named. Long texts have most of the words and would cost most of the build.
          const stemLang = STEMMED_FIELDS.has(field) ? stemLangs.indexOf(f.lang) : -1;
          const { text, count: words, start, end } = tokenSpans(f.text, spans);
          for (let k = 0; k < words; k++) {
            const from = start[k]!;
            const to = end[k]!;
            if (to - from < 2) {
              const c = text.charCodeAt(from);
              if (c < 0x30 || c > 0x39) continue; // one letter, not a digit
            }
            const h = spanHash(text, from, to);
            if (stops.find(text, from, to, h) >= 0) continue;
            const id = idOf(text, from, to, h);
            count(id);
            const at = articleEnd(text, from, to);
            if (at >= 0) {
              const hs = spanHash(text, at, to);
              if (stops.find(text, at, to, hs) < 0) count(idOf(text, at, to, hs));
            }
            if (stemLang >= 0) {
              const sid = stemIdOf(stemLang, id, text, from, to, at);
              if (sid >= 0) count(sid);
            }
          }
          // The best of this field kind across languages: a name in two languages is still a name.
          for (const id of inField) {
            const v = 1 + Math.log(tf[id]!);
            if (best[id] === 0) inKind.push(id);
            if (v > best[id]!) best[id] = v;
            tf[id] = 0;
          }
          inField.length = 0;
        }
        const w = FIELD_WEIGHTS[field];
        for (const id of inKind) {
          if (score[id] === 0) inDoc.push(id);
          score[id]! += w * best[id]!;
          best[id] = 0;
        }
        inKind.length = 0;
      }
      for (const id of inDoc) {
        if (n === cap) {
          cap *= 2;
          pTerm = grow(pTerm, cap);
          pDoc = grow(pDoc, cap);
          pScore = grow(pScore, cap);
        }
        pTerm[n] = id;
        pDoc[n] = d;
        pScore[n] = Math.min(65535, Math.round(score[id]! * SCORE_SCALE));
        score[id] = 0;
        n++;
      }
      inDoc.length = 0;
    });

    // Sort the vocabulary; renumber the postings' terms; group postings by term (doc order kept).
    const order = vocabulary.sorted();
    const terms = order.length;
    const rank = new Uint32Array(terms);
    for (let i = 0; i < terms; i++) rank[order[i]!] = i;
    const postStart = new Uint32Array(terms + 1);
    for (let i = 0; i < n; i++) postStart[rank[pTerm[i]!]! + 1]!++;
    for (let i = 0; i < terms; i++) postStart[i + 1]! += postStart[i]!;
    const fill = postStart.slice(0, terms);
    const postDoc = new Uint32Array(n);
    const postScore = new Uint16Array(n);
    for (let i = 0; i < n; i++) {
      const at = fill[rank[pTerm[i]!]!]!++;
      postDoc[at] = pDoc[i]!;
      postScore[at] = pScore[i]!;
    }
    const { text: vocab, termStart } = vocabulary.joined(order);
    return new SearchIndex(docs.map((d) => d.key), vocab, termStart, postStart, postDoc, postScore);
  }

  /** The index as plain arrays (index-parts.ts: built in several workers, merged in one). */
  toParts(): IndexParts {
    return { docs: [...this.docs], vocab: this.vocab, termStart: this.termStart, postStart: this.postStart, postDoc: this.postDoc, postScore: this.postScore };
  }

  static fromParts(p: IndexParts): SearchIndex {
    return new SearchIndex(p.docs, p.vocab, p.termStart, p.postStart, p.postDoc, p.postScore);
  }

  /* ───────────── storing ───────────── */

  /**
   * `kompass-search/1\n{json header}\n<vocabulary><postings>`; postings as variable-length
   * numbers in 15-bit UTF-16 code units (never surrogates, so the string survives
   * IndexedDB and postMessage unchanged): per term its count, then per posting the gap to
   * the previous document and the score.
   */
  serialize(): string {
    // At most three units per number (below 2⁴²), and a posting is two numbers.
    let units = new Uint16Array(1 << 16);
    let u = 0;
    const put = (v: number) => {
      while (v >= 0x4000) {
        units[u++] = 0x4000 | (v & 0x3fff);
        v = Math.floor(v / 0x4000);
      }
      units[u++] = v;
    };
    const chunks: string[] = [];
    const decoder = new TextDecoder('utf-16le');
    for (let i = 0; i < this.termCount; i++) {
      const from = this.postStart[i]!;
      const to = this.postStart[i + 1]!;
      const size = 3 * (1 + 2 * (to - from));
      if (u + size > units.length) {
        chunks.push(decoder.decode(units.subarray(0, u)));
        u = 0;
        if (size > units.length) units = new Uint16Array(size);
      }
      put(to - from);
      let prev = 0;
      for (let p = from; p < to; p++) {
        put(this.postDoc[p]! - prev);
        prev = this.postDoc[p]!;
        put(this.postScore[p]!);
      }
    }
    chunks.push(decoder.decode(units.subarray(0, u)));
    const header = JSON.stringify({ docs: this.docs, terms: this.termCount, postings: this.postingCount, vocab: this.vocab.length });
    return `${INDEX_FORMAT}\n${header}\n${this.vocab}${chunks.join('')}`;
  }

  /** Whether `data` is an index this code can load (else it is rebuilt). */
  static canLoad(data: string | undefined): data is string {
    return !!data && data.startsWith(`${INDEX_FORMAT}\n`);
  }

  static load(data: string): SearchIndex {
    if (!SearchIndex.canLoad(data)) throw new Error(`Not a ${INDEX_FORMAT} search index.`);
    const headerStart = INDEX_FORMAT.length + 1;
    const headerEnd = data.indexOf('\n', headerStart);
    const header = JSON.parse(data.slice(headerStart, headerEnd)) as { docs: DocKey[]; terms: number; postings: number; vocab: number };
    const vocabStart = headerEnd + 1;
    const vocab = data.slice(vocabStart, vocabStart + header.vocab);
    const termStart = new Uint32Array(header.terms + 1);
    let pos = 0;
    for (let i = 0; i < header.terms; i++) {
      termStart[i] = pos;
      pos = vocab.indexOf('\n', pos) + 1;
    }
    termStart[header.terms] = pos;
    const postStart = new Uint32Array(header.terms + 1);
    const postDoc = new Uint32Array(header.postings);
    const postScore = new Uint16Array(header.postings);
    let at = vocabStart + header.vocab;
    const get = (): number => {
      let v = 0;
      let scale = 1;
      for (;;) {
        if (at >= data.length) throw new Error('The stored search index is damaged.');
        const c = data.charCodeAt(at++);
        if (c < 0x4000) return v + c * scale;
        v += (c & 0x3fff) * scale;
        scale *= 0x4000;
      }
    };
    let p = 0;
    for (let i = 0; i < header.terms; i++) {
      postStart[i] = p;
      const count = get();
      let doc = 0;
      for (let k = 0; k < count; k++) {
        doc += get();
        postDoc[p] = doc;
        postScore[p] = get();
        p++;
      }
    }
    postStart[header.terms] = p;
    if (p !== header.postings || at !== data.length) throw new Error('The stored search index is damaged.');
    return new SearchIndex(header.docs, vocab, termStart, postStart, postDoc, postScore);
  }

  /* ───────────── looking up ───────────── */

  /** Compares term i with `s` by UTF-16 code units. */
  private compare(i: number, s: string): number {
    const start = this.termStart[i]!;
    const len = this.termStart[i + 1]! - 1 - start;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = this.vocab.charCodeAt(start + k) - s.charCodeAt(k);
      if (d) return d;
    }
    return len - s.length;
  }

  /** The first term ≥ `s`. */
  lowerBound(s: string, from = 0): number {
    let lo = from;
    let hi = this.termCount;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, s) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The term's number, or -1. */
  find(s: string): number {
    const i = this.lowerBound(s);
    return i < this.termCount && this.compare(i, s) === 0 ? i : -1;
  }

  /** Terms that start with `prefix`: `[from, to)`. */
  prefixRange(prefix: string): [number, number] {
    const from = this.lowerBound(prefix);
    return [from, this.lowerBound(prefix + '\uffff', from)];
  }

  /**
   * Terms within `maxDistance` edits (insert, delete, substitute, swap two neighbours) of
   * `word` that start with `within` (default: the word's first letter). With `firstLetter`,
   * words of `FIRST_LETTER_MIN` letters and more may have the typo in the first letter too
   * ("Vürgerbüro", "hobcenter", "üSchuldnerberatung"): that edit is spent on the first
   * letter, and the word it leaves (the first letter dropped, swapped with the second,
   * replaced by or preceded by each letter X terms start with) is looked up with what is left
   * of the budget. The same in every script, and bounded: a few hundred look-ups.
   */
  fuzzy(word: string, maxDistance: number, options: { firstLetter?: boolean; within?: string } = {}): { term: number; distance: number }[] {
    const found = new Map<number, number>();
    if (maxDistance <= 0 || !word) return [];
    const m = word.length;
    const maxDepth = m + 1 + maxDistance + 1;
    const rows: Int32Array[] = Array.from({ length: maxDepth + 1 }, () => new Int32Array(m + 2));
    for (let j = 0; j <= m + 1; j++) rows[0]![j] = j;
    const rowMin = new Int32Array(maxDepth + 1);
    const add = (term: number, distance: number) => {
      if (distance < (found.get(term) ?? Infinity)) found.set(term, distance);
    };
    this.walk(word, maxDistance, this.prefixRange(options.within ?? word[0]!), rows, rowMin, add);
    if (options.firstLetter && m >= FIRST_LETTER_MIN) {
      const rest = maxDistance - 1;
      // With the first letter dropped or swapped, the word it leaves may have further typos
      // (a walk over its first two letters' share); replaced by or preceded by a letter X,
      // it must then be exact (one look-up per X, so the cost stays a few hundred look-ups).
      const spent = (w: string, exact: boolean) => {
        if (!rest || exact) add(this.find(w), 1);
        else this.walk(w, rest, this.prefixRange(w.slice(0, 2)), rows, rowMin, (t, d) => add(t, d + 1));
      };
      const tail = word.slice(1);
      spent(tail, false); // one letter too many at the start
      if (word[1] !== word[0]) spent(word[1]! + word[0]! + word.slice(2), false); // the first two swapped
      for (const x of this.firstLetters()) {
        if (x === word[0]) continue;
        spent(x + tail, true); // the first letter wrong
        spent(x + word, true); // the first letter missing
      }
    }
    found.delete(-1);
    return [...found].map(([term, distance]) => ({ term, distance }));
  }

  private letters?: string[];

  /** The letters (UTF-16 code units) terms start with. */
  private firstLetters(): string[] {
    if (!this.letters) {
      this.letters = [];
      for (let i = 0; i < this.termCount; ) {
        const c = this.vocab[this.termStart[i]!]!;
        this.letters.push(c);
        i = this.lowerBound(c + '\uffff', i);
      }
    }
    return this.letters;
  }

  /**
   * The Levenshtein walk over terms `[from, to)` (sorted, so it reuses the edit-distance rows
   * of the prefix shared with the previous term and skips every term under a prefix that is
   * already too far), passing each term within `maxDistance` to `add`. `rows` has room for
   * the word and `maxDistance`, row 0 filled with 0, 1, 2, ….
   */
  private walk(
    word: string,
    maxDistance: number,
    [from, to]: [number, number],
    rows: Int32Array[],
    rowMin: Int32Array,
    add: (term: number, distance: number) => void,
  ): void {
    const m = word.length;
    const maxDepth = m + maxDistance + 1;
    const vocab = this.vocab;
    const starts = this.termStart;
    const end = to;
    let i = from;
    let prev = -1; // the term whose rows are computed up to `valid`
    let valid = 0;
    outer: while (i < end) {
      const start = starts[i]!;
      const len = starts[i + 1]! - 1 - start;
      let k = 0;
      if (prev >= 0) {
        const prevStart = starts[prev]!;
        const limit = Math.min(valid, len, starts[prev + 1]! - 1 - prevStart);
        while (k < limit && vocab.charCodeAt(start + k) === vocab.charCodeAt(prevStart + k)) k++;
      }
      prev = i;
      valid = k;
      for (let depth = k + 1; depth <= len; depth++) {
        if (depth > maxDepth) {
          i = this.skipPrefix(i, depth - 1, end);
          continue outer;
        }
        const above = rows[depth - 1]!;
        const row = rows[depth]!;
        const c = vocab.charCodeAt(start + depth - 1);
        const before = depth > 1 ? vocab.charCodeAt(start + depth - 2) : -1;
        row[0] = depth;
        let min = depth;
        for (let j = 1; j <= m; j++) {
          const wj = word.charCodeAt(j - 1);
          let v = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + (wj === c ? 0 : 1));
          if (j > 1 && before === wj && c === word.charCodeAt(j - 2)) v = Math.min(v, rows[depth - 2]![j - 2]! + 1);
          row[j] = v;
          if (v < min) min = v;
        }
        rowMin[depth] = min;
        valid = depth;
        // Too far already, and no swap with the next letter can bring it back: skip this prefix.
        if (min > maxDistance && rowMin[depth - 1]! >= maxDistance) {
          i = this.skipPrefix(i, depth, end);
          continue outer;
        }
      }
      const distance = rows[len]![m]!;
      if (len && distance <= maxDistance) add(i, distance);
      i++;
    }
  }

  /** The first term after `i` (before `end`) that does not share term i's first `depth` letters. */
  private skipPrefix(i: number, depth: number, end: number): number {
    const start = this.termStart[i]!;
    const shares = (j: number): boolean => {
      const s = this.termStart[j]!;
      if (this.termStart[j + 1]! - 1 - s < depth) return false;
      for (let k = 0; k < depth; k++) if (this.vocab.charCodeAt(s + k) !== this.vocab.charCodeAt(start + k)) return false;
      return true;
    };
    let lo = i + 1;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (shares(mid)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Terms a query word stands for, each with how good a match it is (1 = the word itself). */
  expand(q: QueryToken): Map<number, number> {
    const found = new Map<number, number>();
    const set = (term: number, quality: number) => {
      if (term >= 0 && quality > (found.get(term) ?? 0)) found.set(term, quality);
    };
    const exact = this.find(q.token);
    set(exact, 1);
    const s = stem(q.token);
    if (s) set(this.find(s), 0.95);
    // Its stems in the reader's and the content's languages: another form of the same word.
    for (const st of q.stems ?? []) set(this.find(st), STEM_QUALITY);
    if (q.prefix && q.token.length >= 1) {
      for (const p of s ? [q.token, s] : [q.token]) {
        const [from, to] = this.prefixRange(p);
        let candidates = Array.from({ length: to - from }, (_, k) => from + k);
        if (candidates.length > MAX_PREFIX_TERMS) {
          // While typing the first letters: the most common completions only.
          candidates = candidates.sort((a, b) => this.docFrequency(b) - this.docFrequency(a)).slice(0, MAX_PREFIX_TERMS);
        }
        for (const t of candidates) set(t, 0.55 + 0.35 * (p.length / (this.termStart[t + 1]! - 1 - this.termStart[t]!)));
      }
    }
    if (!q.prefix && q.token.length >= VARIANT_MIN) {
      // A finished word still finds its longer forms ("child" → "children", "Kurs" → "Kurse"),
      // a few letters longer, at the weight of a close form: not every word it starts.
      const [from, to] = this.prefixRange(q.token);
      const longest = q.token.length + INFLECTION_LETTERS;
      for (let t = from; t < to && t < from + MAX_PREFIX_TERMS * 4; t++) {
        if (this.termStart[t + 1]! - 1 - this.termStart[t]! <= longest) set(t, VARIANT_QUALITY);
      }
    }
    // A German word as the head of compounds: "Beratung" finds the Schuldnerberatung, below texts with the word itself.
    if (!q.prefix) for (const t of this.compounds.withHead(q.token)) set(t, HEAD_QUALITY);
    const budget = typoBudget(q.token.length);
    if (exact < 0) {
      for (const f of this.fuzzy(q.token, budget, { firstLetter: true })) set(f.term, f.distance === 1 ? 0.6 : 0.4);
    } else if (q.token.length >= VARIANT_MIN) {
      // A word that is in the index was most likely meant as typed, but a close form
      // ("refugees" → "refugee") names the same thing: one edit away, after the first three
      // letters (where inflections differ), for words of `VARIANT_MIN` letters and more (a short word's neighbours are
      // other words), worth less than the word itself so that the exact hits stay first.
      for (const f of this.fuzzy(q.token, 1, { within: q.token.slice(0, 3) })) set(f.term, VARIANT_QUALITY);
    }
    // Nothing at all: the word may be written in another script ("бюргербюро", "شتاندزامت" for a
    // German name; "vrach" for "врач"): words with the same consonants, whatever their letters.
    if (!found.size && !q.prefix && q.token.length >= 4) for (const t of this.skeletons.lookup(q.token)) set(this.find(t), SKELETON_QUALITY);
    return found;
  }

  /**
   * Scores every document for the query: per part, the best alternative; per word, the best
   * term it stands for (quality × idf² × stored score, idf = log(1 + N / documents with the
   * term)). Documents with every part rank first: the sum is multiplied by the share of the
   * parts matched, squared — each part counted by how rare it is (log(1 + N / documents the
   * part matches)), so that "fever" in "my child has fever at night" counts more than "child".
   */
  search(slots: readonly QuerySlot[], options: { limit?: number; filter?: (key: DocKey) => boolean } = {}): IndexResult {
    const N = this.docs.length;
    const total = new Float64Array(N);
    const matched = new Uint8Array(N);
    const matchedInfo = new Float64Array(N);
    let infoTotal = 0;
    const terms = new Set<string>();
    const tokenScore = new Float64Array(N);
    const altScore = new Float64Array(N);
    const altCount = new Uint8Array(N);
    const slotScore = new Float64Array(N);
    for (const slot of slots) {
      slotScore.fill(0);
      for (const alt of slot.alternatives) {
        altScore.fill(0);
        altCount.fill(0);
        for (const tok of alt.tokens) {
          tokenScore.fill(0);
          for (const [term, quality] of this.expand(tok)) {
            const from = this.postStart[term]!;
            const to = this.postStart[term + 1]!;
            // Squared: a rare word that names the need outweighs a common one in a heavier field.
            const idf = Math.log(1 + N / (to - from)) ** 2;
            if (terms.size < 256) terms.add(this.term(term));
            for (let p = from; p < to; p++) {
              const d = this.postDoc[p]!;
              const v = (quality * idf * this.postScore[p]!) / SCORE_SCALE;
              if (v > tokenScore[d]!) tokenScore[d] = v;
            }
          }
          for (let d = 0; d < N; d++) {
            if (tokenScore[d]! > 0) {
              altScore[d]! += tokenScore[d]!;
              altCount[d]!++;
            }
          }
        }
        const k = alt.tokens.length;
        for (let d = 0; d < N; d++) {
          if (!altCount[d] || (alt.whole && altCount[d]! < k)) continue;
          const v = (alt.weight * altScore[d]! * altCount[d]!) / (k * k);
          if (v > slotScore[d]!) slotScore[d] = v;
        }
      }
      let df = 0;
      for (let d = 0; d < N; d++) if (slotScore[d]! > 0) df++;
      // What the part says: a rare word (few documents) names the need, a common one does not.
      const info = Math.log(1 + N / Math.max(1, df));
      infoTotal += info;
      for (let d = 0; d < N; d++) {
        if (slotScore[d]! > 0) {
          total[d]! += slotScore[d]!;
          matched[d]!++;
          matchedInfo[d]! += info;
        }
      }
    }
    const hits: Hit[] = [];
    const S = slots.length;
    for (let d = 0; d < N; d++) {
      if (!matched[d]) continue;
      const key = this.docs[d]!;
      if (options.filter && !options.filter(key)) continue;
      const share = matchedInfo[d]! / infoTotal;
      hits.push({ key, score: total[d]! * share * share, matched: matched[d]! });
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits: options.limit ? hits.slice(0, options.limit) : hits, slots: S, terms: [...terms] };
  }

  /**
   * The closest indexed word to a word that found nothing, for "did you mean": the fewest
   * edits (up to one more than the search allows), then the most documents.
   */
  closest(word: string): { term: string; doc: DocKey } | undefined {
    const budget = Math.min(3, typoBudget(word.length) + 1);
    let best: { term: number; distance: number } | undefined;
    for (const f of this.fuzzy(word, budget, { firstLetter: true })) {
      if (!best || f.distance < best.distance || (f.distance === best.distance && this.docFrequency(f.term) > this.docFrequency(best.term))) best = f;
    }
    return best && { term: this.term(best.term), doc: this.docs[this.postDoc[this.postStart[best.term]!]!]! };
  }
}

function grow<T extends Uint32Array | Int32Array | Uint16Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
