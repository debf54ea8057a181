/**
 * Text normalisation shared by indexing and querying, per script: case folding, Latin
 * diacritics and German umlauts/ß, Arabic (tashkeel, tatweel, alef forms, yeh/alef maksura,
 * teh marbuta), Persian vs Arabic letters, Cyrillic ё, Turkish dotted/dotless i.
 */
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

export function normalize(text: string): string {
  let s = text.normalize('NFKC');
  // German: ä→a(e), ö→o(e), ü→u(e), ß→ss. Both spellings must meet: fold "ue" and "ü" to "u".
  s = s.replace(/ß/g, 'ss').replace(/ẞ/g, 'ss');
  s = s.replace(/İ/g, 'i').replace(/I/g, 'i').replace(/ı/g, 'i');
  s = s.toLowerCase();
  s = s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(ARABIC_DIACRITICS, '');
  s = s
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىي]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ی')
    .replace(/ё/g, 'е')
    .replace(/й/g, 'и');
  return s;
}

/** Words of a text, normalised. */
export function tokenize(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
