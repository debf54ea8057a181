/**
 * Transliteration for search between Latin, Cyrillic and Arabic-script tokens (issue #16):
 * German office names typed in Cyrillic or Arabic letters, Russian or Persian words typed in
 * Latin letters. Every function takes and returns tokens as `tokenize` in `normalize.ts` gives
 * them (lower case, umlauts folded to a/o/u, ß → ss, й → и, ё → е, ي → ی, ك → ک, ة → ه).
 */
import { normalize, stem } from './normalize.js';

export type Script = 'latin' | 'cyrillic' | 'arabic' | 'other';

/** The script of a token, by its first letter. */
export function scriptOf(token: string): Script {
  const c = token.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) return 'latin';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if ((c >= 0x600 && c <= 0x6ff) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfeff)) return 'arabic';
  return 'other';
}

/**
 * Cyrillic letters as a German reader would spell them; "a|b" is a first spelling and a
 * second one where German and Russian-Latin spelling differ (бюро → bjuro, buro).
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'w|v', г: 'g|h', д: 'd', е: 'e', ж: 'sch', з: 's', и: 'i', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'ch|h', ц: 'z',
  ч: 'tsch', ш: 'sch', щ: 'schtsch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'ju|u', я: 'ja|a', є: 'je',
  ї: 'ji', і: 'i', ў: 'w', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'tsch', џ: 'dsch',
};
const VOWEL = /[aeiouy]/;

/** Up to four Latin spellings of a Cyrillic token, the German one first; other tokens as they are. */
export function toLatinCandidates(token: string): string[] {
  if (scriptOf(token) !== 'cyrillic') return [token];
  const out = new Set<string>();
  // One spelling with every first choice, then one with the second choice of each ambiguous letter.
  for (let alt = -1; alt < token.length && out.size < 4; alt++) {
    let s = '';
    let ambiguous = alt < 0;
    for (let i = 0; i < token.length; i++) {
      const c = token[i]!;
      const choices = (CYRILLIC[c] ?? c).split('|');
      // "й" is "и" after normalising: before a vowel at the start it is j (йод, иод → jod).
      if (c === 'и' && i === 0 && VOWEL.test(CYRILLIC[token[1] ?? ''] ?? '')) choices.unshift('j');
      const second = choices.length > 1 && c === token[alt];
      if (second) ambiguous = true;
      s += choices[second ? 1 : 0];
    }
    if (ambiguous) out.add(normalize(s));
  }
  return [...out];
}

/** A Cyrillic token in Latin letters, the German way (бюргербюро → bjurgerbjuro). */
export function toLatin(token: string): string {
  return toLatinCandidates(token)[0]!;
}

/** Arabic, Persian and Urdu letters as Latin consonants; vowel letters as vowels (see `arabicToLatin`). */
const ARABIC: Record<string, string> = {
  ا: 'a', ب: 'b', پ: 'p', ت: 't', ٹ: 't', ث: 's', ج: 'j', چ: 'ch', ح: 'h', خ: 'kh', د: 'd', ڈ: 'd',
  ذ: 'z', ر: 'r', ڑ: 'r', ز: 'z', ژ: 'zh', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '',
  غ: 'g', ف: 'f', ڤ: 'v', ق: 'q', ک: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n', ں: 'n', و: 'u', ه: 'h',
  ھ: 'h', ی: 'i', ے: 'e', ء: '',
};

/** An Arabic-script token in Latin letters: و and ی are consonants only at the start, final ه is a vowel (کاسه → kase). */
function arabicToLatin(token: string): string {
  let s = '';
  const last = token.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = token[i]!;
    if (i === 0 && c === 'و') s += 'v';
    else if (i === 0 && c === 'ی') s += 'j';
    else if (i === last && i > 0 && (c === 'ه' || c === 'ھ')) s += 'e';
    else s += ARABIC[c] ?? c;
  }
  return s;
}

/**
 * Latin spellings to consonant classes, longest first: X the sh sounds, H ch/kh/h and tsch
 * (Russian ч is written ch), J a j/dsch at the start; B b/p, F f/v/w, K k/g/q/c, S s/z/ts and
 * c before e and i, T t/d; vowels (and j, y inside a word) drop.
 */
const GRAPHS: [string, string][] = [
  ['tsch', 'H'], ['sch', 'X'], ['sh', 'X'], ['zh', 'X'], ['ch', 'H'], ['kh', 'H'], ['ts', 'S'], ['tz', 'S'],
];
const CLASS_OF: Record<string, string> = {
  p: 'B', b: 'B', f: 'F', v: 'F', w: 'F', k: 'K', g: 'K', q: 'K', c: 'K', s: 'S', z: 'S', t: 'T', d: 'T',
  h: 'H', l: 'L', m: 'M', n: 'N', r: 'R', x: 'KS',
};
/** The letters a multi-letter spelling in GRAPHS starts with. */
const GRAPH_START = 'tszck';
const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiouy'.includes(c);

/**
 * The consonant skeleton of a token in any of the three scripts: the same for "Bürgerbüro",
 * "бюргербюро" and "بورگربورو" (BRKRBR), for "vrach" and "врач". Vowels are dropped, doubled
 * consonants collapsed, the Arabic article dropped (البورگربورو). Skeletons shorter than
 * 3 classes say little (kita, dom, kar): do not match on them.
 */
export function skeleton(token: string): string {
  const script = scriptOf(token);
  const s = script === 'cyrillic' ? toLatin(token) : script === 'arabic' ? arabicToLatin(stem(token) ?? token) : token;
  let out = '';
  let i = 0;
  // German st/sp at the start is scht/schp (Standesamt, شتاندسامت); j/dsch/dj at the start is J.
  if (s[0] === 's' && (s[1] === 't' || s[1] === 'p')) {
    out = 'X';
    i = 1;
  } else if (s.startsWith('dsch') || s.startsWith('dzh')) {
    out = 'J';
    i = s[1] === 's' ? 4 : 3;
  } else if (s.startsWith('dj') || s[0] === 'j' || (s[0] === 'y' && isVowel(s[1]))) {
    out = 'J';
    i = s[0] === 'd' ? 2 : 1;
  }
  let last = out;
  while (i < s.length) {
    const c = s[i]!;
    let k: string | undefined;
    let n = 1;
    if (GRAPH_START.includes(c)) {
      for (const [g, to] of GRAPHS) {
        if (c === g[0] && s.startsWith(g, i)) {
          k = to;
          n = g.length;
          break;
        }
      }
    }
    if (k === undefined) {
      k = CLASS_OF[c];
      if (k === undefined) {
        i++;
        continue;
      }
      const next = s[i + 1];
      // c before e/i/y and t in -tion are s; h not before a vowel is silent (Fahrt, دکتر).
      if ((c === 'c' && (next === 'e' || next === 'i' || next === 'y')) || (c === 't' && next === 'i' && 'aou'.includes(s[i + 2] ?? '-'))) k = 'S';
      else if (c === 'p' && next === 'h') {
        k = 'F';
        n = 2;
      }
      else if (c === 'h' && !isVowel(next)) k = '';
    }
    if (k && k !== last) {
      out += k;
      last = k.at(-1)!;
    }
    i += n;
  }
  return out;
}

/** Index terms by skeleton, so a token in another script finds the terms that sound alike. Built on the first look-up. */
export class SkeletonIndex {
  private map: Map<string, string[]> | undefined;
  constructor(private readonly terms: Iterable<string>) {}

  /** The index terms with the token's skeleton (not the token itself); none for skeletons under 3 classes. */
  lookup(token: string): string[] {
    const key = skeleton(token);
    if (key.length < 3) return [];
    if (!this.map) {
      this.map = new Map();
      for (const term of this.terms) {
        const k = skeleton(term);
        if (k.length < 3) continue;
        const list = this.map.get(k);
        if (list) list.push(term);
        else this.map.set(k, [term]);
      }
    }
    return (this.map.get(key) ?? []).filter((t) => t !== token);
  }
}
