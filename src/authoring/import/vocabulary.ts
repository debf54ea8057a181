/**
 * What clerks write in spreadsheets, mapped to what Kompass stores: language names
 * ("Deutsch, Arabisch", "Farsi") to codes, kinds ("Behörde", "Beratung", "Verein") to entry
 * kinds, category labels ("Beratung") to category ids — each also accepting the code or id —
 * with a "did you mean" when a word is close to a valid one. Browser-safe: the editor's
 * import uses the same rules.
 */
import { ENTRY_KINDS, type EntryKind, type SourceCategory } from '../../pack/types.js';
import { textOf } from '../translation.js';

/** Lowercase, without accents, spaces or punctuation: `Kurdî (Kurmancî)` → `kurdikurmanci`. */
export const matchKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** Languages newcomers and offices in Germany use, named in German, English and their own name. */
const LANGUAGE_CODES = [
  'de', 'en', 'ar', 'fa', 'prs', 'ps', 'ku', 'ckb', 'tr', 'uk', 'ru', 'ti', 'so', 'fr', 'es', 'it', 'pt', 'pl', 'ro', 'bg', 'hr', 'sr', 'bs', 'sq',
  'mk', 'el', 'hu', 'cs', 'sk', 'sl', 'lt', 'lv', 'et', 'nl', 'da', 'sv', 'no', 'fi', 'he', 'ur', 'hi', 'bn', 'ta', 'pa', 'am', 'om', 'ka', 'hy',
  'az', 'kk', 'uz', 'tk', 'ky', 'tg', 'mn', 'vi', 'zh', 'ja', 'ko', 'th', 'id', 'ms', 'tl', 'sw', 'ha', 'yo', 'ig', 'ln', 'wo', 'rw', 'ne', 'si',
];
/** Names `Intl.DisplayNames` does not give, as clerks write them. */
const LANGUAGE_ALIASES: Record<string, string> = {
  farsi: 'fa', persisch: 'fa', dari: 'prs', afghanischpersisch: 'prs', paschto: 'ps', paschtu: 'ps', pashtu: 'ps', pushto: 'ps',
  kurmandschi: 'ku', kurmanci: 'ku', kurmanji: 'ku', nordkurdisch: 'ku', sorani: 'ckb', zentralkurdisch: 'ckb', tigrinisch: 'ti', tigrinja: 'ti',
  somalisch: 'so', serbokroatisch: 'sh', bosnisch: 'bs', englisch: 'en', amharic: 'am', ukrainisch: 'uk', gebaerdensprache: 'gsg', deutschegebaerdensprache: 'gsg', dgs: 'gsg',
};

let languageNames: Map<string, string> | undefined;
/** Every accepted language word → its code (built once, from Intl in German, English and the language itself). */
function languageIndex(): Map<string, string> {
  if (languageNames) return languageNames;
  const map = new Map<string, string>();
  const add = (name: string | undefined, code: string) => {
    const k = name ? matchKey(name) : '';
    if (k && !map.has(k)) map.set(k, code);
  };
  for (const code of LANGUAGE_CODES) {
    add(code, code);
    for (const locale of ['de', 'en', code]) {
      try {
        add(new Intl.DisplayNames([locale], { type: 'language' }).of(code), code);
      } catch {
        // a locale this runtime does not know: its other names still count
      }
    }
  }
  for (const [name, code] of Object.entries(LANGUAGE_ALIASES)) add(name, code);
  languageNames = map;
  return map;
}

/** The language's name for a clerk, in `uiLang` (German or English): `ar` → "Arabisch". */
export function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export type Lookup<T> = { value: T } | { suggestion?: string };

/** A code (`ar`, `de-AT`) or a name in German, English or the language itself → the code. */
export function lookupLanguage(word: string, uiLang = 'en'): Lookup<string> {
  const w = word.trim();
  if (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(w) && (LANGUAGE_CODES.includes(w.split('-')[0]!) || /^[a-z]{2,3}$/.test(w))) return { value: w };
  const index = languageIndex();
  const hit = index.get(matchKey(w));
  if (hit) return { value: hit };
  const near = nearest(matchKey(w), [...index.keys()]);
  return near ? { suggestion: `${languageName(index.get(near)!, uiLang)} (${index.get(near)})` } : {};
}

/** German and English words for the kinds (singular and plural), → entry kind. */
const KIND_WORDS: Record<EntryKind, string[]> = {
  authority: ['Behörde', 'Behörden', 'Amt', 'Ämter', 'Verwaltung', 'Stadtverwaltung', 'Office', 'Authority', 'Authorities', 'Public office'],
  counselling: ['Beratung', 'Beratungsstelle', 'Beratungsstellen', 'Counselling', 'Counseling', 'Advice', 'Advice centre'],
  association: ['Verein', 'Vereine', 'Initiative', 'Ehrenamt', 'Association', 'Club', 'Volunteers'],
  course: ['Kurs', 'Kurse', 'Sprachkurs', 'Course', 'Courses', 'Class'],
  health: ['Gesundheit', 'Arzt', 'Ärztin', 'Praxis', 'Klinik', 'Krankenhaus', 'Health', 'Doctor', 'Clinic', 'Hospital'],
  education: ['Bildung', 'Schule', 'Kita', 'Education', 'School'],
  emergency: ['Notfall', 'Notruf', 'Emergency'],
  other: ['Sonstiges', 'Andere', 'Other'],
};
const KIND_NAMES: Record<string, Record<EntryKind, string>> = {
  de: { authority: 'Behörde', counselling: 'Beratung', association: 'Verein', course: 'Kurs', health: 'Gesundheit', education: 'Bildung', emergency: 'Notfall', other: 'Sonstiges' },
  en: { authority: 'authority', counselling: 'counselling', association: 'association', course: 'course', health: 'health', education: 'education', emergency: 'emergency', other: 'other' },
};

/** The kinds as a clerk reads them: "Behörde, Beratung, Verein, …". */
export const kindNames = (uiLang: string): string => ENTRY_KINDS.map((k) => (KIND_NAMES[uiLang] ?? KIND_NAMES.en!)[k]).join(', ');

export function lookupKind(word: string, uiLang = 'en'): Lookup<EntryKind> {
  const key = matchKey(word);
  const index = new Map<string, EntryKind>();
  for (const k of ENTRY_KINDS) {
    index.set(matchKey(k), k);
    for (const w of KIND_WORDS[k]) index.set(matchKey(w), k);
  }
  const hit = index.get(key);
  if (hit) return { value: hit };
  const near = nearest(key, [...index.keys()]);
  return near ? { suggestion: (KIND_NAMES[uiLang] ?? KIND_NAMES.en!)[index.get(near)!] } : {};
}

/** A category id or its label in any of the town's languages → the id. */
export function lookupCategory(word: string, categories: readonly SourceCategory[], uiLang = 'en'): Lookup<string> {
  const key = matchKey(word);
  const index = new Map<string, string>();
  for (const c of categories) index.set(matchKey(c.id), c.id);
  for (const c of categories) {
    for (const text of Object.values(c.label ?? {})) {
      const label = textOf(text);
      const k = label ? matchKey(label) : '';
      if (k && !index.has(k)) index.set(k, c.id);
    }
  }
  const hit = index.get(key);
  if (hit) return { value: hit };
  const near = nearest(key, [...index.keys()]);
  if (!near) return {};
  const id = index.get(near)!;
  const c = categories.find((x) => x.id === id);
  return { suggestion: textOf(c?.label?.[uiLang]) ?? textOf(Object.values(c?.label ?? {})[0]) ?? id };
}

/** The closest candidate within a small edit distance (a typo, not another word), or undefined. */
export function nearest(key: string, candidates: readonly string[]): string | undefined {
  if (!key) return undefined;
  const limit = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (Math.abs(c.length - key.length) > limit) continue;
    const d = editDistance(key, c, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** Levenshtein distance with transpositions, giving up beyond `max`. */
function editDistance(a: string, b: string, max: number): number {
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}
