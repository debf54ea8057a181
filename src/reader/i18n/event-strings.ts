import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { i18n as I18n } from 'i18next';
import type { LocaleState } from '../context/locale-context.js';

/**
 * The strings of events and notices (`locales/<lng>/events.json`, namespace `events`) load
 * with the views that show them, not with the reader's first screen: the reader's initial
 * download stays small, and a town without events never downloads them.
 */
export const EVENTS_NAMESPACE = 'events';
/** The reader's fallback UI language (`FALLBACK_LANGUAGE`; written out so this chunk shares no module with the first download). */
const FALLBACK_LANGUAGE = 'en';

const LOADERS: Record<string, () => Promise<{ default: Record<string, unknown> }>> = {
  de: () => import('../../../locales/de/events.json'),
  en: () => import('../../../locales/en/events.json'),
  ar: () => import('../../../locales/ar/events.json'),
  fa: () => import('../../../locales/fa/events.json'),
  prs: () => import('../../../locales/prs/events.json'),
  ps: () => import('../../../locales/ps/events.json'),
  ku: () => import('../../../locales/ku/events.json'),
  tr: () => import('../../../locales/tr/events.json'),
  uk: () => import('../../../locales/uk/events.json'),
  ru: () => import('../../../locales/ru/events.json'),
  ti: () => import('../../../locales/ti/events.json'),
  so: () => import('../../../locales/so/events.json'),
  fr: () => import('../../../locales/fr/events.json'),
  es: () => import('../../../locales/es/events.json'),
  ckb: () => import('../../../locales/ckb/events.json'),
  ur: () => import('../../../locales/ur/events.json'),
  am: () => import('../../../locales/am/events.json'),
  ka: () => import('../../../locales/ka/events.json'),
  sq: () => import('../../../locales/sq/events.json'),
  sr: () => import('../../../locales/sr/events.json'),
  bs: () => import('../../../locales/bs/events.json'),
  hr: () => import('../../../locales/hr/events.json'),
  ro: () => import('../../../locales/ro/events.json'),
  bg: () => import('../../../locales/bg/events.json'),
  pl: () => import('../../../locales/pl/events.json'),
  vi: () => import('../../../locales/vi/events.json'),
  zh: () => import('../../../locales/zh/events.json'),
  hy: () => import('../../../locales/hy/events.json'),
  hi: () => import('../../../locales/hi/events.json'),
  bn: () => import('../../../locales/bn/events.json'),
  ta: () => import('../../../locales/ta/events.json'),
  it: () => import('../../../locales/it/events.json'),
  pt: () => import('../../../locales/pt/events.json'),
};

const pending = new WeakMap<I18n, Map<string, Promise<void>>>();

/** Loads the events strings of the UI language in use and of the fallback; resolves when both are there. */
export function loadEventStrings(i18n: I18n): Promise<void> {
  let byLang = pending.get(i18n);
  if (!byLang) pending.set(i18n, (byLang = new Map()));
  const jobs = [...new Set([i18n.language, FALLBACK_LANGUAGE])].map((lang) => {
    let job: Promise<void> | undefined = byLang.get(lang);
    if (!job) {
      const loader = LOADERS[lang];
      job = loader
        ? loader().then(
            (m) => void i18n.addResourceBundle(lang, EVENTS_NAMESPACE, m.default, true, true),
            () => void byLang.delete(lang), // offline before the chunk was cached: try again next time
          )
        : Promise.resolve();
      byLang.set(lang, job);
    }
    return job;
  });
  return Promise.all(jobs).then(() => undefined);
}

/**
 * For a view that uses the `events` strings: loads them for the current UI language (again
 * after a language switch), `ready` once they are there, and re-renders the host then.
 */
export class EventStringsController implements ReactiveController {
  ready = false;
  /** Settles once the strings for the current language are loaded. */
  loaded: Promise<void> = Promise.resolve();
  private forLang: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => LocaleState | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const i18n = this.locale()?.i18n;
    if (!i18n || this.forLang === i18n.language) return;
    this.forLang = i18n.language;
    const loaded = loadEventStrings(i18n);
    this.ready = [i18n.language, FALLBACK_LANGUAGE].every((l) => !LOADERS[l] || i18n.hasResourceBundle(l, EVENTS_NAMESPACE));
    if (this.ready) return;
    this.loaded = loaded.then(() => {
      this.ready = true;
      this.host.requestUpdate();
    });
  }
}
