/**
 * Languages the UI ships translations for, with their own names (endonyms) and
 * writing direction. Content languages come from the pack; this list only covers
 * the interface strings in `locales/`.
 */
export interface UiLanguage {
  code: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
}

export const UI_LANGUAGES: readonly UiLanguage[] = [
  { code: 'de', endonym: 'Deutsch', dir: 'ltr' },
  { code: 'en', endonym: 'English', dir: 'ltr' },
  { code: 'ar', endonym: 'العربية', dir: 'rtl' },
  { code: 'fa', endonym: 'فارسی', dir: 'rtl' },
  { code: 'prs', endonym: 'دری', dir: 'rtl' },
  { code: 'ps', endonym: 'پښتو', dir: 'rtl' },
  { code: 'ku', endonym: 'Kurdî (Kurmancî)', dir: 'ltr' },
  { code: 'tr', endonym: 'Türkçe', dir: 'ltr' },
  { code: 'uk', endonym: 'Українська', dir: 'ltr' },
  { code: 'ru', endonym: 'Русский', dir: 'ltr' },
  { code: 'ti', endonym: 'ትግርኛ', dir: 'ltr' },
  { code: 'so', endonym: 'Soomaali', dir: 'ltr' },
  { code: 'fr', endonym: 'Français', dir: 'ltr' },
  { code: 'es', endonym: 'Español', dir: 'ltr' },
  { code: 'ckb', endonym: 'کوردی (سۆرانی)', dir: 'rtl' },
  { code: 'ur', endonym: 'اردو', dir: 'rtl' },
  { code: 'am', endonym: 'አማርኛ', dir: 'ltr' },
  { code: 'ka', endonym: 'ქართული', dir: 'ltr' },
  { code: 'sq', endonym: 'Shqip', dir: 'ltr' },
  { code: 'sr', endonym: 'Српски', dir: 'ltr' },
  { code: 'bs', endonym: 'Bosanski', dir: 'ltr' },
  { code: 'hr', endonym: 'Hrvatski', dir: 'ltr' },
  { code: 'ro', endonym: 'Română', dir: 'ltr' },
  { code: 'bg', endonym: 'Български', dir: 'ltr' },
  { code: 'pl', endonym: 'Polski', dir: 'ltr' },
  { code: 'vi', endonym: 'Tiếng Việt', dir: 'ltr' },
  { code: 'zh', endonym: '中文（简体）', dir: 'ltr' },
  { code: 'hy', endonym: 'Հայերեն', dir: 'ltr' },
  { code: 'hi', endonym: 'हिन्दी', dir: 'ltr' },
  { code: 'bn', endonym: 'বাংলা', dir: 'ltr' },
  { code: 'ta', endonym: 'தமிழ்', dir: 'ltr' },
  { code: 'it', endonym: 'Italiano', dir: 'ltr' },
  { code: 'pt', endonym: 'Português', dir: 'ltr' },
];

export const FALLBACK_LANGUAGE = 'en';

export { DEFAULT_FALLBACKS, effectiveFallbacks, fallbackChain } from './fallbacks.js';

/** Scripts written right to left. `ku` (Kurmanji) is written in Latin script; Sorani (`ckb`) is not. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ps', 'ur', 'he', 'ckb', 'ku-Arab', 'dv', 'yi', 'ug', 'sd']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  if (RTL_LANGUAGES.has(lang)) return 'rtl';
  const base = lang.split('-')[0] ?? lang;
  if (/-Arab\b/i.test(lang)) return 'rtl';
  return RTL_LANGUAGES.has(base) && !/-Latn\b/i.test(lang) ? 'rtl' : 'ltr';
}

/**
 * Picks the best supported language for the wanted ones (BCP 47, most wanted first):
 * exact match first, then the base language (`de-AT` → `de`). Private-use variants such
 * as `de-x-simple` match only exactly or fall back to their base.
 */
export function matchLanguage(wanted: readonly string[], supported: readonly string[]): string | undefined {
  const lower = new Map(supported.map((s) => [s.toLowerCase(), s]));
  for (const w of wanted) {
    const exact = lower.get(w.toLowerCase());
    if (exact) return exact;
    const base = lower.get(w.toLowerCase().split('-')[0] ?? '');
    if (base) return base;
  }
  return undefined;
}

/**
 * The offered language for one of the reader's tags (`ar-EG` → `ar`). Some browser tags mean
 * a language Kompass codes differently: Dari is `fa-AF` in browsers and `prs` here, Kurmanji
 * may come as `kmr`. `ku-Arab` is Sorani (Arabic script), never Kurmanji by its base.
 */
export function matchReaderLanguage(tag: string, offered: readonly string[]): string | undefined {
  const t = tag.toLowerCase();
  const alias = /^fa-af\b/.test(t) ? 'prs' : /^kmr\b/.test(t) ? 'ku' : '';
  return alias && offered.includes(alias) ? alias : matchLanguage([/^ku-arab\b/.test(t) ? 'ckb' : tag], offered);
}
