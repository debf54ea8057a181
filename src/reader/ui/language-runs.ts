import { html, nothing, type TemplateResult } from 'lit';
import { directionOf } from '../../pack/languages.js';
import { endonym } from '../i18n/format.js';

/** A text and the language it is in (the content snapshot's `Localized`). */
interface Run {
  lang: string;
}

/** `dir` for a run: its own direction when it is in another language than the reader's, else none (it inherits). */
export const runDir = (lang: string, readerLang: string) => (lang === readerLang ? nothing : directionOf(lang));

/** The languages other than the reader's that these texts are in, each once, in order of appearance. */
export function otherLanguages(readerLang: string, texts: readonly (Run | undefined)[]): string[] {
  return [...new Set(texts.filter((t): t is Run => !!t && t.lang !== readerLang).map((t) => t.lang))];
}

const SLOT = '\u2063'; // INVISIBLE SEPARATOR: stands in for a run inside a translated sentence

/** A translated sentence with `{{name}}` filled by a template (an isolated run), not by a string. */
export function withRun(text: (value: string) => string, run: TemplateResult): TemplateResult {
  const [before = '', after = ''] = text(SLOT).split(SLOT);
  return html`${before}${run}${after}`;
}

/** Language names as an isolated list in the reader's language: `Deutsch، English` in Arabic, in reading order. */
export function languageList(readerLang: string, codes: readonly string[], separator: string): TemplateResult {
  const item = (code: string) => html`<bdi lang=${code} dir=${directionOf(code)}>${endonym(code)}</bdi>`;
  const intl = readerLang.split('-x-')[0]!;
  if (Intl.ListFormat && Intl.ListFormat.supportedLocalesOf(intl).length) {
    let i = 0;
    const parts = new Intl.ListFormat(intl, { type: 'conjunction' }).formatToParts(codes.map(() => SLOT));
    return html`${parts.map((p) => (p.type === 'element' ? item(codes[i++]!) : p.value))}`;
  }
  return html`${codes.map((c, i) => html`${i ? separator : ''}${item(c)}`)}`;
}

/** Once per view: "Some texts are shown in Deutsch", with each language's own name as its own run. */
export function fallbackNote(t: (key: string, options?: Record<string, unknown>) => string, readerLang: string, langs: readonly string[]) {
  if (!langs.length) return nothing;
  return html`<p class="fallback-note" role="note">${withRun((v) => t('entry.fallback', { language: v }), languageList(readerLang, langs, t('list.separator')))}</p>`;
}

/** A list item's small mark when its text is in another language: that language's own name. */
export function languageMark(text: Run | undefined, readerLang: string) {
  if (!text || text.lang === readerLang) return nothing;
  return html`<span class="lang-mark" lang=${text.lang} dir=${directionOf(text.lang)}>${endonym(text.lang)}</span>`;
}

/**
 * Plain text whose left-to-right runs (phone numbers, number ranges such as "104–112") are
 * isolated, so an right-to-left paragraph does not reorder them ("112–104").
 */
export function isolateNumbers(text: string): TemplateResult | string {
  const parts = text.split(/(\+?\d[\d\s/().–-]*\d)/u);
  if (parts.length === 1) return text;
  return html`${parts.map((p, i) => (i % 2 ? html`<bdi dir="ltr">${p}</bdi>` : p))}`;
}
