/**
 * Readies a normalised token for a Snowball stemmer: gives it back what normalisation folded
 * away and the stemmer needs, where the language makes that unambiguous (the stem is
 * normalised again). Without it the Turkish stemmer sees "kadinlar" (kadınlar) break vowel
 * harmony and keeps the suffix, the Russian one cannot find "-ый" in "новыи", the Arabic one
 * knows no Persian ی and ک. German feminine plurals ("Ärztinnen") become the singular the
 * stemmer keeps ("arztin"), which Snowball leaves apart.
 */
export function prepareForStem(lang: string, token: string): string {
  switch (lang) {
    case 'de':
      return token.length >= 9 ? token.replace(FEMININE_PLURAL, '$1in') : token;
    case 'tr':
      return turkishVowels(token);
    case 'ru':
    case 'uk':
      return cyrillicShortI(lang, token);
    case 'ar':
      return PERSIAN_LETTERS.test(token) ? token.replace(/ی/g, 'ي').replace(/ک/g, 'ك') : token;
    default:
      return token;
  }
}

/** -erinnen, -tinnen, -ginnen (Lehrerinnen, Migrantinnen, Kolleginnen), not "beginnen", "gewinnen". */
const FEMININE_PLURAL = /(er|t|g)innen$/;

/** normalize.ts writes Arabic yeh and kaf as the Persian letters; Arabic text has only the Arabic ones. */
const PERSIAN_LETTERS = /[یک]/;

/**
 * Turkish ı, ö, ü were folded to i, o, u. A Turkish word's vowels are all front (e i ö ü) or all
 * back (a ı o u), and a suffix's a or e says which: each i, o, u takes the frontness of the
 * nearest a or e after it, else before it, so "kadinlar" is "kadınlar" and "gozler" "gözler".
 */
function turkishVowels(token: string): string {
  if (!/[iou]/.test(token) || !/[ae]/.test(token)) return token;
  const n = token.length;
  const after: (boolean | undefined)[] = new Array(n);
  let front: boolean | undefined;
  for (let i = n - 1; i >= 0; i--) {
    after[i] = front;
    const c = token[i];
    if (c === 'a') front = false;
    else if (c === 'e') front = true;
  }
  let out = '';
  let before: boolean | undefined;
  for (let i = 0; i < n; i++) {
    const c = token[i]!;
    const f = after[i] ?? before;
    if (c === 'a') before = false;
    else if (c === 'e') before = true;
    out += c === 'i' && f === false ? 'ı' : c === 'o' && f ? 'ö' : c === 'u' && f ? 'ü' : c;
  }
  return out;
}

const VOWEL_THEN_I = /([аеиоуыэюяієї])и$/;
const VOWEL_THEN_UK_I = /([аеиоуюяієї])і/g;

/**
 * Russian and Ukrainian й was folded to и (and Ukrainian ї to і): after a vowel at the end
 * of a word it was й ("новыи" → "новый", "детеи" → "детей"); in Ukrainian і after a vowel is ї.
 */
function cyrillicShortI(lang: string, token: string): string {
  const s = token.replace(VOWEL_THEN_I, '$1й');
  return lang === 'uk' ? s.replace(VOWEL_THEN_UK_I, '$1ї') : s;
}
