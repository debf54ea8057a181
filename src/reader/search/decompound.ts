/**
 * German compounds, split into words of the index's own vocabulary: "integrationskurs" →
 * integration + kurs, so a search for "Kurs" finds the Integrationskurs and a search for
 * "Wohnungsamt" finds a text that says "Amt für Wohnung".
 */

/**
 * What may join two parts: nothing, a linking element (Fuge), either followed by a hyphen
 * ("beratungs-termin" as one token); the longer ones first.
 */
const JOINS = ['es', 'en', 'er', 's', 'n', 'e', ''].flatMap((f) => [f + '-', f]);
const NO_JOIN = [''];
/** Letters in a join (its hyphen is none), by join. */
const JOIN_COST = new Map(JOINS.map((j) => [j, j.replace('-', '').length]));
/** Whether a join other than none may start with this character (e, n, s, -). */
const joinStart = (c: number): boolean => c === 0x65 || c === 0x6e || c === 0x73 || c === 0x2d;

/**
 * Word endings that can be vocabulary words (a stray "ung", "bar", "los") but are no head of
 * a compound: "beratung" is no berat + ung, "arbeitslos" no Los.
 */
const SUFFIXES = new Set(['ung', 'heit', 'keit', 'schaft', 'lich', 'isch', 'chen', 'lein', 'nis', 'tum', 'bar', 'sam', 'los', 'haft', 'ling', 'ion', 'tion', 'ismus', 'ist', 'tat']);

interface Split {
  parts: string[];
  /** Letters not in a part (Fugen), plus one per part found only with an added -e: fewer is better. */
  cost: number;
}

const better = (a: Split, b: Split | null): boolean =>
  !b || a.parts.length < b.parts.length || (a.parts.length === b.parts.length && a.cost < b.cost);

/**
 * The parts of a normalised German token (`tokenize`), each a word for which `has` holds and
 * at least `minPart` letters long, joined directly or by a Fuge (s, es, n, en, e, er, -); a
 * part before the last may also be a vocabulary word that drops its final -e, if it keeps
 * more than `minPart` letters ("sprachkurs" →
 * sprache + kurs). Of all splits the one with the fewest parts, then the fewest letters
 * outside them; the head (what the compound is) is the last part. `undefined` when the token
 * cannot be split whole into two or more parts, or only with a derivational ending as its
 * head (-ung, -heit, -lich, …). `has` should leave out stop words ("aus", "ein").
 */
export function splitCompound(token: string, has: (part: string) => boolean, minPart = 3): string[] | undefined {
  const n = token.length;
  if (n < 2 * minPart) return undefined;
  // The best split of token.slice(i), by i; explored from the start, so only where a part ends.
  const memo: (Split | null | undefined)[] = new Array(n);
  const from = (i: number): Split | null => {
    const cached = memo[i];
    if (cached !== undefined) return cached;
    let found: Split | null = null;
    const head = token.slice(i);
    // The head only as a word itself; the whole token as one part is no split.
    if (i > 0 && !SUFFIXES.has(head) && has(head)) found = { parts: [head], cost: 0 };
    for (let j = n - minPart; j >= i + minPart; j--) {
      const part = token.slice(i, j);
      const known = has(part);
      const withE = !known && part.length > minPart && part.charCodeAt(part.length - 1) !== 0x65 && has(part + 'e');
      if (!known && !withE) continue;
      const joins = joinStart(token.charCodeAt(j)) ? JOINS : NO_JOIN;
      for (const join of joins) {
        const k = j + join.length;
        if (n - k < minPart || (join && !token.startsWith(join, j))) continue;
        const rest = from(k);
        if (!rest) continue;
        const candidate = { parts: [known ? part : part + 'e', ...rest.parts], cost: JOIN_COST.get(join)! + (known ? 0 : 1) + rest.cost };
        if (better(candidate, found)) found = candidate;
      }
    }
    memo[i] = found;
    return found;
  };
  const whole = from(0);
  return whole && whole.parts.length > 1 ? whole.parts : undefined;
}
