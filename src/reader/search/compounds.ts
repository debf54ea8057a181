import { splitCompound } from './decompound.js';
import { isStopWord } from './stopwords.js';

/** What the compound look-ups need of an index: its sorted vocabulary. */
export interface Vocabulary {
  readonly termCount: number;
  term(i: number): string;
  find(s: string): number;
  docFrequency(i: number): number;
}

/** German compounds are written in Latin letters; words of the other scripts are not looked at. */
const LATIN = /^[a-z]+$/;
const MIN_REST = 3;
const MAX_COMPOUNDS = 48;

/**
 * German compounds in both directions, over an index's own vocabulary (decompound.ts): the
 * compounds whose head a query word is ("Beratung" → Schuldnerberatung, Migrationsberatung),
 * and the parts of a compound the index does not have ("Fußballverein" → Fußball + Verein).
 * The list of words by their endings is made on the first look-up and kept with the index.
 */
export class Compounds {
  private byEnding: { reversed: string[]; terms: Uint32Array } | undefined;

  constructor(private readonly vocab: Vocabulary) {}

  /** Whether a part is a word of the index (not a German stop word: "aus", "ein"). */
  readonly has = (part: string): boolean => this.vocab.find(part) >= 0 && !isStopWord(part, ['de']);

  /** The parts of `token` when it is a compound of index words, or undefined. */
  parts(token: string): string[] | undefined {
    return LATIN.test(token) ? splitCompound(token, this.has) : undefined;
  }

  /** Index terms that are compounds with `head` as their last part, the most common first. */
  withHead(head: string): number[] {
    if (head.length < 3 || !LATIN.test(head)) return [];
    const { reversed, terms } = this.endings();
    const key = [...head].reverse().join('');
    let lo = 0;
    let hi = reversed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (reversed[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < reversed.length && reversed[i]!.startsWith(key); i++) {
      const t = terms[i]!;
      const word = this.vocab.term(t);
      if (word.length < head.length + MIN_REST) continue;
      if (this.parts(word)?.at(-1) === head) out.push(t);
    }
    return out.sort((a, b) => this.vocab.docFrequency(b) - this.vocab.docFrequency(a)).slice(0, MAX_COMPOUNDS);
  }

  private endings(): { reversed: string[]; terms: Uint32Array } {
    if (this.byEnding) return this.byEnding;
    const rows: [string, number][] = [];
    for (let i = 0; i < this.vocab.termCount; i++) {
      const t = this.vocab.term(i);
      if (t.length >= 6 && LATIN.test(t)) rows.push([[...t].reverse().join(''), i]);
    }
    rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return (this.byEnding = { reversed: rows.map((r) => r[0]), terms: Uint32Array.from(rows, (r) => r[1]) });
  }
}
