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
];

export const FALLBACK_LANGUAGE = 'en';

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
 * Browser tags that mean a language Kompass codes differently: Dari is `fa-AF` in browsers
 * and `prs` here; Kurmanji may come as `kmr`. `ku-Arab` is Sorani (Arabic script), which is
 * not Kurmanji: it never falls back to `ku` by its base.
 */
const READER_ALIASES: readonly [pattern: RegExp, code: string, strict: boolean][] = [
  [/^fa-af\b/i, 'prs', false],
  [/^kmr\b/i, 'ku', false],
  [/^(ku-arab|ckb)\b/i, 'ckb', true],
];

/** The offered language for one of the reader's tags (`ar-EG` → `ar`, `fa-AF` → `prs`), if any. */
export function matchReaderLanguage(tag: string, offered: readonly string[]): string | undefined {
  for (const [pattern, code, strict] of READER_ALIASES) {
    if (!pattern.test(tag)) continue;
    if (offered.includes(code)) return code;
    if (strict) return undefined;
  }
  return matchLanguage([tag], offered);
}

/**
 * Built-in content fallbacks between languages whose readers read each other's texts:
 * Dari and Persian, easy German and German. Deliberately no default between languages
 * where a choice would be political (never Ukrainian → Russian): towns decide that
 * themselves in `languageFallbacks` of municipality.yaml.
 */
export const DEFAULT_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  prs: ['fa'],
  fa: ['prs'],
  'de-x-simple': ['de'],
};

/** The built-in chains with a town's own (`languageFallbacks`) over them, language by language. */
export function effectiveFallbacks(town: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [lang, chain] of Object.entries({ ...DEFAULT_FALLBACKS, ...town })) out[lang] = [...chain];
  return out;
}

/**
 * Where a text missing in `lang` is looked for, in order: the language itself, its chain
 * (each list is the whole chain; chains are not followed further, so a pair like Dari ↔
 * Persian is no loop), its base language (`de-AT` → `de`), the default language last.
 */
export function fallbackChain(lang: string, chains: Readonly<Record<string, readonly string[]>>, defaultLanguage: string): string[] {
  const base = lang.split('-')[0] ?? lang;
  return [...new Set([lang, ...(chains[lang] ?? []), base, defaultLanguage])];
}
