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

/** Words of a text, normalised. */
export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

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
  const c = token.charCodeAt(0);
  if (c < 0x0600 || c > 0x06ff) return undefined;
  for (const p of ARABIC_PREFIXES) {
    if (token.startsWith(p) && token.length - p.length >= 3) return token.slice(p.length);
  }
  return undefined;
}
