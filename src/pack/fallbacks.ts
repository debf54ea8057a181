/**
 * Content fallback chains between languages (a module of its own: the reader and the
 * editor's validation both use it, and it stays small).
 */

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
