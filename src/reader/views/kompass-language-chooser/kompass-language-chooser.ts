import { html, nothing } from 'lit';
import { KompassElement } from '../../ui/kompass-element.js';
import { tokens } from '../../ui/tokens.styles.js';
import { viewStyles } from '../../ui/view.styles.js';
import { icon } from '../../ui/icons.js';
import { intlLang } from '../../i18n/format.js';
import type { OfferedLanguage } from '../../i18n/choose-language.js';
import { matchReaderLanguage } from '../../../pack/languages.js';
import { styles } from './kompass-language-chooser.styles.js';

/** The likely languages first: the reader's own, then the town's content languages, then the rest. */
function likelyFirst(offered: readonly string[], navigator: readonly string[], content: readonly string[]): string[] {
  const likely = navigator.map((tag) => matchReaderLanguage(tag, offered)).filter((l): l is string => !!l);
  return [...new Set([...likely, ...content.filter((l) => offered.includes(l)), ...offered])];
}


const names = new Map<string, Intl.DisplayNames | null>();

/** A language's name in `inLang` (English, German, the reader's), or '' when Intl does not know it. */
function nameOf(code: string, inLang: string): string {
  if (!names.has(inLang)) {
    try {
      names.set(inLang, new Intl.DisplayNames([intlLang(inLang)], { type: 'language', fallback: 'none' }));
    } catch {
      names.set(inLang, null);
    }
  }
  try {
    return names.get(inLang)?.of(code) ?? '';
  } catch {
    return '';
  }
}

/** Lower case, without accents, so "turkce" finds "Türkçe". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The first-visit language chooser: large buttons with each language's own name (with its
 * `lang` and `dir`), the likely ones first, and a search by own, English or German name.
 */
export class KompassLanguageChooser extends KompassElement {
  static override styles = [tokens, viewStyles, styles];

  static override properties = {
    languages: { attribute: false },
    current: {},
    _query: { state: true },
  };

  /** The languages to offer (the town's first); shown with the reader's own languages first. */
  declare languages: OfferedLanguage[];
  /** The language Kompass guessed. */
  declare current: string;
  declare private _query: string;

  constructor() {
    super();
    this.languages = [];
    this.current = '';
    this._query = '';
  }

  /** The likely languages first: the reader's own, then the town's content languages, then the rest. */
  get orderedLanguages(): OfferedLanguage[] {
    const byCode = new Map(this.languages.map((l) => [l.code, l]));
    const content = this.app?.snapshot?.languages.map((l) => l.code) ?? [];
    return likelyFirst([...byCode.keys()], navigator.languages ?? [], content).map((c) => byCode.get(c)!);
  }

  /** The languages matching the search, likely ones first. */
  get visibleLanguages(): OfferedLanguage[] {
    const q = fold(this._query.trim());
    if (!q) return this.orderedLanguages;
    return this.orderedLanguages.filter((l) =>
      [l.endonym, l.code, nameOf(l.code, 'en'), nameOf(l.code, 'de'), nameOf(l.code, this.i18n.lang)].some((n) => fold(n).includes(q)),
    );
  }

  private choose(code: string): void {
    this.app?.setLanguage(code);
  }

  private onKey(e: KeyboardEvent): void {
    const first = this.visibleLanguages[0];
    if (e.key === 'Enter' && first) {
      e.preventDefault();
      this.choose(first.code);
    }
  }

  /** The language's name in the interface language, when it says more than the own name. */
  private nameInUi(l: OfferedLanguage) {
    const name = nameOf(l.code, this.i18n.lang);
    return name && name !== l.endonym ? html`<span class="name">${name}</span>` : nothing;
  }

  protected override render() {
    const visible = this.visibleLanguages;
    return html`
      <h2 tabindex="-1" data-view-heading>${icon('language')} ${this.t('language.choose')}</h2>
      <label class="search">
        <span>${this.t('language.search')}</span>
        <input type="search" autocomplete="off" .value=${this._query} @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)} @keydown=${this.onKey} />
      </label>
      <p role="status">${visible.length ? '' : this.t('language.none')}</p>
      <ul>
        ${visible.map(
          (l) => html`<li>
            <button type="button" aria-current=${l.code === this.current ? 'true' : 'false'} @click=${() => this.choose(l.code)}>
              <span class="endonym" lang=${l.code} dir=${l.dir}>${l.endonym}</span>
              ${this.nameInUi(l)}
            </button>
          </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kompass-language-chooser': KompassLanguageChooser;
  }
}
