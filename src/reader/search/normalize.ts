/**
 * Text normalisation shared by indexing and querying, per script: case folding, Latin
 * diacritics and German umlauts/ß, Arabic (tashkeel, tatweel, alef forms, yeh/alef maksura,
 * teh marbuta), Persian vs Arabic letters, Cyrillic ё (and Ukrainian ґ), Turkish dotted and
 * dotless i, Arabic-Indic digits. Whatever is done to the text is done to the query too, so
 * every spelling of a word meets in one index term.
 */
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
/** An apostrophe inside a word ("сім'я", "Citizens'", "Almanya'da") joins rather than splits. */
const APOSTROPHES = /(?<=\p{L})['’ʼ`´]/gu;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’ʼ`´][\p{L}\p{M}]+)*/gu;

/** Letters that are written in more than one way in Arabic-script and Cyrillic text, to one form (one pass). */
const LETTER_FORMS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ی',
  ي: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
  ؤ: 'و',
  ئ: 'ی',
  ё: 'е',
  й: 'и',
  ґ: 'г',
};
const LETTER_VARIANTS = /[أإآٱىيكةۀؤئёйґ\u0660-\u0669\u06F0-\u06F9]/g;
const toForm = (c: string): string => LETTER_FORMS[c] ?? String((c.charCodeAt(0) - 0x0660) % 0x90);
const NON_ASCII = /[^ -~\t\n\r]/;

export function normalize(text: string): string {
  // A stemmer's output is most of what is normalised while an index is built: words of lower-case
  // Latin letters and digits, or of Arabic-script letters only, take a short way to the same result.
  if (LOWER_ASCII.test(text)) return text.includes('e') ? text.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u') : text;
  const arabic = arabicLetters(text);
  if (arabic !== undefined) return arabic;
  let s = text.normalize('NFKC');
  s = s.replace(APOSTROPHES, '');
  // German: ä→a(e), ö→o(e), ü→u(e), ß→ss. Both spellings must meet: fold "ue" and "ü" to "u".
  s = s.replace(/ß/g, 'ss').replace(/ẞ/g, 'ss');
  s = s.replace(/İ/g, 'i').replace(/I/g, 'i').replace(/ı/g, 'i');
  s = s.toLowerCase();
  s = s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  if (!NON_ASCII.test(s)) return s;
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(ARABIC_DIACRITICS, '');
  // Arabic-Indic (U+0660…) and Persian (U+06F0…) digits: (code − 0x660) mod 0x90 is the digit.
  return s.replace(LETTER_VARIANTS, toForm);
}

const LOWER_ASCII = /^[a-z0-9]*$/;

/**
 * Per code unit from U+0600 to U+06FF: what `normalize` makes of it alone when that is one code
 * unit and it is a letter (not a mark: marks are what combine with their neighbours), else 0.
 * A word of such letters only is normalised letter by letter: nothing in it composes,
 * reorders or changes case.
 */
let ARABIC_LETTERS: Uint16Array | undefined;
const arabicBuffer = new Uint16Array(64);

/** `normalize(text)` if text has only letters of `ARABIC_LETTERS`, else undefined. */
function arabicLetters(text: string): string | undefined {
  const n = text.length;
  if (!n || n > arabicBuffer.length) return undefined;
  const table = (ARABIC_LETTERS ??= arabicLetterTable());
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = c >= 0x600 && c <= 0x6ff ? table[c - 0x600]! : 0;
    if (m === 0) return undefined;
    arabicBuffer[i] = m;
    if (m !== c) changed = true;
  }
  return changed ? String.fromCharCode.apply(null, arabicBuffer.subarray(0, n) as unknown as number[]) : text;
}

function arabicLetterTable(): Uint16Array {
  const table = new Uint16Array(0x100);
  ARABIC_LETTERS = table; // normalize's short way is closed while the table is made (all zeros)
  for (let c = 0x600; c <= 0x6ff; c++) {
    const ch = String.fromCharCode(c);
    const n = normalize(ch);
    if (/^\p{L}$/u.test(ch) && n.length === 1) table[c - 0x600] = n.charCodeAt(0);
  }
  return table;
}

/**
 * Words of a text, normalised: what `normalize(text).split(/[^\p{L}\p{N}]+/u)` gives without
 * its empty strings, in one pass after NFD instead of three replacements and a split (the
 * index build tokenises megabytes of text, and those regular expressions were most of it).
 */
export function tokenize(text: string): string[] {
  const spans = tokenSpans(text, scratch);
  const out = new Array<string>(spans.count);
  for (let k = 0; k < spans.count; k++) out[k] = spans.text.slice(spans.start[k], spans.end[k]);
  return out;
}

/** Where the words of a text are in its normalised form: word k is `text.slice(start[k], end[k])`. */
export class TokenSpans {
  /** The normalised text. */
  text = '';
  count = 0;
  start = new Int32Array(64);
  end = new Int32Array(64);

  push(start: number, end: number): void {
    if (this.count === this.start.length) {
      const size = this.count * 2;
      const s = new Int32Array(size);
      const e = new Int32Array(size);
      s.set(this.start);
      e.set(this.end);
      this.start = s;
      this.end = e;
    }
    this.start[this.count] = start;
    this.end[this.count++] = end;
  }
}
const scratch = new TokenSpans();

/**
 * The words of `text` as `tokenize` gives them, as spans over its normalised form, into `out`
 * (reused: the index build makes no string per word). Returns `out`.
 */
export function tokenSpans(text: string, out: TokenSpans): TokenSpans {
  let s = text.normalize('NFKC');
  if (HAS_APOSTROPHE.test(s)) s = s.replace(APOSTROPHES, '');
  const nonAscii = NON_ASCII.test(s);
  if (nonAscii) s = s.replace(/[ßẞ]/g, 'ss').replace(/[İı]/g, 'i');
  s = s.toLowerCase();
  if (s.includes('e')) s = s.replace(/([aou])e/g, '$1');
  if (nonAscii && NON_ASCII.test(s)) s = unify(s.normalize('NFD'));
  out.text = s;
  out.count = 0;
  const n = s.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = ASCII_WORD[c] === 1;
    else if (c >= 0xd800 && c <= 0xdfff) {
      // A surrogate pair is one letter or number, or neither; a lone surrogate is neither.
      const d = s.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        if (WORD_CHAR.test(s.slice(i, i + 2))) {
          if (start < 0) start = i;
          i++;
          continue;
        }
        if (start >= 0) out.push(start, i);
        start = -1;
        i++;
        continue;
      }
      word = false;
    } else {
      let k = BMP_WORD[c]!;
      if (k === 0) BMP_WORD[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
      word = k === 1;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(start, i);
      start = -1;
    }
  }
  if (start >= 0) out.push(start, n);
  return out;
}

const HAS_APOSTROPHE = /['’ʼ`´]/;
/** A letter, a digit, or a mark that belongs to one (Devanagari, Bengali and Tamil vowel signs: "डॉक्टरों" is one word). */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => (/[a-zA-Z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
/** Per UTF-16 code unit: 0 not known yet, 1 a letter or number, 2 neither. */
const BMP_WORD = new Uint8Array(0x10000);
/**
 * Per UTF-16 code unit below U+0700 after NFD (everything above is kept): itself (−1),
 * dropped (−2: combining accents, Arabic diacritics and tatweel) or the letter it is unified to.
 */
const UNIFY = (() => {
  const t = new Int32Array(0x700).fill(-1);
  const drop = (from: number, to: number) => t.fill(-2, from, to + 1);
  drop(0x300, 0x36f);
  drop(0x610, 0x61a);
  drop(0x64b, 0x65f);
  drop(0x670, 0x670);
  drop(0x6d6, 0x6ed);
  drop(0x640, 0x640);
  for (const [from, to] of Object.entries(LETTER_FORMS)) t[from.charCodeAt(0)] = to.charCodeAt(0);
  for (let d = 0; d < 10; d++) t[0x660 + d] = t[0x6f0 + d] = 0x30 + d;
  return t;
})();

/** The last steps of `normalize` after NFD (accents and Arabic diacritics dropped, letter forms unified), in one pass. */
function unify(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 0x700 && UNIFY[c] !== -1) break;
    i++;
  }
  if (i === n) return s;
  if (unifyBuffer.length < n) unifyBuffer = new Uint16Array(Math.max(n, unifyBuffer.length * 2));
  const buf = unifyBuffer;
  for (let k = 0; k < i; k++) buf[k] = s.charCodeAt(k);
  let w = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const u = c < 0x700 ? UNIFY[c]! : -1;
    if (u === -1) buf[w++] = c;
    else if (u >= 0) buf[w++] = u;
  }
  return UTF16.decode(buf.subarray(0, w));
}
const UTF16 = new TextDecoder('utf-16le');
/** `unify`'s scratch (what it writes is copied into the string it returns). */
let unifyBuffer = new Uint16Array(1024);

/** A word of a text as written, where it is, and its normalised form(s) (one, or more when normalising splits it). */
export interface WordSpan {
  start: number;
  end: number;
  text: string;
  tokens: string[];
}

/** The words of a text with their positions, for highlighting matches in what is shown. */
export function words(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const tokens = tokenize(m[0]);
    if (tokens.length) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], tokens });
  }
  return out;
}

/** Arabic and Persian prefixes that glue to the next word: the article and conjunctions with it. */
const ARABIC_PREFIXES = ['وال', 'بال', 'فال', 'کال', 'لل', 'ال'];

/**
 * The form a token is indexed and looked up under in addition to itself: Arabic words without
 * the article ("المواطنین" → "مواطنین"), so "مواطنين" finds "المواطنين" and back.
 */
export function stem(token: string): string | undefined {
  const at = articleEnd(token, 0, token.length);
  return at < 0 ? undefined : token.slice(at);
}

/** Where the word `text[from, to)` goes on after an Arabic article or prefix that `stem` drops, or -1. */
export function articleEnd(text: string, from: number, to: number): number {
  const c = text.charCodeAt(from);
  if (c < 0x0600 || c > 0x06ff) return -1;
  for (const p of ARABIC_PREFIXES) {
    if (to - from - p.length >= 3 && text.startsWith(p, from)) return from + p.length;
  }
  return -1;
}
