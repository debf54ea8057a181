import { matchReaderLanguage } from '../../pack/languages.js';

/** Where the reader's language can come from, most binding first. */
export interface LanguageSources {
  /** Picked in Kompass in this session, or given by a deep link (`?lang=`). */
  picked?: string | undefined;
  /** The host's `lang` attribute on `<kompass-app>`. */
  attribute?: string | undefined;
  /** The reader's choice remembered on this device from an earlier visit. */
  remembered?: string | undefined;
  /** `navigator.languages`: the reader's own languages. */
  navigator: readonly string[];
  /** The host page's `<html lang>`. */
  html?: string | undefined;
  /** The languages Kompass offers: every UI language and every content language of the pack. */
  offered: readonly string[];
  /** When nothing matches: the municipality's default language. */
  fallback: string;
}

export interface LanguageChoice {
  lang: string;
  /** False when Kompass only guessed: then a first visit shows the language chooser. */
  certain: boolean;
}

/**
 * The reader's language: a choice (picked, deep link, the host's attribute, remembered) wins;
 * else the reader's own languages, then the page's, then the default. A guess is certain only
 * when the browser's first language is offered and the page does not say otherwise.
 */
export function chooseLanguage(s: LanguageSources): LanguageChoice {
  for (const choice of [s.picked, s.attribute, s.remembered]) {
    const lang = choice ? matchReaderLanguage(choice, s.offered) : undefined;
    if (lang) return { lang, certain: true };
  }
  const page = s.html ? matchReaderLanguage(s.html, s.offered) : undefined;
  const found = s.navigator.map((tag) => matchReaderLanguage(tag, s.offered));
  if (found[0]) return { lang: found[0], certain: !page || page === found[0] };
  return { lang: found.find(Boolean) ?? page ?? s.fallback, certain: false };
}

/** A language a reader can pick: its code, its own name and writing direction. */
export interface OfferedLanguage {
  code: string;
  endonym: string;
  dir: 'ltr' | 'rtl';
}

/** Every language Kompass offers: the town's content languages, then every UI language beyond them. */
export function offeredLanguages(content: readonly OfferedLanguage[], ui: readonly OfferedLanguage[]): OfferedLanguage[] {
  const codes = new Set(content.map((l) => l.code));
  return [...content, ...ui.filter((l) => !codes.has(l.code))];
}
