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

/** Language names as a list, each isolated with its own lang and dir, joined by the reader's separator (`، ` in Arabic). */
export function languageList(codes: readonly string[], separator: string): TemplateResult {
  return html`${codes.map((c, i) => html`${i ? separator : ''}<bdi lang=${c} dir=${directionOf(c)}>${endonym(c)}</bdi>`)}`;
}

/** Once per view: "Some texts are shown in Deutsch", with each language's own name as its own run. */
export function fallbackNote(t: (key: string, options?: Record<string, unknown>) => string, langs: readonly string[]) {
  if (!langs.length) return nothing;
  return html`<p class="fallback-note">${withRun((v) => t('entry.fallback', { language: v }), languageList(langs, t('list.separator')))}</p>`;
}

/** A card's title as its own run, with the mark when `marked` (the title, or the item's other text) is in another language. */
export function titleRun(text: { value: string; lang: string }, readerLang: string, content: unknown = text.value, marked: Run | undefined = text) {
  return html`<span class="title"><span lang=${text.lang} dir=${runDir(text.lang, readerLang)}>${content}</span>${languageMark(marked, readerLang)}</span>`;
}

/** A list item's small mark when its text is in another language: that language's own name. */
export function languageMark(text: Run | undefined, readerLang: string) {
  if (!text || text.lang === readerLang) return nothing;
  return html` <span class="badge lang-mark" lang=${text.lang} dir=${directionOf(text.lang)}>${endonym(text.lang)}</span>`;
}
