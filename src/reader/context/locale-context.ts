import { createContext } from '@lit/context';
import type { i18n as I18n } from 'i18next';

/** What every component needs to speak the reader's language. */
export interface LocaleState {
  i18n: I18n;
  /** The content language shown (may differ from the UI language, e.g. `de-x-simple` → UI `de`). */
  lang: string;
  dir: 'ltr' | 'rtl';
}

export const localeContext = createContext<LocaleState | undefined>(Symbol('kompass-locale'));
