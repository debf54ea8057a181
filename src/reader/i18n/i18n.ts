import { createInstance, type i18n as I18n } from 'i18next';
import { FALLBACK_LANGUAGE, UI_LANGUAGES, directionOf, matchLanguage } from '../../pack/languages.js';
import { useOwnCalendarIfNeeded } from './format.js';
import type { CalendarStrings } from './own-calendar.js';

export type UiStrings = typeof import('../../../locales/en/kompass.json');

type Loader = () => Promise<{ default: Record<string, unknown> }>;

/**
 * One loader per UI language. Each is a dynamic import, so a bundler puts every
 * language in a chunk of its own and a reader downloads only the ones they use.
 */
const LOADERS: Record<string, Loader> = {
  de: () => import('../../../locales/de/kompass.json'),
  en: () => import('../../../locales/en/kompass.json'),
  ar: () => import('../../../locales/ar/kompass.json'),
  fa: () => import('../../../locales/fa/kompass.json'),
  prs: () => import('../../../locales/prs/kompass.json'),
  ps: () => import('../../../locales/ps/kompass.json'),
  ku: () => import('../../../locales/ku/kompass.json'),
  tr: () => import('../../../locales/tr/kompass.json'),
  uk: () => import('../../../locales/uk/kompass.json'),
  ru: () => import('../../../locales/ru/kompass.json'),
  ti: () => import('../../../locales/ti/kompass.json'),
  so: () => import('../../../locales/so/kompass.json'),
  fr: () => import('../../../locales/fr/kompass.json'),
  es: () => import('../../../locales/es/kompass.json'),
  ckb: () => import('../../../locales/ckb/kompass.json'),
  ur: () => import('../../../locales/ur/kompass.json'),
  am: () => import('../../../locales/am/kompass.json'),
  ka: () => import('../../../locales/ka/kompass.json'),
  sq: () => import('../../../locales/sq/kompass.json'),
  sr: () => import('../../../locales/sr/kompass.json'),
  bs: () => import('../../../locales/bs/kompass.json'),
  hr: () => import('../../../locales/hr/kompass.json'),
  ro: () => import('../../../locales/ro/kompass.json'),
  bg: () => import('../../../locales/bg/kompass.json'),
  pl: () => import('../../../locales/pl/kompass.json'),
  vi: () => import('../../../locales/vi/kompass.json'),
  zh: () => import('../../../locales/zh/kompass.json'),
  hy: () => import('../../../locales/hy/kompass.json'),
  hi: () => import('../../../locales/hi/kompass.json'),
  bn: () => import('../../../locales/bn/kompass.json'),
  ta: () => import('../../../locales/ta/kompass.json'),
  it: () => import('../../../locales/it/kompass.json'),
  pt: () => import('../../../locales/pt/kompass.json'),
};

export const NAMESPACE = 'kompass';

/**
 * Creates Kompass's own i18next instance (never the global one, which may belong to
 * the host app) and loads the interface strings for `lang`, falling back to English.
 */
export async function createI18n(lang: string): Promise<I18n> {
  const instance = createInstance();
  await instance.init({
    lng: resolveUiLanguage([lang]),
    fallbackLng: FALLBACK_LANGUAGE,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    interpolation: { escapeValue: false }, // Lit escapes; we never build HTML from strings.
    resources: {},
    returnNull: false,
  });
  await loadUiLanguage(instance, FALLBACK_LANGUAGE);
  await changeUiLanguage(instance, lang);
  return instance;
}

export function resolveUiLanguage(wanted: readonly string[]): string {
  return matchLanguage(wanted, Object.keys(LOADERS)) ?? FALLBACK_LANGUAGE;
}

export async function loadUiLanguage(instance: I18n, lang: string): Promise<void> {
  if (instance.hasResourceBundle(lang, NAMESPACE)) return;
  const loader = LOADERS[lang];
  if (!loader) return;
  const module = await loader();
  instance.addResourceBundle(lang, NAMESPACE, module.default, true, true);
  await useOwnCalendarIfNeeded(lang, module.default['calendar'] as CalendarStrings | undefined);
}

/** Switches the interface to the best UI language for `lang` (content may use another). */
export async function changeUiLanguage(instance: I18n, lang: string): Promise<string> {
  const ui = resolveUiLanguage([lang]);
  try {
    await loadUiLanguage(instance, ui);
  } catch {
    // Offline, and this language's strings were never loaded on this device: the interface
    // stays in the language it has (English at worst); the content still switches.
    return instance.language ?? FALLBACK_LANGUAGE;
  }
  await instance.changeLanguage(ui);
  return ui;
}

export function supportedUiLanguages(): string[] {
  return UI_LANGUAGES.map((l) => l.code).filter((c) => c in LOADERS);
}

export { directionOf };
