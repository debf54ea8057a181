/**
 * Message tables (browser-safe): templates keyed by a stable code, one table per language
 * (German and English today; another language is another table of the same shape). Used by
 * the import reports (import/messages.ts) and the validation problems (problem-messages.ts).
 *
 * A template is a string with `{name}` placeholders, or a function of the params (plurals).
 * Values are strings, numbers or lists; a caller may render values itself (`value`), e.g.
 * language codes as language names in the UI language.
 */

export type ParamValue = string | number | readonly string[];
export type Params = Readonly<Record<string, ParamValue>>;
export type Template = string | ((p: Record<string, ParamValue>) => string);

export interface FillOptions {
  /** Renders one param value; `undefined` falls back to the default (lists joined with ", "). */
  value?: (name: string, value: ParamValue) => string | undefined;
}

const plain = (v: ParamValue): string => (Array.isArray(v) ? v.join(', ') : String(v as string | number));

/** Fills a template's `{name}` placeholders; function templates see the rendered values too. */
export function fillTemplate(template: Template, params: Params, options: FillOptions = {}): string {
  const render = (name: string, v: ParamValue) => options.value?.(name, v) ?? plain(v);
  if (typeof template === 'function') {
    const rendered: Record<string, ParamValue> = {};
    for (const [k, v] of Object.entries(params)) rendered[k] = typeof v === 'number' ? v : render(k, v);
    return template(rendered);
  }
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? render(name, params[name]!) : m));
}

/** `de-AT`, `de_DE.UTF-8` → `de`. */
export const baseLanguage = (lang: string): string => lang.toLowerCase().split(/[-_.]/)[0] ?? '';

/** The language of a command line's messages: `--ui-lang`, else KOMPASS_LANG, LC_ALL, LC_MESSAGES, LANG; English when there is no table for it. */
export function uiLanguageFrom(explicit: string | undefined, env: Record<string, string | undefined>, available: readonly string[]): string {
  const raw = explicit ?? env.KOMPASS_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? 'en';
  const base = baseLanguage(raw);
  return available.includes(base) ? base : 'en';
}

/** The table for `lang` (its base language), English when there is none. */
export function tableFor<T>(tables: Readonly<Record<string, T>>, lang: string | undefined): T {
  return tables[baseLanguage(lang ?? 'en')] ?? tables.en!;
}

/** The `{name}` placeholders a string template uses (for tests that compare languages). */
export const placeholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
